"""OpenAI's wire errors -> ``ProviderError``: a kind, a sentence, what to do, retry or not."""

from __future__ import annotations

import email.utils
import json
import math
import ssl
import time
from collections.abc import Callable, Mapping

import httpx

from headshot_desktop.errors import ErrorKind, ProviderError

ORG_SETTINGS_URL = "https://platform.openai.com/settings/organization/general"
KEYS_URL = "https://platform.openai.com/api-keys"
BILLING_URL = "https://platform.openai.com/settings/organization/billing"

_QUOTA_CODES = {"insufficient_quota", "billing_hard_limit_reached", "billing_limit_user_error"}
_SAFETY_CODES = {"moderation_blocked", "content_policy_violation", "safety_violation"}
# Kinds a server's "x-should-retry: true" cannot turn into a retry: retrying them costs or never helps.
_NEVER_RETRY = {ErrorKind.AUTH, ErrorKind.PERMISSION, ErrorKind.QUOTA, ErrorKind.SAFETY}


def parse_retry_after(headers: Mapping[str, str], now: Callable[[], float] = time.time) -> float | None:
    """Seconds the server asks us to wait: ``retry-after-ms``, then ``retry-after`` (seconds or HTTP date)."""
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            value = float(raw) / scale
        except ValueError:
            continue
        if math.isfinite(value) and value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is not None:
            return max(0.0, email.utils.mktime_tz(parsed) - now())
    return None


def _error_fields(body: bytes) -> tuple[str, str, str, str | None]:
    """(message, type, code, param) from ``{"error": {...}}``; empty strings when absent."""
    try:
        data = json.loads(body.decode("utf-8", "replace")) if body else None
    except ValueError:
        data = None
    error = data.get("error") if isinstance(data, dict) else None
    if isinstance(error, str):
        return error, "", "", None
    if not isinstance(error, dict):
        return "", "", "", None
    return (
        str(error.get("message") or "").strip(),
        str(error.get("type") or ""),
        str(error.get("code") or ""),
        error.get("param") if isinstance(error.get("param"), str) else None,
    )


def from_error_object(
    error: object,
    *,
    status: int | None,
    service: str,
    request_id: str | None = None,
    model: str = "",
    retry_after: float | None = None,
) -> ProviderError:
    """Build the error for an OpenAI ``error`` object (from a response body or a stream frame)."""
    body = json.dumps({"error": error}).encode() if error is not None else b""
    message, type_, code, _param = _error_fields(body)
    return _classify(status, message, type_, code, service, request_id, model, retry_after)


def from_response(
    status: int, body: bytes, headers: Mapping[str, str], *, service: str, model: str = ""
) -> ProviderError:
    message, type_, code, _param = _error_fields(body)
    request_id = headers.get("x-request-id")
    error = _classify(status, message, type_, code, service, request_id, model, parse_retry_after(headers))
    should_retry = headers.get("x-should-retry")
    if should_retry == "false":
        error.retryable = False
    elif should_retry == "true" and error.kind not in _NEVER_RETRY:
        error.retryable = True
    return error


