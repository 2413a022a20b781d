"""For screenshots: the test server answers with the real portrait in ../shared/testdata instead of a flat colour,
so the results, the library and the crop editor show a person, as they will to someone using the app.

Each variant gets a slightly different light (``shade``), as real variants differ; previews stay small and flat.
"""

from __future__ import annotations

import functools
import io
from pathlib import Path

PORTRAIT = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "astronaut.jpg"


def _face_on_the_guides() -> object:
    """A square framing of the portrait's headshot (1024 x 1536) with the eyes and the chin on the editor's lines."""
    from headshot_desktop.library.crops import Crop

    side = 640  # pixels of the headshot
    return Crop(x=24 / 1024, y=20 / 1536, w=side / 1024, h=side / 1536)


FACE_ON_THE_GUIDES = _face_on_the_guides()


def selfie_bytes() -> bytes:
    return PORTRAIT.read_bytes()


def another_photo(n: int) -> bytes:
    """A further photo "of the same person": the portrait mirrored or framed closer."""
    from PIL import Image, ImageOps

    with Image.open(PORTRAIT) as photo:
        other = ImageOps.mirror(photo) if n % 2 else photo.crop((40, 20, 472, 500))
        out = io.BytesIO()
        other.convert("RGB").save(out, "JPEG", quality=90)
    return out.getvalue()


def answer_with_the_portrait() -> None:
    from tests.support.gemini_server import replies as gemini
    from tests.support.openai_server import handler

    flat, gemini_flat = handler.make_image, gemini.make_png

    @functools.lru_cache(maxsize=8)
    def portrait(size: str, output_format: str, shade: int) -> bytes:
        from PIL import Image, ImageEnhance, ImageOps

        width, height = (int(v) for v in size.split("x")) if "x" in size else (1024, 1536)
        with Image.open(PORTRAIT) as photo:
            framed = ImageOps.fit(
                photo.convert("RGB"), (width, height), Image.Resampling.LANCZOS, centering=(0.5, 0.35)
            )
        lit = ImageEnhance.Brightness(framed).enhance(0.94 + 0.04 * (shade % 4))
        out = io.BytesIO()
        lit.save(out, {"jpeg": "JPEG", "webp": "WEBP"}.get(output_format, "PNG"))
        return out.getvalue()

    def make_image(size: str, output_format: str, shade: int) -> bytes:
        return flat(size, output_format, shade) if size.startswith("64x") else portrait(size, output_format, shade)

    def make_png(width: int, height: int, thought: bool = False) -> bytes:
        return gemini_flat(width, height, thought) if thought else portrait(f"{width}x{height}", "png", 2)

    handler.make_image = make_image
    gemini.make_png = make_png
