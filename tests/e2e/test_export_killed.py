"""A batch export killed half-way (SIGKILL) leaves only whole files in the person's folder, and the next start
removes the temporary file it was writing: the command line's ``export`` of many headshots, killed while it writes."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.app import build_context
from headshot_desktop.library import Library
from headshot_desktop.system.atomic import is_temp_file
from headshot_desktop.system.paths import AppPaths
from tests.unit.library.helpers import HEADSHOT_META, image_bytes

REPO = Path(__file__).resolve().parents[2]
HEADSHOTS = 8
SIZE = (1024, 1536)  # a headshot as providers make them: each file takes a while to encode
ATTEMPTS = 3  # the kill may land just after a rename: then there is nothing to clean, and it is tried again

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _library_with_headshots() -> list[Path]:
    with Library.open(AppPaths.from_platform().library_dir) as library:
        return [library.add_headshot(image_bytes(*SIZE, seed=seed), original_id=None, index_in_run=seed + 1,
                                     **HEADSHOT_META).path for seed in range(HEADSHOTS)]  # fmt: skip


def _split(folder: Path) -> tuple[list[Path], list[Path]]:
    """The folder's whole files and its temporary ones."""
    names = list(folder.iterdir()) if folder.is_dir() else []
    return [p for p in names if not is_temp_file(p)], [p for p in names if is_temp_file(p)]


def _whole(path: Path) -> bool:
    try:
        with Image.open(path) as image:
            image.load()
            return image.size == SIZE
    except Exception:  # noqa: BLE001 - anything that does not decode is not a whole file
        return False


def _kill_mid_export(headshots: list[Path], folder: Path) -> None:
    """Start the export of ``headshots`` and SIGKILL it while it writes a file, after one is done."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "headshot_desktop", "export", *map(str, headshots), "-o", str(folder),
         "--preset", "original", "--format", "png", "--template", "{style} {n}"],
        cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and worker.poll() is None:
            whole, temporary = _split(folder)
            if whole and temporary:
                break
            time.sleep(0.001)
        worker.send_signal(signal.SIGKILL)
        assert worker.wait(timeout=10) == -signal.SIGKILL, "the export ended before it was killed"
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()


def test_a_killed_batch_export_leaves_only_whole_files_and_the_next_start_cleans_up(home: Path,
                                                                                     tmp_path: Path) -> None:  # fmt: skip
    headshots = _library_with_headshots()
    pending = AppPaths.from_platform().pending_dir
    for attempt in range(ATTEMPTS):
        folder = tmp_path / f"exports {attempt}"
        _kill_mid_export(headshots, folder)
        whole, temporary = _split(folder)
        if temporary:
            break
    else:
        pytest.fail(f"no kill in {ATTEMPTS} attempts landed while a file was being written")
    assert 1 <= len(whole) < HEADSHOTS, "killed half-way: some files written, not all"
    assert all(_whole(path) for path in whole), "a file in the folder is not a whole image"
    assert list(pending.glob("*.json")), "the write in flight was not noted"
    written = {path: path.read_bytes() for path in whole}

    context = build_context(log_to_file=False)  # the next start
    context.close()

    after, leftovers = _split(folder)
    assert leftovers == [], f"temporary files left in the person's folder: {leftovers}"
    assert {path: path.read_bytes() for path in after} == written, "the whole files stay as they were"
    assert list(pending.iterdir()) == [], "the notes of the killed export are gone"
