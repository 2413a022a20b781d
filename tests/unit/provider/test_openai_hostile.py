"""Hostile answers (issue 13, item 9): every buffer is capped, every request has a deadline,
and a request the provider may already be working on (and charging for) is never sent twice.

Each answer comes from the real HTTPS test server. The server counts the body bytes the client's
socket accepted before the client hung up (``RecordedRequest.body_bytes_sent``), so "refused
early, without buffering it whole" is measured, not guessed. The count includes what the kernel's
socket buffers hold on both sides of a loopback connection (a few MB), hence the margins.

Caps the source is expected to have, monkeypatched smaller here to keep the tests fast:
``providers.openai.sse.MAX_SSE_LINE_BYTES`` (48 MiB; an event's data is capped too, by
``MAX_SSE_EVENT_BYTES`` if there is one, otherwise by the line cap) and
``providers.https.client.MAX_JSON_BYTES`` (64 MiB). Both are read when a request is made, not
bound as default arguments at import. ``OpenAIClient(total_timeout=...)`` (seconds, default 600)
is the overall deadline of one request.
"""

from __future__ import annotations

import inspect
import time

import httpx
import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import PartialImage
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.https import client as client_module
from headshot_desktop.providers.openai import OpenAIClient, OpenAIProvider, RetryPolicy
from headshot_desktop.providers.openai import sse as sse_module
from tests.support.openai_server import Reply
from tests.support.openai_server.replies import GiB, MiB
from tests.unit.provider.helpers import Events, request

ALWAYS = 10  # more hostile answers queued than the client will ever try
SMALL_CAP = 1 * MiB
# What the server may have pushed past a 1 MiB cap before the client hung up: loopback socket
# buffers (send up to 4 MiB, receive autotuned up to net.ipv4.tcp_rmem's maximum, 6-32 MiB),
# the write in flight, httpx's read-ahead. About 4 MiB in practice.
EARLY = 48 * MiB
FILLER = 128 * MiB  # what the server sends, at most, for the tests with a 1 MiB cap
PREVIEW_SLACK = 8  # previews beyond n * partial_images a client may let through before refusing


def edits(server) -> int:
    return len(server.requests_to("images/edits"))


def fail(provider, photo, events: Events | None = None, **changes) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        provider.edit(photo, request(**changes), events or Events(), CancelToken())
    return caught.value


def first_edit(server):
    """The first edits request, once the server has finished answering it."""
    sent = server.requests_to("images/edits")[0]
    assert sent.answered.wait(10), "the test server is still sending"
    return sent


def small_sse_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    # raising=False: until the cap exists this sets an unused name and the test fails on the behaviour.
    monkeypatch.setattr(sse_module, "MAX_SSE_LINE_BYTES", SMALL_CAP, raising=False)
    monkeypatch.setattr(sse_module, "MAX_SSE_EVENT_BYTES", SMALL_CAP, raising=False)


def client_takes(name: str) -> bool:
    return name in inspect.signature(OpenAIClient.__init__).parameters


def with_deadline(make_provider, seconds: float, **options: object) -> OpenAIProvider:
    """A provider whose requests must end within ``seconds`` in all.

    Until ``OpenAIClient`` takes ``total_timeout`` the provider is built without it, so the test
    fails on the behaviour (the drip is waited out), not on a TypeError; the keyword itself is
    checked by ``test_total_timeout_is_a_keyword_with_a_600_s_default``.
    """
    if client_takes("total_timeout"):
        options["total_timeout"] = seconds
    return make_provider(**options)


# -- a. an SSE line (or one event) that never ends --------------------------------------------------------


def test_an_sse_line_that_never_ends_is_refused_early(provider, server, photo, monkeypatch) -> None:
    small_sse_caps(monkeypatch)
    server.script(*[Reply.endless_line(limit=FILLER)] * ALWAYS)
    error = fail(provider, photo)
    sent = first_edit(server)
    assert sent.body_bytes_sent < EARLY, (
        f"the client read {sent.body_bytes_sent / MiB:.0f} MiB of one line before refusing it (cap 1 MiB)"
    )
    assert error.kind == ErrorKind.PROTOCOL and not error.retryable
    assert edits(server) == 1


def test_an_sse_line_that_never_ends_is_refused_at_the_default_cap(provider, server, photo) -> None:
    # The real default (48 MiB): a 2 GB line must never be held whole; here the server gives up at 160 MiB.
    server.script(*[Reply.endless_line(limit=160 * MiB)] * ALWAYS)
    error = fail(provider, photo)
    sent = first_edit(server)
    assert sent.body_bytes_sent < 100 * MiB, (
        f"the client read {sent.body_bytes_sent / MiB:.0f} MiB of one line before refusing it"
    )
    assert error.kind == ErrorKind.PROTOCOL
    assert edits(server) == 1


def test_an_event_whose_data_lines_never_end_is_refused_early(provider, server, photo, monkeypatch) -> None:
    # Each line is short (64 KiB) but the blank line that ends the event never comes.
    small_sse_caps(monkeypatch)
    server.script(*[Reply.endless_event(limit=FILLER)] * ALWAYS)
    error = fail(provider, photo)
    sent = first_edit(server)
    assert sent.body_bytes_sent < EARLY, (
        f"the client gathered {sent.body_bytes_sent / MiB:.0f} MiB of one event's data before refusing it"
    )
    assert error.kind == ErrorKind.PROTOCOL and not error.retryable
    assert edits(server) == 1


