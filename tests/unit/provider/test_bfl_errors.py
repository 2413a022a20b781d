"""BFL's faults: each refused submit and each failed job as a ProviderError, the paid submit never sent twice."""

from __future__ import annotations

import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import Retrying
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.bfl.provider import BflProvider
from tests.support.bfl_server import API_KEY, BflTestServer, Poll, Reply
from tests.unit.provider.bfl_fixtures import bfl as bfl  # fixtures by name
from tests.unit.provider.bfl_fixtures import make as make
from tests.unit.provider.bfl_fixtures import photo as photo
from tests.unit.provider.bfl_fixtures import provider as provider
from tests.unit.provider.bfl_fixtures import succeed
from tests.unit.provider.helpers import Events, failed_edit

PROMPT = "CHANGE: a suit.\nPRESERVE: the face."
OTHER_KEY = "bfl_" + "Zz9Yy8Xx7Ww6" * 3  # shaped like a key; the server does not take it
ALWAYS = 10  # more failures queued than the client ever tries


def no_key_in(err: ProviderError) -> None:
    text = f"{err} {err.message} {err.hint} {err.detail} {err.user_text()}"
    assert API_KEY not in text and OTHER_KEY not in text


def fail(provider: BflProvider, photo: PreparedPhoto, model: str = "", events: Events | None = None
         ) -> ProviderError:  # fmt: skip
    err = failed_edit(provider, photo, GenerationRequest(style_id="corporate", prompt=PROMPT, model=model), events)
    no_key_in(err)
    return err


def counts(bfl: BflTestServer) -> tuple[int, int, int]:
    return len(bfl.submits()), len(bfl.polls()), len(bfl.downloads())


# -- refused submits -----------------------------------------------------------------------------------------------
def test_a_wrong_key_is_an_auth_error_asked_once(make, bfl, photo, sleep) -> None:
    err = fail(make(OTHER_KEY), photo)
    assert err.kind is ErrorKind.AUTH and err.status == 403 and err.retryable is False
    assert "did not accept the API key" in err.message and "dashboard.bfl.ai" in err.hint
    assert counts(bfl) == (1, 0, 0) and sleep.delays == []


def test_no_credits_is_quota(provider, bfl, photo) -> None:
    bfl.script(Reply.no_credits())
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.QUOTA, 402, False)
    assert "credits" in err.message
    assert counts(bfl) == (1, 0, 0)


def test_a_refused_value_is_bad_request_naming_the_field(provider, bfl, photo) -> None:
    bfl.script(Reply.validation(["body", "width"], "Input should be a multiple of 16"))
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.BAD_REQUEST, 422, False)
    assert "width: Input should be a multiple of 16" in err.message
    assert counts(bfl) == (1, 0, 0)


def test_an_unknown_endpoint_is_not_found_naming_it(provider, bfl, photo) -> None:
    err = fail(provider, photo, model="flux-9-ultra")
    assert (err.kind, err.status) == (ErrorKind.NOT_FOUND, 404)
    assert "flux-9-ultra" in err.message
    assert [(s.path, s.status) for s in bfl.submits()] == [("/v1/flux-9-ultra", 404)]


def test_too_many_tasks_waits_as_asked_then_submits_again(provider, bfl, photo, sleep) -> None:
    bfl.script(Reply.too_many_tasks(retry_after="0.05"))
    events = Events()
    succeed(provider, photo, events, prompt=PROMPT)
    assert sleep.delays == [0.05]
    assert [(e.attempt, e.delay) for e in events.of(Retrying)] == [(1, 0.05)]
    assert [s.status for s in bfl.submits()] == [429, 200]


def test_too_many_tasks_for_ever_gives_up_after_three_retries(provider, bfl, photo, sleep) -> None:
    bfl.script(*[Reply.too_many_tasks(retry_after="0.05")] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retry_after) == (ErrorKind.RATE_LIMIT, 429, 0.05)
    assert sleep.delays == [0.05] * 3
    assert counts(bfl) == (4, 0, 0)


@pytest.mark.parametrize(("reply", "kind", "status"), [
    (Reply.server_error(500), ErrorKind.SERVER, 500),
    (Reply.unavailable(), ErrorKind.SERVER, 503),
    (Reply.not_json(502), ErrorKind.SERVER, 502),
    (Reply.drop(), ErrorKind.NETWORK, None),
], ids=["500", "503", "html-502", "drop"])  # fmt: skip
def test_a_submit_that_may_have_made_a_job_is_never_sent_again(provider, bfl, photo, sleep, reply, kind,
                                                                status) -> None:  # fmt: skip
    bfl.script(*[reply] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (kind, status, False)
    assert "may still charge" in err.hint
    assert counts(bfl) == (1, 0, 0) and sleep.delays == []


# -- jobs that end without an image --------------------------------------------------------------------------------
@pytest.mark.parametrize(("status", "kind", "words"), [
    ("Request Moderated", ErrorKind.SAFETY, ("photo or the style's text", "Derivative Works Filter",
                                             "does not charge")),
    ("Content Moderated", ErrorKind.SAFETY, ("the headshot it made", "does not charge")),
    ("Error", ErrorKind.SERVER, ("reported an error", "Generation failed")),
    ("Task not found", ErrorKind.NOT_FOUND, ("Task not found",)),
    ("Sideways", ErrorKind.PROTOCOL, ("“Sideways”",)),
])  # fmt: skip
def test_a_job_that_ends_badly_is_its_kind_and_nothing_is_downloaded(provider, bfl, photo, sleep, status, kind,
                                                                     words) -> None:  # fmt: skip
    bfl.script_polls(Poll.pending(0.5), Poll.status(status))
    err = fail(provider, photo)
    assert (err.kind, err.code, err.retryable) == (kind, status, False)
    assert err.request_id == bfl.submits()[0].job_id
    for word in words:
        assert word in err.message
    assert counts(bfl) == (1, 2, 0) and sleep.delays == []


# -- check() -------------------------------------------------------------------------------------------------------
def test_check_with_a_good_key_is_a_sentence_and_makes_no_job(provider, bfl) -> None:
    said = provider.check()
    assert said == "The key works: 127.0.0.1 accepted it."
    [asked] = bfl.requests
    assert (asked.method, asked.path, asked.headers["x-key"]) == ("GET", "/v1/get_result", API_KEY)
    assert bfl.submits() == []


def test_check_with_a_wrong_key_is_auth(make, bfl) -> None:
    with pytest.raises(ProviderError) as caught:
        make(OTHER_KEY).check()
    assert (caught.value.kind, caught.value.status) == (ErrorKind.AUTH, 403)
    no_key_in(caught.value)
    assert len(bfl.requests) == 1 and bfl.submits() == []
