"""Benchmark: open a 10,000-headshot library (index read + folder scan + listing), and thumbnails.

    python benchmarks/bench_library.py [--quick]

Goal: the library opens and lists in <= 1 s (median of >= 5 runs), without decoding
any image. Also measured: peak memory of that in a fresh process, a rebuild from the
files alone (index lost), and thumbnail throughput on camera-sized JPEGs with and
without reduced-size decoding (``Image.draft``). ``--quick`` uses a small library:
a smoke test whose numbers mean nothing.

``run(quick)`` returns ``list[Measure]`` for ``benchmarks/run.py``; ``measure(quick)``
returns the raw figures as a dict.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

if __package__ in (None, ""):  # run as a script: make "benchmarks" importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._report import Measure, at_most, markdown_table, median_time  # noqa: E402
from headshot_desktop.library import Library, ThumbnailCache  # noqa: E402
from headshot_desktop.library import index as library_index  # noqa: E402
from headshot_desktop.library.imaging import sha256_hex  # noqa: E402
from headshot_desktop.library.layout import HEADSHOTS, INDEX_NAME, ORIGINALS, headshot_stem  # noqa: E402

GOAL_OPEN_S = 1.0
FULL = {"headshots": 10_000, "originals": 1_000, "runs": 7, "photos": 12, "photo_size": (4000, 3000)}
QUICK = {"headshots": 300, "originals": 30, "runs": 5, "photos": 3, "photo_size": (800, 600)}
STYLES = ["Corporate navy", "Warm studio", "Outdoor natural", "Black and white", "Tech casual"]
THUMB_SIZE = 256

_MEMORY_PROBE = """
import json, sys, time, tracemalloc
from benchmarks._report import peak_rss_mb
from headshot_desktop.library import Library
before = peak_rss_mb() * 1024
tracemalloc.start()
started = time.perf_counter()
with Library.open(sys.argv[1]) as library:
    count = len(library.list_headshots()) + len(library.list_originals())
seconds = time.perf_counter() - started
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"items": count, "seconds": seconds, "python_peak_bytes": peak,
                  "rss_before_kb": before, "rss_peak_kb": peak_rss_mb() * 1024}))
"""


def tiny_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (32, 48), (40, 60, 90)).save(buffer, "PNG")
    return buffer.getvalue()


def build_library(root: Path, headshots: int, originals: int) -> None:
    """A synthetic library: one tiny PNG's bytes under many names, plus a full index of them."""
    data = tiny_png()
    file_hash = sha256_hex(data)
    start = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    for folder in (ORIGINALS, HEADSHOTS):
        (root / folder).mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, dict]] = []
    for i in range(originals):
        rel = f"{ORIGINALS}/{start + timedelta(minutes=i):%Y-%m-%d %H.%M} photo {i}.png"
        rows.append(("originals", {"rel_path": rel, "created": start + timedelta(minutes=i),
                                   "content_hash": f"{i:064x}", "source_name": f"photo {i}.jpg"}))  # fmt: skip
    for i in range(headshots):
        created = start + timedelta(minutes=i // 4)
        style = STYLES[i % len(STYLES)]
        rel = f"{HEADSHOTS}/{headshot_stem(created, style, i % 4 + 1)} {i}.png"
        rows.append(("headshots", {"rel_path": rel, "created": created, "original_id": i % originals + 1,
                                   "style_id": style.lower().replace(" ", "-"), "style_name": style,
                                   "prompt": f"A professional headshot, {style.lower()} style, soft light.",
                                   "provider": "openai", "model": "gpt-image-1", "image_size": "1024x1536",
                                   "quality": "medium", "cost_usd": 0.063, "index_in_run": i % 4 + 1}))  # fmt: skip
    for _, row in rows:
        (root / row["rel_path"]).write_bytes(data)
    conn, _ = library_index.open_index(root / INDEX_NAME)
    with library_index.transaction(conn):
        for table, row in rows:
            stat = (root / row["rel_path"]).stat()
            common = {"file_hash": file_hash, "size": stat.st_size, "mtime_ns": stat.st_mtime_ns}
            if table == "originals":
                library_index.insert_original(conn, **common, **row)
            else:
                library_index.insert_headshot(conn, **common, **row)
    conn.close()


def open_and_list(root: Path) -> int:
    with Library.open(root) as library:
        return len(library.list_headshots()) + len(library.list_originals())


def memory_probe(root: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(root)], capture_output=True, text=True,
                         cwd=Path(__file__).resolve().parent.parent,
                         check=True, timeout=300)  # fmt: skip
    return json.loads(out.stdout)


