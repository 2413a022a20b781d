"""Gemini's largest size, for a final that a print needs: "4K" for the Gemini 3 image models, priced by its image
tokens before it is sent; 2.5 Flash Image makes one size and has no larger one."""

from __future__ import annotations

import pytest

from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.providers.gemini import pricing, seam
from tests.unit.provider.gemini_fixtures import FLASH
from tests.unit.provider.gemini_fixtures import gemini as gemini  # fixtures by name
from tests.unit.provider.gemini_fixtures import make as make
from tests.unit.provider.gemini_fixtures import photo as photo
from tests.unit.provider.gemini_fixtures import provider as provider
from tests.unit.provider.helpers import pixel_size, run_edit

PRO = "gemini-3-pro-image-preview"
OLD_FLASH = "gemini-2.5-flash-image"
PROMPT = "CHANGE: a navy suit.\nPRESERVE: the face."


def ask(model: str, detail: str, shape: str = "portrait") -> GenerationRequest:
    return GenerationRequest(style_id="corporate", prompt=PROMPT, model=model, detail=detail, shape=shape)


@pytest.mark.parametrize("model", [FLASH, PRO])
def test_largest_asks_for_4k(provider, gemini, photo, model) -> None:
    result = run_edit(provider, photo, ask(model, "largest"))
    [sent] = gemini.generate_requests()
    assert sent.config["imageConfig"] == {"aspectRatio": "4:5", "imageSize": "4K"}
    [image] = result.images
    assert (image.width, image.height) == pixel_size(image.data) and image.height >= 4096  # the server's 4K


def test_gemini_25_has_no_larger_size_so_it_sends_none(provider, gemini, photo) -> None:
    run_edit(provider, photo, ask(OLD_FLASH, "largest"))
    assert gemini.generate_requests()[0].config["imageConfig"] == {"aspectRatio": "4:5"}
    caps = seam.capabilities(OLD_FLASH)
    assert caps.levels == ("medium",) and caps.size_of("medium", "portrait") == (896, 1152)


def test_capabilities_say_the_pixels_google_documents_for_each_size() -> None:
    caps = seam.capabilities(FLASH)
    assert caps.detail_levels == ("low", "medium", "high")  # the draft choices do not change
    assert caps.levels == ("low", "medium", "high", "largest")
    assert [caps.size_of(level, "portrait") for level in ("medium", "high", "largest")] == [
        (928, 1152), (1856, 2304), (3712, 4608)]  # fmt: skip
    assert caps.size_of("largest", "square") == (4096, 4096) and caps.size_of("largest", "landscape") == (4608, 3712)
    assert seam.capabilities(PRO).size_of("low", "portrait") == (928, 1152)  # Pro's smallest is "1K"


@pytest.mark.parametrize(("model", "tokens"), [(FLASH, 2520), (PRO, 2000)])
def test_the_estimate_prices_4k_by_its_image_tokens(model, tokens) -> None:
    largest = seam.estimate(ask(model, "largest"), None)
    table = pricing.builtin_table()
    prices = table.prices(model)
    assert prices is not None
    assert largest.images_usd == pytest.approx(round(tokens * prices.image_output / 1e6, 4))
    high = seam.estimate(ask(model, "high"), None).total_usd
    assert largest.total_usd is not None and high is not None and largest.total_usd > high
