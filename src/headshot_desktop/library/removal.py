"""The file work behind ``delete_all``: what is ours, removed; what is not, left and named."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import filelock

from headshot_desktop import APP_ID
from headshot_desktop.errors import StorageError
from headshot_desktop.library.confinement import resolved_inside
from headshot_desktop.library.crops import CROPS_NAME
from headshot_desktop.library.index import index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from headshot_desktop.library.layout import (
    BATCHES_DIR,
    HEADSHOTS,
    INDEX_NAME,
    LIBRARY_FOLDERS,
    LOCK_NAME,
    ORIGINALS,
    is_batch_lock_name,
    is_batch_name,
    is_image_name,
)
from headshot_desktop.library.presence import PRESENCE_NAME, LibraryInUse, sole_access
from headshot_desktop.library.storage_errors import lock_error
from headshot_desktop.system.atomic import is_temp_file
from headshot_desktop.system.marked import joined
from headshot_desktop.system.paths import APP_AUTHOR, AppPaths
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)


@dataclass
class DeletionReport:
    originals: int = 0
    headshots: int = 0
    batches: int = 0  # team batch manifests: people's names and their photos' paths
    index_files: int = 0
    thumbnails: int = 0
    log_files: int = 0
    other_files: int = 0  # settings, spend log, the person's own styles, locks
    folders_removed: list[Path] = field(default_factory=list)
    left_behind: list[Path] = field(default_factory=list)  # not ours: never touched
    keys_removed: list[str] = field(default_factory=list)  # the providers whose stored key was removed
    keys_checked: list[str] = field(default_factory=list)  # every provider whose key was looked for
    keyring_problem: str = ""
    trashed_earlier: list[str] = field(default_factory=list)  # sent to the OS trash before: copies may remain
    library_unreachable: Path | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.errors

    @property
    def key_removed(self) -> bool:
        return bool(self.keys_removed)

    def summary(self) -> str:
        lines = [
            N_("library", "Deleted {originals} original photo(s) and {headshots} headshot(s).").format(
                originals=self.originals, headshots=self.headshots
            ),
            N_("library", "Deleted the library index, {thumbnails} preview(s), {logs} log file(s) "
               "and {others} settings and state file(s).").format(
                thumbnails=self.thumbnails, logs=self.log_files, others=self.other_files
            ),
        ]  # fmt: skip
        if self.batches:
            lines.append(N_("library", "Deleted {batches} team batch(es): who was in each and where their photos "
                            "were.").format(batches=self.batches))  # fmt: skip
        if self.keys_removed:
            lines.append(N_("library", "Removed the API key of {providers} from the system keyring.").format(
                providers=", ".join(self.keys_removed)))  # fmt: skip
        if self.keyring_problem:
            lines.append(N_("library", "The stored API keys could not be checked: {problem}").format(
                problem=self.keyring_problem))  # fmt: skip
        kept_none = [p for p in self.keys_checked if p not in self.keys_removed]
        if kept_none and not self.keyring_problem:
            lines.append(N_("library", "No API key was stored for {providers}.").format(providers=", ".join(kept_none)))
        if self.trashed_earlier:
            lines.append(N_(
                "library",
                "Earlier, {count} file(s) went to the system trash (by Delete or by the retention setting): {names}. "
                "If the trash has not been emptied since, they are still there: empty the trash to remove them.",
            ).format(count=len(self.trashed_earlier), names=", ".join(self.trashed_earlier)))  # fmt: skip
        if self.left_behind:
            lines.append(N_("library", "These files are not the app's and were left where they are: {paths}").format(
                paths=", ".join(str(p) for p in self.left_behind)))  # fmt: skip
        lines += [N_("library", "Not deleted: {error}").format(error=error) for error in self.errors]
        return joined(lines)


LOCK_TIMEOUT_S = 5.0
# Files a file manager drops into any folder it shows; they would keep our folders alive.
OS_LITTER = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".directory"})


def _unlink(path: Path, report: DeletionReport) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError as err:
        report.errors.append(f"{path} ({err.strerror or err})")
        return False


def _rmdir_if_empty(folder: Path, report: DeletionReport) -> bool:
    try:
        folder.rmdir()
    except FileNotFoundError:
        return False
    except OSError:
        return False  # not empty: the person's files stay, and are listed
    report.folders_removed.append(folder)
    return True


def _delete_ours(root: Path, folder: Path, report: DeletionReport, counter: str,
                 ours: Callable[[str], bool] = is_image_name) -> None:  # fmt: skip
    """Delete the library's own files in ``folder`` (those ``ours`` accepts); never follow a link out of it."""
    if os.path.islink(folder):
        report.left_behind.append(folder)  # the link goes nowhere; what it points at is not ours
        return
    if not folder.is_dir():
        return
    for directory, subdirs, files in os.walk(folder, topdown=False):
        here = Path(directory)
        for name in files:
            path = here / name
            if os.path.islink(path) or not resolved_inside(path, root):
                report.left_behind.append(path)
            elif ours(name):
                if _unlink(path, report):
                    setattr(report, counter, getattr(report, counter) + 1)
            elif is_temp_file(path) or name in OS_LITTER or (counter == "batches" and is_batch_lock_name(name)):
                _unlink(path, report)  # a batch's lock: nobody holds it while the library is held to itself
            else:
                report.left_behind.append(path)
        for name in subdirs:
            sub = here / name
            if os.path.islink(sub):
                report.left_behind.append(sub)
            else:
                _rmdir_if_empty(sub, report)
    _rmdir_if_empty(folder, report)


