"""What Gemini gets on the wire: the address, the key header, the body, the settings, the model list, the cost."""

from __future__ import annotations

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import ImageReady
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.errors import ConfigError, ErrorKind, NoKeyError, ProviderError
from headshot_desktop.providers.gemini.provider import GeminiProvider
from tests.support.gemini_server import DEFAULT_MODELS
from tests.unit.provider.gemini_fixtures import FLASH, OTHER_KEY
from tests.unit.provider.gemini_fixtures import gemini as gemini  # fixtures by name
from tests.unit.provider.gemini_fixtures import make as make
from tests.unit.provider.gemini_fixtures import photo as photo
from tests.unit.provider.gemini_fixtures import provider as provider
from tests.unit.provider.helpers import Events, pixel_size, run_edit

PRO = "gemini-3-pro-image-preview"
OLD_FLASH = "gemini-2.5-flash-image"
PROMPT = "CHANGE: a navy suit.\nPRESERVE: the face."  # 40 characters: the server counts 40 // 4 = 10 tokens


def edit(provider: GeminiProvider, photo: PreparedPhoto, **changes: object) -> GenerationResult:
    values: dict[str, object] = {"style_id": "corporate", "prompt": PROMPT, "model": FLASH, **changes}
    return run_edit(provider, photo, GenerationRequest(**values))  # type: ignore[arg-type]


# -- the request ---------------------------------------------------------------------------------------------------
def test_posts_to_generate_content_on_v1_with_the_key_in_its_header(provider, gemini, photo) -> None:
    edit(provider, photo)
    [sent] = gemini.generate_requests()
    assert (sent.method, sent.path, sent.version) == ("POST", f"/v1/models/{FLASH}:generateContent", "v1")
    assert sent.headers["x-goog-api-key"] == gemini.api_key
    assert "key" not in sent.query and "authorization" not in sent.headers
    assert sent.headers["content-type"] == "application/json"


def test_body_asks_for_an_image_only_and_not_to_be_stored(provider, gemini, photo) -> None:
    edit(provider, photo)
    body = gemini.generate_requests()[0].body
    assert body["store"] is False
    assert body["generationConfig"]["responseModalities"] == ["IMAGE"]
    assert [c["role"] for c in body["contents"]] == ["user"]


def test_the_photo_and_prompt_sent_are_the_prepared_ones(provider, gemini, photo) -> None:
    edit(provider, photo)
    [sent] = gemini.generate_requests()
    assert sent.images == [photo.data]
    assert sent.mime_types == [photo.mime_type]
    assert sent.prompt == PROMPT


@pytest.mark.parametrize(
    ("shape", "ratio", "size"),
    [("portrait", "4:5", (896, 1152)), ("square", "1:1", (1024, 1024)), ("landscape", "5:4", (1152, 896))],
)
def test_shape_becomes_an_aspect_ratio_and_the_image_has_it(provider, gemini, photo, shape, ratio, size) -> None:
    result = edit(provider, photo, shape=shape)
    assert gemini.generate_requests()[0].config["imageConfig"] == {"aspectRatio": ratio, "imageSize": "1K"}
    [image] = result.images
    assert (image.width, image.height) == size == pixel_size(image.data)
    assert image.mime_type == "image/png"


@pytest.mark.parametrize(
    ("model", "detail", "size", "pixels"),
    [
        (FLASH, "low", "512", (448, 576)),
        (FLASH, "medium", "1K", (896, 1152)),
        (FLASH, "high", "2K", (1792, 2304)),
        (PRO, "low", "1K", (896, 1152)),
        (PRO, "high", "2K", (1792, 2304)),
    ],
)
def test_detail_becomes_the_models_image_size(provider, gemini, photo, model, detail, size, pixels) -> None:
    result = edit(provider, photo, model=model, detail=detail)
    [sent] = gemini.generate_requests()
    assert sent.model == model and sent.config["imageConfig"]["imageSize"] == size
    assert (result.images[0].width, result.images[0].height) == pixels


