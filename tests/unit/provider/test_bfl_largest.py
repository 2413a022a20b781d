"""BFL's largest size, for a final that a print needs: FLUX.2 at up to 4 megapixels and 2048 pixels a side (width
and height on the wire), priced per megapixel before it is sent; Kontext makes about one megapixel and has no
larger size."""

from __future__ import annotations

import pytest

from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.providers.bfl import catalog, seam
from tests.support.bfl_server import Poll
from tests.unit.provider.bfl_fixtures import PROMPT
from tests.unit.provider.bfl_fixtures import bfl as bfl  # fixtures by name
from tests.unit.provider.bfl_fixtures import make as make
from tests.unit.provider.bfl_fixtures import photo as photo
from tests.unit.provider.bfl_fixtures import provider as provider
from tests.unit.provider.helpers import pixel_size, run_edit

LARGEST = {"portrait": (1632, 2048), "square": (2000, 2000), "landscape": (2048, 1632)}


def ask(detail: str, shape: str = "portrait", model: str = "") -> GenerationRequest:
    return GenerationRequest(style_id="corporate", prompt=PROMPT, detail=detail, shape=shape, model=model)


@pytest.mark.parametrize("shape", sorted(LARGEST))
def test_largest_asks_flux_2_for_its_largest_size(provider, bfl, photo, shape) -> None:
    bfl.script_polls(Poll.ready())
    result = run_edit(provider, photo, ask("largest", shape))
    body = bfl.submits()[0].body
    assert (body["width"], body["height"]) == LARGEST[shape]
    [image] = result.images
    assert (image.width, image.height) == LARGEST[shape] == pixel_size(image.data)


@pytest.mark.parametrize("shape", sorted(LARGEST))
def test_the_largest_sizes_keep_to_flux_2s_limits(shape) -> None:
    width, height = catalog.size(shape, "largest")
    assert (width, height) == LARGEST[shape]
    assert width % 16 == 0 and height % 16 == 0 and width * height <= 4_000_000  # "max 4MP total"
    assert max(width, height) <= 2048  # the side limit BFL's partners' schemas give
    assert width * height > 3.3e6 and abs(width / height - catalog.ASPECTS[shape][0] / catalog.ASPECTS[shape][1]) < 0.01


def test_capabilities_say_the_pixels_of_every_level() -> None:
    caps = seam.capabilities("flux-2-pro")
    assert caps.detail_levels == ("low", "medium", "high")  # the draft choices do not change
    assert caps.levels == ("low", "medium", "high", "largest")
    assert caps.size_of("high", "portrait") == (1264, 1584)
    assert {shape: caps.size_of("largest", shape) for shape in LARGEST} == LARGEST


def test_kontext_has_no_larger_size(provider, bfl, photo) -> None:
    caps = seam.capabilities("flux-kontext-pro")
    assert caps.levels == ("medium",) and caps.size_of("largest", "portrait") is None
    bfl.script_polls(Poll.ready())
    run_edit(provider, photo, ask("largest", model="flux-kontext-pro"))
    body = bfl.submits()[0].body
    assert body["aspect_ratio"] == "4:5" and "width" not in body


def test_the_estimate_prices_the_largest_size_by_bfls_formula() -> None:
    largest = seam.estimate(ask("largest"), None)
    width, height = LARGEST["portrait"]
    # 3 cents for the first megapixel, 1.5 for each further one and for each megapixel of the photo sent.
    cents = 3.0 + (width * height / 1e6 - 1) * 1.5 + 1.0 * 1.5
    assert largest.total_usd == pytest.approx(round(cents / 100, 4))
    assert largest.total_usd > (seam.estimate(ask("high"), None).total_usd or 0)
