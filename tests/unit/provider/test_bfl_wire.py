"""What BFL gets on the wire: the endpoint, the key header, the exact body, sizes, the address, the models, the cost."""

from __future__ import annotations

import base64

import httpx
import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.errors import ConfigError, NoKeyError
from headshot_desktop.providers import registry
from headshot_desktop.providers.bfl import catalog
from headshot_desktop.providers.bfl.client import BflClient
from headshot_desktop.providers.bfl.provider import BflProvider
from tests.support.bfl_server import API_KEY, BflTestServer, Poll, Reply
from tests.unit.provider.bfl_fixtures import PROMPT
from tests.unit.provider.bfl_fixtures import bfl as bfl  # fixtures by name
from tests.unit.provider.bfl_fixtures import make as make
from tests.unit.provider.bfl_fixtures import photo as photo
from tests.unit.provider.bfl_fixtures import provider as provider
from tests.unit.provider.helpers import pixel_size, run_edit

FLUX2_FIELDS = {"prompt", "input_image", "width", "height", "seed", "safety_tolerance", "output_format"}
KONTEXT_FIELDS = {"prompt", "input_image", "aspect_ratio", "seed", "safety_tolerance", "output_format"}
CATALOGUE = ["flux-2-pro", "flux-2-max", "flux-2-flex", "flux-2-klein-9b", "flux-2-klein-4b",
             "flux-kontext-pro", "flux-kontext-max"]  # fmt: skip
SIZES = {  # catalog.size(shape, detail): the shape's aspect at 0.5 / 1 / 2 MP, in multiples of 16
    ("portrait", "low"): (640, 800), ("portrait", "medium"): (896, 1120), ("portrait", "high"): (1264, 1584),
    ("square", "low"): (704, 704), ("square", "medium"): (992, 992), ("square", "high"): (1408, 1408),
    ("landscape", "low"): (784, 624), ("landscape", "medium"): (1120, 896), ("landscape", "high"): (1584, 1264),
}  # fmt: skip


def edit(provider: BflProvider, bfl: BflTestServer, photo: PreparedPhoto, **changes: object) -> GenerationResult:
    """One headshot, ready at the first poll."""
    bfl.script_polls(Poll.ready())
    values: dict[str, object] = {"style_id": "corporate", "prompt": PROMPT, **changes}
    return run_edit(provider, photo, GenerationRequest(**values))  # type: ignore[arg-type]


# -- the submit ----------------------------------------------------------------------------------------------------
def test_posts_to_flux_2_pro_on_the_api_host_with_the_key_in_x_key(provider, bfl, photo) -> None:
    edit(provider, bfl, photo)
    [sent] = bfl.submits()
    assert (sent.method, sent.path, sent.endpoint) == ("POST", "/v1/flux-2-pro", "flux-2-pro")
    assert sent.headers["host"] == bfl.api_host
    assert sent.headers["x-key"] == API_KEY
    assert sent.headers["content-type"] == "application/json"
    assert "authorization" not in sent.headers and sent.query == {}


def test_body_has_only_the_documented_fields_and_the_prepared_photo_exactly(provider, bfl, photo) -> None:
    edit(provider, bfl, photo)
    body = bfl.submits()[0].body
    assert set(body) == FLUX2_FIELDS
    assert body["prompt"] == PROMPT
    assert body["input_image"] == base64.b64encode(photo.data).decode("ascii")
    assert bfl.submits()[0].images == [photo.data]
    assert (body["width"], body["height"]) == (896, 1120)
    assert type(body["seed"]) is int and 0 <= body["seed"] < 2**31
    assert body["safety_tolerance"] == 2
    assert body["output_format"] == "png"


def test_each_submit_has_its_own_seed(provider, bfl, photo) -> None:
    edit(provider, bfl, photo)
    edit(provider, bfl, photo)
    first, second = (sent.body["seed"] for sent in bfl.submits())
    assert first != second  # one chance in 2**31 of a false failure


@pytest.mark.parametrize(("shape", "detail"), [("portrait", "low"), ("square", "medium"),
                                               ("landscape", "high")])  # fmt: skip
def test_the_size_asked_is_the_catalogue_size_and_the_image_has_it(provider, bfl, photo, shape, detail) -> None:
    result = edit(provider, bfl, photo, shape=shape, detail=detail)
    body = bfl.submits()[0].body
    assert (body["width"], body["height"]) == SIZES[shape, detail]
    [image] = result.images
    assert (image.width, image.height) == SIZES[shape, detail] == pixel_size(image.data)
    assert image.mime_type == "image/png"  # the default output_format


@pytest.mark.parametrize(("shape", "detail"), sorted(SIZES))
def test_every_flux_2_size_is_a_multiple_of_16_and_at_most_4_megapixels(shape, detail) -> None:
    width, height = catalog.size(shape, detail)
    assert (width, height) == SIZES[shape, detail]
    assert width % 16 == 0 and height % 16 == 0
    assert width * height <= 4 * 1024 * 1024


def test_capabilities_offer_the_medium_sizes_and_three_detail_levels(provider) -> None:
    caps = provider.capabilities()
    assert caps.shapes == {"portrait": "896x1120", "square": "992x992", "landscape": "1120x896"}
    assert caps.detail_levels == ("low", "medium", "high")
    assert [o.id for o in caps.options] == ["region", "output_format"]


