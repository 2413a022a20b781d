"""Get the bytes of a photo from wherever it comes: a path (picker, drop) or bytes (paste, camera).

A file's size and type are checked before a byte is read, so a 4 GB video or a
named pipe never gets read into memory or blocks the app.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

from headshot_desktop.errors import IntakeError
from headshot_desktop.intake.limits import MAX_FILE_BYTES, megabytes
from headshot_desktop.system.logging import photo_ref
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

PhotoSource = Path | str | bytes | bytearray | memoryview
PASTED_NAME = "pasted image"  # a name stored with the photo and used in file names: not translated

_TOO_BIG_HINT = N_("intake", "Export a smaller copy of the photo (a JPEG is plenty) and try again.")
_UNREADABLE_HINT = N_("intake", "Check the file's permissions, or copy it to a folder of yours and choose the copy.")
_GONE_HINT = N_("intake", "It may have been moved, renamed or deleted.")
_FOLDER = N_("intake", "this is a folder, not a photo")
_FOLDER_HINT = N_("intake", "Open the folder and choose a photo in it.")


def source_name_of(source: PhotoSource, source_name: str | None) -> str:
    if source_name:
        return source_name
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        return path.name or str(path)
    return PASTED_NAME


def read_source(source: PhotoSource, name: str) -> bytes:
    """The whole content of ``source``, or ``IntakeError`` saying why it cannot be used."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        _check_size(len(data), name, pasted=True)
        return data
    if isinstance(source, (str, os.PathLike)):
        return _read_file(Path(source), name)
    raise TypeError(f"a photo source is a path or bytes, not {type(source).__name__}")


def _check_size(size: int, name: str, *, pasted: bool = False) -> None:
    if size == 0:
        empty = N_("intake", "the image is empty") if pasted else N_("intake", "the file is empty")
        raise IntakeError(name, empty, hint=N_("intake", "Choose another photo."))
    if size > MAX_FILE_BYTES:
        if pasted:
            too_large = N_("intake", "the image is too large ({size}); the limit is {limit}")
        else:
            too_large = N_("intake", "the file is too large ({size}); the limit is {limit}")
        raise IntakeError(
            name,
            too_large.format(size=megabytes(size), limit=megabytes(MAX_FILE_BYTES)),
            hint=_TOO_BIG_HINT,
        )


def _check_type(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise IntakeError(name, _FOLDER, hint=_FOLDER_HINT)
    if not stat.S_ISREG(mode):
        raise IntakeError(name, N_("intake", "this is not a regular file"), hint=N_("intake", "Choose a photo file."))


def _read_file(path: Path, name: str) -> bytes:
    try:
        _check_type(path.stat().st_mode, name)
        # O_NONBLOCK: should the path be swapped for a pipe after the check, open() still returns.
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(handle.fileno())
            _check_type(info.st_mode, name)  # the file actually opened, not the one stat() saw
            _check_size(info.st_size, name)
            # Asking for exactly what fstat saw (plus one byte, to notice growth) spares
            # the reader a buffer of the whole limit, which costs more than the read.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(MAX_FILE_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise IntakeError(name, N_("intake", "the file does not exist"), hint=_GONE_HINT) from None
    except PermissionError:
        raise IntakeError(
            name, N_("intake", "the file cannot be read (permission denied)"), hint=_UNREADABLE_HINT
        ) from None
    except IsADirectoryError:
        raise IntakeError(name, _FOLDER, hint=_FOLDER_HINT) from None
    except OSError as exc:
        log.warning("cannot read %s: %s", photo_ref(name), exc.strerror or type(exc).__name__)
        reason = N_("intake", "the file cannot be read ({error})").format(error=exc.strerror or type(exc).__name__)
        raise IntakeError(name, reason, hint=_UNREADABLE_HINT, detail=str(exc)) from None
    _check_size(len(data), name)  # it may have changed while we read it
    return data
