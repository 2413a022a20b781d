"""Reading Gemini's 200 answers: the final image (not a thought), and each way an answer comes without one."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import ImageReady, Status
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.gemini.provider import GeminiProvider
from tests.support.gemini_server import GeminiTestServer, Reply, make_png
from tests.unit.provider.gemini_fixtures import FLASH
from tests.unit.provider.gemini_fixtures import gemini as gemini  # fixtures by name
from tests.unit.provider.gemini_fixtures import make as make
from tests.unit.provider.gemini_fixtures import photo as photo
from tests.unit.provider.gemini_fixtures import provider as provider
from tests.unit.provider.helpers import Events, failed_edit, run_edit

PROMPT = "CHANGE: a navy suit.\nPRESERVE: the face."  # 10 text tokens to the server, plus 560 for the photo
FINAL_BACKGROUND = (70, 90, 120)  # the server's final image; its thought image is light grey (200, 200, 210)
TRY_AGAIN = "Try again, or choose another style."


def request(**changes: object) -> GenerationRequest:
    values: dict[str, object] = {"style_id": "corporate", "prompt": PROMPT, "model": FLASH, **changes}
    return GenerationRequest(**values)  # type: ignore[arg-type]


def succeed(provider: GeminiProvider, photo: PreparedPhoto, events: Events | None = None) -> GenerationResult:
    return run_edit(provider, photo, request(), events)


def refuse(provider: GeminiProvider, photo: PreparedPhoto, gemini: GeminiTestServer, reply: Reply) -> ProviderError:
    """Script ``reply``, expect a ProviderError; one request, no retry, no ImageReady."""
    gemini.script(reply)
    err = failed_edit(provider, photo, request())
    assert len(gemini.generate_requests()) == 1
    assert err.retryable is False
    return err


def corner_colour(data: bytes) -> tuple[int, int, int]:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB").getpixel((2, 2))  # type: ignore[return-value]


# -- images ------------------------------------------------------------------------------------------------------
def test_a_plain_answer_gives_one_image_and_one_image_ready(provider, gemini, photo) -> None:
    events = Events()
    result = succeed(provider, photo, events)
    [image] = result.images
    assert image.data == make_png(896, 1152)
    assert [e.image for e in events.of(ImageReady)] == [image]
    assert len(events.of(Status)) == 3 and events.seen[-1] == ImageReady(image)  # uploading, waiting, receiving


def test_the_final_image_is_kept_not_the_thought_one(provider, gemini, photo, sleep) -> None:
    gemini.script(Reply.thought_then_final())
    result = succeed(provider, photo)
    [image] = result.images
    assert image.data == make_png(896, 1152) != make_png(896, 1152, thought=True)
    assert corner_colour(image.data) == FINAL_BACKGROUND
    assert (image.width, image.height, image.index) == (896, 1152, 0)
    assert len(gemini.generate_requests()) == 1 and sleep.delays == []


def test_thinking_is_billed_at_the_text_rate(provider, gemini, photo) -> None:
    gemini.script(Reply.thought_then_final())
    result = succeed(provider, photo)
    # prompt 570 at 0.50, image 1120 at 60, thoughts 312 at 3.00 (USD per million tokens)
    assert result.cost_usd == pytest.approx(570 * 0.50e-6 + 1120 * 60e-6 + 312 * 3.00e-6, abs=1e-9)
    assert result.usage is not None and result.usage.output_tokens == 1120 + 312


def test_words_before_the_image_still_give_one_image(provider, gemini, photo) -> None:
    gemini.script(Reply.ok(text="Here is your headshot, with a navy suit."))
    events = Events()
    result = succeed(provider, photo, events)
    assert [i.data for i in result.images] == [make_png(896, 1152)]
    assert len(events.of(ImageReady)) == 1
    assert result.images[0].revised_prompt is None
    # the 10 words' tokens ("Here is ..." is 40 characters: 10 tokens) are billed at the text rate
    assert result.cost_usd == pytest.approx(570 * 0.50e-6 + 1120 * 60e-6 + 10 * 3.00e-6, abs=1e-9)


# -- no image: refusals --------------------------------------------------------------------------------------------
def test_words_instead_of_an_image_is_a_safety_refusal_in_the_models_words(provider, gemini, photo) -> None:
    words = "I can't make that image. I can help with a professional headshot that doesn't depict that."
    err = refuse(provider, photo, gemini, Reply.text_only(words))
    assert err.kind == ErrorKind.SAFETY and err.code == "TEXT_ONLY"
    assert "answered in words" in err.message and words in err.message
    assert err.request_id


def test_a_blocked_request_says_it_was_blocked_before_anything_was_made(provider, gemini, photo) -> None:
    err = refuse(provider, photo, gemini, Reply.blocked("SAFETY"))
    assert err.kind == ErrorKind.SAFETY and err.code == "SAFETY"
    assert "blocked the request before making anything" in err.message and "(SAFETY)" in err.message


def test_other_block_reasons_are_named(provider, gemini, photo) -> None:
    err = refuse(provider, photo, gemini, Reply.blocked("PROHIBITED_CONTENT"))
    assert err.kind == ErrorKind.SAFETY and "PROHIBITED_CONTENT" in err.message


@pytest.mark.parametrize("reason", ["IMAGE_SAFETY", "PROHIBITED_CONTENT", "SAFETY", "IMAGE_PROHIBITED_CONTENT"])
def test_stopped_by_the_safety_system(provider, gemini, photo, reason) -> None:
    err = refuse(provider, photo, gemini, Reply.finish(reason))
    assert err.kind == ErrorKind.SAFETY and err.code == reason
    assert f"safety system stopped the headshot it made ({reason})" in err.message
    assert "another photo" in err.hint


def test_safety_stop_quotes_the_models_words(provider, gemini, photo) -> None:
    err = refuse(provider, photo, gemini, Reply.finish("IMAGE_SAFETY", text="That photo shows a child."))
    assert err.kind == ErrorKind.SAFETY and "“That photo shows a child.”" in err.message


@pytest.mark.parametrize("reason", ["RECITATION", "IMAGE_RECITATION"])
def test_recitation_says_it_looked_like_an_existing_image(provider, gemini, photo, reason) -> None:
    err = refuse(provider, photo, gemini, Reply.finish(reason))
    assert err.kind == ErrorKind.SAFETY and err.code == reason
    assert "too much like an existing image" in err.message


@pytest.mark.parametrize("reason", ["NO_IMAGE", "IMAGE_OTHER", "OTHER", "MAX_TOKENS"])
def test_no_image_made(provider, gemini, photo, reason) -> None:
    err = refuse(provider, photo, gemini, Reply.finish(reason, message="Unable to show the generated image."))
    assert err.kind == ErrorKind.NO_IMAGE and err.code == reason
    assert err.hint == TRY_AGAIN
    assert f"made no image this time ({reason})" in err.message


def test_a_refusal_is_not_retried_and_the_next_request_works(provider, gemini, photo, sleep) -> None:
    refuse(provider, photo, gemini, Reply.finish("IMAGE_SAFETY"))
    assert sleep.delays == []
    assert len(succeed(provider, photo).images) == 1
    assert len(gemini.generate_requests()) == 2
