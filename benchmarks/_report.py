"""The one shape every benchmark returns, and the table the runner prints and writes."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Measure:
    name: str
    value: float | None  # None: not measured in this run (the note says why)
    unit: str
    goal: str = ""  # e.g. "≤ 0.8"
    met: bool | None = None  # None: no goal, or not measured
    note: str = ""

    def cells(self) -> list[str]:
        if self.value is None:
            shown = "—"
        elif abs(self.value) >= 100:
            shown = f"{self.value:,.0f}"
        else:
            shown = f"{self.value:.3g}"
        verdict = {True: "met", False: "**missed**", None: ""}[self.met]
        return [self.name, f"{shown} {self.unit}".strip(), self.goal, verdict, self.note]


def at_most(value: float | None, limit: float) -> bool | None:
    return None if value is None else value <= limit


def at_least(value: float | None, limit: float) -> bool | None:
    return None if value is None else value >= limit


def median_time(fn: Callable[[], object], runs: int) -> float:
    """Median wall-clock seconds of ``runs`` calls (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def peak_rss_mb() -> float:
    """This process's peak resident memory, in MB.

    Linux's VmHWM belongs to the address space and starts again at exec; ru_maxrss
    does not, so a child started by a big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / 2**20


def markdown_table(measures: list[Measure]) -> str:
    rows = ["| measure | median | goal | verdict | note |", "|---|---|---|---|---|"]
    rows += ["| " + " | ".join(m.cells()) + " |" for m in measures]
    return "\n".join(rows)
