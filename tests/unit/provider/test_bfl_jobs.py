"""A BFL job after the submit: polling where BFL says, progress, the keyless download, retries, limits and cancel."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import WAITING, ImageProgress, ImageReady, Phase, ProgressEvent, Retrying, Status
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.errors import CancelledError, ErrorKind, ProviderError
from headshot_desktop.providers.bfl import job
from headshot_desktop.providers.bfl.client import BflClient
from headshot_desktop.providers.bfl.provider import BflProvider
from tests.support.bfl_server import API_KEY, Poll, Reply
from tests.unit.provider.bfl_fixtures import PROMPT, succeed
from tests.unit.provider.bfl_fixtures import bfl as bfl  # fixtures by name
from tests.unit.provider.bfl_fixtures import make as make
from tests.unit.provider.bfl_fixtures import photo as photo
from tests.unit.provider.bfl_fixtures import provider as provider
from tests.unit.provider.helpers import Events

EU = httpx.URL("https://api.eu.bfl.ai/")


def fail(provider: BflProvider, photo: PreparedPhoto, cancel: CancelToken | None = None,
         events: Callable[[ProgressEvent], None] | None = None) -> ProviderError:  # fmt: skip
    request = GenerationRequest(style_id="corporate", prompt=PROMPT)
    seen = Events()
    with pytest.raises(ProviderError) as caught:
        provider.edit(photo, request, events or seen, cancel or CancelToken())
    assert seen.of(ImageReady) == []
    return caught.value


def cancel_after_submit(cancel: CancelToken, seconds: float) -> Callable[[ProgressEvent], None]:
    """An ``on_progress`` that starts a timer to cancel once the photo has gone (it says it waits for BFL)."""

    def react(event: ProgressEvent) -> None:
        if isinstance(event, Phase) and event.step == WAITING:
            timer = threading.Timer(seconds, cancel.cancel)
            timer.daemon = True
            timer.start()

    return react


# -- polling -------------------------------------------------------------------------------------------------------
def test_progress_is_reported_before_the_image(provider, photo) -> None:
    events = Events()
    succeed(provider, photo, events)
    assert [e.fraction for e in events.of(ImageProgress)] == [0.3, 0.7]
    assert {e.index for e in events.of(ImageProgress)} == {0}
    kinds = [type(e) for e in events.seen]
    assert max(i for i, k in enumerate(kinds) if k is ImageProgress) < kinds.index(ImageReady)
    assert [e.text for e in events.of(Status)][-1] == "Receiving the headshot…"


def test_polls_the_polling_url_given_with_the_key(provider, bfl, photo) -> None:
    succeed(provider, photo)
    job_id = bfl.submits()[0].job_id
    assert [(p.path, p.query) for p in bfl.polls()] == [("/v1/get_result", {"id": job_id})] * 3
    assert [p.headers["x-key"] for p in bfl.polls()] == [API_KEY] * 3
    assert {p.headers["host"] for p in bfl.polls()} == {bfl.api_host}


def test_without_a_polling_url_it_polls_get_result_on_the_submit_host(provider, bfl, photo) -> None:
    bfl.script(Reply.accepted_without_polling_url())
    succeed(provider, photo)
    job_id = bfl.submits()[0].job_id
    assert [(p.path, p.query, p.headers["host"]) for p in bfl.polls()] == [
        ("/v1/get_result", {"id": job_id}, bfl.api_host)
    ] * 3


def test_a_polling_url_elsewhere_on_the_host_is_polled_exactly(provider, bfl, photo) -> None:
    bfl.script(Reply.polling_elsewhere())
    succeed(provider, photo)
    job_id = bfl.submits()[0].job_id
    assert [(p.path, p.query) for p in bfl.polls()] == [("/v1/regional/get_result", {"id": job_id})] * 3


def test_a_failed_poll_is_retried_and_the_submit_is_not(provider, bfl, photo, sleep) -> None:
    bfl.script_polls(Poll.http_error(503, "Service temporarily unavailable."), Poll.ready())
    events = Events()
    succeed(provider, photo, events)
    assert (len(bfl.submits()), len(bfl.polls()), len(bfl.downloads())) == (1, 2, 1)
    assert len(sleep.delays) == 1 and [e.attempt for e in events.of(Retrying)] == [1]


def test_the_poll_limit_ends_an_endless_job_and_warns_of_the_charge(make, bfl, photo) -> None:
    bfl.script_polls(Poll.pending(0.1))
    err = fail(make(poll_limit=0.2), photo)
    assert err.kind is ErrorKind.TIMEOUT and err.retryable is False
    assert "charge" in err.hint
    assert err.request_id == bfl.submits()[0].job_id
    assert len(bfl.submits()) == 1 and len(bfl.polls()) >= 2 and bfl.downloads() == []


def test_cancel_while_waiting_to_poll_says_bfl_may_still_charge(make, bfl, photo) -> None:
    bfl.script_polls(Poll.pending(0.1))
    cancel = CancelToken()
    started = time.monotonic()
    with pytest.raises(CancelledError) as caught:  # the first poll waits 0.5 s: the cancel comes at 0.1 s
        make(first_poll=0.5).edit(photo, GenerationRequest(style_id="corporate", prompt=PROMPT),
                                  cancel_after_submit(cancel, 0.1), cancel)  # fmt: skip
    assert time.monotonic() - started < 3.0
    assert "cannot stop" in caught.value.message and "charge" in caught.value.message
    assert (len(bfl.submits()), len(bfl.polls()), len(bfl.downloads())) == (1, 0, 0)


def test_cancel_during_a_poll_request_also_says_bfl_may_still_charge(provider, bfl, photo) -> None:
    bfl.script_polls(Poll.stall(10.0))
    cancel = CancelToken()
    with pytest.raises(CancelledError) as caught:
        provider.edit(photo, GenerationRequest(style_id="corporate", prompt=PROMPT),
                      cancel_after_submit(cancel, 0.3), cancel)  # fmt: skip
    assert len(bfl.polls()) == 1 and bfl.polls()[0].client_closed.wait(2.0)
    assert "cannot stop" in caught.value.message


# -- the download --------------------------------------------------------------------------------------------------
def test_the_download_goes_to_the_delivery_host_without_the_key(provider, bfl, photo) -> None:
    result = succeed(provider, photo)
    job_id = bfl.submits()[0].job_id
    [download] = bfl.downloads()
    assert (download.path, download.headers["host"]) == (f"/results/{job_id}/sample.png", bfl.delivery_host)
    assert {"se", "sig"} <= set(download.query)
    assert "x-key" not in download.headers and API_KEY not in str(download.headers)
    assert result.images[0].mime_type == "image/png"


def test_only_the_api_and_delivery_hosts_are_contacted(provider, bfl, photo) -> None:
    succeed(provider, photo)
    assert {(r.host, r.headers["host"]) for r in bfl.requests} == {("api", bfl.api_host),
                                                                    ("delivery", bfl.delivery_host)}  # fmt: skip
    assert [r.host for r in bfl.requests if "x-key" in r.headers] == ["api"] * 4


def test_a_redirected_link_is_followed_without_the_key(provider, bfl, photo) -> None:
    bfl.script_polls(Poll.ready(redirect=True))
    succeed(provider, photo)
    job_id = bfl.submits()[0].job_id
    assert [d.path for d in bfl.downloads()] == [f"/r/{job_id}", f"/results/{job_id}/sample.png"]
    assert [d.status for d in bfl.downloads()] == [302, 200]
    assert all("x-key" not in d.headers for d in bfl.downloads())


def test_an_expired_link_is_a_protocol_error_and_is_not_fetched_again(provider, bfl, photo, sleep) -> None:
    bfl.sample_ttl = 0
    err = fail(provider, photo)
    assert err.kind is ErrorKind.PROTOCOL and err.retryable is False
    assert "expired" in err.message and err.status == 403
    assert [d.status for d in bfl.downloads()] == [403] and sleep.delays == []
    assert "x-key" not in bfl.downloads()[0].headers


def test_a_delivery_server_error_is_fetched_again(provider, bfl, photo, sleep) -> None:
    bfl.script_downloads(Reply.server_error(500))
    events = Events()
    succeed(provider, photo, events)
    assert [d.status for d in bfl.downloads()] == [500, 200]
    assert len(bfl.submits()) == 1 and len(sleep.delays) == 1
    assert all("x-key" not in d.headers for d in bfl.downloads())


# -- where the key may go (read_submit: no network) ----------------------------------------------------------------
@pytest.fixture
def client() -> Iterator[BflClient]:
    made = BflClient(API_KEY, environ={})
    yield made
    made.close()


@pytest.mark.parametrize("url", ["https://evil.example/v1/get_result?id=x", "http://api.eu.bfl.ai/v1/get_result?id=x",
                                 "https://api.eu.bfl.ai.evil.example/v1/get_result?id=x",
                                 "https://evilbfl.ai/v1/get_result?id=x"])  # fmt: skip
def test_a_polling_url_outside_bfl_is_refused(client, url) -> None:
    with pytest.raises(ProviderError) as caught:
        job.read_submit({"id": "x", "polling_url": url, "cost": 4.5}, client, EU)
    assert caught.value.kind is ErrorKind.PROTOCOL and caught.value.request_id == "x"
    assert API_KEY not in f"{caught.value.message} {caught.value.hint} {caught.value.detail}"


@pytest.mark.parametrize(("given", "polled"), [
    (None, "https://api.eu.bfl.ai/v1/get_result?id=x"),
    ("https://api.us.bfl.ai/v1/get_result?id=x", "https://api.us.bfl.ai/v1/get_result?id=x"),
    ("https://api.eu.bfl.ai/v1/regional/get_result?id=x", "https://api.eu.bfl.ai/v1/regional/get_result?id=x"),
])  # fmt: skip
def test_bfl_polling_urls_are_kept_and_a_missing_one_is_get_result(client, given, polled) -> None:
    submitted = job.read_submit({"id": "x", "polling_url": given, "cost": 4.5}, client, EU)
    assert (submitted.id, submitted.polling_url, submitted.cost_usd) == ("x", httpx.URL(polled), 0.045)


@pytest.mark.parametrize("payload", [{"polling_url": "https://api.eu.bfl.ai/"}, {"id": ""}, {"id": 7}, ["x"]])
def test_a_submit_answer_without_an_id_is_a_protocol_error(client, payload) -> None:
    with pytest.raises(ProviderError) as caught:
        job.read_submit(payload, client, EU)
    assert caught.value.kind is ErrorKind.PROTOCOL


def test_a_plain_http_loopback_server_gets_its_submit_and_polls() -> None:
    client = BflClient(API_KEY, environ={"BFL_API_URL": "http://127.0.0.1:8080"})
    try:
        submit = client.region_url("eu").join("/v1/flux-2-pro")
        assert client.url(str(submit)) == httpx.URL("http://127.0.0.1:8080/v1/flux-2-pro")
        submitted = job.read_submit({"id": "x"}, client, client.region_url("eu"))
        assert submitted.polling_url == httpx.URL("http://127.0.0.1:8080/v1/get_result?id=x")
    finally:
        client.close()
