"""Open a file or folder with the desktop's own programs, and show a file in its folder.

Showing a folder waits a moment for the opener: xdg-open on a desktop with no file
manager starts fine and then fails, and that failure must reach the person (run it
on a worker thread). An opener still running after that moment is showing the folder.

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

from headshot_desktop.errors import HeadshotError
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

LIBRARY_PATH_VARS = ("LD_LIBRARY_PATH",)
OPENER_PATIENCE_S = 3.0  # an opener that cannot show the folder ends with an error well within this


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


def _launch(command: list[str], *, patience: float = 0.0) -> str | None:
    """Start ``command`` detached from the app: None when it runs, else why not (also logged).

    With ``patience`` it waits that long for the opener to fail (a non-zero exit code).
    """
    if shutil.which(command[0]) is None:
        log.warning("cannot open: %s is not installed", command[0])
        return N_("system", "{program} is not installed").format(program=command[0])
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
        return N_("system", "{program} could not start ({error})").format(program=command[0], error=err.strerror or err)
    try:
        code = child.wait(timeout=patience) if patience else None
    except subprocess.TimeoutExpired:
        code = None
    if code is None:
        threading.Thread(target=child.wait, daemon=True).start()  # reap it: no zombie left behind
    elif code != 0:
        log.warning("cannot open: %s ended with code %d", command[0], code)
        return N_("system", "{program} found no program to show it (it ended with code {code})").format(
            program=command[0], code=code
        )
    return None


def open_path(path: Path | str) -> bool:
    """Open a file or folder with its default application. True if the opener started."""
    path = os.fspath(Path(path).absolute())
    if sys.platform == "win32":
        try:
            os.startfile(path)  # type: ignore[attr-defined]  (Windows only)
        except OSError as err:
            log.warning("cannot open: %s", err.strerror or type(err).__name__)
            return False
        return True
    if sys.platform == "darwin":
        return _launch(["open", path]) is None
    return _launch(["xdg-open", path]) is None


def reveal_in_folder(path: Path | str) -> bool:
    """Show ``path`` selected in the file manager (Linux: opens the folder that holds it). True when shown.

    Raises ``HeadshotError`` naming the folder when no program could show it. It may wait
    a few seconds for the opener's answer: call it from a worker thread.
    """
    path = Path(path).absolute()
    folder = path if path.is_dir() else path.parent
    if sys.platform == "win32":
        # Becomes: explorer /select, "C:\a b\c.png" (explorer exits 1 even on success: not waited for).
        problem = _launch(["explorer", "/select,", os.fspath(path)])
    elif sys.platform == "darwin":
        problem = _launch(["open", "-R", os.fspath(path)], patience=OPENER_PATIENCE_S)
    else:
        problem = _launch(["xdg-open", os.fspath(folder)], patience=OPENER_PATIENCE_S)
    if problem is not None:
        raise HeadshotError(
            N_("system", "The folder {folder} could not be shown: {problem}.").format(folder=folder, problem=problem),
            hint=N_(
                "system",
                "Open that folder in your file manager yourself. On Linux, showing it needs a file manager "
                "and xdg-open (the xdg-utils package).",
            ),
        )
    return True
