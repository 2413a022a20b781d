"""Turn OS errors into the app's errors, with a sentence that names the file."""

from __future__ import annotations

import errno
from pathlib import Path

from headshot_desktop.core.errors import ConfigError, StorageError


def storage_error(action: str, path: Path, err: OSError) -> StorageError:
    """``action`` completes "Could not …", e.g. ``"save the headshot"``."""
    if err.errno in (errno.ENOSPC, errno.EDQUOT):
        hint = "The disk is full. Free some space and try again."
    elif isinstance(err, PermissionError) or err.errno == errno.EROFS:
        hint = f"Check that you may change files in {path.parent}."
    elif err.errno == errno.ENAMETOOLONG:
        hint = "The file name or folder path is too long; choose a shorter one."
    else:
        hint = ""
    return StorageError(f"Could not {action} ({path}).", hint=hint, detail=repr(err))


class FileExistsStorageError(StorageError, FileExistsError):
    """A file is in the way and the person has not said to replace it."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"{Path(path).name} already exists in {Path(path).parent}.",
            hint="Choose another name, or confirm that it may be replaced.",
        )
        self.filename = str(path)

    def __str__(self) -> str:  # OSError's own text would read "[Errno None] None: ..."
        return self.message


class LibraryMissingError(ConfigError):
    """The library folder saved in the settings is gone: more likely an unplugged
    drive than a wish for an empty library, so it is not created again."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            f"The library folder {folder} was not found.",
            hint="If it is on a drive that is not connected, connect it and try again; "
            "otherwise choose another library folder in Settings.",
        )
        self.folder = folder
