"""Run by test_crash.py in a subprocess that gets SIGKILLed at a random moment.

It imports originals, adds headshots and exports, in a loop, as fast as it can.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from headshot_desktop.library import Library, export_all, export_headshot
from tests.unit.library.helpers import HEADSHOT_META, image_bytes, prepared


def main(root: Path, exports: Path, seed: int) -> None:
    rng = random.Random(seed)
    with Library.open(root) as library:
        print("ready", flush=True)
        for i in range(1, 10_000):
            s = seed * 10_000 + i * 3
            original = library.import_original(prepared(image_bytes(96, 128, seed=s), name=f"photo {s}.jpg"))
            for n in (1, 2):
                headshot = library.add_headshot(
                    image_bytes(128, 192, seed=s + n), original_id=original.id, index_in_run=n, **HEADSHOT_META
                )
            export_headshot(
                headshot, exports, preset=rng.choice(["linkedin", "square", "portrait"]),
                fmt=rng.choice(["png", "jpeg", "webp"]), template=f"{{style}} {s}", allow_upscale=True,
            )  # fmt: skip
            if i % 4 == 2:
                export_all(library, exports / f"everything {s}.zip")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]))
