"""Cold start from source to an idle main window (``--startup-check``): today's code and the code before
the provider seam (issue 21), side by side in one run.

The older code is taken from git (``git archive BASELINE``) into a temporary folder, laid out as
the installed package is (``resources/`` inside it as ``headshot_desktop.resources``), and started
with the same interpreter and virtual environment, its folder first on PYTHONPATH. Turns
alternate between the two, the order swapped every turn; each side starts once first to warm the
OS file cache and write its bytecode ("cold" means a new process, not a cold disk).
"""

from __future__ import annotations

import io
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from benchmarks._report import Measure, at_most

GOAL_S = 0.8
BASELINE = "cb6b235"  # the last commit before the provider seam
# Today's start may be at most this much slower than the baseline's. Medians of runs on a shared,
# noisy machine move by a few per cent from one run to the next, so "not slower" is judged with
# this margin (see run()).
TOLERANCE = 1.05
REPO = Path(__file__).resolve().parent.parent
COMMAND = [sys.executable, "-m", "headshot_desktop", "--startup-check"]


def start_once(command: list[str], extra_env: dict[str, str] | None = None) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "HOME": home, "QT_QPA_PLATFORM": "offscreen", **(extra_env or {})}
        for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME", "OPENAI_API_KEY"):
            env.pop(var, None)
        out = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1000


def baseline_env(folder: Path) -> tuple[dict[str, str] | None, str]:
    """Unpack BASELINE's package into ``folder``; the environment that starts it, or None and why not."""
    try:
        archive = subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", BASELINE, "src", "resources"],
                                 capture_output=True, check=True, timeout=60).stdout  # fmt: skip
    except (OSError, subprocess.SubprocessError) as err:
        return None, f"{BASELINE} not available ({type(err).__name__}: a shallow clone?)"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(folder, filter="data")
        else:  # Python before 3.11.4; our own archive, from our own repository
            tar.extractall(folder)
    package = folder / "src" / "headshot_desktop"
    shutil.move(str(folder / "resources"), str(package / "resources"))  # as in the wheel
    env = {"PYTHONPATH": os.pathsep.join(filter(None, [str(folder / "src"), os.environ.get("PYTHONPATH")]))}
    # Make sure the older code is what starts, not the editable install of today's.
    probe = "import headshot_desktop as h, headshot_desktop.resources as r; print(h.__file__, *r.__path__)"
    try:
        found = subprocess.run([sys.executable, "-c", probe], env={**os.environ, **env}, capture_output=True,
                               text=True, timeout=60, check=True).stdout.split()  # fmt: skip
    except (OSError, subprocess.SubprocessError) as err:
        return None, f"{BASELINE} could not be imported ({type(err).__name__})"
    if len(found) != 2 or not all(Path(p).resolve().is_relative_to(folder.resolve()) for p in found):
        return None, f"{BASELINE} could not be started on its own (found {found})"
    return env, ""


def measure_side_by_side(runs: int) -> tuple[list[float], list[float] | None, str]:
    """Start-up seconds of today's code and of BASELINE's, in alternating turns."""
    with tempfile.TemporaryDirectory(prefix="headshot-baseline-") as folder:
        env, why_not = baseline_env(Path(folder))
        sides: dict[str, dict[str, str] | None] = {"today": None}
        if env is not None:
            sides["before"] = env
        for extra in sides.values():
            start_once(COMMAND, extra)  # warm the OS file cache and write the bytecode
        samples: dict[str, list[float]] = {side: [] for side in sides}
        order = list(sides)
        for turn in range(runs):
            for side in order if turn % 2 == 0 else order[::-1]:
                samples[side].append(start_once(COMMAND, sides[side]))
    return samples["today"], samples.get("before"), why_not


def run(quick: bool = False) -> list[Measure]:
    runs = 1 if quick else 11
    today, before, why_not = measure_side_by_side(runs)
    now = statistics.median(today)
    measures = [
        Measure(
            "start to idle window (from source), today",
            now,
            "s",
            goal=f"≤ {GOAL_S}",
            met=at_most(now, GOAL_S),
            note=f"median of {runs}, offscreen",
        ),
    ]
    if before is None:
        measures.append(
            Measure(f"start to idle window, before the provider seam ({BASELINE})", None, "s", note=why_not)
        )
        return measures
    then = statistics.median(before)
    ratio = now / then
    measures += [
        Measure(
            f"start to idle window, before the provider seam ({BASELINE})",
            then,
            "s",
            note=f"median of {runs}, same interpreter and packages",
        ),
        Measure(
            "today / before",
            ratio,
            "×",
            goal=f"≤ {TOLERANCE}",
            met=at_most(ratio, TOLERANCE) if not quick else None,  # one start each: noise
            note=f"turns alternate, order swapped each turn; {TOLERANCE:g} allows for run-to-run noise",
        ),
    ]
    return measures


if __name__ == "__main__":
    from benchmarks._report import markdown_table

    print(markdown_table(run("--quick" in sys.argv)))
