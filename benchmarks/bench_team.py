"""A team batch of 200 people against a server that is slow and rate limited: does the batch keep the pace the
rate limit allows, lose nobody, and keep its memory flat?

The local HTTPS test server (tests/support/openai_server) answers every edits request after a fixed latency
(2 s an image) and lets through at most 60 requests in any 60 s; past that it answers OpenAI's real 429
``rate_limit_exceeded`` with ``retry-after``. The team is real selfies (tests/support/team.py), one variant
each. The batch goes through ``BatchRunner`` (services/team/runner.py) exactly as ``headshot-desktop batch``
and the window's Team tab run it: photos imported into the library, the kit's style and seed, the headshots
stored, the manifest saved as each person starts and ends, the spend log written. A full run takes about 4 min.

Measured in a child process with a throwaway HOME:

* wall time of the batch, against the least the server allows: request ``i`` cannot be let through before
  ``floor(i / limit) * window`` seconds, nor can more than the provider's concurrency be in flight, and the last
  answer takes the latency; the ratio's goal is ≤ 1.15 (pausing on a 429 costs the batch little);
* the people that did not end done (goal 0: a rate limit is nobody's failure);
* the process's resident memory (RSS) after 50, 100 and 200 people, and its growth per person from 50 to 200
  (goal: flat, ≤ 0.1 MB a person beyond the table's thumbnails).

* the window's longest stall while the batch runs (goal ≤ 50 ms): a 5 ms heartbeat on its thread, as in
  bench_responsiveness.

The batch is started from the window's Team tab (kit set, the team's folder added, Start clicked). Should the
window fail to run it, the batch is measured through ``BatchRunner`` alone, as ``headshot-desktop batch`` runs it,
and the table says so.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks._report import Measure, at_most
from benchmarks._window import in_child

RATIO_GOAL = 1.15
GROWTH_GOAL_MB = 0.1
STALL_GOAL_MS = 50
FULL = {"people": 200, "latency": 2.0, "limit": 60, "window": 60.0, "marks": (50, 100, 200)}
QUICK = {"people": 12, "latency": 0.2, "limit": 6, "window": 2.0, "marks": (4, 8, 12)}


def rss_mb() -> float:
    """This process's resident memory now (Linux VmRSS), in MB; 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def least_time(requests: int, limit: int, window: float, latency: float, concurrency: int) -> float:
    """The shortest a batch of ``requests`` can take against this server: the rate limit's and the concurrency's
    bound, whichever binds."""
    by_rate = math.floor((requests - 1) / limit) * window + latency
    by_concurrency = math.ceil(requests / concurrency) * latency
    return max(by_rate, by_concurrency)


def _kit() -> Any:
    """One variant a person: the requests are the people, so the rate limit's bound is plain to read."""
    from headshot_desktop.services.team.kit import TeamKit

    return TeamKit(name="Bench team", provider="openai", style="corporate-grey", variants=1, seed=7)


class _Server:
    """The parent's test server as the child's app sees it: its address, CA and key (``environ``)."""

    def __init__(self, base_url: str, ca_pem: str) -> None:
        from tests.support.openai_server import API_KEY

        self.variables = {"OPENAI_API_KEY": API_KEY, "OPENAI_BASE_URL": base_url, "SSL_CERT_FILE": ca_pem}

    def environ(self) -> dict[str, str]:
        return dict(self.variables)


def _measure(sizes: dict, where: str, base_url: str, ca_pem: str) -> dict:
    """In the child (the app's process alone: the server runs in the parent, so what it records of every request
    is not in the app's memory): the app's context and the batch (``where``: "window" or "runner")."""
    home = Path(os.environ["HOME"])
    return (_in_window if where == "window" else _in_runner)(sizes, _Server(base_url, ca_pem), _kit(), home)


def _in_parent(sizes: dict, mode: str, where: str) -> dict:
    """The paced, rate-limited server here; the team made in the child's HOME; the child's measures."""
    from tests.support.openai_server import Pacing, RateLimit, openai_server
    from tests.support.team import make_team

    limit = RateLimit(sizes["limit"], sizes["window"])
    with openai_server(pacing=Pacing(sizes["latency"]), rate_limit=limit) as server:
        got = in_child("benchmarks.bench_team", mode, where, server.base_url, str(server.ca_pem_path),
                       prepare=lambda home: make_team(home / "team", sizes["people"]), timeout=3600)  # fmt: skip
        got["limited"] = server.rate_limited
        got["requests"] = len(server.requests_to("images/edits"))
    got["least"] = least_time(sizes["people"] * _kit().variants, sizes["limit"], sizes["window"], sizes["latency"],
                              got["concurrency"])  # fmt: skip
    return got


