"""Variants side by side: 1 against 4, through the real workflow, against a server with a fixed latency.

Each variant is a one-image request of its own, sent concurrently (services/workflow.py). The
local HTTPS test server (tests/support/openai_server) answers every edits request after a fixed
latency (2 s; 0.5 s in --quick), with its previews at known times (at 1/3 and 2/3 of it), and
records when it sent each one. The run goes through ``build_context(...).workflow().generate``
exactly as the command line does: upload prepared from the library's original, the model looked
up, the headshots stored in the library, the spend log written.

Measured in a child process with a throwaway HOME and XDG tree, turns of 1 and 4 variants
alternating (the order swapped every turn), after one warm-up of each:

* wall time of ``generate`` for 1 and for 4 variants (medians) and their ratio (goal ≤ 1.2: the
  four requests overlap instead of queueing);
* for each variant, the delay from the server sending its first preview to ``on_progress``
  receiving the ``PartialImage`` for that variant (the preview is matched by its bytes: each
  paced request's previews are images of its own).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks._report import Measure, at_most
from benchmarks._window import FOREIGN
from tests.support.home import home_environment

RATIO_GOAL = 1.2
PREVIEW_GOAL_MS = 200
MANY = 4
FULL = {"latency": 2.0, "turns": 7}
QUICK = {"latency": 0.5, "turns": 1}


def _measure(sizes: dict) -> dict:
    """In the child: the server, the app context and the turns."""
    from headshot_desktop.app import build_context
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.core.progress import PartialImage
    from tests.support.openai_server import Pacing, openai_server
    from tests.unit.intake import corpus

    home = Path(os.environ["HOME"])
    photo = corpus.write(home, "me.jpg", corpus.jpeg(corpus.photo((1200, 1600))))
    with openai_server(pacing=Pacing(sizes["latency"])) as server:
        context = build_context(environ={**os.environ, **server.environ()}, log_to_file=False)
        try:
            workflow = context.workflow()
            original = workflow.import_photo(photo)
            style = context.styles.get("corporate-grey")

            def turn(variants: int) -> dict:
                before = len(server.requests_to("images/edits"))
                lock = threading.Lock()
                first: dict[int, tuple[float, bytes]] = {}  # variant -> (seen at, preview bytes)

                def on_progress(event: object) -> None:
                    if isinstance(event, PartialImage):
                        seen = time.monotonic()
                        with lock:
                            first.setdefault(event.index, (seen, event.data))

                options = context.generate_options(variants=variants)
                started = time.monotonic()
                outcome = workflow.generate(original, style, options, on_progress, CancelToken())
                wall = time.monotonic() - started
                if len(outcome.headshots) != variants or outcome.problems:
                    raise RuntimeError(f"{variants} variant(s): {len(outcome.headshots)} made; {outcome.problems}")
                requests = server.requests_to("images/edits")[before:]
                sent_at = {s.data: s.at for r in requests for s in r.sent if s.kind == "partial"}
                if sorted(first) != list(range(variants)):
                    raise RuntimeError(f"previews seen for variants {sorted(first)} of {variants}")
                delays = [first[v][0] - sent_at[first[v][1]] for v in range(variants)]
                arrivals = [r.received_at for r in requests]
                return {
                    "wall": wall,
                    "delays": delays,
                    "spread": max(arrivals) - min(arrivals),
                    "requests": len(requests),
                    "previews": options.previews,
                }

            turn(1), turn(MANY)  # warm-up: imports, caches, the first TLS handshakes
            turns: dict[int, list[dict]] = {1: [], MANY: []}
            for i in range(sizes["turns"]):
                for variants in (1, MANY) if i % 2 == 0 else (MANY, 1):
                    turns[variants].append(turn(variants))
        finally:
            context.close()
    return {str(k): v for k, v in turns.items()}


def _in_child(quick: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-variants-") as home:
        env = {
            **os.environ,
            **home_environment(Path(home)),
            "HEADSHOT_DESKTOP_KEYRING_SERVICE": "headshot-desktop-bench",
        }
        for var in FOREIGN:
            env.pop(var, None)
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.bench_variants", "--child", "quick" if quick else "full"],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            cwd=Path(__file__).resolve().parent.parent,
        )
        if out.returncode != 0:
            raise RuntimeError(f"the variants child failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> list[Measure]:
    sizes = QUICK if quick else FULL
    judged = not quick  # a smoke run (one turn, a short latency) proves it runs; its numbers mean little
    turns = {int(k): v for k, v in _in_child(quick).items()}
    one = statistics.median(t["wall"] for t in turns[1])
    many = statistics.median(t["wall"] for t in turns[MANY])
    ratio = many / one
    n, latency = sizes["turns"], sizes["latency"]
    spread = max(t["spread"] for t in turns[MANY])
    previews = turns[MANY][0]["previews"]
    measures = [
        Measure(
            "1 variant: generate, wall time",
            one,
            "s",
            note=f"median of {n}; server latency {latency:g} s an image, {previews} previews",
        ),
        Measure(
            f"{MANY} variants: generate, wall time",
            many,
            "s",
            note=f"median of {n}; {MANY} one-image requests, arriving within {spread * 1000:.0f} ms",
        ),
        Measure(
            f"{MANY} variants / 1 variant",
            ratio,
            "×",
            goal=f"≤ {RATIO_GOAL}",
            met=at_most(ratio, RATIO_GOAL) if judged else None,
            note="turns alternate, order swapped each turn, in one run",
        ),
    ]
    for v in range(MANY):
        delays = [t["delays"][v] * 1000 for t in turns[MANY]]
        delay = statistics.median(delays)
        measures.append(
            Measure(
                f"first preview of variant {v + 1} of {MANY}: server sends → on_progress has it",
                delay,
                "ms",
                goal=f"≤ {PREVIEW_GOAL_MS}",
                met=at_most(delay, PREVIEW_GOAL_MS) if judged else None,
                note=f"median of {n}; worst {max(delays):.1f} ms",
            )
        )
    single = [t["delays"][0] * 1000 for t in turns[1]]
    measures.append(
        Measure(
            "first preview, 1 variant: server sends → on_progress has it",
            statistics.median(single),
            "ms",
            note=f"median of {n}; worst {max(single):.1f} ms",
        )
    )
    return measures


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        print(json.dumps(_measure(QUICK if sys.argv[2] == "quick" else FULL)))
    else:
        from benchmarks._report import markdown_table

        print(markdown_table(run("--quick" in sys.argv)))
