"""The README's first command installs what the app needs and launches it."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_run_script_installs_and_launches_the_app(home: Path) -> None:
    # The same script a person runs, with --startup-check passed through to the app so it exits by itself.
    out = subprocess.run(
        ["bash", str(REPO / "scripts" / "run.sh"), "--startup-check"],
        capture_output=True,
        text=True,
        timeout=900,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert int(out.stdout.strip().splitlines()[-1]) > 0
    assert (home / ".config" / "headshot-desktop" / "settings.json").exists()
