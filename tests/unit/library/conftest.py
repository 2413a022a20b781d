"""Fixtures for the library tests: real folders under the temporary HOME, the real trash."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from headshot_desktop.library import Library
from headshot_desktop.system.paths import AppPaths


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return AppPaths.from_platform()


@pytest.fixture
def library(paths: AppPaths) -> Iterator[Library]:
    lib = Library.open(paths.library_dir)
    yield lib
    lib.close()


@pytest.fixture
def trash_dir(home: Path) -> Path:
    """Where send2trash puts files on Linux: $XDG_DATA_HOME/Trash/files."""
    return home / ".local" / "share" / "Trash" / "files"
