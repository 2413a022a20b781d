"""Every HTTPS provider says where a request is: its photo going out, the provider at work, the answer coming in.

The real providers and the shared HTTPS client against the local test servers (a CA made by trustme). The words
come from the client's service name, so the layers above the seam speak no provider's words.
"""

from __future__ import annotations

import io
import json
import os

import httpx
import pytest
from PIL import Image

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import (
    RECEIVING,
    UPLOADING,
    WAITING,
    ImageProgress,
    ImageReady,
    PartialImage,
    Phase,
    ProgressEvent,
    Retrying,
    Status,
)
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.providers import registry
from headshot_desktop.providers.openai import OpenAIClient, OpenAIProvider
from tests.support.bfl_server import API_KEY as BFL_KEY
from tests.support.connect_proxy import connect_proxy
from tests.support.openai_server import Reply, b64, make_image
from tests.support.openai_server.replies import USAGE
from tests.unit.provider.bfl_fixtures import PROMPT, succeed
from tests.unit.provider.bfl_fixtures import bfl as bfl  # fixtures by name
from tests.unit.provider.bfl_fixtures import photo as photo
from tests.unit.provider.gemini_fixtures import FLASH
from tests.unit.provider.gemini_fixtures import gemini as gemini
from tests.unit.provider.helpers import Events, make_photo, request, run_edit


def steps(events: Events) -> list[str]:
    """The phases in the order they came, each step once however often it was said in a row."""
    found: list[str] = []
    for event in events.of(Phase):
        if not found or found[-1] != event.step:
            found.append(event.step)
    return found


def position(events: Events, wanted: type | str) -> list[int]:
    """Where events of a kind (or phases of a step) are in the order seen."""
    return [i for i, e in enumerate(events.seen)
            if (isinstance(e, Phase) and e.step == wanted) or (isinstance(wanted, type) and isinstance(e, wanted))]  # fmt: skip


def assert_in_order(events: Events, *kinds: type | str) -> None:
    """Every event of each kind comes after every event of the kind before it."""
    for before, after in zip(kinds, kinds[1:], strict=False):
        assert max(position(events, before)) < min(position(events, after)), (before, after, events.seen)


# -- OpenAI ------------------------------------------------------------------------------------------------------
def test_a_streamed_edit_uploads_waits_through_its_previews_then_receives(make_provider, server) -> None:
    events = Events()
    run_edit(make_provider(), make_photo(), request(stream=True, partial_images=2), events)
    assert steps(events) == [UPLOADING, WAITING, RECEIVING]
    assert_in_order(events, UPLOADING, WAITING, PartialImage, RECEIVING, ImageReady)
    service = server.base_url.split("//")[1].split(":")[0]  # a server that is not the provider's is named by host
    assert [e.text for e in events.of(Phase) if e.fraction is None] == [
        f"Uploading to {service}…", f"Waiting for {service}…", "Receiving the headshot…"]  # fmt: skip


def test_a_stream_that_names_its_events_only_in_their_data_also_receives_before_the_image(make_provider, server
                                                                                          ) -> None:  # fmt: skip
    preview = {"type": "image_edit.partial_image", "b64_json": b64(make_image("64x96", "png", 1)),
               "partial_image_index": 0}  # fmt: skip
    image = {"type": "image_edit.completed", "b64_json": b64(large_photo().data), "usage": USAGE}
    server.script(Reply.raw_stream(f"data: {json.dumps(preview)}\n\ndata: {json.dumps(image)}\n\ndata: [DONE]\n\n"))
    events = Events()
    run_edit(make_provider(), make_photo(), request(stream=True, partial_images=1), events)
    assert steps(events) == [UPLOADING, WAITING, RECEIVING]
    assert_in_order(events, WAITING, PartialImage, RECEIVING, ImageReady)


def test_an_edit_answered_in_one_piece_receives_when_its_first_byte_arrives(make_provider) -> None:
    events = Events()
    run_edit(make_provider(), make_photo(), request(stream=False), events)
    assert steps(events) == [UPLOADING, WAITING, RECEIVING]
    assert_in_order(events, UPLOADING, WAITING, RECEIVING, ImageReady)
    # The old words said the provider was at work only once its answer came: they are gone.
    assert not [e for e in events.of(Status) if not isinstance(e, Phase) and "making" in e.text]


