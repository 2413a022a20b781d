"""The compiled translations the tests load: built from the .ts sources when missing or older."""

from __future__ import annotations

import subprocess
from pathlib import Path

from headshot_desktop.ui.languages import translations_dir

REPO = Path(__file__).resolve().parents[2]


def ensure_built() -> None:
    sources = sorted(translations_dir().glob("*.ts"))
    stale = [ts for ts in sources if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]  # fmt: skip
    if stale:
        subprocess.run(["bash", str(REPO / "scripts" / "build_translations.sh")], check=True)
