"""The OpenAI test double's clock marks, which the wire benchmark reads: when a request's first byte came in
and when the last byte of its answer went out, on the same clock (time.monotonic) as the client's."""

from __future__ import annotations

import time

import httpx

from tests.support.openai_server import openai_server


def test_first_byte_and_last_byte_are_stamped_around_the_exchange() -> None:
    with openai_server() as server:
        headers = {"authorization": f"Bearer {server.api_key}"}
        with httpx.Client(verify=server.client_ssl_context(), headers=headers) as client:
            client.get(f"{server.base_url}/models").raise_for_status()  # the TLS set-up is not what is timed
            sent = time.monotonic()
            response = client.post(
                f"{server.base_url}/images/edits",
                data={"model": "gpt-image-1", "prompt": "A headshot.", "stream": "true", "partial_images": "1"},
                files={"image[]": ("me.png", b"\x89PNG\r\n\x1a\n", "image/png")},
            )
        assert response.status_code == 200
        [record] = server.requests_to("images/edits")
        # The request line arrives before the body is read.
        assert sent <= record.first_byte_at <= record.received_at
        # The server's thread stamps the end a moment after the client may have read it.
        deadline = time.monotonic() + 5
        while not record.answered_at and time.monotonic() < deadline:
            time.sleep(0.001)
        assert max(s.at for s in record.sent) <= record.answered_at


def test_a_small_answer_comes_back_without_waiting_for_a_delayed_ack() -> None:
    # Real API servers send at once (TCP_NODELAY); a test server that waits for the client's delayed ACK
    # (40 ms on Linux) after the TLS set-up would put that wait into every benchmark of the client.
    with openai_server() as server:
        headers = {"authorization": f"Bearer {server.api_key}"}
        fresh = httpx.Limits(max_keepalive_connections=0)  # a new connection, and TLS set-up, for each
        with httpx.Client(verify=server.client_ssl_context(), headers=headers, limits=fresh) as client:
            client.get(f"{server.base_url}/models").raise_for_status()
            took = []
            for _ in range(7):
                started = time.monotonic()
                client.get(f"{server.base_url}/models").raise_for_status()
                took.append(time.monotonic() - started)
    assert sorted(took)[3] < 0.035, [f"{t * 1000:.0f} ms" for t in took]
