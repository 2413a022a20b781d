"""OpenAI's wire errors -> ``ProviderError``: a kind, a sentence, what to do, retry or not."""

from __future__ import annotations

import json
from collections.abc import Mapping

from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.https import failures
from headshot_desktop.providers.https.failures import (
    from_transport,
    it_said,
    no_answer_after_sending,
    parse_retry_after,
    too_long,
)
from headshot_desktop.translatable import N_

__all__ = ["from_error_object", "from_response", "from_transport", "no_answer_after_sending", "parse_retry_after",
           "protocol", "too_big", "too_long"]  # fmt: skip

COMPATIBLE_HINT = N_("openai", "Try again; if it keeps happening with a custom server, check that it is "
                    "OpenAI-compatible.")  # fmt: skip

ORG_SETTINGS_URL = "https://platform.openai.com/settings/organization/general"
KEYS_URL = "https://platform.openai.com/api-keys"
BILLING_URL = "https://platform.openai.com/settings/organization/billing"

_QUOTA_CODES = {"insufficient_quota", "billing_hard_limit_reached", "billing_limit_user_error"}
_SAFETY_CODES = {"moderation_blocked", "content_policy_violation", "safety_violation"}
# Kinds a server's "x-should-retry: true" cannot turn into a retry: retrying them costs or never helps.
_NEVER_RETRY = {ErrorKind.AUTH, ErrorKind.PERMISSION, ErrorKind.QUOTA, ErrorKind.SAFETY}


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
    def _said(sentence: str) -> str:
        return it_said(sentence, message)

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
            N_("providers", "Your {service} account has run out of credit.").format(service=service),
            N_("providers", "Add credit or raise the spending limit ({address}), then try again.").format(
                address=BILLING_URL
            ),
            False,
        )
    if any(c in lowered for c in _SAFETY_CODES) or "safety system" in message.lower():
        return make(
            ErrorKind.SAFETY,
            N_("providers", "{service}'s safety system refused this photo or the style's prompt.").format(
                service=service
            ),
            N_(
                "providers",
                "Try another photo (well lit, only you in the frame) or another style. "
                "Retrying the same photo and style will be refused again.",
            ),
            False,
        )
    if status == 401 or code == "invalid_api_key":
        return make(
            ErrorKind.AUTH,
            N_("providers", "{service} did not accept the API key.").format(service=service),
            N_("providers", "Check the key, or create a new one at {address}, and enter it again.").format(
                address=KEYS_URL
            ),
            False,
        )
    if status == 403:
        if "verif" in message.lower():
            must = (N_("openai", "Your {service} organisation must be verified before it can use the model {model}.")
                    if model else N_("openai", "Your {service} organisation must be verified before it can use this "
                                     "model."))  # fmt: skip
            return make(
                ErrorKind.PERMISSION,
                must.format(service=service, model=model),
                N_(
                    "openai",
                    "Verify your organisation in the provider's settings ({address}, "
                    "“Verify Organization”); access can take up to 15 minutes to arrive. "
                    "Or choose another model in Settings.",
                ).format(address=ORG_SETTINGS_URL),
                False,
            )
        return make(
            ErrorKind.PERMISSION,
            _said(N_("providers", "{service} refused access.").format(service=service)),
            N_("openai", "Check that your key and organisation may use this model."),
            False,
        )
    if status == 429 or code == "rate_limit_exceeded":
        return make(
            ErrorKind.RATE_LIMIT,
            N_("providers", "{service} is limiting how fast requests can be sent.").format(service=service),
            N_("providers", "Wait a minute and try again, or ask for fewer variants at once."),
            True,
        )
    if status == 404:
        return make(
            ErrorKind.NOT_FOUND,
            _said(N_("providers", "{service} does not offer what was asked for.").format(service=service)),
            N_("providers", "Choose another model in Settings, or check the server address."),
            False,
        )
    if status == 408:
        return make(ErrorKind.TIMEOUT, N_("openai", "{service} took too long to take the request.").format(
            service=service), N_("providers", "Try again in a moment."), True)  # fmt: skip
    if (status is not None and status >= 500) or status == 409:
        return make(
            ErrorKind.SERVER,
            N_("providers", "{service} had a problem on its side (HTTP {status}).").format(
                service=service, status=status
            ),
            N_("providers", "This is usually temporary: try again in a few minutes."),
            True,
        )
    if status is not None and 400 <= status < 500:
        return make(
            ErrorKind.BAD_REQUEST,
            _said(N_("providers", "{service} could not carry out the request.").format(service=service)),
            N_("openai", "Check the model, size and quality in Settings, or try another photo."),
            False,
        )
    if status is None:  # an error frame in a stream
        return make(ErrorKind.SERVER, _said(N_("openai", "{service} stopped while making the image.").format(
            service=service)), N_("providers", "Try again in a few minutes."), False)  # fmt: skip
    return make(
        ErrorKind.PROTOCOL,
        N_("openai", "{service} gave an unexpected answer (HTTP {status}).").format(service=service, status=status),
        N_("providers", "Check the server address in Settings."),
        False,
    )


def protocol(what: str, *, service: str, request_id: str | None, detail: str = "") -> ProviderError:
    """An answer we cannot read: malformed JSON, bad base64, not an image, no image."""
    return failures.protocol(what, service=service, request_id=request_id, detail=detail, hint=COMPATIBLE_HINT)


def too_big(service: str, size: int, limit: int, request_id: str | None) -> ProviderError:
    return failures.too_big(service, size, limit, request_id, hint=COMPATIBLE_HINT)