# -- b. endless previews ----------------------------------------------------------------------------------


def test_more_previews_than_asked_for_end_the_run(provider, server, photo) -> None:
    server.script(*[Reply.endless_previews(limit=1000)] * ALWAYS)
    events = Events()
    error = fail(provider, photo, events, partial_images=2)
    previews = len(events.of(PartialImage))
    assert previews <= 2 + PREVIEW_SLACK, f"{previews} previews were taken for a request that asked for 2"
    assert error.kind == ErrorKind.PROTOCOL and not error.retryable
    assert edits(server) == 1


# -- c. an overall deadline per request -------------------------------------------------------------------


def test_total_timeout_is_a_keyword_with_a_600_s_default(server) -> None:
    parameters = inspect.signature(OpenAIClient.__init__).parameters
    assert "total_timeout" in parameters, "OpenAIClient(total_timeout=...) is missing"
    assert parameters["total_timeout"].default == 600
    provider = OpenAIProvider.create(
        server.api_key, base_url=server.base_url, environ={"SSL_CERT_FILE": str(server.ca_pem_path)}, total_timeout=5.0
    )
    provider.close()


@pytest.mark.parametrize("stream", [True, False], ids=["stream", "json"])
def test_a_drip_is_cut_off_at_the_total_deadline(make_provider, server, photo, stream) -> None:
    # One byte a second: well inside the 10 s read timeout, so only an overall deadline ends it.
    # Left alone, the drip would deliver a valid answer after 7 s.
    provider = with_deadline(make_provider, 3.0)
    server.script(*[Reply.drip(interval=1.0, count=7)] * ALWAYS)
    started = time.monotonic()
    error = fail(provider, photo, stream=stream)
    elapsed = time.monotonic() - started
    assert elapsed < 5.0, f"the edit took {elapsed:.1f} s with a 3 s deadline"
    assert error.kind == ErrorKind.TIMEOUT
    assert "too long" in error.user_text().lower()
    assert edits(server) == 1  # the paid request is not sent again
    assert server.requests_to("images/edits")[0].client_closed.wait(3)  # and the connection was closed


# -- d. a read timeout after the request was sent: never re-sent -----------------------------------------


@pytest.mark.parametrize(
    ("reply", "stream"),
    [
        (Reply.silent_after_request(5), True),
        (Reply.silent_after_request(5), False),
        (Reply.stall(5, after_partials=1), True),
    ],
    ids=["silent-stream", "silent-json", "silent-after-a-preview"],
)
def test_a_read_timeout_after_the_request_was_sent_is_not_resent(
    make_provider, server, photo, sleep, reply, stream
) -> None:
    provider = make_provider(timeout=httpx.Timeout(5.0, read=0.3))
    server.script(*[reply] * ALWAYS)
    error = fail(provider, photo, stream=stream)
    sent = server.requests_to("images/edits")
    assert len(sent) == 1, f"the paid request was sent {len(sent)} times"
    assert sent[0].images, "the server had the whole request, photo included"
    assert sleep.delays == []
    assert error.kind == ErrorKind.TIMEOUT and not error.retryable
    text = error.user_text().lower()
    assert "still" in text and any(word in text for word in ("charg", "bill", "paid", "pay")), (
        f"the message must say the provider may still make (and charge for) the images: {error.user_text()!r}"
    )
    assert sent[0].client_closed.wait(2)


# -- e. a JSON body that never ends -----------------------------------------------------------------------


@pytest.mark.parametrize("announce", [2 * GiB, None], ids=["content-length-2GiB", "chunked-endless"])
def test_a_huge_json_body_is_refused_early(provider, server, photo, monkeypatch, announce) -> None:
    monkeypatch.setattr(client_module, "MAX_JSON_BYTES", SMALL_CAP, raising=False)
    server.script(*[Reply.huge_json(announce=announce, limit=FILLER)] * ALWAYS)
    error = fail(provider, photo, stream=False)
    sent = first_edit(server)
    assert sent.body_bytes_sent < EARLY, (
        f"the client read {sent.body_bytes_sent / MiB:.0f} MiB of JSON before refusing it (cap 1 MiB)"
    )
    assert error.kind == ErrorKind.PROTOCOL and not error.retryable
    assert edits(server) == 1


def test_a_huge_json_body_is_refused_at_the_default_cap(make_provider, server, photo) -> None:
    # The real default (64 MiB); no retries, so the old behaviour costs one read of the filler, not four.
    provider = make_provider(retry=RetryPolicy(max_retries=0))
    server.script(Reply.huge_json(announce=2 * GiB, limit=192 * MiB))
    error = fail(provider, photo, stream=False)
    sent = first_edit(server)
    assert sent.body_bytes_sent < 112 * MiB, (
        f"the client read {sent.body_bytes_sent / MiB:.0f} MiB of a 2 GiB JSON answer before refusing it"
    )
    assert error.kind == ErrorKind.PROTOCOL
