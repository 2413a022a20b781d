"""Gemini's faults: each error answer and broken connection as a ProviderError, retried only when it is safe."""

from __future__ import annotations

import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import Retrying
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.gemini.provider import GeminiProvider
from tests.support.gemini_server import GeminiTestServer, Reply
from tests.unit.provider.gemini_fixtures import FLASH, OTHER_KEY
from tests.unit.provider.gemini_fixtures import gemini as gemini  # fixtures by name
from tests.unit.provider.gemini_fixtures import make as make
from tests.unit.provider.gemini_fixtures import photo as photo
from tests.unit.provider.gemini_fixtures import provider as provider
from tests.unit.provider.helpers import Events, failed_edit, run_edit

ALWAYS = 10  # more failures queued than the client ever tries
SUIT = "CHANGE: a suit.\nPRESERVE: the face."
FORBIDDEN = Reply.error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers.")
NOT_FOUND = Reply.error(404, "NOT_FOUND", f"models/{FLASH} is not found for API version v1.")
INTERNAL = Reply.error(500, "INTERNAL", "An internal error has occurred.")
DEADLINE = Reply.error(504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete.")


def fail(provider: GeminiProvider, photo: PreparedPhoto, model: str = FLASH, events: Events | None = None
         ) -> ProviderError:  # fmt: skip
    return failed_edit(provider, photo, GenerationRequest(style_id="corporate", prompt=SUIT, model=model), events)


def succeed(provider: GeminiProvider, photo: PreparedPhoto, events: Events | None = None) -> None:
    result = run_edit(provider, photo, GenerationRequest(style_id="corporate", prompt=SUIT, model=FLASH), events)
    assert len(result.images) == 1 and result.images[0].width == 896


def sent(gemini: GeminiTestServer) -> int:
    return len(gemini.generate_requests())


# -- the key, credit, access ---------------------------------------------------------------------------------------
def test_a_wrong_key_is_auth_and_not_retried(make, gemini, photo, sleep) -> None:
    err = fail(make(OTHER_KEY), photo)
    assert (err.kind, err.status, err.code, err.retryable) == (ErrorKind.AUTH, 400, "INVALID_ARGUMENT", False)
    assert "did not accept the API key" in err.message and "aistudio.google.com/apikey" in err.hint
    assert sent(gemini) == 1 and sleep.delays == []


@pytest.mark.parametrize("wrapped", [False, True], ids=["object", "list"])
def test_a_scripted_bad_key_is_auth_also_wrapped_in_a_list(provider, gemini, photo, wrapped) -> None:
    reply = Reply.error(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
                        reason="API_KEY_INVALID", wrap_in_list=wrapped)  # fmt: skip
    gemini.script(*[reply] * ALWAYS)
    err = fail(provider, photo)
    assert err.kind == ErrorKind.AUTH and "API key" in err.message
    assert sent(gemini) == 1


def test_used_up_credit_is_quota(provider, gemini, photo, sleep) -> None:
    gemini.script(*[Reply.no_credit()] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.QUOTA, 402, False)
    assert "credit" in err.message and "billing" in err.hint
    assert sent(gemini) == 1 and sleep.delays == []


def test_forbidden_is_permission(provider, gemini, photo) -> None:
    gemini.script(*[FORBIDDEN] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.PERMISSION, 403, False)
    assert "Method doesn't allow unregistered callers." in err.message
    assert sent(gemini) == 1


def test_free_tier_not_offered_here_is_permission(provider, gemini, photo) -> None:
    gemini.script(Reply.error(400, "FAILED_PRECONDITION", "User location is not supported for the API use."))
    err = fail(provider, photo)
    assert err.kind == ErrorKind.PERMISSION and "billing" in err.hint and "User location" in err.message
    assert sent(gemini) == 1


def test_a_model_not_offered_is_not_found_and_named(provider, gemini, photo) -> None:
    err = fail(provider, photo, model="gemini-9-flash-image")  # the server's own 404
    assert (err.kind, err.status, err.retryable) == (ErrorKind.NOT_FOUND, 404, False)
    assert "gemini-9-flash-image" in err.message
    gemini.script(NOT_FOUND)
    assert FLASH in fail(provider, photo).message
    assert sent(gemini) == 2


def test_a_plain_bad_request_is_not_retried(provider, gemini, photo) -> None:
    gemini.script(*[Reply.error(400, "INVALID_ARGUMENT", "Request contains an invalid argument.")] * ALWAYS)
    err = fail(provider, photo)
    assert err.kind == ErrorKind.BAD_REQUEST and "Request contains an invalid argument." in err.message
    assert sent(gemini) == 1


# -- rate limits and server errors ----------------------------------------------------------------------------------
def test_rate_limit_waits_as_long_as_retry_info_says(provider, gemini, photo, sleep) -> None:
    gemini.script(Reply.rate_limited(retry_delay="0.05s"))
    events = Events()
    succeed(provider, photo, events)
    assert sleep.delays == [0.05] and sent(gemini) == 2
    [retrying] = events.of(Retrying)
    assert (retrying.attempt, retrying.delay) == (1, 0.05) and "limiting" in retrying.reason


def test_rate_limit_asking_for_too_long_a_wait_is_given_up_at_once(provider, gemini, photo, sleep) -> None:
    gemini.script(Reply.rate_limited(retry_delay="600s"))
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retry_after) == (ErrorKind.RATE_LIMIT, 429, 600.0)
    assert sent(gemini) == 1 and sleep.delays == []


