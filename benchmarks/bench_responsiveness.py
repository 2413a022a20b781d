"""Does the window stay responsive? Main-thread stalls, what blocks on it, first grid paint, memory.

A heartbeat timer ticks every 5 ms on the main thread; the longest gap between
ticks, less the interval, is the longest stall a person could feel. The window
runs offscreen in a child process with a throwaway HOME, against the local
HTTPS test server (tests/support), so nothing leaves the machine.

The flow: import the photos; generate (streamed); then import more photos while a
paced generation of 2 variants is in flight. All the while a watchdog
(tests/support/thread_probe.py) records calls that may block made on the window's
thread: SQLite, file writes, fsync, Pillow and Qt image decoding, the keyring,
sockets. Their count is a measure, with the goal 0.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._report import Measure, at_most, peak_rss_mb
from benchmarks._window import in_child, open_window, spin_until

STALL_GOAL_MS = 50
MEMORY_GOAL_MB = 400
FULL = {"photos": 50, "library": 10_000, "variants": 2, "runs": 3}
QUICK = {"photos": 3, "library": 200, "variants": 1, "runs": 1}
HEARTBEAT_MS = 5
BESIDE_VARIANTS = 2  # the generation in flight while photos are imported
BLOCKING_SHOWN = 4  # distinct blocking calls named in the table's note; the child's stderr has them all


def _waited_for_cpu_ms() -> float:
    """How long this thread has waited, runnable, for a CPU (Linux; 0 elsewhere)."""
    try:
        with open("/proc/thread-self/schedstat", encoding="ascii") as stat:
            return int(stat.read().split()[1]) / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


class _Heartbeat:
    """The longest gap between the 5 ms ticks of a timer on the main thread, less the interval (ms).

    Also how much of that gap the thread spent waiting for a CPU: the machine's other work, not the window's.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.timer = QTimer(interval=HEARTBEAT_MS)
        self.timer.timeout.connect(self.tick)
        self.clock = QElapsedTimer()
        self.longest = 0
        self.longest_cpu_wait = 0.0
        self._cpu_wait = _waited_for_cpu_ms()

    def tick(self) -> None:
        gap, cpu_wait = self.clock.restart() - HEARTBEAT_MS, _waited_for_cpu_ms()
        if gap > self.longest:
            self.longest, self.longest_cpu_wait = gap, round(cpu_wait - self._cpu_wait)
        self._cpu_wait = cpu_wait

    def __enter__(self) -> _Heartbeat:
        self._cpu_wait = _waited_for_cpu_ms()
        self.clock.start()
        self.timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.timer.stop()


def _ended(window) -> bool:
    return all(j.state in ("done", "failed", "cancelled") for j in window.session.jobs)


def _flow(sizes: dict, photos: Path) -> dict:
    # The watchdog is imported before the window opens the library: from then on every SQLite connection
    # reports its statements to it.
    from benchmarks._window import make_context
    from headshot_desktop.ui.gui import make_application
    from tests.support.openai_server import Pacing, openai_server
    from tests.support.thread_probe import ThreadProbe

    _app = make_application()  # kept alive for the whole flow
    first, beside = sorted((photos / "first").iterdir()), sorted((photos / "beside").iterdir())
    result: dict = {}
    probe = ThreadProbe()
    with openai_server() as server:
        context = make_context(server)  # as the command line does, before there is a window
        probe.start()
        window = open_window(context=context)
        arrivals: list[float] = []
        window.session.photoImported.connect(lambda _original, _preview: arrivals.append(time.monotonic()))
        ended: list[float] = []
        window.session.jobFinished.connect(lambda _job: ended.append(time.monotonic()))
        with _Heartbeat() as beat:
            started = time.monotonic()
            for photo in first:
                window.import_source(photo)
            spin_until(lambda: len(arrivals) == len(first))
        importing_s = time.monotonic() - started
        result["import_stall_ms"], result["import_cpu_wait_ms"] = beat.longest, beat.longest_cpu_wait
        window.gallery.select_style("corporate-grey")
        window.options.variants.setValue(sizes["variants"])
        with _Heartbeat() as beat:
            window.generate()
            spin_until(lambda: _ended(window))
        result["generation_stall_ms"], result["generation_cpu_wait_ms"] = beat.longest, beat.longest_cpu_wait
        states = {window.session.jobs[-1].state}
        # A generation in flight while more photos come in: paced to outlast the imports.
        server.pacing = Pacing(max(1.0, 1.5 * importing_s * len(beside) / len(first)))
        window.options.variants.setValue(BESIDE_VARIANTS)
        with _Heartbeat() as beat:
            window.generate()
            for photo in beside:
                window.import_source(photo)
            spin_until(lambda: len(arrivals) == len(first) + len(beside) and _ended(window))
        result["beside_stall_ms"], result["beside_cpu_wait_ms"] = beat.longest, beat.longest_cpu_wait
        result["beside_overlap"] = ended[-1] > arrivals[-1]  # the generation was still running at the last import
        states.add(window.session.jobs[-1].state)
        result["generation_state"] = ", ".join(sorted(states))
        probe.stop()  # closing saves the settings on this thread, as it should: the window is going
        window.close()
        context.close()
    result["blocking"] = [str(call) for call in probe.distinct()]
    result["max_rss_mb"] = peak_rss_mb()
    return result


