from __future__ import annotations

from pathlib import Path

import pytest

from headshot_desktop.system.atomic import atomic_write_bytes, atomic_write_with, atomic_writer, is_temp_file


def test_write_and_replace(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "a.bin"
    atomic_write_bytes(target, b"one")
    atomic_write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["a.bin"]


def test_failure_leaves_old_file_and_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_bytes(b"old")

    def boom(handle) -> None:
        handle.write(b"partial")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        atomic_write_with(target, boom)
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_no_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "a.png"
    atomic_write_bytes(target, b"first", replace=False)
    with pytest.raises(FileExistsError):
        atomic_write_bytes(target, b"second", replace=False)
    assert target.read_bytes() == b"first"
    assert list(tmp_path.iterdir()) == [target]


def test_temp_files_are_recognisable(tmp_path: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_writer(tmp_path / "x.json") as handle:
        leftovers = [p for p in tmp_path.iterdir()]
        handle.write(b"{")
        raise KeyboardInterrupt
    assert len(leftovers) == 1 and is_temp_file(leftovers[0])
    assert not any(tmp_path.iterdir())
