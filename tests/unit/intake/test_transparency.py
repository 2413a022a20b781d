"""A transparent photo is flattened onto white at intake: neither the stored original nor the upload has alpha."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.intake import open_normalized, prepare_photo
from headshot_desktop.services.workflow import GenerateOptions
from tests.unit.intake import corpus

WHITE = (255, 255, 255)


def cut_out_portrait() -> Image.Image:
    """A person cut out of their background, as a background remover leaves it: clear all around."""
    image = corpus.photo((600, 800)).convert("RGBA")
    alpha = Image.new("L", image.size, 0)
    alpha.paste(255, (150, 150, 450, 650))
    alpha.paste(128, (100, 100, 150, 700))  # a soft edge, half see-through
    image.putalpha(alpha)
    return image


def _decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def _near(pixel: tuple[int, ...], expected: tuple[int, ...], tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, expected, strict=True))


@pytest.mark.parametrize("max_side", [1536, None])
def test_a_transparent_png_comes_out_opaque_on_white(max_side: int | None) -> None:
    source = cut_out_portrait()
    prepared = prepare_photo(corpus.png(source), source_name="cut out.png", max_side=max_side)

    assert prepared.mime_type == "image/jpeg"
    image = _decoded(prepared.data)
    assert image.mode == "RGB"
    assert _near(image.getpixel((20, 20)), WHITE), "the clear background becomes white"
    inside = source.getpixel((300, 400))[:3]
    assert _near(image.getpixel((300, 400)), inside), "the opaque person is unchanged"
    half = source.getpixel((120, 400))[:3]
    blended = tuple(round((c * 128 + 255 * 127) / 255) for c in half)
    assert _near(image.getpixel((120, 400)), blended), "a soft edge is blended onto white, not cut"
    assert any("transparent" in notice for notice in prepared.notices)


@pytest.mark.parametrize("mode", ["LA", "P"])
def test_grey_and_palette_transparency_is_flattened_too(mode: str) -> None:
    if mode == "LA":
        image = Image.new("LA", (300, 300), (90, 255))
        image.paste((90, 0), (0, 0, 150, 300))
        data = corpus.png(image)
    else:
        image = Image.new("P", (300, 300), 0)
        image.putpalette([255, 0, 255, 200, 30, 30] + [0] * 762)
        image.paste(1, (150, 0, 300, 300))
        data = corpus.png(image, transparency=0)
    out = open_normalized(data)
    assert out.mode == "RGB"
    assert _near(out.getpixel((10, 10)), WHITE)


def test_an_opaque_photo_says_nothing_about_transparency() -> None:
    prepared = prepare_photo(corpus.png(corpus.photo().convert("RGBA")))
    assert prepared.mime_type == "image/jpeg" and not any("transparent" in n for n in prepared.notices)


def test_the_stored_original_and_the_upload_have_no_alpha(api_server, context_for, tmp_path: Path) -> None:
    ctx = context_for(api_server)
    photo = corpus.write(tmp_path, "cut out.png", corpus.png(cut_out_portrait()))
    workflow = ctx.workflow()
    original = workflow.import_photo(photo)
    with Image.open(original.path) as stored:
        assert "A" not in stored.getbands() and "transparency" not in stored.info

    workflow.generate(original, ctx.styles.get("corporate-grey"), GenerateOptions(variants=1), lambda _e: None,
                      CancelToken())  # fmt: skip

    (request,) = api_server.requests_to("images/edits")
    (upload,) = [f for f in request.files if f.content_type.startswith("image/")]
    sent = _decoded(upload.data)
    assert upload.content_type == "image/jpeg" and sent.mode == "RGB"
    assert _near(sent.getpixel((5, 5)), WHITE)