def photo_jpeg(size: tuple[int, int], seed: int) -> bytes:
    """Camera-like content (gradients, shapes, a little noise), so JPEG decoding costs what it would."""
    rng = random.Random(seed)
    width, height = size
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(30):
        x, y, r = rng.randrange(width), rng.randrange(height), rng.randrange(width // 30, width // 6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(2))
    image = Image.blend(image, Image.frombytes("RGB", size, rng.randbytes(width * height * 3)), 0.05)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def thumbnail_rate(photos: list[Path], cache_dir: Path, *, reduced: bool, threads: int = 1) -> float:
    """Thumbnails per second, made and written to a fresh cache."""
    shutil.rmtree(cache_dir, ignore_errors=True)
    cache = ThumbnailCache(cache_dir)
    started = time.perf_counter()
    if threads == 1:
        for photo in photos:
            cache.get(photo, THUMB_SIZE, reduced=reduced)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda p: cache.get(p, THUMB_SIZE, reduced=reduced), photos))
    return len(photos) / (time.perf_counter() - started)


def measure(quick: bool = False) -> dict:
    config = QUICK if quick else FULL
    with tempfile.TemporaryDirectory(prefix="bench-library-") as folder:
        root = Path(folder) / "library"
        started = time.perf_counter()
        build_library(root, config["headshots"], config["originals"])
        build_s = time.perf_counter() - started
        items = open_and_list(root)
        open_s = median_time(lambda: open_and_list(root), config["runs"])
        memory = memory_probe(root)

        index = root / INDEX_NAME
        index.unlink()
        started = time.perf_counter()
        rebuilt = open_and_list(root)
        rebuild_s = time.perf_counter() - started

        photos = []
        for i in range(config["photos"]):
            photos.append(Path(folder) / f"photo {i}.jpg")
            photos[-1].write_bytes(photo_jpeg(config["photo_size"], seed=i))
        cache_dir = Path(folder) / "thumbnails"
        full_rate = thumbnail_rate(photos, cache_dir, reduced=False)
        reduced_rate = thumbnail_rate(photos, cache_dir, reduced=True)
        threaded_rate = thumbnail_rate(photos, cache_dir, reduced=True, threads=os.cpu_count() or 2)
    return {
        "benchmark": "library",
        "quick": quick,
        "items": items,
        "rebuilt_items": rebuilt,
        "runs": config["runs"],
        "build_s": build_s,
        "open_scan_list_median_s": open_s,
        "python_peak_mb": memory["python_peak_bytes"] / 1e6,
        "rss_peak_mb": memory["rss_peak_kb"] / 1024,
        "rss_growth_mb": (memory["rss_peak_kb"] - memory["rss_before_kb"]) / 1024,
        "rebuild_s": rebuild_s,
        "photo_size": "x".join(map(str, config["photo_size"])),
        "photos": config["photos"],
        "thumbs_per_s_full_decode": full_rate,
        "thumbs_per_s_reduced": reduced_rate,
        "thumbs_per_s_reduced_threads": threaded_rate,
        "threads": os.cpu_count() or 2,
    }


def measures(result: dict) -> list[Measure]:
    quick = result["quick"]
    n = result["items"]
    open_s = result["open_scan_list_median_s"]
    speedup = result["thumbs_per_s_reduced"] / result["thumbs_per_s_full_decode"]
    return [
        Measure(f"open + scan + list, {n:,} items", open_s, "s", goal=f"≤ {GOAL_OPEN_S:g}",
                met=None if quick else at_most(open_s, GOAL_OPEN_S),
                note=f"median of {result['runs']}; no image decoded"),
        Measure("  peak Python memory (tracemalloc)", result["python_peak_mb"], "MB",
                note=f"fresh process; peak RSS {result['rss_peak_mb']:.0f} MB "
                     f"(+{result['rss_growth_mb']:.0f} MB over the imports)"),
        Measure(f"rebuild from files (index lost), {result['rebuilt_items']:,} items", result["rebuild_s"], "s",
                note="every file read, hashed and decoded once"),
        Measure(f"thumbnails, {result['photo_size']} JPEG, full decode", result["thumbs_per_s_full_decode"],
                "per s", note=f"{result['photos']} photos, {THUMB_SIZE} px, 1 thread"),
        Measure("thumbnails, reduced-size decode (draft)", result["thumbs_per_s_reduced"], "per s",
                note=f"{speedup:.1f}x the full decode, 1 thread"),
        Measure(f"thumbnails, reduced, {result['threads']} threads", result["thumbs_per_s_reduced_threads"],
                "per s", note="ThreadPoolExecutor"),
    ]  # fmt: skip


def run(quick: bool = False) -> list[Measure]:
    return measures(measure(quick))


def main(argv: list[str] | None = None) -> int:
    quick = "--quick" in (sys.argv[1:] if argv is None else argv)
    print(markdown_table(run(quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
