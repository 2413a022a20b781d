"""Cancel works at any moment: the connection closes at once and nothing comes back."""

from __future__ import annotations

import threading
import time

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import ImageReady, PartialImage, ProgressEvent, Retrying
from headshot_desktop.errors import CancelledError
from headshot_desktop.providers.openai.client import wait_or_cancel
from tests.support.openai_server import Reply
from tests.unit.provider.helpers import Events, request


def cancel_after(token: CancelToken, seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, token.cancel)
    timer.start()
    return timer


def test_cancel_during_the_stream_closes_the_connection(provider, server, photo) -> None:
    server.script(Reply.stall(30, after_partials=1))  # one preview, then the server keeps the stream open
    token = CancelToken()
    seen: list[ProgressEvent] = []

    def on_progress(event: ProgressEvent) -> None:
        seen.append(event)
        if isinstance(event, PartialImage):
            cancel_after(token, 0.2)  # from another thread, like the window's Cancel button

    started = time.monotonic()
    with pytest.raises(CancelledError):
        provider.edit(photo, request(), on_progress, token)
    assert time.monotonic() - started < 5  # not the 30 s stall, not the read timeout
    [sent] = server.requests_to("images/edits")
    assert sent.client_closed.wait(2)  # the server saw the connection go
    assert [type(e) for e in seen if isinstance(e, PartialImage | ImageReady)] == [PartialImage]


def test_cancel_while_waiting_for_the_answer(provider, server, photo) -> None:
    server.script(Reply.stall(30))  # nothing at all, not even headers
    token = CancelToken()
    cancel_after(token, 0.3)
    started = time.monotonic()
    with pytest.raises(CancelledError):
        provider.edit(photo, request(stream=False), Events(), token)
    assert time.monotonic() - started < 5
    assert server.requests_to("images/edits")[0].client_closed.wait(2)
    assert len(server.requests_to("images/edits")) == 1  # a cancel is never retried


def test_cancel_during_a_retry_wait(make_provider, server, photo) -> None:
    provider = make_provider(sleep=wait_or_cancel)  # the real, interruptible wait
    server.script(Reply.error(429, "rate_limit_exceeded", "slow down", headers={"retry-after": "20"}))
    token = CancelToken()
    events = Events()
    cancel_after(token, 0.3)
    started = time.monotonic()
    with pytest.raises(CancelledError):
        provider.edit(photo, request(), events, token)
    assert time.monotonic() - started < 5  # did not sit out the 20 s
    assert [e.delay for e in events.of(Retrying)] == [20.0]
    assert len(server.requests_to("images/edits")) == 1


def test_cancelled_before_start_sends_nothing(provider, server, photo) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(CancelledError):
        provider.edit(photo, request(), Events(), token)
    assert server.requests_to("images/edits") == []


def test_a_used_cancel_token_leaves_no_hooks_behind(provider, server, photo) -> None:
    token = CancelToken()
    for _ in range(3):
        provider.edit(photo, request(), Events(), token)
    assert token._callbacks == []  # every attempt unregistered its socket hook
