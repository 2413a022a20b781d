"""The library folder as a person sees it: folder names and file names.

```
<library>/
  Originals/   the photos the headshots were made from
  Headshots/   one image per headshot, e.g. "2026-11-22 14.03 Corporate navy 1.png"
  .headshot-index.sqlite3   metadata (a cache of the folder: rebuilt if lost)
  .headshot-crops.json      the framing chosen for each headshot and export preset (library/crops.py)
  .headshot-batches/        one JSON manifest per team batch: the people's names and their photos' paths
                            (services/team/manifest.py); the person's data, so moved, exported and deleted
                            with the library
```
Names must be valid on Windows, macOS and Linux, because a library folder may
be copied between them.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from datetime import datetime
from pathlib import Path, PurePosixPath

from headshot_desktop.system.atomic import atomic_write_bytes, atomic_write_with

ORIGINALS = "Originals"
HEADSHOTS = "Headshots"
INDEX_NAME = ".headshot-index.sqlite3"
# SQLite's companions of the index, and the copy of a damaged index set aside.
INDEX_COMPANIONS = ("-wal", "-shm", "-journal", ".damaged")
LOCK_NAME = ".headshot-library.lock"
BATCHES_DIR = ".headshot-batches"
BATCH_LOCK_SUFFIX = ".lock"  # <batch_id>.lock beside its manifest: held while a window or command makes the batch
# The library's own folders: a move of the library takes them whole.
LIBRARY_FOLDERS = (ORIGINALS, HEADSHOTS, BATCHES_DIR)
IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".webp"})
MAX_STEM = 120  # keeps full paths well under Windows' 260 characters in most setups
MAX_COPIES = 10_000

_ILLEGAL = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10)}
_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2})\.(\d{2})\b")


def safe_component(text: str, *, fallback: str = "headshot") -> str:
    """``text`` as one file-name component that every desktop OS accepts."""
    # Undecodable bytes of an old camera card's name (lone surrogates) become U+FFFD.
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = unicodedata.normalize("NFC", text)
    text = _ILLEGAL.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = text[:MAX_STEM].rstrip(" .")  # Windows drops trailing dots and spaces
    text = text.lstrip(".")  # a leading dot hides the file on Linux and macOS
    if not text:
        return fallback
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    return text


def stamp(moment: datetime) -> str:
    """``2026-11-22 14.03`` in the person's local time (a colon is illegal on Windows)."""
    return moment.astimezone().strftime("%Y-%m-%d %H.%M")


def parse_stamp(name: str) -> datetime | None:
    """The local time at the start of a name made by ``stamp``, if there is one."""
    match = _STAMP.match(name)
    if not match:
        return None
    try:
        naive = datetime.strptime(f"{match[1]} {match[2]}:{match[3]}", "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return naive.astimezone()


def original_stem(created: datetime, source_name: str) -> str:
    source = PurePosixPath(source_name.replace("\\", "/")).name
    stem = source.rsplit(".", 1)[0] if "." in source.lstrip(".") else source
    return safe_component(f"{stamp(created)} {safe_component(stem, fallback='photo')}")


def headshot_stem(created: datetime, style_name: str, index_in_run: int) -> str:
    style = safe_component(style_name, fallback="Headshot")
    return safe_component(f"{stamp(created)} {style} {index_in_run}")


def candidate_names(stem: str, extension: str):
    """``stem.ext``, then ``stem (2).ext``, ``stem (3).ext``…"""
    yield f"{stem}{extension}"
    for n in range(2, MAX_COPIES):
        yield f"{stem} ({n}){extension}"


def write_new_file(folder: Path, stem: str, extension: str, data: bytes | Callable) -> Path:
    """Write ``data`` (bytes, or a function filling a file) atomically under a name not yet taken.

    Never overwrites: a name that exists, even one created a moment ago by another
    process, is skipped for the next " (n)".
    """
    for name in candidate_names(stem, extension):
        path = folder / name
        if path.exists():
            continue
        try:
            if isinstance(data, bytes | bytearray | memoryview):
                atomic_write_bytes(path, bytes(data), replace=False, make_folder=False)
            else:
                atomic_write_with(path, data, replace=False, make_folder=False)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(folder / f"{stem}{extension}")


def is_image_name(name: str) -> bool:
    # os.path rather than pathlib: called for every file on every scan.
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in IMAGE_EXTENSIONS


def is_batch_name(name: str) -> bool:
    """A team batch's manifest in ``BATCHES_DIR`` (``<batch_id>.json``)."""
    return not name.startswith(".") and name.endswith(".json")


def is_batch_lock_name(name: str) -> bool:
    """A team batch's lock in ``BATCHES_DIR`` (``<batch_id>.lock``): the app's own, never copied when moved."""
    return not name.startswith(".") and name.endswith(BATCH_LOCK_SUFFIX)


def relative(root: Path, path: Path) -> str:
    """The path as stored in the index: relative to the library, with forward slashes."""
    return path.relative_to(root).as_posix()