def test_unavailable_is_retried_twice_and_never_more(provider, gemini, photo, sleep) -> None:
    gemini.script(*[Reply.unavailable()] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.SERVER, 503, True)
    assert "overloaded" in err.message
    assert sent(gemini) == 3
    assert len(sleep.delays) == 2 and 0 <= sleep.delays[0] < 1.0 and 0 <= sleep.delays[1] < 2.0  # full jitter


def test_a_retry_after_header_sets_the_wait(provider, gemini, photo, sleep) -> None:
    gemini.script(Reply.error(503, "UNAVAILABLE", "The model is overloaded.", headers={"Retry-After": "0.2"}))
    succeed(provider, photo)
    assert sleep.delays == [0.2] and sent(gemini) == 2


def test_an_internal_error_once_then_success(provider, gemini, photo, sleep) -> None:
    gemini.script(INTERNAL)
    succeed(provider, photo)
    assert sent(gemini) == 2 and len(sleep.delays) == 1


def test_not_implemented_is_not_retried(provider, gemini, photo) -> None:
    gemini.script(*[Reply.error(501, "UNIMPLEMENTED", "Operation is not implemented.")] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.retryable) == (ErrorKind.SERVER, False) and sent(gemini) == 1


def test_deadline_exceeded_is_a_retryable_timeout(provider, gemini, photo) -> None:
    gemini.script(*[DEADLINE] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.TIMEOUT, 504, True)
    assert sent(gemini) == 3


def test_a_proxys_5xx_page_is_a_retryable_server_error(provider, gemini, photo) -> None:
    gemini.script(*[Reply.not_json(502)] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.SERVER, 502, True)
    assert "HTTP 502" in err.message and sent(gemini) == 3


def test_a_proxys_4xx_page_is_protocol(provider, gemini, photo) -> None:
    gemini.script(*[Reply.not_json(404)] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.status, err.retryable) == (ErrorKind.PROTOCOL, 404, False)
    assert "GOOGLE_GEMINI_BASE_URL" in err.hint and sent(gemini) == 1


# -- broken answers --------------------------------------------------------------------------------------------------
def test_truncated_json_is_protocol_and_not_retried(provider, gemini, photo, sleep) -> None:
    gemini.script(*[Reply.truncated_json()] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.retryable) == (ErrorKind.PROTOCOL, False)
    assert sent(gemini) == 1 and sleep.delays == []


def test_truncated_json_says_the_answer_was_cut_off(provider, gemini, photo) -> None:
    gemini.script(Reply.truncated_json())
    assert "cut off" in fail(provider, photo).message


def test_a_body_cut_off_after_the_paid_request_is_not_sent_again(provider, gemini, photo, sleep) -> None:
    gemini.script(*[Reply.cut_off()] * ALWAYS)
    err = fail(provider, photo)
    assert err.retryable is False and err.kind == ErrorKind.NETWORK
    assert "broke off" in err.message and "charged" in err.hint
    assert sent(gemini) == 1 and sleep.delays == []


def test_a_dropped_connection_is_retried(provider, gemini, photo, sleep) -> None:
    gemini.script(Reply.drop())
    succeed(provider, photo)
    assert sent(gemini) == 2 and len(sleep.delays) == 1
    gemini.script(*[Reply.drop()] * ALWAYS)
    err = fail(provider, photo)
    assert (err.kind, err.retryable) == (ErrorKind.NETWORK, True)
    assert sent(gemini) == 2 + 3


# -- the key check -------------------------------------------------------------------------------------------------
def test_check_with_a_bad_key_is_auth(provider, gemini) -> None:
    gemini.script_models(Reply.bad_key())
    with pytest.raises(ProviderError) as caught:
        provider.check()
    assert caught.value.kind == ErrorKind.AUTH and "API key" in caught.value.message
    assert [r.path for r in gemini.requests] == ["/v1/models"]


def test_check_retries_an_overloaded_model_list(provider, gemini, sleep) -> None:
    gemini.script_models(Reply.unavailable())
    assert provider.check().endswith("3 image model(s).")
    assert [r.path for r in gemini.requests] == ["/v1/models"] * 2 and len(sleep.delays) == 1


# -- the key stays secret --------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "reply",
    [
        Reply.bad_key(),
        Reply.no_credit(),
        FORBIDDEN,
        Reply.rate_limited("600s"),
        Reply.not_json(404),
        Reply.truncated_json(),
        Reply.cut_off(),
        Reply.text_only(),
        Reply.finish("NO_IMAGE"),
    ],  # fmt: skip
    ids=lambda r: r.action if r.action != "error" else str(r.status),
)
def test_the_key_is_in_no_error(provider, gemini, photo, reply) -> None:
    gemini.script(reply)
    err = fail(provider, photo)
    for text in (err.message, err.hint, err.detail, err.user_text(), str(err), repr(err.args)):
        assert gemini.api_key not in text and gemini.api_key[6:20] not in text


def test_a_wrong_key_is_in_no_error_either(make, photo) -> None:
    err = fail(make(OTHER_KEY), photo)
    assert OTHER_KEY not in f"{err.message} {err.hint} {err.detail}"