def test_jpeg_output_format_goes_in_the_body_and_the_image_comes_back_so(provider, bfl, photo) -> None:
    result = edit(provider, bfl, photo, options={"output_format": "jpeg"})
    assert bfl.submits()[0].body["output_format"] == "jpeg"
    assert result.images[0].mime_type == "image/jpeg"
    assert [d.path.rsplit("/", 1)[1] for d in bfl.downloads()] == ["sample.jpeg"]


def test_kontext_sends_an_aspect_ratio_and_no_size(provider, bfl, photo) -> None:
    result = edit(provider, bfl, photo, model="flux-kontext-pro")
    [sent] = bfl.submits()
    assert sent.path == "/v1/flux-kontext-pro"
    assert set(sent.body) == KONTEXT_FIELDS
    assert sent.body["aspect_ratio"] == "4:5"
    assert sent.images == [photo.data]
    assert (result.images[0].width, result.images[0].height) == (928, 1152)  # BFL's ~1 MP at 4:5
    assert result.model == "flux-kontext-pro"


def test_kontext_capabilities_are_aspect_ratios_at_one_detail_level(provider) -> None:
    caps = provider.capabilities("flux-kontext-pro")
    assert caps.shapes == {"portrait": "4:5", "square": "1:1", "landscape": "5:4"}
    assert caps.detail_levels == ("medium",)


# -- the address and the key ---------------------------------------------------------------------------------------
def test_bfl_api_url_wins_over_the_region(provider, bfl, photo) -> None:
    edit(provider, bfl, photo, options={"region": "us"})
    assert [r.headers["host"] for r in bfl.requests if r.host == "api"] == [bfl.api_host] * 2  # submit, poll


@pytest.mark.parametrize(("region", "url"), [("eu", "https://api.eu.bfl.ai/"), ("us", "https://api.us.bfl.ai/"),
                                             ("global", "https://api.bfl.ai/"), ("mars", "https://api.eu.bfl.ai/")])  # fmt: skip
def test_without_bfl_api_url_the_region_picks_the_host(region, url) -> None:
    client = BflClient(API_KEY, environ={})
    try:
        assert client.base_url == httpx.URL("https://api.eu.bfl.ai/")
        assert client.region_url(region) == httpx.URL(url)
        assert client.service == "Black Forest Labs"
    finally:
        client.close()


def test_the_key_can_come_from_bfl_api_key(make, bfl, photo) -> None:
    edit(make(api_key=None), bfl, photo)
    assert bfl.submits()[0].headers["x-key"] == API_KEY


def test_no_key_is_a_no_key_error_naming_bfl_api_key() -> None:
    with pytest.raises(NoKeyError) as caught:
        registry.module("bfl").create(None, environ={})
    assert "BFL_API_KEY" in caught.value.user_text()


def test_plain_http_to_another_computer_is_refused() -> None:
    with pytest.raises(ConfigError) as caught:
        BflClient(API_KEY, environ={"BFL_API_URL": "http://api.example.com"})
    assert "http://" in caught.value.message


# -- models and cost -----------------------------------------------------------------------------------------------
def test_models_are_the_catalogue_endpoints_without_asking_bfl(provider, bfl) -> None:
    assert [m.id for m in provider.models()] == CATALOGUE
    assert provider.resolve_model("") == "flux-2-pro"
    assert provider.resolve_model("flux-2-max") == "flux-2-max"
    assert bfl.requests == []


def test_cost_is_the_submit_answers_credits_in_dollars(provider, bfl, photo) -> None:
    bfl.script(Reply.accepted(cost=7.5))
    result = edit(provider, bfl, photo)
    assert result.cost_usd == 0.075
    assert result.request_id == bfl.submits()[0].job_id


def test_flux_2_pro_estimate_is_the_catalogue_formula(provider) -> None:
    request = GenerationRequest(style_id="corporate", prompt=PROMPT)
    # catalog.json flux-2-pro: 3.0 cents for the first output MP, 1.5 for each further one and each input MP.
    output_mp, input_mp = 896 * 1120 / 1e6, 768 * 1024 / 1e6
    images_cents = 3.0 + (output_mp - 1) * 1.5
    input_cents = input_mp * 1.5
    found = provider.estimate(request, (768, 1024))
    assert found.model == "flux-2-pro"
    assert found.total_usd == round((images_cents + input_cents) / 100, 4) == 0.0418
    assert (found.images_usd, found.input_usd) == (round(images_cents / 100, 4), round(input_cents / 100, 4))


def test_a_large_photo_is_priced_as_it_is_sent_downscaled(provider) -> None:
    request = GenerationRequest(style_id="corporate", prompt=PROMPT)
    found = provider.estimate(request, (3072, 4096))  # sent at 1152x1536
    assert found.input_usd == round(1152 * 1536 / 1e6 * 1.5 / 100, 4) == 0.0265


def test_kontext_pro_costs_four_cents_whatever_the_photo(provider) -> None:
    request = GenerationRequest(style_id="corporate", prompt=PROMPT, model="flux-kontext-pro")
    assert provider.estimate(request, (768, 1024)).total_usd == 0.04
    assert provider.estimate(request, (3072, 4096)).total_usd == 0.04