def _classify(
    status: int | None,
    message: str,
    type_: str,
    code: str,
    service: str,
    request_id: str | None,
    model: str,
    retry_after: float | None,
) -> ProviderError:
    said = f" It said: “{message}”" if message else ""
    detail = f"status={status} type={type_} code={code} request_id={request_id} message={message}"

    def make(kind: ErrorKind, text: str, hint: str, retryable: bool) -> ProviderError:
        return ProviderError(
            text,
            kind=kind,
            hint=hint,
            status=status,
            code=code or type_ or None,
            request_id=request_id,
            retry_after=retry_after,
            retryable=retryable,
            detail=detail,
        )

    lowered = f"{code} {type_}".lower()
    if any(c in lowered for c in _QUOTA_CODES):
        return make(
            ErrorKind.QUOTA,
            f"Your {service} account has run out of credit.",
            f"Add credit or raise the spending limit ({BILLING_URL}), then try again.",
            False,
        )
    if any(c in lowered for c in _SAFETY_CODES) or "safety system" in message.lower():
        return make(
            ErrorKind.SAFETY,
            f"{service}'s safety system refused this photo or the style's prompt.",
            "Try another photo (well lit, only you in the frame) or another style. "
            "Retrying the same photo and style will be refused again.",
            False,
        )
    if status == 401 or code == "invalid_api_key":
        return make(
            ErrorKind.AUTH,
            f"{service} did not accept the API key.",
            f"Check the key, or create a new one at {KEYS_URL}, and enter it again.",
            False,
        )
    if status == 403:
        if "verif" in message.lower():
            what = f"the model {model}" if model else "this model"
            return make(
                ErrorKind.PERMISSION,
                f"Your {service} organisation must be verified before it can use {what}.",
                f"Verify your organisation in the provider's settings ({ORG_SETTINGS_URL}, "
                "“Verify Organization”); access can take up to 15 minutes to arrive. "
                "Or choose another model in Settings.",
                False,
            )
        return make(
            ErrorKind.PERMISSION,
            f"{service} refused access.{said}",
            "Check that your key and organisation may use this model.",
            False,
        )
    if status == 429 or code == "rate_limit_exceeded":
        return make(
            ErrorKind.RATE_LIMIT,
            f"{service} is limiting how fast requests can be sent.",
            "Wait a minute and try again, or ask for fewer variants at once.",
            True,
        )
    if status == 404:
        return make(
            ErrorKind.NOT_FOUND,
            f"{service} does not offer what was asked for.{said}",
            "Choose another model in Settings, or check the server address.",
            False,
        )
    if status == 408:
        return make(ErrorKind.TIMEOUT, f"{service} took too long to take the request.", "Try again in a moment.", True)
    if (status is not None and status >= 500) or status == 409:
        return make(
            ErrorKind.SERVER,
            f"{service} had a problem on its side (HTTP {status}).",
            "This is usually temporary: try again in a few minutes.",
            True,
        )
    if status is not None and 400 <= status < 500:
        return make(
            ErrorKind.BAD_REQUEST,
            f"{service} could not carry out the request.{said}",
            "Check the model, size and quality in Settings, or try another photo.",
            False,
        )
    if status is None:  # an error frame in a stream
        return make(
            ErrorKind.SERVER, f"{service} stopped while making the image.{said}", "Try again in a few minutes.", False
        )
    return make(
        ErrorKind.PROTOCOL,
        f"{service} gave an unexpected answer (HTTP {status}).",
        "Check the server address in Settings.",
        False,
    )


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def from_transport(exc: httpx.HTTPError, *, service: str, host: str, reading_body: bool) -> ProviderError:
    """A connection-level failure: timeout, refused, TLS, dropped, cut-off body."""
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, httpx.TimeoutException):
        return ProviderError(
            f"{service} did not answer in time.",
            kind=ErrorKind.TIMEOUT,
            hint="Image generation can take a couple of minutes; try again, perhaps with fewer variants.",
            retryable=True,
            detail=detail,
        )
    text = " ".join(str(e) for e in _chain(exc))
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in _chain(exc)) or "CERTIFICATE_VERIFY_FAILED" in text:
        return ProviderError(
            f"The secure connection to {host} could not be verified (TLS certificate problem).",
            kind=ErrorKind.NETWORK,
            hint="If your network uses its own certificate authority, set SSL_CERT_FILE to its "
            "certificate file (PEM) and start the app again.",
            retryable=False,
            detail=detail,
        )
    if isinstance(exc, httpx.DecodingError):
        return protocol("a body that cannot be decoded", service=service, request_id=None, detail=detail)
    if reading_body and isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        # Over TLS a reset and a clean close look alike: the answer's framing is incomplete either way.
        return ProviderError(
            f"The connection to {service} broke off while the answer was arriving.",
            kind=ErrorKind.NETWORK,
            hint="Check your internet connection (or proxy) and try again.",
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, httpx.ConnectError):
        return ProviderError(
            f"Could not connect to {host}.",
            kind=ErrorKind.NETWORK,
            hint="Check your internet connection (and proxy settings), then try again.",
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ProviderError(
            f"The server address for {service} cannot be used.",
            kind=ErrorKind.CONFIG,
            hint="Check OPENAI_BASE_URL or the server address in Settings.",
            retryable=False,
            detail=detail,
        )
    return ProviderError(
        f"The connection to {service} was interrupted.",
        kind=ErrorKind.NETWORK,
        hint="Check your internet connection and try again.",
        retryable=True,
        detail=detail,
    )


def protocol(what: str, *, service: str, request_id: str | None, detail: str = "") -> ProviderError:
    """An answer we cannot read: malformed JSON, bad base64, not an image, no image."""
    return ProviderError(
        f"{service} sent an answer that cannot be read ({what}).",
        kind=ErrorKind.PROTOCOL,
        hint="Try again; if it keeps happening with a custom server, check that it is OpenAI-compatible.",
        request_id=request_id,
        retryable=False,
        detail=detail or what,
    )


def too_long(service: str, seconds: float, *, paid: bool) -> ProviderError:
    """The request's overall deadline passed (an answer that trickles in, or never ends)."""
    hint = "Try again later."
    if paid:
        hint = ("It may still have made (and charged for) the images: check your usage page before trying "
                "again.")  # fmt: skip
    return ProviderError(
        f"{service} took too long to answer (more than {seconds:.0f} seconds), so the request was stopped.",
        kind=ErrorKind.TIMEOUT, hint=hint, retryable=False,
    )  # fmt: skip


def no_answer_after_sending(service: str, *, detail: str, broke_off: bool = False) -> ProviderError:
    """A paid request went out whole and its answer never came (or broke off): sending it again could bill twice."""
    return ProviderError(
        f"The connection to {service} broke off while the answer was arriving."
        if broke_off
        else f"{service} did not answer in time after your photo was sent.",
        kind=ErrorKind.NETWORK if broke_off else ErrorKind.TIMEOUT,
        hint="It may still be making the images, and may still have charged for them: check your usage page "
        "before trying again.",
        retryable=False,
        detail=detail,
    )


def too_big(service: str, size: int, limit: int, request_id: str | None) -> ProviderError:
    return protocol(
        f"an answer of {size / (1 << 20):.0f} MB, more than the {limit >> 20} MB images ever take",
        service=service, request_id=request_id,
    )  # fmt: skip
