"""Cold start from source to an idle main window (``--startup-check``), median of several runs."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile

from benchmarks._report import Measure, at_most

GOAL_S = 0.8


def start_once(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen"}
        for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "OPENAI_API_KEY"):
            env.pop(var, None)
        out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1000


def measure_start(command: list[str], runs: int) -> float:
    start_once(command)  # warm the OS file cache: "cold" means a new process, not a cold disk
    return statistics.median(start_once(command) for _ in range(runs))


def run(quick: bool = False) -> list[Measure]:
    runs = 1 if quick else 7
    seconds = measure_start([sys.executable, "-m", "headshot_desktop", "--startup-check"], runs)
    return [
        Measure(
            "start to idle window (from source)",
            seconds,
            "s",
            goal=f"≤ {GOAL_S}",
            met=at_most(seconds, GOAL_S),
            note=f"median of {runs}, offscreen",
        )
    ]


if __name__ == "__main__":
    from benchmarks._report import markdown_table

    print(markdown_table(run("--quick" in sys.argv)))
