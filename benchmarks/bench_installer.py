"""The installed app's size and start: onedir size, .deb size, frozen cold start to an idle window.

Full run: builds the .deb (bash installers/linux/build-deb.sh, release xz level) and starts the
frozen app 7 times. Quick run: measures only what dist/ already holds, without building.
Sizes are apparent sizes in decimal MB (10^6 bytes), as the goals are stated.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from benchmarks._report import Measure, at_most
from benchmarks.bench_startup import start_once
from headshot_desktop import __version__

REPO = Path(__file__).resolve().parents[1]
ONEDIR = REPO / "dist" / "headshot-desktop"
GOALS = {"onedir_mb": 220.0, "deb_mb": 95.0, "start_s": 1.5}
RUNS = 7


def _deb() -> Path | None:
    debs = sorted((REPO / "dist").glob(f"headshot-desktop_{__version__}_*.deb"))
    return debs[-1] if debs else None


def _tree_mb(root: Path) -> float:
    total = sum(p.lstat().st_size for p in root.rglob("*") if p.is_file() or p.is_symlink())
    return total / 1e6


def measure(quick: bool = False) -> dict:
    """{"onedir_mb", "deb_mb", "start_s", "start_runs"}; a value is None when that part is not built."""
    if not quick:
        subprocess.run(["bash", str(REPO / "installers/linux/build-deb.sh")], check=True, stdout=subprocess.DEVNULL)
    exe = ONEDIR / ("headshot-desktop.exe" if os.name == "nt" else "headshot-desktop")
    deb = _deb()
    result: dict = {"onedir_mb": None, "deb_mb": None, "start_s": None, "start_runs": 0}
    if exe.exists():
        result["onedir_mb"] = _tree_mb(ONEDIR)
        runs = 1 if quick else RUNS
        start_once([str(exe), "--startup-check"])  # warm the file cache: cold process, warm disk
        result["start_s"] = statistics.median(start_once([str(exe), "--startup-check"]) for _ in range(runs))
        result["start_runs"] = runs
    if deb is not None:
        result["deb_mb"] = deb.stat().st_size / 1e6
    return result


def measures(result: dict) -> list[Measure]:
    not_built = "not built (bash installers/linux/build-deb.sh)"

    def measure(key: str, name: str, unit: str, note: str) -> Measure:
        value = result[key]
        return Measure(
            name,
            value,
            unit,
            goal=f"≤ {GOALS[key]:g}",
            met=at_most(value, GOALS[key]),
            note=note if value is not None else not_built,
        )

    return [
        measure("onedir_mb", "PyInstaller onedir size", "MB", "dist/headshot-desktop, decimal MB"),
        measure("deb_mb", ".deb size", "MB", "xz, decimal MB"),
        measure("start_s", "frozen start to idle window", "s", f"median of {result['start_runs']}, offscreen"),
    ]


def run(quick: bool = False) -> list[Measure]:
    return measures(measure(quick))


if __name__ == "__main__":
    from benchmarks._report import markdown_table

    print(markdown_table(run("--quick" in sys.argv)))