def _grid(sizes: dict) -> dict:
    """Open a big library and paint its first screen of thumbnails, cold cache then warm."""
    from benchmarks.bench_library import build_library
    from headshot_desktop.library import Library, ThumbnailCache
    from headshot_desktop.ui.gui import make_application
    from headshot_desktop.ui.models.library_model import LibraryModel
    from headshot_desktop.ui.panels.library_panel import LibraryPanel

    app = make_application()
    home = Path.home()
    result: dict = {}
    root = home / "big library"
    build_library(root, sizes["library"], max(1, sizes["library"] // 10))
    cache = ThumbnailCache(home / "thumbs")
    for label in ("cold", "warm"):
        started = time.perf_counter()
        with Library.open(root) as library:
            model = LibraryModel(cache)
            panel = LibraryPanel(model)
            panel.resize(1100, 700)
            panel.show_library(library.list_originals(), library.list_headshots())
            panel.show()
            app.processEvents()
            view = panel.view
            visible = [
                model.index(r)
                for r in range(model.rowCount())
                if view.visualRect(panel.proxy.mapFromSource(model.index(r))).intersects(view.viewport().rect())
            ]
            spin_until(
                lambda model=model, visible=visible: all(i.data(1) is not model.loader.placeholder for i in visible)
            )
            view.viewport().repaint()
            result[f"grid_{label}_s"] = time.perf_counter() - started
            result["grid_visible"] = len(visible)
            model.shutdown()
            panel.close()
    result["grid_rss_mb"] = peak_rss_mb()
    return result


STALLS = ("import_stall_ms", "generation_stall_ms", "beside_stall_ms")


def measure(quick: bool) -> dict:
    """The longest stall of one run is a maximum, so noisy: the goal is the median over several runs."""
    sizes = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="bench-photos-") as folder:
        photos = Path(folder)
        _make_photos(photos / "first", sizes["photos"], seed=0)
        _make_photos(photos / "beside", sizes["photos"], seed=sizes["photos"])
        mode = "quick" if quick else "full"
        flows = [in_child("benchmarks.bench_responsiveness", "flow", mode, str(photos)) for _ in range(sizes["runs"])]
    result: dict = {key: statistics.median(f[key] for f in flows) for key in STALLS}
    result["runs"] = {key: [f[key] for f in flows] for key in STALLS}
    result["cpu_waits"] = {key: [f[key.replace("stall", "cpu_wait")] for f in flows] for key in STALLS}
    result["max_rss_mb"] = max(f["max_rss_mb"] for f in flows)
    result["generation_state"] = ", ".join(sorted({s for f in flows for s in f["generation_state"].split(", ")}))
    result["beside_overlap"] = all(f["beside_overlap"] for f in flows)
    result["blocking"] = list(dict.fromkeys(call for f in flows for call in f["blocking"]))
    return {**result, **in_child("benchmarks.bench_responsiveness", "grid", "quick" if quick else "full")}


def _make_photos(folder: Path, count: int, seed: int) -> None:
    """12 MP photos, each of its own (the library would take a second copy of one as the same photo)."""
    from tests.unit.intake import corpus

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        corpus.write(folder, f"photo {i}.jpg", corpus.jpeg(corpus.photo((3000, 4000), seed=seed + i)))


def _blocking_note(calls: list[str]) -> str:
    """The first few calls, by kind and the innermost app frame that made them."""
    if not calls:
        return "SQLite, file writes, fsync, Pillow and Qt decoding, keyring, sockets: none seen"
    shown = []
    for call in calls[:BLOCKING_SHOWN]:
        lines = call.splitlines()
        where = lines[1].strip().removeprefix("at ") if len(lines) > 1 else ""
        shown.append(f"{lines[0].split(':')[0]} at {where}")
    more = f"; {len(calls) - BLOCKING_SHOWN} more" if len(calls) > BLOCKING_SHOWN else ""
    return "; ".join(shown) + more + " (all of them: stderr)"


def run(quick: bool = False) -> list[Measure]:
    sizes = QUICK if quick else FULL
    r = measure(quick)
    n = sizes["library"]
    if r["blocking"]:
        print("Calls that may block, made on the window's thread:", *r["blocking"], sep="\n", file=sys.stderr)
    overlap = "the generation outlasted the imports" if r["beside_overlap"] else "**the generation ended first**"

    def runs(key: str) -> str:
        return f"median of {sizes['runs']} runs: {r['runs'][key]}, of which waiting for a CPU {r['cpu_waits'][key]}"

    return [
        Measure(
            f"longest main-thread stall, importing {sizes['photos']} 12 MP photos",
            r["import_stall_ms"],
            "ms",
            goal=f"≤ {STALL_GOAL_MS}",
            met=at_most(r["import_stall_ms"], STALL_GOAL_MS),
            note=runs("import_stall_ms"),
        ),
        Measure(
            f"longest main-thread stall, streamed generation ({sizes['variants']} variants)",
            r["generation_stall_ms"],
            "ms",
            goal=f"≤ {STALL_GOAL_MS}",
            met=at_most(r["generation_stall_ms"], STALL_GOAL_MS),
            note=f"{runs('generation_stall_ms')}; {r['generation_state']}",
        ),
        Measure(
            f"longest main-thread stall, importing {sizes['photos']} photos during a generation "
            f"({BESIDE_VARIANTS} variants, streamed)",
            r["beside_stall_ms"],
            "ms",
            goal=f"≤ {STALL_GOAL_MS}",
            met=at_most(r["beside_stall_ms"], STALL_GOAL_MS),
            note=f"{runs('beside_stall_ms')}; {overlap}",
        ),
        Measure(
            "calls that may block, made on the window's thread during the flow above",
            len(r["blocking"]),
            "",
            goal="0",
            met=not r["blocking"],
            note=_blocking_note(r["blocking"]),
        ),
        Measure(
            f"first grid paint, {n:,} headshots, cold thumbnail cache",
            r["grid_cold_s"],
            "s",
            note=f"{r['grid_visible']} visible thumbnails made",
        ),
        Measure(f"first grid paint, {n:,} headshots, warm thumbnail cache", r["grid_warm_s"], "s"),
        Measure(
            f"peak memory, {n:,}-headshot library open with its grid (RSS)",
            r["grid_rss_mb"],
            "MB",
            goal=f"≤ {MEMORY_GOAL_MB}",
            met=at_most(r["grid_rss_mb"], MEMORY_GOAL_MB),
            note="Qt included",
        ),
        Measure(
            f"peak memory, window importing {sizes['photos']} photos and generating (RSS)",
            r["max_rss_mb"],
            "MB",
            note="decoding a 12 MP photo takes ~36 MB per worker",
        ),
    ]


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        child_sizes = QUICK if sys.argv[3] == "quick" else FULL
        if sys.argv[2] == "flow":
            print(json.dumps(_flow(child_sizes, Path(sys.argv[4]))))
        else:
            print(json.dumps(_grid(child_sizes)))
    else:
        from benchmarks._report import markdown_table

        print(markdown_table(run("--quick" in sys.argv)))
