"""Successful edits over real HTTPS: what is sent, what comes back, what the caller sees."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from headshot_desktop import __version__
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import ImageReady, PartialImage, Status
from headshot_desktop.errors import ConfigError
from headshot_desktop.providers.openai import OpenAIProvider
from tests.support.openai_server import OUTPUT_TOKENS, OpenAITestServer, Reply
from tests.unit.provider.helpers import Events, request


def test_streaming_edit_sends_the_photo_first_and_returns_the_headshot(provider, server, photo) -> None:
    events = Events()
    result = provider.edit(photo, request(previews=2), events, CancelToken())

    [sent] = server.requests_to("images/edits")
    assert sent.method == "POST"
    assert sent.headers["content-type"].startswith("multipart/form-data; boundary=")
    first = sent.images[0]
    assert first.field == "image[]" and len(sent.images) == 1
    assert first.data == photo.data  # byte for byte: nothing added, no metadata
    assert first.filename == "photo.png"  # the person's file name never leaves the computer
    assert first.content_type == "image/png"
    with Image.open(io.BytesIO(first.data)) as image:
        assert not image.getexif() and "exif" not in image.info and not getattr(image, "text", {})
    assert sent.fields["prompt"] == ["CHANGE: a suit.\nPRESERVE: the face."]
    assert {k: v[0] for k, v in sent.fields.items() if k != "prompt"} == {
        "model": "gpt-image-2",
        "n": "1",
        "size": "1024x1536",
        "quality": "medium",
        "output_format": "png",
        "stream": "true",
        "partial_images": "2",
    }

    [image] = result.images
    assert (image.width, image.height, image.mime_type, image.index) == (1024, 1536, "image/png", 0)
    assert image.data.startswith(b"\x89PNG")
    assert result.model == "gpt-image-2" and result.request_id == "req_test_1"
    assert result.usage is not None and result.usage.output_tokens == OUTPUT_TOKENS
    assert (result.usage.input_text_tokens, result.usage.input_image_tokens) == (310, 1200)
    assert result.cost_usd == pytest.approx(310 * 5e-6 + 1200 * 8e-6 + OUTPUT_TOKENS * 30e-6)
    partials = events.of(PartialImage)
    assert [(p.index, p.partial_index) for p in partials] == [(0, 0), (0, 1)]
    assert all(p.data.startswith(b"\x89PNG") for p in partials)
    assert [e.image for e in events.of(ImageReady)] == [image]
    assert events.of(Status) and events.seen.index(partials[0]) < events.seen.index(events.of(ImageReady)[0])


def test_json_answer_when_not_streaming(provider, server, photo) -> None:
    events = Events()
    result = provider.edit(photo, request(options={"stream": "off", "output_format": "jpeg"}, shape="square"), events,
                           CancelToken())  # fmt: skip
    [sent] = server.requests_to("images/edits")
    assert sent.field("stream") == "false" and "partial_images" not in sent.fields
    [image] = result.images
    assert (image.mime_type, image.width, image.height) == ("image/jpeg", 1024, 1024)
    assert not events.of(PartialImage) and len(events.of(ImageReady)) == 1


def test_one_image_per_request_even_for_a_server_that_would_send_more(provider, server, photo) -> None:
    # Variants are separate requests (the workflow fans them out): n is always 1 on the wire.
    provider.edit(photo, request(variant=2), Events(), CancelToken())
    assert server.requests_to("images/edits")[0].field("n") == "1"


@pytest.mark.parametrize(
    ("shape", "size"), [("portrait", "1024x1536"), ("square", "1024x1024"), ("landscape", "1536x1024")]
)
def test_shapes_become_openai_sizes(provider, server, photo, shape: str, size: str) -> None:
    provider.edit(photo, request(shape=shape, detail="high"), Events(), CancelToken())
    sent = server.requests_to("images/edits")[0]
    assert (sent.field("size"), sent.field("quality")) == (size, "high")


@pytest.mark.parametrize(
    ("model", "fidelity"),
    [
        ("gpt-image-1", "high"),
        ("gpt-image-1.5", "high"),
        ("gpt-image-1-mini", None),
        ("gpt-image-2", None),
        ("gpt-image-2-2026-04-21", None),
        ("some-other-model", None),
    ],
)
def test_fields_follow_the_model_capabilities(provider, server, photo, model, fidelity) -> None:
    provider.edit(photo, request(model=model), Events(), CancelToken())
    sent = server.requests_to("images/edits")[0]
    assert sent.field("model") == model
    assert sent.field("input_fidelity") == fidelity
    assert "background" not in sent.fields


def test_an_unknown_output_format_is_refused_before_sending(provider, server, photo) -> None:
    with pytest.raises(ConfigError, match="gif"):
        provider.edit(photo, request(options={"output_format": "gif"}), Events(), CancelToken())
    assert not server.requests_to("images/edits")


def test_headers_user_agent_and_key(provider, server, photo) -> None:
    provider.edit(photo, request(), Events(), CancelToken())
    headers = server.requests_to("images/edits")[0].headers
    assert headers["user-agent"] == f"headshot-desktop/{__version__}"
    assert headers["authorization"] == f"Bearer {server.api_key}"
    assert server.api_key not in str(server.requests_to("images/edits")[0].fields)


def test_empty_model_uses_the_newest_the_key_can_use(provider, server, photo) -> None:
    result = provider.edit(photo, request(model=""), Events(), CancelToken())
    assert [r.path for r in server.requests] == ["/v1/models", "/v1/images/edits"]
    assert result.model == "gpt-image-2" and server.requests[1].field("model") == "gpt-image-2"
    provider.edit(photo, request(model=""), Events(), CancelToken())
    assert len(server.requests_to("models")) == 1  # asked once per session


def test_retiring_model_gets_a_warning_with_the_result(provider, server, photo) -> None:
    provider.list_models()
    result = provider.edit(photo, request(model="gpt-image-1"), Events(), CancelToken())
    assert any("gpt-image-1 will be retired on 23 October 2026" in w or "was retired" in w for w in result.warnings)


def test_stream_tolerates_comments_crlf_done_and_unknown_events(
    provider: OpenAIProvider, server: OpenAITestServer, photo
) -> None:
    from tests.support.openai_server import b64, make_image

    final = b64(make_image("1024x1536", "png", 3))
    text = (
        ': heartbeat\r\n\r\nevent: ping\r\ndata: {"type": "ping"}\r\n\r\n'
        f'data: {{"type": "image_edit.partial_image", "partial_image_index": 0,\r\ndata: '
        f'"b64_json": "{b64(make_image("64x96", "png", 1))}"}}\r\n\r\n'
        f'event: image_edit.completed\ndata: {{"type": "image_edit.completed", "b64_json": "{final}"}}\n\n'
        "data: [DONE]\n\n"
    )
    server.script(Reply.raw_stream(text))
    events = Events()
    result = provider.edit(photo, request(), events, CancelToken())
    assert len(result.images) == 1 and result.usage is None and result.cost_usd is None
    assert len(events.of(PartialImage)) == 1
