"""OpenAI's largest size, for a final that a print needs: gpt-image-2's custom sizes on the wire, in high quality,
priced before it is sent; a model without custom sizes makes its standard size."""

from __future__ import annotations

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.providers.openai import seam
from headshot_desktop.providers.openai.pricing import PricingTable
from tests.unit.provider.helpers import Events, pixel_size, request

LARGEST = {"portrait": (1536, 2304), "square": (1920, 1920), "landscape": (2304, 1536)}


@pytest.mark.parametrize("shape", sorted(LARGEST))
def test_largest_asks_gpt_image_2_for_its_largest_size_in_high_quality(provider, server, photo, shape) -> None:
    result = provider.edit(photo, request(detail="largest", shape=shape, partial_images=1), Events(), CancelToken())
    [sent] = server.requests_to("images/edits")
    width, height = LARGEST[shape]
    assert sent.field("size") == f"{width}x{height}" and sent.field("quality") == "high"
    [image] = result.images
    assert (image.width, image.height) == (width, height) == pixel_size(image.data)


def test_a_model_without_custom_sizes_makes_its_standard_size_in_high_quality(provider, server, photo) -> None:
    provider.edit(photo, request(model="gpt-image-1.5", detail="largest"), Events(), CancelToken())
    [sent] = server.requests_to("images/edits")
    assert (sent.field("size"), sent.field("quality")) == ("1024x1536", "high")


@pytest.mark.parametrize("shape", sorted(LARGEST))
def test_the_largest_sizes_keep_to_what_gpt_image_2_takes_without_calling_it_experimental(shape) -> None:
    width, height = LARGEST[shape]
    assert width % 16 == 0 and height % 16 == 0  # "divisible by 16"
    assert max(width, height) / min(width, height) <= 3  # "between 1:3 and 3:1"
    assert width * height <= 2560 * 1440  # "above 2560x1440 are experimental"
    standard = seam.SIZES[shape].split("x")
    assert width * int(standard[1]) == height * int(standard[0])  # the standard size's own shape


def test_capabilities_say_the_pixels_of_every_level_and_the_largest_where_the_model_has_it() -> None:
    caps = seam.capabilities("gpt-image-2")
    assert caps.detail_levels == ("low", "medium", "high")  # the draft choices do not change
    assert caps.levels == ("low", "medium", "high", "largest")
    assert caps.size_of("high", "portrait") == (1024, 1536) and caps.size_of("low", "square") == (1024, 1024)
    assert {shape: caps.size_of("largest", shape) for shape in LARGEST} == LARGEST
    older = seam.capabilities("gpt-image-1.5")
    assert older.levels == ("low", "medium", "high") and older.size_of("largest", "portrait") is None
    assert older.size_of("high", "landscape") == (1536, 1024)


def test_the_estimate_prices_the_largest_size_at_high_quality() -> None:
    table = PricingTable.builtin()
    largest = seam.estimate(request(detail="largest", previews=0), None)
    high = seam.estimate(request(detail="high", previews=0), None)
    assert largest.known and largest.approximate
    # A custom size is priced by area from the dearest standard high-quality image, never below it.
    expected = table.estimate("gpt-image-2", quality="high", size="1536x2304", n=1)
    assert largest.images_usd == pytest.approx(expected.images_usd) == pytest.approx(0.211 * 2.25, abs=1e-4)
    assert largest.total_usd is not None and high.total_usd is not None and largest.total_usd > high.total_usd
    older = seam.estimate(request(model="gpt-image-1.5", detail="largest", previews=0), None)
    assert older.images_usd == pytest.approx(0.2)  # its high-quality portrait: the size it makes


def test_the_provider_prices_the_size_it_sends(provider) -> None:
    assert provider.estimate(request(detail="largest", previews=0), None) == seam.estimate(
        request(detail="largest", previews=0), None
    )