def test_gemini_25_takes_no_image_size_and_offers_one_detail_level(provider, gemini, photo) -> None:
    result = edit(provider, photo, model=OLD_FLASH)
    assert gemini.generate_requests()[0].config["imageConfig"] == {"aspectRatio": "4:5"}
    assert (result.images[0].width, result.images[0].height) == (896, 1152)
    assert provider.capabilities(OLD_FLASH).detail_levels == ("medium",)
    assert provider.capabilities(FLASH).detail_levels == ("low", "medium", "high")


# -- settings from the environment ---------------------------------------------------------------------------------
def test_api_version_beta_means_v1beta(make, gemini, photo) -> None:
    edit(make(GOOGLE_GENAI_API_VERSION="beta"), photo)
    [sent] = gemini.generate_requests()
    assert sent.version == "v1beta" and sent.path == f"/v1beta/models/{FLASH}:generateContent"


@pytest.mark.parametrize("version", ["latest", "v1/../v1beta", "1", "v1 beta"])
def test_an_api_version_google_does_not_serve_is_a_config_error(make, gemini, version) -> None:
    with pytest.raises(ConfigError) as caught:
        make(GOOGLE_GENAI_API_VERSION=version)
    assert "GOOGLE_GENAI_API_VERSION" in caught.value.hint
    assert gemini.requests == []


def test_google_api_key_wins_over_gemini_api_key(make, gemini, photo) -> None:
    edit(make(api_key=None, GOOGLE_API_KEY=gemini.api_key, GEMINI_API_KEY=OTHER_KEY), photo)
    assert gemini.generate_requests()[0].headers["x-goog-api-key"] == gemini.api_key
    with pytest.raises(ProviderError) as caught:  # the other way round, the server's key is not the one used
        edit(make(api_key=None, GOOGLE_API_KEY=OTHER_KEY, GEMINI_API_KEY=gemini.api_key), photo)
    assert caught.value.kind == ErrorKind.AUTH
    assert gemini.generate_requests()[1].headers["x-goog-api-key"] == OTHER_KEY


def test_gemini_api_key_is_read_when_it_is_the_only_one(make, gemini, photo) -> None:
    edit(make(api_key=None, GOOGLE_API_KEY="  "), photo)
    assert gemini.generate_requests()[0].headers["x-goog-api-key"] == gemini.api_key


def test_no_key_anywhere_names_gemini_api_key(make, gemini) -> None:
    with pytest.raises(NoKeyError) as caught:
        make(api_key=None, GEMINI_API_KEY=None)
    assert "GEMINI_API_KEY" in caught.value.user_text()
    assert gemini.requests == []


@pytest.mark.parametrize("url", ["http://generativelanguage.googleapis.com/", "http://192.0.2.7:8080/"])
def test_plain_http_to_another_computer_is_refused(make, url) -> None:
    with pytest.raises(ConfigError) as caught:
        make(GOOGLE_GEMINI_BASE_URL=url)
    assert "http://" in caught.value.message and "https://" in caught.value.hint


# -- models ----------------------------------------------------------------------------------------------------
def test_models_keeps_image_models_newest_first_over_every_page(provider, gemini) -> None:
    # The client asks for 100 a page (so server.page_size is not used): 250 entries make three pages.
    filler = [{**DEFAULT_MODELS[0], "name": f"models/gemini-2.5-flash-{n:03}"} for n in range(245)]
    images = [m for m in DEFAULT_MODELS if "-image" in m["name"]]
    extra = {**images[0], "name": "models/gemini-2.5-flash-image-preview"}
    others = [m for m in DEFAULT_MODELS if "-image" not in m["name"]]  # text, embedding, Imagen
    gemini.models = [*filler[:50], images[0], *filler[50:120], images[1], *filler[120:], extra, images[2], *others]
    found = [m.id for m in provider.models()]
    assert found == [FLASH, PRO, OLD_FLASH, "gemini-2.5-flash-image-preview"]
    pages = [r for r in gemini.requests if r.path == "/v1/models"]
    assert [r.method for r in pages] == ["GET"] * 3
    assert "pageToken" not in pages[0].query
    assert (
        all(r.query.get("pageToken") for r in pages[1:]) and pages[1].query["pageToken"] != pages[2].query["pageToken"]
    )


