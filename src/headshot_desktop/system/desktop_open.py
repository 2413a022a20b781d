"""Open a file or folder with the desktop's own programs, and show a file in its folder.

A frozen Linux build (PyInstaller) puts its bundle first on LD_LIBRARY_PATH and keeps
the original value in LD_LIBRARY_PATH_ORIG. xdg-open and the file manager it starts
must get the original back, or they load the bundle's copies of Qt/GLib and crash.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger(__name__)

LIBRARY_PATH_VARS = ("LD_LIBRARY_PATH",)


def child_env(environ: Mapping[str, str], frozen: bool) -> dict[str, str]:
    """The environment for a program the app starts.

    Frozen: each library path variable gets its ``*_ORIG`` value back, or is removed
    when there was none. Not frozen: a plain copy of ``environ``.
    """
    env = dict(environ)
    if not frozen:
        return env
    for var in LIBRARY_PATH_VARS:
        original = env.pop(f"{var}_ORIG", None)
        if original is not None:
            env[var] = original
        else:
            env.pop(var, None)
    return env


def _launch(command: list[str]) -> bool:
    """Start ``command`` detached from the app; False with a warning if it cannot start."""
    if shutil.which(command[0]) is None:
        log.warning("cannot open: %s is not installed", command[0])
        return False
    try:
        child = subprocess.Popen(
            command,
            env=child_env(os.environ, getattr(sys, "frozen", False)),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # closing the app does not take the file manager with it
        )
    except OSError as err:
        log.warning("cannot open: %s failed to start: %s", command[0], err)
        return False
    threading.Thread(target=child.wait, daemon=True).start()  # reap it: no zombie left behind
    return True


def open_path(path: Path | str) -> bool:
    """Open a file or folder with its default application. True if the opener started."""
    path = os.fspath(Path(path).absolute())
    if sys.platform == "win32":
        try:
            os.startfile(path)  # type: ignore[attr-defined]  (Windows only)
        except OSError as err:
            log.warning("cannot open %s: %s", path, err)
            return False
        return True
    if sys.platform == "darwin":
        return _launch(["open", path])
    return _launch(["xdg-open", path])


def reveal_in_folder(path: Path | str) -> bool:
    """Show ``path`` selected in the file manager (Linux: opens the folder that holds it)."""
    path = Path(path).absolute()
    if sys.platform == "win32":
        # Becomes: explorer /select, "C:\a b\c.png" (explorer exits 1 even on success).
        return _launch(["explorer", "/select,", os.fspath(path)])
    if sys.platform == "darwin":
        return _launch(["open", "-R", os.fspath(path)])
    return _launch(["xdg-open", os.fspath(path if path.is_dir() else path.parent)])