def _concurrency(context: Any, kit: Any) -> int:
    return max(1, context.provider_module(kit.provider).capabilities(kit.model).max_concurrency // kit.variants)


def _in_runner(sizes: dict, server: Any, kit: Any, home: Path) -> dict:
    """The batch through ``BatchRunner`` alone, as ``headshot-desktop batch`` runs it."""
    from headshot_desktop.app import build_context
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.services.team.manifest import DONE, FAILED, REFUSED, BatchStore
    from headshot_desktop.services.team.people import people_from_paths
    from headshot_desktop.services.team.runner import BatchRunner, PersonChanged

    context = build_context(environ={**os.environ, **server.environ()}, log_to_file=False)
    try:
        store = BatchStore(context.library().root)
        manifest = store.create(kit, None, people_from_paths([home / "team"]), home / "out", None)
        lock = threading.Lock()
        ended: set[str] = set()
        memory: dict[int, float] = {}

        def on_event(event: object) -> None:
            if isinstance(event, PersonChanged) and event.person.status in (DONE, REFUSED, FAILED):
                with lock:
                    ended.add(event.person.key)
                    if len(ended) in sizes["marks"]:
                        memory[len(ended)] = rss_mb()

        runner = BatchRunner(context, store, manifest, on_event)
        started = time.monotonic()
        stopped = runner.run(CancelToken())
        wall = time.monotonic() - started
        concurrency = _concurrency(context, kit)
    finally:
        context.close()
    return {"wall": wall, "stopped": stopped.reason, "counts": manifest.counts(), "concurrency": concurrency,
            "memory": {str(k): v for k, v in sorted(memory.items())}}  # fmt: skip


def _in_window(sizes: dict, server: Any, kit: Any, home: Path) -> dict:
    """The batch from the window's Team tab: kit set, the team's folder added, Start clicked; a heartbeat on the
    window's thread measures its longest stall until the batch ends."""
    from benchmarks._window import make_context, open_window, spin_until
    from benchmarks.bench_responsiveness import _Heartbeat
    from headshot_desktop.ui.gui import make_application

    _app = make_application()  # kept alive for the whole run
    context = make_context(server)
    window = open_window(context=context)
    try:
        window.tabs.setCurrentWidget(window.team)
        panel = window.team.panel()
        spin_until(lambda: panel.library is not None)
        panel.set_kit(kit, None)
        panel.add_paths([home / "team"])
        spin_until(lambda: panel.model.rowCount() == sizes["people"] and "·" in panel.start_button.text())
        memory: dict[int, float] = {}
        looked = [0.0]

        def over(force: bool = False) -> bool:
            now = time.monotonic()
            if force or now - looked[0] >= 0.1:  # count the finished people ten times a second, not every slice
                looked[0] = now
                ended = sum(p.status in ("done", "refused", "failed") for p in panel.model.people())
                for mark in sizes["marks"]:
                    if ended >= mark and mark not in memory:
                        memory[mark] = rss_mb()
            return not panel.run.running

        with _Heartbeat() as beat:
            started = time.monotonic()
            panel.start_button.click()
            spin_until(lambda: panel.run.running)
            spin_until(over, timeout_s=3600)
            wall = time.monotonic() - started
        over(force=True)
        stop = panel.run.last_stop
        counts = dict(Counter(p.status for p in panel.model.people()))
        concurrency = _concurrency(context, kit)
    finally:
        window.close()
        context.close()
    return {"wall": wall, "stopped": stop.reason if stop is not None else "?", "counts": counts,
            "concurrency": concurrency, "memory": {str(k): v for k, v in sorted(memory.items())},
            "stall_ms": beat.longest, "cpu_wait_ms": beat.longest_cpu_wait}  # fmt: skip


def run(quick: bool = False) -> list[Measure]:
    sizes = QUICK if quick else FULL
    judged = not quick  # a smoke run (a dozen people, a short window) proves it runs; its numbers mean little
    mode = "quick" if quick else "full"
    where, fallback = "window", ""
    try:
        got = _in_parent(sizes, mode, "window")
    except RuntimeError as err:  # the Team tab could not be driven: the runner alone still tells the pace
        where, fallback = "runner", str(err).splitlines()[-1][:120]
        got = _in_parent(sizes, mode, "runner")
    people, latency = sizes["people"], sizes["latency"]
    server = f"{sizes['limit']} requests a {sizes['window']:g} s window, {latency:g} s an image"
    by = "from the window's Team tab" if where == "window" else "BatchRunner alone (the window failed: see note)"
    ratio = got["wall"] / got["least"]
    not_done = people - got["counts"].get("done", 0)
    marks = {int(k): v for k, v in got["memory"].items()}
    first, last = min(marks), max(marks)
    growth = (marks[last] - marks[first]) / (last - first) if last > first else None
    measures = [
        Measure(f"{people} people: batch wall time", got["wall"], "s",
                note=f"{by}; {server}; {got['concurrency']} at once; {got['limited']} answered 429 of "
                f"{got['requests']} requests"),
        Measure("batch wall time / least the rate limit allows", ratio, "×", goal=f"≤ {RATIO_GOAL}",
                met=at_most(ratio, RATIO_GOAL) if judged else None,
                note=f"least {got['least']:.0f} s: request i not before floor(i / limit) × window"),
        Measure("people not done (refused, failed, left)", not_done, "", goal="0", met=not_done == 0,
                note=f"stopped: {got['stopped']}"),
    ]  # fmt: skip
    for mark, value in sorted(marks.items()):
        measures.append(Measure(f"memory (RSS) after {mark} people", value, "MB", note="the whole app process"))
    measures.append(
        Measure(
            f"memory growth a person, {first} → {last} people",
            growth,
            "MB",
            goal=f"≤ {GROWTH_GOAL_MB}",
            met=at_most(growth, GROWTH_GOAL_MB) if judged else None,
            note="thumbnails of the table's people included" if where == "window" else "no window",
        )  # fmt: skip
    )
    stall = got.get("stall_ms")
    measures.append(
        Measure(
            "window's longest stall while the batch runs",
            stall,
            "ms",
            goal=f"≤ {STALL_GOAL_MS}",
            met=at_most(stall, STALL_GOAL_MS) if judged else None,
            note=f"5 ms heartbeat; {got['cpu_wait_ms']} ms of it waiting for a CPU"
            if stall is not None
            else f"not measured: {fallback}",
        )  # fmt: skip
    )
    return measures


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(_measure(QUICK if sys.argv[2] == "quick" else FULL, *sys.argv[3:6])))
    else:
        from benchmarks._report import markdown_table

        print(markdown_table(run("--quick" in sys.argv)))
