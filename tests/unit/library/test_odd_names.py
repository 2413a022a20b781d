"""File names the library did not choose: not UTF-8 at all (an old camera card, a zip), or odd but valid.

Issue 13, item 6: one ``caf\\xe9.jpg`` crashed the import after storing the file, and from then on
every scan, listing and export. Such names must work everywhere through the Library API.
Linux only: it is where a file name is any bytes (macOS and Windows refuse these names).
"""

from __future__ import annotations

import json
import os
import sys
import zipfile
from pathlib import Path

import pytest

from headshot_desktop import intake
from headshot_desktop.library import Library, export_all
from headshot_desktop.library.layout import HEADSHOTS, ORIGINALS
from tests.unit.library.helpers import add, image_bytes, prepared

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="file names are any bytes only on Linux")

CAFE = b"caf\xe9.jpg"  # Latin-1 "café.jpg": not valid UTF-8
RESUME = b"r\xe9sum\xe9.png"  # Latin-1 "résumé.png"


def place(root: Path, folder: str, name: bytes, data: bytes) -> Path:
    """Write ``data`` to ``root/folder/name`` with a bytes path (the name is not decodable as UTF-8)."""
    folder_bytes = os.fsencode(root / folder)
    os.makedirs(folder_bytes, exist_ok=True)
    target = os.path.join(folder_bytes, name)
    with open(target, "wb") as handle:
        handle.write(data)
    return Path(os.fsdecode(target))


def zip_contents(zip_path: Path) -> tuple[list[bytes], dict]:
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        images = [archive.read(info) for info in archive.infolist()
                  if info.filename.startswith((f"{ORIGINALS}/", f"{HEADSHOTS}/"))]  # fmt: skip
        metadata = json.loads(archive.read("metadata.json").decode("utf-8"))
    return images, metadata


def test_hand_placed_files_with_non_utf8_names_are_scanned_listed_and_exported(tmp_path: Path) -> None:
    root = tmp_path / "library"
    photo, headshot = image_bytes(64, 80, fmt="JPEG", seed=1), image_bytes(80, 120, seed=2)
    place(root, ORIGINALS, CAFE, photo)
    place(root, HEADSHOTS, RESUME, headshot)

    with Library.open(root) as library:
        originals, headshots = library.list_originals(), library.list_headshots()
        assert len(originals) == 1 and len(headshots) == 1
        assert originals[0].path.read_bytes() == photo and headshots[0].path.read_bytes() == headshot
        assert not originals[0].damaged and not headshots[0].damaged
        library.scan()  # a second scan finds nothing new: the rows match the files
        assert len(library.list_originals()) == 1 and len(library.list_headshots()) == 1

        report = export_all(library, tmp_path / "all.zip")
    assert (report.originals, report.headshots) == (1, 1) and not report.skipped
    images, metadata = zip_contents(tmp_path / "all.zip")
    assert sorted(images) == sorted([photo, headshot])
    assert len(metadata["originals"]) == 1 and len(metadata["headshots"]) == 1


def test_importing_a_photo_with_a_non_utf8_name(tmp_path: Path) -> None:
    source = place(tmp_path, "card", CAFE, image_bytes(300, 400, fmt="JPEG", seed=3))
    root = tmp_path / "library"
    with Library.open(root) as library:
        original = library.import_original(intake.prepare_photo(source, max_side=None))
        assert original.path.is_file() and original.path.parent == library.originals_dir
        assert [o.id for o in library.list_originals()] == [original.id]
        again = library.import_original(intake.prepare_photo(source, max_side=None))
        assert again.id == original.id, "the same photo was stored twice"
        add(library, original.id)
    with Library.open(root) as library:  # the next start scans the folder with that name in it
        assert [o.path for o in library.list_originals()] == [original.path]
        (shot,) = library.list_headshots()
        assert shot.original_path == original.path
        export_all(library, tmp_path / "all.zip")
    images, _ = zip_contents(tmp_path / "all.zip")
    assert original.path.read_bytes() in images


def test_a_source_name_that_is_not_utf8(tmp_path: Path) -> None:
    """The name a photo came with (kept in the index) may hold undecodable bytes too."""
    with Library.open(tmp_path / "library") as library:
        original = library.import_original(prepared(name=os.fsdecode(CAFE), seed=4))
        assert original.path.is_file()
        assert [o.id for o in library.list_originals()] == [original.id]
        library.scan()
        assert [o.path for o in library.list_originals()] == [original.path]


@pytest.mark.parametrize(
    "name",
    [
        RESUME,
        b"\xff\xfe odd bytes.png",
        b"line\nbreak.png",
        "e\u0301te\u0301 (decomposed).png".encode(),  # NFD, as macOS writes names
        "emoji \U0001f600.png".encode(),
        b"back\\slash.png",
        b" leading space.png",
    ],
    ids=["latin-1", "invalid-utf8", "newline", "nfd", "emoji", "backslash", "leading-space"],
)
def test_odd_headshot_names_are_listed_and_exported(tmp_path: Path, name: bytes) -> None:
    root = tmp_path / "library"
    data = image_bytes(40, 40, seed=len(name))
    placed = place(root, HEADSHOTS, name, data)
    with Library.open(root) as library:
        (headshot,) = library.list_headshots()
        assert os.fsencode(headshot.path) == os.fsencode(placed)
        export_all(library, tmp_path / "all.zip")
    images, metadata = zip_contents(tmp_path / "all.zip")
    assert images == [data] and len(metadata["headshots"]) == 1
