"""The BFL test double itself (API host + delivery host), talked to with plain httpx."""

from __future__ import annotations

import base64
import io
import urllib.parse
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PIL import Image

from tests.support.bfl_server import API_KEY, BflTestServer, Poll, Reply, bfl_server


@pytest.fixture(scope="module")
def server() -> Iterator[BflTestServer]:
    with bfl_server(api_key=API_KEY) as running:
        yield running


@pytest.fixture
def client(server: BflTestServer) -> Iterator[httpx.Client]:
    with httpx.Client(verify=server.client_ssl_context(), timeout=5) as c:
        yield c


def selfie() -> str:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 80), (180, 140, 120)).save(buffer, "JPEG")
    return base64.b64encode(buffer.getvalue()).decode()


def submit(client: httpx.Client, server: BflTestServer, endpoint: str = "flux-2-pro", **fields: Any) -> httpx.Response:
    body = {"prompt": "A headshot.", "input_image": selfie(), **fields}
    return client.post(f"{server.api_url}/v1/{endpoint}", json=body, headers={"x-key": server.api_key})


def poll(client: httpx.Client, server: BflTestServer, url: str) -> dict[str, Any]:
    response = client.get(url, headers={"x-key": server.api_key})
    assert response.status_code == 200, response.text
    return response.json()


def ready_sample(client: httpx.Client, server: BflTestServer, **fields: Any) -> str:
    server.script_polls(Poll.ready())
    accepted = submit(client, server, **fields).json()
    return poll(client, server, accepted["polling_url"])["result"]["sample"]


def test_round_trip(server: BflTestServer, client: httpx.Client) -> None:
    response = submit(client, server, width=896, height=1152, seed=7)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    accepted = response.json()
    assert accepted["polling_url"] == f"{server.api_url}/v1/get_result?id={accepted['id']}"
    assert accepted["cost"] == 4.5 and accepted["output_mp"] == 896 * 1152 / 1e6
    assert accepted["input_mp"] == 64 * 80 / 1e6
    record = server.submits()[-1]
    assert (record.endpoint, record.prompt, record.job_id) == ("flux-2-pro", "A headshot.", accepted["id"])
    assert record.images == [base64.b64decode(selfie())]
    answers = [poll(client, server, accepted["polling_url"]) for _ in range(3)]
    assert [(a["status"], a["progress"]) for a in answers] == [("Pending", 0.3), ("Pending", 0.7), ("Ready", None)]
    result = answers[-1]["result"]
    assert (result["prompt"], result["seed"]) == ("A headshot.", 7)
    sample = urllib.parse.urlsplit(result["sample"])
    assert sample.netloc == server.delivery_host != server.api_host
    image = client.get(result["sample"])
    assert image.status_code == 200 and image.headers["content-type"] == "image/jpeg"
    assert int(image.headers["content-length"]) == len(image.content)
    assert Image.open(io.BytesIO(image.content)).size == (896, 1152)
    assert poll(client, server, accepted["polling_url"])["status"] == "Ready"  # the last answer repeats
    download = server.downloads()[-1]
    assert download.host == "delivery" and download.status == 200 and "x-key" not in download.headers


def test_validation(server: BflTestServer, client: httpx.Client) -> None:
    before = len(server.submits())
    server.script(Reply.server_error())  # not used: refusals come first
    extra = submit(client, server, size="1024x1024")
    assert extra.status_code == 422
    assert extra.json()["detail"][0] | {"input": None} == {
        "type": "extra_forbidden",
        "loc": ["body", "size"],
        "msg": "Extra inputs are not permitted",
        "input": None,
    }
    width = submit(client, server, width=900, height=1152)
    assert width.status_code == 422 and width.json()["detail"][0]["loc"] == ["body", "width"]
    assert "multiple of 16" in width.json()["detail"][0]["msg"]
    assert submit(client, server, width=4096, height=2048).json()["detail"][0]["loc"] == ["body", "width"]
    data_url = submit(client, server, input_image="data:image/jpeg;base64," + selfie())
    assert data_url.json()["detail"][0]["loc"] == ["body", "input_image"]
    kontext = submit(client, server, "flux-kontext-pro", width=1024)
    assert kontext.status_code == 422 and kontext.json()["detail"][0]["loc"] == ["body", "width"]
    assert submit(client, server, "flux-2-klein-4b", input_image_5=selfie()).status_code == 422
    assert submit(client, server, "flux-2-nope").json() == {"detail": "Not Found"}
    assert len(server.submits()) == before + 7
    assert submit(client, server).status_code == 500  # the scripted reply is still there


def test_auth_and_scripted_errors(server: BflTestServer, client: httpx.Client) -> None:
    wrong = client.post(f"{server.api_url}/v1/flux-2-pro", json={"prompt": "x"}, headers={"x-key": "bfl_wrong"})
    assert wrong.status_code == 403 and "Not authenticated" in wrong.json()["detail"]
    assert client.get(f"{server.api_url}/v1/get_result?id=x").status_code == 403
    server.script(Reply.too_many_tasks(retry_after="0.05"), Reply.no_credits(), Reply.polling_elsewhere())
    busy = submit(client, server)
    assert busy.status_code == 429 and busy.headers["retry-after"] == "0.05"
    assert submit(client, server).status_code == 402
    elsewhere = submit(client, server).json()["polling_url"]
    assert urllib.parse.urlsplit(elsewhere).path == "/v1/regional/get_result"
    assert poll(client, server, elsewhere)["status"] == "Pending"
    unknown = poll(client, server, f"{server.api_url}/v1/get_result?id=nope")
    assert unknown == {"id": "nope", "status": "Task not found"}


def test_expired_and_redirected_samples(server: BflTestServer, client: httpx.Client) -> None:
    server.sample_ttl = 0
    try:
        expired = client.get(ready_sample(client, server))
    finally:
        server.sample_ttl = 600
    assert expired.status_code == 403 and b"<Code>AuthenticationFailed</Code>" in expired.content
    server.script_polls(Poll.ready(redirect=True))
    accepted = submit(client, server, "flux-kontext-pro", aspect_ratio="3:4").json()
    sample = poll(client, server, accepted["polling_url"])["result"]["sample"]
    image = client.get(sample, follow_redirects=True)
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert len(image.history) == 1 and image.history[0].status_code == 302
    assert Image.open(io.BytesIO(image.content)).size == (896, 1184)
    server.script_downloads(Reply.server_error())
    assert client.get(ready_sample(client, server)).status_code == 500
    server.script_polls(Poll.pending(None), Poll.status("Content Moderated"))
    accepted = submit(client, server).json()
    assert poll(client, server, accepted["polling_url"])["progress"] is None
    moderated = poll(client, server, accepted["polling_url"])
    assert moderated["status"] == "Content Moderated" and moderated["details"]["Moderation Reasons"]
    assert all("x-key" not in r.headers for r in server.downloads())