def delete_library(root: Path, report: DeletionReport, *, lock_timeout: float = LOCK_TIMEOUT_S) -> None:
    """Remove the app's files from the library folder, and the folder if nothing else is in it.

    Refused while any window or command has the library open: a run in flight would
    write its headshot back after the deletion said it was done.
    """
    if not root.is_dir():
        return
    lock = filelock.FileLock(root / LOCK_NAME, timeout=lock_timeout, thread_local=False)
    busy = LibraryBusyError(
        N_(
            "library", "The library {folder} is open in Headshot Desktop (a window, or a command still running)."
        ).format(folder=root),
        hint=N_(
            "library",
            "Close every Headshot Desktop window, wait for running commands to finish, and try again. "
            "Nothing was deleted.",
        ),
    )
    try:
        lock.acquire()
    except filelock.Timeout as err:
        raise busy from err
    except OSError as err:
        raise lock_error(root / LOCK_NAME, err) from err
    try:
        with sole_access(root):
            _delete_ours(root, root / ORIGINALS, report, "originals")
            _delete_ours(root, root / HEADSHOTS, report, "headshots")
            _delete_ours(root, root / BATCHES_DIR, report, "batches", ours=is_batch_name)
            for path in [*index_files(root / INDEX_NAME), root / JOURNAL_NAME, root / CROPS_NAME]:
                if os.path.islink(path):
                    report.left_behind.append(path)
                elif _unlink(path, report):
                    report.index_files += 1
            for entry in root.iterdir():
                if (is_temp_file(entry) or entry.name in OS_LITTER) and not entry.is_symlink():
                    _unlink(entry, report)
            _unlink(root / PRESENCE_NAME, report)
    except LibraryInUse as err:
        raise busy from err
    finally:
        lock.release()
    _unlink(root / LOCK_NAME, report)
    if not _rmdir_if_empty(root, report):
        report.left_behind.extend(
            p for p in sorted(root.iterdir()) if p not in report.left_behind and p.name not in LIBRARY_FOLDERS
        )


class LibraryBusyError(StorageError):
    """Another window or command has the library open: nothing is deleted."""


def _is_ours(folder: Path) -> bool:
    """A guard against a mis-built ``AppPaths``: only folders named for the app are removed whole."""
    return any(part in (APP_ID, APP_AUTHOR) for part in folder.parts)


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def delete_app_dirs(paths: AppPaths, report: DeletionReport) -> None:
    """Remove the config, cache (thumbnails), state (spend log) and log folders entirely."""
    folders = [Path(p).absolute() for p in paths.app_owned_dirs()]
    # A folder inside another (Linux keeps logs in the state folder) goes with its parent.
    tops = sorted({f for f in folders if not any(o != f and _within(f, o) for o in folders)})
    thumbnails, logs = paths.thumbnails_dir.absolute(), paths.log_dir.absolute()
    library = paths.library_dir.absolute()
    for folder in tops:
        if not folder.exists():
            continue
        if not _is_ours(folder) or _within(library, folder):
            report.errors.append(
                N_("library", "{folder} (not removed: it is not a folder of the app's own)").format(folder=folder)
            )
            continue
        for directory, _, files in os.walk(folder):
            here = Path(directory)
            for name in files:
                if _within(here, thumbnails):
                    if not is_temp_file(Path(name)):
                        report.thumbnails += 1
                elif _within(here, logs):
                    report.log_files += 1
                else:
                    report.other_files += 1
        _rmtree(folder, report)
        if not folder.exists():
            report.folders_removed.append(folder)
            _remove_empty_parents(folder, report)


def _rmtree(folder: Path, report: DeletionReport) -> None:
    def failed(_function: object, path: str, error: object) -> None:
        error = error[1] if isinstance(error, tuple) else error  # onerror passes exc_info
        report.errors.append(f"{path} ({error})")

    if sys.version_info >= (3, 12):
        shutil.rmtree(folder, onexc=failed)
    else:
        shutil.rmtree(folder, onerror=failed)


def _remove_empty_parents(folder: Path, report: DeletionReport) -> None:
    # Windows nests folders as <author>/<app>/...: the emptied <author> folder is ours too.
    parent = folder.parent
    while parent.name in (APP_ID, APP_AUTHOR):
        with contextlib.suppress(OSError):
            parent.rmdir()
            report.folders_removed.append(parent)
            parent = parent.parent
            continue
        break
