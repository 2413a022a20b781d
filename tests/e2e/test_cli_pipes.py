"""A reader that stops early (``| head``): the command stops quietly, as Unix tools do, with no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from headshot_desktop.library import Library
from tests.unit.library.helpers import prepared

SIGPIPE_EXIT = 141  # what a shell shows for a tool that SIGPIPE ended: 128 + 13


def _run_with_the_reader_gone(*args: str) -> subprocess.CompletedProcess:
    """Start the command and close its stdout before it writes a byte: every write finds no reader."""
    child = subprocess.Popen([sys.executable, "-m", "headshot_desktop", *args], stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ))  # fmt: skip
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()
    stderr = child.stderr.read().decode("utf-8", "replace")
    return subprocess.CompletedProcess(child.args, child.wait(timeout=120), "", stderr)


@pytest.mark.parametrize("command", [["library", "list"], ["styles"], ["styles", "--json"]])
def test_output_closed_by_its_reader_ends_quietly(tmp_path: Path, command: list[str]) -> None:
    root = tmp_path / "library"
    with Library.open(root) as library:
        library.import_original(prepared(name="selfie.jpg", seed=4))
    done = _run_with_the_reader_gone("--library", str(root), *command)
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
    assert "Exception ignored" not in done.stderr, done.stderr
    assert done.returncode == SIGPIPE_EXIT, done.stderr
