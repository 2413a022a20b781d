"""A picture that compresses badly (film grain, noise) still exports: libjpeg's one-shot buffer for an optimised
JPEG is one byte a pixel, which noise at high quality does not fit in."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image

from headshot_desktop.library.export import export_headshot


def test_a_noisy_picture_exports_as_jpeg_at_high_quality(tmp_path: Path) -> None:
    source = tmp_path / "grain.png"
    Image.frombytes("RGB", (1024, 1536), os.urandom(1024 * 1536 * 3)).save(source)
    out = tmp_path / "out"
    out.mkdir()
    written = export_headshot(source, out, preset="linkedin", fmt="jpeg", quality=90)
    with Image.open(written) as image:
        assert image.format == "JPEG" and image.size == (800, 800)
    assert written.stat().st_size <= 8_000_000
