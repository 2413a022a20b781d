"""Every failure becomes a ProviderError with a kind, a sentence, and the right retry behaviour."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import Retrying
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.openai import RetryPolicy
from tests.support.openai_server import Reply
from tests.unit.provider.helpers import Events, request

ALWAYS = 10  # more failures queued than the client will ever try


def edits(server) -> int:
    return len(server.requests_to("images/edits"))


def fail(provider, photo, **changes) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        provider.edit(photo, request(**changes), Events(), CancelToken())
    return caught.value


CASES = [
    (Reply.error(401, "invalid_api_key", "Incorrect API key provided."), ErrorKind.AUTH, 1, "API key"),
    (
        Reply.error(403, None, "Your organization must be verified to use the model `gpt-image-2`."),
        ErrorKind.PERMISSION,
        1,
        "verif",
    ),
    (Reply.error(429, "rate_limit_exceeded", "Rate limit reached", "requests"), ErrorKind.RATE_LIMIT, 4, "limit"),
    (
        Reply.error(429, "insufficient_quota", "You exceeded your current quota", "insufficient_quota"),
        ErrorKind.QUOTA,
        1,
        "credit",
    ),
    (
        Reply.error(
            400, "moderation_blocked", "Your request was rejected by the safety system.", "image_generation_user_error"
        ),
        ErrorKind.SAFETY,
        1,
        "safety system",
    ),
    (
        Reply.error(400, "invalid_value", "Invalid value: 'banana'. Supported values are: 'low'."),
        ErrorKind.BAD_REQUEST,
        1,
        "Invalid value: 'banana'",
    ),
    (Reply.error(500, None, "The server had an error", "server_error"), ErrorKind.SERVER, 4, "try again"),
    (Reply.error(503, None, "Overloaded", "server_error"), ErrorKind.SERVER, 4, "temporary"),
    (Reply.malformed_json(), ErrorKind.PROTOCOL, 1, "cannot be read"),
    (Reply.bad_base64(), ErrorKind.PROTOCOL, 1, "base64"),
    (Reply.truncated(), ErrorKind.PROTOCOL, 1, "cannot be read"),
    (Reply.drop(), ErrorKind.NETWORK, 1, "broke off"),  # answered: sending it again could bill twice
    (Reply.drop(after_partials=None), ErrorKind.NETWORK, 4, "interrupted"),
    (Reply.stream_error(after_partials=1), ErrorKind.SERVER, 1, "Image generation failed"),
]


@pytest.mark.parametrize(
    ("reply", "kind", "requests", "words", "stream"),
    [
        (*case, stream) for case in CASES for stream in (True, False) if stream or case[0].action != "stream_error"
    ],  # an error frame only exists in a stream
)
def test_error_kinds_and_retries(provider, server, photo, sleep, reply, kind, requests, words, stream) -> None:
    server.script(*[reply] * ALWAYS)
    error = fail(provider, photo, stream=stream)
    assert error.kind == kind
    assert words.lower() in error.user_text().lower()
    assert error.hint  # always says what to do
    assert edits(server) == requests
    assert len(sleep.delays) == requests - 1
    if reply.status >= 400:
        assert error.status == reply.status and error.request_id == f"req_test_{requests}"


def test_transient_failure_then_success(provider, server, photo, sleep) -> None:
    server.script(Reply.error(502, None, "Bad gateway"), Reply.drop(after_partials=None))
    events = Events()
    result = provider.edit(photo, request(), events, CancelToken())
    assert len(result.images) == 1 and edits(server) == 3
    retries = events.of(Retrying)
    assert [r.attempt for r in retries] == [1, 2]
    assert "HTTP 502" in retries[0].reason and "interrupted" in retries[1].reason
    assert [r.delay for r in retries] == sleep.delays
    # full jitter: each delay lies in [0, base * 2**retry)
    assert 0 <= sleep.delays[0] < 0.01 and 0 <= sleep.delays[1] < 0.02


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "7"}, 7.0),
        ({"retry-after-ms": "1500", "retry-after": "9"}, 1.5),
        ({"retry-after": "0.25"}, 0.25),
    ],
)
def test_retry_after_is_honoured(provider, server, photo, sleep, headers, expected) -> None:
    server.script(Reply.error(429, "rate_limit_exceeded", "slow down", headers=headers))
    provider.edit(photo, request(), Events(), CancelToken())
    assert sleep.delays == [expected] and edits(server) == 2


def test_retry_after_as_http_date(provider, server, photo, sleep) -> None:
    when = email.utils.formatdate(time.time() + 30, usegmt=True)
    server.script(Reply.error(503, None, "busy", headers={"retry-after": when}))
    provider.edit(photo, request(), Events(), CancelToken())
    assert 27 <= sleep.delays[0] <= 31


def test_a_wait_longer_than_allowed_is_not_retried(provider, server, photo, sleep) -> None:
    server.script(Reply.error(429, "rate_limit_exceeded", "slow down", headers={"retry-after": "600"}))
    error = fail(provider, photo)
    assert error.kind == ErrorKind.RATE_LIMIT and error.retry_after == 600 and edits(server) == 1


def test_server_can_forbid_a_retry(provider, server, photo) -> None:
    server.script(Reply.error(500, None, "no", headers={"x-should-retry": "false"}))
    assert fail(provider, photo).kind == ErrorKind.SERVER and edits(server) == 1


def test_retries_stop_at_the_time_budget(make_provider, server, photo, sleep) -> None:
    now = [0.0]

    def clock() -> float:
        now[0] += 40.0  # every look at the clock: 40 s later
        return now[0]

    provider = make_provider(clock=clock, retry=RetryPolicy(max_retries=10, max_total=100.0))
    server.script(*[Reply.error(500, None, "down")] * ALWAYS)
    assert fail(provider, photo).kind == ErrorKind.SERVER
    # each look at the clock adds 40 s: retries start at 40 s and 80 s; at 120 s the budget is spent
    assert edits(server) == 3 and len(sleep.delays) == 2


def test_read_timeout_is_not_resent(make_provider, server, photo) -> None:
    # The photo went out whole: the provider may be making (and billing) the images already.
    provider = make_provider(timeout=httpx.Timeout(5.0, read=0.3), retry=RetryPolicy(max_retries=1, base_delay=0.01))
    server.script(Reply.stall(5), Reply.stall(5))
    error = fail(provider, photo)
    assert error.kind == ErrorKind.TIMEOUT and "in time" in error.message and not error.retryable
    assert edits(server) == 1
    assert all(r.client_closed.wait(2) for r in server.requests_to("images/edits"))


def test_connection_refused(make_provider, photo, sleep) -> None:
    with socket_free_port() as port:
        provider = make_provider(base_url=f"https://127.0.0.1:{port}/v1")
    error = fail(provider, photo)
    assert error.kind == ErrorKind.NETWORK and "connect" in error.message.lower()
    assert len(sleep.delays) == 3  # refused connections are retried


def test_error_frame_after_the_image_keeps_it(provider, server, photo) -> None:
    # The image arrived (and was billed); an error frame after it must not throw it away.
    server.script(Reply.stream_error(after_images=1, after_partials=0, message="Something failed late."))
    result = provider.edit(photo, request(), Events(), CancelToken())
    assert len(result.images) == 1 and edits(server) == 1
    assert any("Something failed late." in w for w in result.warnings)


def test_stream_that_ends_without_an_image(provider, server, photo) -> None:
    server.script(Reply.raw_stream(": just a heartbeat\n\ndata: [DONE]\n\n"))
    error = fail(provider, photo)
    assert error.kind == ErrorKind.PROTOCOL and "before the image was finished" in error.message


def test_error_event_type_in_stream(provider, server, photo) -> None:
    frame = '{"type": "error", "code": "rate_limit_exceeded", "message": "Too many images"}'
    server.script(*[Reply.raw_stream(f"event: error\ndata: {frame}\n\n")] * ALWAYS)
    error = fail(provider, photo)
    assert error.kind == ErrorKind.RATE_LIMIT and "Too many images" in error.detail
    assert edits(server) == 4  # a rate limit is worth retrying, wherever it is reported


class socket_free_port:
    """A port on 127.0.0.1 that nothing listens on."""

    def __enter__(self) -> int:
        import socket

        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        return self._sock.getsockname()[1]

    def __exit__(self, *exc: object) -> None:
        self._sock.close()
