"""Who is in a batch: names from file names, folders of photos, and CSV lists with relative paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from headshot_desktop.errors import ConfigError
from headshot_desktop.services.team.people import (
    Person,
    name_from_file,
    people_from_csv,
    people_from_paths,
    with_unique_names,
)


def _photo(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"\xff\xd8\xff\xe0 not checked here: intake refuses what is not a photo")
    return path


@pytest.mark.parametrize(
    ("file", "name"),
    [
        ("jane_doe-2.jpg", "Jane Doe 2"),
        ("jane.doe.png", "Jane Doe"),
        ("  ana  maría .heic", "Ana María"),
        ("McKay_Ann.jpg", "McKay Ann"),
        ("JOHN SMITH.JPG", "JOHN SMITH"),
        ("o'brien_sean.webp", "O'brien Sean"),
        ("___.jpg", "___"),
    ],
)
def test_name_from_file(file: str, name: str) -> None:
    assert name_from_file(Path("/photos") / file) == name


def test_files_and_folders_in_the_order_given(tmp_path: Path) -> None:
    alone = _photo(tmp_path, "zoe_lee.jpg")
    team = tmp_path / "team"
    for name in ("bob.png", "Alice.JPG", "carl.heic", ".hidden.jpg", "notes.txt", "cv.pdf"):
        _photo(team, name)
    (team / "old").mkdir()
    _photo(team / "old", "dave.jpg")  # not recursive
    people = people_from_paths([alone, team])
    assert [(p.name, p.photo.name) for p in people] == [
        ("Zoe Lee", "zoe_lee.jpg"), ("Alice", "Alice.JPG"), ("Bob", "bob.png"), ("Carl", "carl.heic"),
    ]  # fmt: skip
    assert all(p.references == () for p in people)


def test_duplicate_names_get_a_number(tmp_path: Path) -> None:
    a, b = _photo(tmp_path / "a", "jane_doe.jpg"), _photo(tmp_path / "b", "Jane Doe.png")
    c = _photo(tmp_path / "c", "jane-doe.webp")
    assert [p.name for p in people_from_paths([a, b, c])] == ["Jane Doe", "Jane Doe (2)", "Jane Doe (3)"]
    taken = [Person("Jane Doe (2)", a), Person("Jane Doe", b), Person("Jane Doe", c)]
    assert [p.name for p in with_unique_names(taken)] == ["Jane Doe (2)", "Jane Doe", "Jane Doe (3)"]


def test_a_missing_photo_or_an_empty_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^The photo .*gone\.jpg does not exist\.$"):
        people_from_paths([tmp_path / "gone.jpg"])
    (tmp_path / "empty").mkdir()
    _photo(tmp_path / "empty", "readme.txt")
    with pytest.raises(ConfigError, match=r"^The folder .*empty holds no photos\.$") as err:
        people_from_paths([tmp_path / "empty"])
    assert "directly in it" in err.value.hint


def test_csv_with_header_relative_paths_and_references(tmp_path: Path) -> None:
    _photo(tmp_path / "photos", "jane.jpg")
    _photo(tmp_path / "photos", "jane-side.jpg")
    bob = _photo(tmp_path / "elsewhere", "bob.png")
    sheet = tmp_path / "lists" / "team.csv"
    sheet.parent.mkdir()
    sheet.write_text(
        "\ufeffname,photo,reference\n"
        "Jane Doe,../photos/jane.jpg,../photos/jane-side.jpg\n"
        "\n"
        "# left for later: Carl\n"
        f'"Smith, Bob",{bob},\n',
        encoding="utf-8",
    )
    people = people_from_csv(sheet)
    assert people == [
        Person("Jane Doe", sheet.parent / "../photos/jane.jpg", (sheet.parent / "../photos/jane-side.jpg",)),
        Person("Smith, Bob", bob),
    ]
    assert all(p.photo.is_file() for p in people)


def test_csv_without_header_with_semicolons_and_duplicates(tmp_path: Path) -> None:
    _photo(tmp_path, "a.jpg")
    _photo(tmp_path, "b.jpg")
    sheet = tmp_path / "team.csv"
    sheet.write_text("Ana;a.jpg\nAna;b.jpg\n", encoding="utf-8")
    assert [(p.name, p.photo.name) for p in people_from_csv(sheet)] == [("Ana", "a.jpg"), ("Ana (2)", "b.jpg")]


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        ("name,photo\nJane,jane.jpg\n,bob.jpg\n", "team.csv, line 3: the name is missing."),
        ("Jane,jane.jpg\nBob\n", "team.csv, line 2: Bob has no photo."),
        ("Jane,jane.jpg\nBob,  \n", "team.csv, line 2: Bob has no photo."),
        ("Jane,jane.jpg\nBob,bob.jpg\n", "team.csv, line 2: the photo bob.jpg does not exist (looked for "),
        ("Jane,jane.jpg,side.jpg\n", "team.csv, line 1: the photo side.jpg does not exist (looked for "),
        ("Jane,sub\n", "team.csv, line 1: sub is a folder, not a photo."),
        ("Jane,jane.jpg" + ",jane.jpg" * 5 + "\n", "team.csv, line 1: Jane has 5 reference photos; a run takes at most 4."),
        ("name,photo\n\n# nobody yet\n", "The list of people team.csv names nobody."),
    ],
)  # fmt: skip
def test_bad_csv_lines_name_the_file_and_line(tmp_path: Path, lines: str, reason: str) -> None:
    _photo(tmp_path, "jane.jpg")
    (tmp_path / "sub").mkdir()
    sheet = tmp_path / "team.csv"
    sheet.write_text(lines, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        people_from_csv(sheet)
    assert err.value.message.startswith(reason)
    assert err.value.hint


def test_a_csv_that_cannot_be_read_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^The list of people .*none\.csv does not exist\."):
        people_from_csv(tmp_path / "none.csv")
    with pytest.raises(ConfigError, match=r"^The list of people .* is a folder, not a CSV file\."):
        people_from_csv(tmp_path)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("José,jose.jpg\n".encode("latin-1"))
    with pytest.raises(ConfigError, match=r"^The list of people latin\.csv is not UTF-8 text\.") as err:
        people_from_csv(latin)
    assert "CSV UTF-8" in err.value.hint
