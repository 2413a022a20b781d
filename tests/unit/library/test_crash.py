"""Kill a writer (SIGKILL) at random moments: never a partial file, never an inconsistent index."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from headshot_desktop.library import Library
from headshot_desktop.library.layout import INDEX_NAME, is_image_name
from headshot_desktop.system.atomic import is_temp_file
from tests.unit.library.helpers import decodes

RUNS = 30
RUNS_PER_LIBRARY = 6  # a few crashes in a row on one library, then a fresh one (keeps checks quick)
REPO = Path(__file__).parents[3]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def _check_after_crash(root: Path, exports: Path) -> dict[str, int]:
    """The state a crash left, before the app had any chance to tidy up."""
    conn = sqlite3.connect(root / INDEX_NAME)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = [r[0] for r in conn.execute("SELECT rel_path FROM originals UNION ALL SELECT rel_path FROM headshots")]
    finally:
        conn.close()
    for rel in rows:
        assert (root / rel).is_file(), f"the index points at a missing file: {rel}"
    counts = {"rows": len(rows), "temp files": 0, "images without a row": 0}
    library_files = _files(root / "Originals") + _files(root / "Headshots")
    for path in library_files + _files(exports):
        if is_temp_file(path):
            counts["temp files"] += 1
        elif is_image_name(path.name):
            assert decodes(path), f"partial image: {path}"
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                assert archive.testzip() is None
                metadata = json.loads(archive.read("metadata.json"))
                assert {r["file"] for r in metadata["headshots"]} <= set(archive.namelist())
    images = [p for p in library_files if not is_temp_file(p)]
    counts["images without a row"] = len(images) - len(rows)
    return counts


def _check_after_reopen(root: Path) -> None:
    with Library.open(root) as library:
        assert not library.last_scan.damaged
        listed = {h.path for h in library.list_headshots()} | {o.path for o in library.list_originals()}
    on_disk = set(_files(root / "Originals")) | set(_files(root / "Headshots"))
    assert not [p for p in on_disk if is_temp_file(p)], "leftover temp files after the scan"
    assert listed == on_disk


def test_sigkill_during_imports_generations_and_exports(tmp_path: Path) -> None:
    rng = random.Random(20261122)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    totals: dict[str, int] = {}
    started = time.monotonic()
    for run in range(RUNS):
        root = tmp_path / f"library {run // RUNS_PER_LIBRARY}"
        exports = tmp_path / f"exports {run // RUNS_PER_LIBRARY}"
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.unit.library.crash_worker", str(root), str(exports), str(run)],
            env=env, cwd=REPO, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.25))
        worker.send_signal(signal.SIGKILL)
        assert worker.wait(timeout=10) == -signal.SIGKILL, "the worker ended before it was killed"
        worker.stdout.close()
        found = _check_after_crash(root, exports)
        for key, value in found.items():
            totals[key] = totals.get(key, 0) + value
        _check_after_reopen(root)
    assert totals["rows"] > RUNS  # the workers really got work done between the kills
    print(f"{RUNS} kills in {time.monotonic() - started:.1f}s: {totals}")
