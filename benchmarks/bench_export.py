"""Batch export: 200 headshots to LinkedIn JPEG through the window's export dialog. Time per file, and the longest
stall of the window's thread while the files are written.

The headshots are made once, in this process: photo-like 1024 × 1536 PNGs, as providers return them. Each run is a
child process (offscreen, a throwaway HOME) that puts them in its library, opens the real window, selects them all
in the library grid and presses Export…; in the dialog it chooses LinkedIn and JPEG and presses Export. A heartbeat
timer on the window's thread (as in bench_responsiveness) measures the longest stall from that press until the
dialog closes; the dialog's progress bar gives the time of each file.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._report import Measure, at_most
from benchmarks._window import in_child, open_window, settle, spin_until
from benchmarks.bench_responsiveness import STALL_GOAL_MS, _Heartbeat

FULL = {"headshots": 200, "runs": 3}
QUICK = {"headshots": 3, "runs": 1}
SIZE = (1024, 1536)


def _make_headshots(folder: Path, count: int) -> None:
    from tests.unit.intake import corpus

    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        corpus.write(folder, f"headshot {i:03}.png", corpus.png(corpus.photo(SIZE, seed=i)))


def _export_all(window, folder: Path) -> dict:
    """Press Export… with every tile selected, and Export in the dialog; the stall and each file's time."""
    from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
    from tests.ui.helpers import when_shown

    marks: list[float] = []
    result: dict = {}
    errors: list[BaseException] = []
    beat = _Heartbeat()

    def steps(dialog: ExportDialog) -> None:
        result["opened_s"] = time.perf_counter() - pressed
        dialog.folder.setText(str(folder))
        dialog.preset.setCurrentIndex(dialog.preset.findData("linkedin"))
        dialog.format.setCurrentIndex(dialog.format.findData("jpeg"))
        dialog.progress_bar.valueChanged.connect(lambda _value: marks.append(time.perf_counter()))
        beat.__enter__()
        marks.append(time.perf_counter())
        dialog.export_button.click()
        dialog.finished.connect(lambda _code: marks.append(time.perf_counter()))

    when_shown(ExportDialog, steps, errors)
    pressed = time.perf_counter()
    window.library.export.click()  # returns once the dialog has closed
    beat.__exit__()
    if errors:
        raise errors[0]
    result["stall_ms"], result["cpu_wait_ms"] = beat.longest, beat.longest_cpu_wait
    result["per_file_s"] = statistics.median(b - a for a, b in zip(marks, marks[1:], strict=False))
    result["total_s"] = marks[-1] - marks[0]
    return result


def _flow(sizes: dict, headshots: Path) -> dict:
    from benchmarks._window import make_context
    from headshot_desktop.ui.gui import make_application
    from tests.support.openai_server import openai_server
    from tests.unit.library.helpers import HEADSHOT_META

    _app = make_application()  # kept alive for the whole flow
    with openai_server() as server:
        context = make_context(server)
        library = context.library()
        for n, path in enumerate(sorted(headshots.iterdir()), 1):
            library.add_headshot(path.read_bytes(), original_id=None, index_in_run=n, **HEADSHOT_META)
        window = open_window(context=context)
        window.tabs.setCurrentWidget(window.library)
        spin_until(lambda: window.library_model.rowCount() == sizes["headshots"])
        window.library.view.selectAll()
        window.library_model.wait_for_thumbnails()
        settle(window)
        folder = Path.home() / "Exports"
        result = _export_all(window, folder)
        written = sorted(folder.iterdir())
        result["written"] = len(written)
        result["all_jpeg_800"] = all(_linkedin_jpeg(path) for path in written)
        window.close()
        context.close()
    return result


def _linkedin_jpeg(path: Path) -> bool:
    from PIL import Image

    from headshot_desktop.library.presets import PRESETS

    with Image.open(path) as image:
        return image.format == "JPEG" and image.size == PRESETS["linkedin"].size


def measure(quick: bool) -> dict:
    sizes = QUICK if quick else FULL
    mode = "quick" if quick else "full"
    with tempfile.TemporaryDirectory(prefix="bench-headshots-") as folder:
        _make_headshots(Path(folder), sizes["headshots"])
        flows = [in_child("benchmarks.bench_export", mode, folder) for _ in range(sizes["runs"])]
    keys = ("stall_ms", "per_file_s", "total_s", "opened_s")
    result: dict = {key: statistics.median(f[key] for f in flows) for key in keys}
    result["runs"] = {key: [f[key] for f in flows] for key in keys}
    result["cpu_waits"] = [f["cpu_wait_ms"] for f in flows]
    result["written"] = [f["written"] for f in flows]
    result["all_jpeg_800"] = all(f["all_jpeg_800"] for f in flows)
    return result


def run(quick: bool = False) -> list[Measure]:
    sizes = QUICK if quick else FULL
    n = sizes["headshots"]
    r = measure(quick)
    counts = sorted(set(r["written"]))
    written = f"{counts[0] if len(counts) == 1 else r['written']} files written" + (
        "" if r["all_jpeg_800"] else ", **not all LinkedIn JPEGs**")  # fmt: skip
    per_file = [round(s * 1000) for s in r["runs"]["per_file_s"]]
    stalls = r["runs"]["stall_ms"]
    return [
        Measure(
            f"batch export, {n} headshots ({SIZE[0]} × {SIZE[1]} PNG) to LinkedIn JPEG: time per file",
            r["per_file_s"] * 1000,
            "ms",
            note=f"median of {sizes['runs']} runs: {per_file}; through the window's export dialog; {written}",
        ),
        Measure(
            f"batch export, {n} headshots to LinkedIn JPEG: total",
            r["total_s"],
            "s",
            note=f"runs: {[round(s, 1) for s in r['runs']['total_s']]}",
        ),
        Measure(
            f"longest main-thread stall while exporting {n} headshots",
            r["stall_ms"],
            "ms",
            goal=f"≤ {STALL_GOAL_MS}",
            met=at_most(r["stall_ms"], STALL_GOAL_MS),
            note=f"median of {sizes['runs']} runs: {stalls}, of which waiting for a CPU {r['cpu_waits']}",
        ),
        Measure(f"export dialog open, {n} headshots selected", r["opened_s"], "s", note="from Export… to it shown"),
    ]


if __name__ == "__main__":
    if len(sys.argv) > 3 and sys.argv[1] == "--child":
        print(json.dumps(_flow(QUICK if sys.argv[2] == "quick" else FULL, Path(sys.argv[3]))))
    else:
        from benchmarks._report import markdown_table

        print(markdown_table(run("--quick" in sys.argv)))
