"""An exported file is the person's, readable like any file they save (0644 less the umask); the library's stay private."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from headshot_desktop.library import Library, export_headshot
from headshot_desktop.system.atomic import atomic_write_bytes
from tests.unit.library.helpers import add

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture(params=[0o022, 0o027])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    yield request.param
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_an_exported_file_gets_normal_permissions(library: Library, tmp_path: Path, umask: int) -> None:
    headshot = add(library)
    exported = export_headshot(headshot, tmp_path / "out", preset="original", fmt="png")
    assert mode(exported) == 0o644 & ~umask
    replaced = export_headshot(headshot, exported, preset="square", fmt="png", overwrite=True, allow_upscale=True)
    numbered = export_headshot(
        headshot, tmp_path / "out", preset="linkedin", fmt="png", keep_both=True, allow_upscale=True
    )
    assert mode(replaced) == mode(numbered) == 0o644 & ~umask


def test_library_files_stay_private(library: Library, tmp_path: Path, umask: int) -> None:
    assert mode(add(library).path) == 0o600
    atomic_write_bytes(tmp_path / "private.bin", b"x")
    assert mode(tmp_path / "private.bin") == 0o600
    atomic_write_bytes(tmp_path / "shared.bin", b"x", mode=0o644)
    assert mode(tmp_path / "shared.bin") == 0o644 & ~umask
