"""Every benchmark still runs: the quick smoke mode, in a subprocess, as a person would start it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_benchmarks_quick_mode_runs_every_suite(home: Path) -> None:
    doc = REPO / "docs" / "PERFORMANCE.md"
    before = doc.read_bytes() if doc.exists() else None
    out = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    for suite in ("startup", "intake", "library", "responsiveness", "export", "variants", "wire", "installer"):
        assert f"\n{suite}\n| measure |" in out.stdout, suite
    assert "start to idle window" in out.stdout
    assert "click-to-wire" in out.stdout and "answer-to-screen" in out.stdout
    assert "to LinkedIn JPEG: time per file" in out.stdout and "3 files written" in out.stdout
    # Quick numbers are not results: the document is left as it was.
    assert (doc.read_bytes() if doc.exists() else None) == before
