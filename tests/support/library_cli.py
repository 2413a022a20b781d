"""The command line in a real subprocess, for the e2e tests of the library's safety.

Shared by ``test_cli_library_links.py``, ``test_cli_library_safety.py`` and ``test_cli_odd_libraries.py``:
``cli`` runs ``python -m headshot_desktop`` with bytes as they are (file names that are not UTF-8),
the ``assert_*`` helpers check its exit code and that no traceback reached stderr, ``zip_blobs``
reads a data export, and the ``selfie`` fixture is a photo to import. Import the fixture under its
own name (``from tests.support.library_cli import selfie as selfie``) so pytest finds it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.unit.intake import corpus

LINUX = sys.platform.startswith("linux")

Arg = str | bytes | Path


def cli(*args: Arg, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run the app; bytes arguments reach it as they are (file names that are not UTF-8)."""
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        capture_output=True, env={**os.environ, **(env or {})}, timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def err(done: subprocess.CompletedProcess) -> str:
    return done.stderr.decode("utf-8", "replace")


def out(done: subprocess.CompletedProcess) -> str:
    return done.stdout.decode("utf-8", "replace")


def assert_no_traceback(done: subprocess.CompletedProcess) -> None:
    """No traceback (nor a logging error, which prints one) reached stderr."""
    crashed = b"Traceback" in done.stderr or b"Logging error" in done.stderr
    tail = "\n".join(err(done).splitlines()[-12:])
    assert not crashed, f"a traceback:\n...\n{tail}"


def assert_clean(done: subprocess.CompletedProcess, exit_code: int) -> None:
    """The exit code is ``exit_code`` and no traceback reached stderr."""
    assert_no_traceback(done)
    assert done.returncode == exit_code, f"exit {done.returncode}\nstdout: {out(done)}\nstderr: {err(done)}"


def zip_blobs(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.fixture
def selfie(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    return corpus.write(folder, "selfie.jpg", corpus.jpeg(corpus.photo((600, 800), seed=3)))
