"""Who is in a team batch: photos and folders given one by one, or a CSV list of names, photos and references."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from headshot_desktop.core.generation import MAX_REFERENCES
from headshot_desktop.errors import ConfigError
from headshot_desktop.services.team.small_files import SmallFile
from headshot_desktop.translatable import N_

# The photo types intake reads (intake/limits.py SUPPORTED_FORMATS_TEXT); in a folder only these count.
PHOTO_EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".bmp", ".gif"})
MAX_CSV_BYTES = 4 << 20
_SEPARATORS = re.compile(r"[\s_\-.]+")
CSV_HINT = N_("team", "Each line is: name,photo[,reference…]; paths may be relative to the CSV file's folder.")


class PeopleError(ConfigError):
    """A photo, folder or list of people cannot be used: the message names the path (and the line) and why."""


CSV_FILE = SmallFile(
    PeopleError, MAX_CSV_BYTES, CSV_HINT,
    a_folder=N_("team", "The list of people {name} is a folder, not a CSV file."),
    missing=N_("team", "The list of people {path} does not exist."),
    unreadable=N_("team", "The list of people {name} cannot be read: {error}."),
    too_large=N_("team", "The list of people {name} cannot be used: it is too large (more than 4 MB)."),
)  # fmt: skip


@dataclass(frozen=True)
class Person:
    name: str
    photo: Path
    references: tuple[Path, ...] = ()


def name_from_file(path: Path) -> str:
    """``jane_doe-2.jpg`` -> ``Jane Doe 2``; a name with capitals of its own keeps them (``McKay_Ann`` -> ``McKay Ann``)."""
    stem = Path(path).stem
    words = [w for w in _SEPARATORS.split(stem) if w]
    if not words:
        return stem.strip() or "Person"
    if stem == stem.lower():
        words = [w[:1].upper() + w[1:] for w in words]
    return " ".join(words)


def with_unique_names(people: Iterable[Person]) -> list[Person]:
    """``people`` with a second "Jane Doe" called "Jane Doe (2)", a third "Jane Doe (3)"… (names are file names)."""
    taken: set[str] = set()
    unique = []
    for person in people:
        name, number = person.name, 1
        while name.casefold() in taken:
            number += 1
            name = f"{person.name} ({number})"
        taken.add(name.casefold())
        unique.append(person if name == person.name else replace(person, name=name))
    return unique


def is_photo_file(path: Path) -> bool:
    return path.suffix.lower() in PHOTO_EXTENSIONS and not path.name.startswith(".")


def photos_in(folder: Path) -> list[Path]:
    """The photos directly in ``folder`` (not in its subfolders), by name; hidden files are left out."""
    try:
        entries = list(folder.iterdir())
    except OSError as err:
        raise PeopleError(N_("team", "The folder {folder} cannot be read: {error}.").format(
                              folder=folder, error=err.strerror or err),
                          hint=N_("team", "Check that the folder is yours to read."), detail=repr(err)) from err  # fmt: skip
    photos = [p for p in entries if is_photo_file(p) and p.is_file()]
    return sorted(photos, key=lambda p: (p.name.casefold(), p.name))


def people_from_paths(paths: Iterable[Path]) -> list[Person]:
    """One person per photo: each file given, and each photo in each folder given (named after their files)."""
    photos: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            found = photos_in(path)
            if not found:
                raise PeopleError(N_("team", "The folder {folder} holds no photos.").format(folder=path),
                                  hint=N_("team", "Put the team's photos (JPEG, PNG, HEIC, WebP…) directly in it."))  # fmt: skip
            photos += found
        elif path.exists():
            photos.append(path)
        else:
            raise PeopleError(N_("team", "The photo {path} does not exist.").format(path=path),
                              hint=N_("team", "Check the file name and folder."))  # fmt: skip
    return with_unique_names(Person(name_from_file(p), p) for p in photos)


def people_from_csv(path: Path) -> list[Person]:
    """The people a CSV file lists: ``name,photo[,reference…]`` a line, an optional header line first.

    Paths are relative to the CSV file's folder; blank lines and lines starting with ``#`` are skipped.
    """
    path = Path(path).expanduser()
    rows = _rows(path)
    people: list[Person] = []
    first = True
    for number, row in rows:
        cells = [c.strip() for c in row]
        if not any(cells) or cells[0].startswith("#"):
            continue
        if first and [c.casefold() for c in cells[:2]] == ["name", "photo"]:
            first = False
            continue  # the header
        first = False
        people.append(_person(path, number, cells))
    if not people:
        raise PeopleError(N_("team", "The list of people {name} names nobody.").format(name=path.name), hint=CSV_HINT)
    return with_unique_names(people)


def _rows(path: Path) -> list[tuple[int, list[str]]]:
    data = CSV_FILE.read(path, path.name)
    try:
        text = data.decode("utf-8-sig")  # a BOM: as spreadsheets save "CSV UTF-8"
    except UnicodeDecodeError as err:
        raise PeopleError(N_("team", "The list of people {name} is not UTF-8 text.").format(name=path.name),
                          hint=N_("team", "Save it as “CSV UTF-8” and try again."), detail=repr(err)) from err  # fmt: skip
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = ";" if ";" in first and "," not in first else "\t" if "\t" in first and "," not in first else ","
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [(reader.line_num, row) for row in reader]
    except csv.Error as err:
        raise PeopleError(N_("team", "The list of people {name} cannot be read as CSV: {error}.").format(
            name=path.name, error=err), hint=CSV_HINT) from err  # fmt: skip


def _person(csv_path: Path, number: int, cells: list[str]) -> Person:
    where = N_("team", "{file}, line {line}").format(file=csv_path.name, line=number)
    if not cells[0]:
        raise PeopleError(N_("team", "{where}: the name is missing.").format(where=where), hint=CSV_HINT)
    if len(cells) < 2 or not cells[1]:
        raise PeopleError(N_("team", "{where}: {name} has no photo.").format(where=where, name=cells[0]), hint=CSV_HINT)
    photo, *references = (_file(csv_path, where, c) for c in cells[1:] if c)
    if len(references) > MAX_REFERENCES:
        raise PeopleError(N_("team", "{where}: {name} has {count} reference photos; a run takes at most {most}.")
                          .format(where=where, name=cells[0], count=len(references), most=MAX_REFERENCES),
                          hint=N_("team", "Keep the clearest ones."))  # fmt: skip
    return Person(cells[0], photo, tuple(references))


def _file(csv_path: Path, where: str, cell: str) -> Path:
    path = Path(cell).expanduser()
    if not path.is_absolute():
        path = csv_path.parent / path
    if path.is_dir():
        raise PeopleError(N_("team", "{where}: {cell} is a folder, not a photo.").format(where=where, cell=cell),
                          hint=CSV_HINT)  # fmt: skip
    if not path.exists():
        raise PeopleError(N_("team", "{where}: the photo {cell} does not exist (looked for {path}).").format(
            where=where, cell=cell, path=path), hint=CSV_HINT)  # fmt: skip
    return path