def test_a_retried_edit_uploads_again(make_provider, server) -> None:
    server.script(Reply.error(500, None, "The server had an error.", type="server_error"))
    events = Events()
    run_edit(make_provider(), make_photo(), request(stream=False), events)
    assert steps(events) == [UPLOADING, WAITING, UPLOADING, WAITING, RECEIVING]
    assert_in_order(events, Retrying, RECEIVING)
    retry = position(events, Retrying)[0]
    assert isinstance(events.seen[retry + 1], Phase) and events.seen[retry + 1].step == UPLOADING


def large_photo() -> PreparedPhoto:
    """A photo of 3 MB (noise does not compress): large enough for its upload to be counted."""
    noise = Image.frombytes("RGB", (1024, 1024), os.urandom(3 << 20))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    return PreparedPhoto(buffer.getvalue(), "image/png", 1024, 1024, "noise.png", "0" * 64)


def test_a_large_upload_says_how_much_has_gone(make_provider) -> None:
    events = Events()
    run_edit(make_provider(), large_photo(), request(stream=False), events)
    fractions = [e.fraction for e in events.of(Phase) if e.step == UPLOADING and e.fraction is not None]
    assert len(fractions) >= 5 and fractions == sorted(fractions) and fractions[-1] == 1.0
    assert any(0.2 < f < 0.8 for f in fractions)
    assert [e.text for e in events.of(Phase) if e.fraction == 1.0][0].endswith("… 100%")
    assert_in_order(events, UPLOADING, WAITING)


def test_through_a_proxy_the_tunnel_is_not_taken_for_the_end_of_the_upload(server, monkeypatch, closing) -> None:
    with connect_proxy() as proxy:
        for name in ("NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy", "https_proxy"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        monkeypatch.setenv("SSL_CERT_FILE", str(server.ca_pem_path))
        # The process's own environment, as the app uses it: proxies come from it.
        provider = closing(OpenAIProvider(OpenAIClient(server.api_key, base_url=server.base_url,
                                                       timeout=httpx.Timeout(10.0))))  # fmt: skip
        events = Events()
        run_edit(provider, large_photo(), request(stream=False), events)
    assert proxy.tunnels == [f"127.0.0.1:{server.port}"]
    assert steps(events) == [UPLOADING, WAITING, RECEIVING]  # not waiting once the tunnel stood, then uploading


# -- Gemini ------------------------------------------------------------------------------------------------------
def test_gemini_uploads_waits_then_receives(gemini, sleep, closing) -> None:
    provider = closing(registry.module("gemini").create(gemini.api_key, environ=gemini.environ(), sleep=sleep,
                                                        timeout=httpx.Timeout(10.0)))  # fmt: skip
    events = Events()
    run_edit(provider, make_photo(), GenerationRequest(style_id="corporate", prompt=PROMPT, model=FLASH), events)
    assert steps(events) == [UPLOADING, WAITING, RECEIVING]
    assert_in_order(events, UPLOADING, WAITING, RECEIVING, ImageReady)
    assert {e.service for e in events.of(Phase) if e.step != RECEIVING} == {"127.0.0.1"}


# -- BFL: the submit goes, the job is polled (waiting, with its own progress), the image is fetched ----------------
def test_bfl_uploads_waits_while_polling_then_receives(bfl, sleep, closing, photo) -> None:
    provider = closing(registry.module("bfl").create(BFL_KEY, environ=bfl.environ(), sleep=sleep, first_poll=0.02,
                                                     timeout=httpx.Timeout(10.0)))  # fmt: skip
    events = Events()
    succeed(provider, photo, events)
    assert steps(events) == [UPLOADING, WAITING, RECEIVING]  # the polls say nothing of their own
    assert_in_order(events, UPLOADING, WAITING, ImageProgress, RECEIVING, ImageReady)


@pytest.mark.parametrize("step, service, fraction, words", [
    (UPLOADING, "Example", None, "Uploading to Example…"),
    (UPLOADING, "Example", 0.4, "Uploading to Example… 40%"),
    (WAITING, "Example", None, "Waiting for Example…"),
    (RECEIVING, "Example", None, "Receiving the headshot…"),
])  # fmt: skip
def test_a_phase_is_a_status_with_its_words(step: str, service: str, fraction: float | None, words: str) -> None:
    phase: ProgressEvent = Phase(step=step, service=service, fraction=fraction)
    assert isinstance(phase, Status) and phase.text == words
