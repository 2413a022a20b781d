"""The Gemini test double itself, talked to with plain httpx: it must be as strict as the real API."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.support.gemini_server import API_KEY, DEFAULT_MODELS, GeminiTestServer, Reply, gemini_server, image_size_for

MODEL = "gemini-3.1-flash-image-preview"


@pytest.fixture(scope="module")
def server() -> Iterator[GeminiTestServer]:
    with gemini_server(api_key=API_KEY) as running:
        yield running


@pytest.fixture
def client(server: GeminiTestServer) -> Iterator[httpx.Client]:
    headers = {"x-goog-api-key": server.api_key}
    with httpx.Client(base_url=server.base_url, verify=server.client_ssl_context(), headers=headers) as c:
        yield c


def selfie(fmt: str = "JPEG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 80), (180, 140, 120)).save(buffer, fmt)
    return buffer.getvalue()


def request_body(image: bytes | None = None, **image_config: str) -> dict[str, Any]:
    data = base64.urlsafe_b64encode(image or selfie()).decode().rstrip("=")  # as the SDK sends it, unpadded
    return {
        "contents": [
            {
                "role": "user",
                "parts": [{"inline_data": {"mime_type": "image/jpeg", "data": data}}, {"text": "A headshot."}],
            }
        ],
        "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": image_config},
    }


def generate(client: httpx.Client, body: dict[str, Any], version: str = "v1") -> httpx.Response:
    return client.post(f"/{version}/models/{MODEL}:generateContent", json=body)


def test_success_round_trip(server: GeminiTestServer, client: httpx.Client) -> None:
    before = len(server.generate_requests())
    response = generate(client, request_body(aspectRatio="4:5", imageSize="1K"), "v1beta")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json; charset=UTF-8"
    answer = response.json()
    parts = answer["candidates"][0]["content"]["parts"]
    assert answer["candidates"][0]["finishReason"] == "STOP"
    image = Image.open(io.BytesIO(base64.b64decode(parts[-1]["inlineData"]["data"])))
    assert image.size == (896, 1152) == image_size_for("4:5", "1K")
    assert answer["usageMetadata"]["candidatesTokensDetails"] == [{"modality": "IMAGE", "tokenCount": 1120}]
    record = server.generate_requests()[before]
    assert (record.version, record.model, record.prompt) == ("v1beta", MODEL, "A headshot.")
    assert record.images == [selfie()] and record.mime_types == ["image/jpeg"]
    assert record.config["imageConfig"] == {"aspectRatio": "4:5", "imageSize": "1K"}


def test_bad_key_is_a_400_with_api_key_invalid(server: GeminiTestServer) -> None:
    with httpx.Client(verify=server.client_ssl_context()) as c:
        response = c.get(f"{server.base_url}/v1/models", headers={"x-goog-api-key": "AIzaWrong"})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["status"] == "INVALID_ARGUMENT"
    assert error["details"][0]["reason"] == "API_KEY_INVALID"


def test_key_in_the_url_is_refused(server: GeminiTestServer, client: httpx.Client) -> None:
    response = client.get("/v1/models", params={"key": server.api_key})
    assert response.status_code == 400
    assert "x-goog-api-key" in response.json()["error"]["message"]
    assert server.requests[-1].query == {"key": server.api_key}


def test_unknown_field_is_refused_before_a_scripted_reply(server: GeminiTestServer, client: httpx.Client) -> None:
    server.script(Reply.unavailable())
    body = request_body(aspectRatio="1:1")
    body["generationConfig"]["foo"] = 1
    response = generate(client, body)
    assert response.status_code == 400
    assert response.json()["error"]["message"] == (
        "Invalid JSON payload received. Unknown name \"foo\" at 'generation_config': Cannot find field."
    )
    assert generate(client, request_body()).status_code == 503  # the scripted reply was still there


@pytest.mark.parametrize(
    "image_config",
    [{"aspectRatio": "7:3"}, {"imageSize": "2k"}, {"personGeneration": "ALLOW_ALL"}, {"imageSize": "8K"}],
)
def test_image_config_is_checked(client: httpx.Client, image_config: dict[str, str]) -> None:
    assert generate(client, request_body(**image_config)).status_code == 400


def test_models_come_in_pages(server: GeminiTestServer, client: httpx.Client) -> None:
    server.models = [dict(m) for m in DEFAULT_MODELS[:4]]
    try:
        first = client.get("/v1/models").json()
        second = client.get("/v1/models", params={"pageToken": first["nextPageToken"]}).json()
    finally:
        server.models = [dict(m) for m in DEFAULT_MODELS]
    assert len(first["models"]) == server.page_size == 2
    assert "nextPageToken" not in second
    assert [m["name"] for m in first["models"] + second["models"]] == [m["name"] for m in DEFAULT_MODELS[:4]]


def test_rate_limit_carries_retry_info(server: GeminiTestServer, client: httpx.Client) -> None:
    server.script(Reply.rate_limited(retry_delay="0.05s"))
    response = generate(client, request_body())
    assert response.status_code == 429
    details = response.json()["error"]["details"]
    retry = [d for d in details if d["@type"] == "type.googleapis.com/google.rpc.RetryInfo"]
    assert retry == [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "0.05s"}]


def test_error_wrapped_in_a_list(server: GeminiTestServer, client: httpx.Client) -> None:
    server.script(Reply.error(500, "INTERNAL", "An internal error has occurred.", wrap_in_list=True))
    response = generate(client, request_body())
    assert response.status_code == 500
    assert response.json()[0]["error"]["status"] == "INTERNAL"


def test_cut_off_answer_fails_to_read(server: GeminiTestServer, client: httpx.Client) -> None:
    server.script(Reply.cut_off())
    with pytest.raises(httpx.HTTPError):
        generate(client, request_body())


def test_stream_sends_the_image_in_one_event(server: GeminiTestServer, client: httpx.Client) -> None:
    server.script(Reply.ok(text="Here it is."))
    response = client.post(f"/v1beta/models/{MODEL}:streamGenerateContent?alt=sse", json=request_body())
    events = [line.removeprefix("data: ") for line in response.text.splitlines() if line.startswith("data: ")]
    assert len(events) == 2 and "inlineData" in events[1] and "STOP" in events[1]