def test_default_list_has_only_the_generate_content_image_models(provider, gemini) -> None:
    assert [m.id for m in provider.models()] == [FLASH, PRO, OLD_FLASH]  # no embedding, Imagen or text model
    assert provider.check().endswith("offers it 3 image model(s).")


def test_default_model_is_the_newest_flash_image(provider, gemini, photo) -> None:
    assert provider.resolve_model("") == FLASH
    assert provider.resolve_model("models/gemini-3-pro-image-preview") == PRO
    edit(provider, photo, model="")
    assert gemini.generate_requests()[0].model == FLASH


def test_flash_is_preferred_to_a_newer_pro(provider, gemini) -> None:
    gemini.models = [m for m in DEFAULT_MODELS if m["name"] in (f"models/{OLD_FLASH}", f"models/{PRO}")]
    assert provider.resolve_model("") == OLD_FLASH


def test_without_flash_the_newest_image_model_is_the_default(provider, gemini) -> None:
    gemini.models = [
        {**DEFAULT_MODELS[4], "name": "models/gemini-2.5-pro-image"},
        DEFAULT_MODELS[4],
        DEFAULT_MODELS[0],
    ]
    assert provider.resolve_model("") == PRO


def test_no_image_model_at_all_is_a_permission_error(provider, gemini, photo) -> None:
    gemini.models = [m for m in DEFAULT_MODELS if "-image" not in m["name"]]
    with pytest.raises(ProviderError) as caught:
        provider.resolve_model("")
    assert caught.value.kind == ErrorKind.PERMISSION
    gemini.models = []
    fresh = Events()
    with pytest.raises(ProviderError) as caught:
        provider.edit(photo, GenerationRequest(style_id="s", prompt=PROMPT), fresh, CancelToken())
    assert caught.value.kind == ErrorKind.PERMISSION
    assert gemini.generate_requests() == [] and fresh.of(ImageReady) == []


# -- cost ------------------------------------------------------------------------------------------------------
# prices.json per 1M tokens: 3.1 flash input 0.50 / image 60; 3 pro input 2.00 / image 120; 2.5 flash 0.30 / 30.
# The server reports the prompt as 10 text + 560 image tokens = 570, and the image as 1120 tokens (1K and 2K).
@pytest.mark.parametrize(
    ("model", "detail", "expected"),
    [
        (FLASH, "medium", 570 * 0.50e-6 + 1120 * 60e-6),  # 0.067485
        (PRO, "high", 570 * 2.00e-6 + 1120 * 120e-6),  # 0.13554
        (OLD_FLASH, "medium", 570 * 0.30e-6 + 1120 * 30e-6),  # 0.033771
    ],
)
def test_cost_is_read_from_the_usage_gemini_reports(provider, photo, model, detail, expected) -> None:
    result = edit(provider, photo, model=model, detail=detail)
    assert result.cost_usd == pytest.approx(expected, abs=1e-9)
    assert result.usage is not None
    assert (result.usage.input_tokens, result.usage.input_text_tokens) == (570, 10)
    assert (result.usage.input_image_tokens, result.usage.output_tokens) == (560, 1120)
    assert result.model == model and result.request_id


def test_estimate_for_flash_at_medium_detail(provider) -> None:
    request = GenerationRequest(style_id="s", prompt=PROMPT, model=FLASH, detail="medium")
    estimate = provider.estimate(request, (480, 640))
    assert estimate.images_usd == pytest.approx(1120 * 60e-6)  # 0.0672
    assert estimate.input_usd == pytest.approx(0.0003)  # (560 + 10) tokens at 0.50 per million, to 4 places
    assert estimate.total_usd == pytest.approx(0.0675)
    low = provider.estimate(GenerationRequest(style_id="s", prompt=PROMPT, model=FLASH, detail="low"), None)
    assert low.images_usd == pytest.approx(0.0448)  # 747 tokens at 60 per million, to 4 places
