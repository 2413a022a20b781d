"""Benchmark: prepare a 24 MP JPEG for upload, against a naive full decode + resize + encode.

    python benchmarks/bench_intake.py [--quick]

Goals: median prepare time <= 0.25 s, >= 3x faster than the naive way (timed in
turns in the same run), upload bytes <= 15 % of the original's. ``--quick`` uses a
small photo once: a smoke test for CI whose numbers mean nothing. ``run(quick)``
returns ``Measure`` rows for ``python -m benchmarks.run``.
"""

from __future__ import annotations

import argparse
import io
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

if __package__ in (None, ""):  # run as a script: make "benchmarks" importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._report import Measure, at_least, at_most, markdown_table  # noqa: E402
from headshot_desktop.intake import DEFAULT_MAX_SIDE, prepare_photo  # noqa: E402
from headshot_desktop.intake.encode import JPEG_QUALITY  # noqa: E402
from headshot_desktop.intake.geometry import RESAMPLE, target_size  # noqa: E402

FULL_SIZE = (6000, 4000)  # 24 MP, a typical camera or recent phone
QUICK_SIZE = (900, 600)
RUNS = 9
GOAL_SECONDS = 0.25
GOAL_SPEEDUP = 3.0
GOAL_SHARE_PERCENT = 15


def photo_like_jpeg(size: tuple[int, int], *, quality: int = 90, seed: int = 1) -> bytes:
    """Gradients, soft shapes, a face-sized oval, hair-like strands and sensor-like noise.

    At quality 90 this gives about 6 MB for 24 MP, like a real camera photo; a smooth
    synthetic image would compress (and decode) far more easily than any photo.
    """
    width, height = size
    rng = random.Random(seed)
    vertical = Image.linear_gradient("L").resize(size)
    radial = Image.radial_gradient("L").resize(size)
    bands = (vertical, radial.point(lambda v: 255 - v), vertical.transpose(Image.Transpose.ROTATE_180))
    image = Image.merge("RGB", bands)
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(width // 40, width // 6)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    draw.ellipse((width * 0.35, height * 0.15, width * 0.65, height * 0.85), fill=(225, 182, 152))
    for _ in range(width // 4):
        x, y = rng.randrange(width), rng.randrange(height)
        end = (x + rng.randrange(-width // 20, width // 20), y + rng.randrange(-width // 20, width // 20))
        draw.line((x, y, *end), fill=tuple(rng.randrange(256) for _ in range(3)), width=rng.randrange(1, 4))
    image = image.filter(ImageFilter.GaussianBlur(radius=max(1, width // 6000)))
    noise = Image.frombytes("RGB", size, rng.randbytes(width * height * 3))
    image = Image.blend(image, noise, 0.08)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def naive_prepare(path: Path, max_side: int) -> bytes:
    """What one would write first: decode everything, then resize, then encode."""
    with Image.open(path) as image:
        full = image.convert("RGB")
    small = full.resize(target_size(full.size, max_side), RESAMPLE)
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=JPEG_QUALITY, subsampling="4:4:4")
    return buffer.getvalue()


def side_by_side(contenders: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Median seconds of each contender, timed in turns so a slow spell hits them all alike.

    Each timed call follows an untimed call of the same contender: the steady state
    of importing photos one after another. Otherwise each would pay for the other's
    memory churn (the naive path hands ~200 MB back to the system, which the next
    call must fault in again), a cost no real import sees.
    """
    for fn in contenders.values():
        fn()  # warm-up: imports, caches, the file in the page cache
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(runs):
        for name, fn in contenders.items():
            fn()
            start = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in samples.items()}


def run(quick: bool = False) -> list[Measure]:
    size = QUICK_SIZE if quick else FULL_SIZE
    max_side = 512 if quick else DEFAULT_MAX_SIDE
    runs = 1 if quick else RUNS
    original = photo_like_jpeg(size)
    with tempfile.TemporaryDirectory(prefix="bench-intake-") as folder:
        path = Path(folder) / "photo.jpg"
        path.write_bytes(original)
        medians = side_by_side(
            {"ours": lambda: prepare_photo(path, max_side=max_side), "naive": lambda: naive_prepare(path, max_side)},
            runs,
        )
        prepared = prepare_photo(path, max_side=max_side)
    ours, naive = medians["ours"], medians["naive"]
    speedup = naive / ours
    share = 100 * len(prepared.data) / len(original)
    source = f"{size[0]}×{size[1]} q90 JPEG, {len(original) / 1e6:.1f} MB"
    prepared_text = f"{prepared.width}×{prepared.height}, {len(prepared.data) / 1e6:.2f} MB"
    of_runs = f"median of {runs}" if runs > 1 else "one run"
    judged = not quick  # a smoke run's numbers mean nothing
    return [
        Measure(
            "prepare_photo",
            ours,
            "s",
            goal=f"≤ {GOAL_SECONDS}",
            met=at_most(ours, GOAL_SECONDS) if judged else None,
            note=f"{source} → {prepared_text}; {of_runs}",
        ),
        Measure("naive: full decode + resize + encode", naive, "s", note=f"same filter and encoder; {of_runs}"),
        Measure(
            "speed-up over naive",
            speedup,
            "×",
            goal=f"≥ {GOAL_SPEEDUP:g}",
            met=at_least(speedup, GOAL_SPEEDUP) if judged else None,
            note="timed in turns, in the same run, each after a run of its own",
        ),
        Measure(
            "upload bytes / original bytes",
            share,
            "%",
            goal=f"≤ {GOAL_SHARE_PERCENT:g}",
            met=at_most(share, GOAL_SHARE_PERCENT) if judged else None,
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny photo, one run: a smoke test for CI")
    args = parser.parse_args(argv)
    print(markdown_table(run(quick=args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
