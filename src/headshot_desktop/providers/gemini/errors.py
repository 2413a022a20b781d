"""Gemini's error answers -> ``ProviderError``: a kind, a sentence, what to do, retry or not.

Google answers in its RPC shape, ``{"error": {"code", "status", "message", "details": [...]}}``,
sometimes wrapped in a one-element list. A bad key is a 400 whose ``ErrorInfo`` reason is
``API_KEY_INVALID`` (not a 401); used-up prepaid credit is a 402; a rate limit is a 429 whose
``RetryInfo`` may say how long to wait.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass

from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.https.failures import it_said, parse_retry_after
from headshot_desktop.translatable import N_

KEYS_URL = "https://aistudio.google.com/apikey"
BILLING_URL = "https://aistudio.google.com/usage"
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)s\s*$")


@dataclass(frozen=True)
class GoogleError:
    code: int | None = None
    status: str = ""
    message: str = ""
    reasons: tuple[str, ...] = ()  # ErrorInfo reasons, e.g. API_KEY_INVALID
    retry_delay: float | None = None  # RetryInfo, in seconds


def parse(body: bytes) -> GoogleError | None:
    """The error in a body, or None when the body is not Google's error JSON."""
    try:
        data = json.loads(body.decode("utf-8", "replace")) if body else None
    except ValueError:
        return None
    if isinstance(data, list) and len(data) == 1:
        data = data[0]
    error = data.get("error") if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return None
    reasons: list[str] = []
    delay = None
    details = error.get("details")
    for detail in details if isinstance(details, list) else []:
        if not isinstance(detail, dict):
            continue
        kind = str(detail.get("@type", ""))
        if kind.endswith("google.rpc.ErrorInfo") and isinstance(detail.get("reason"), str):
            reasons.append(detail["reason"])
        elif kind.endswith("google.rpc.RetryInfo"):
            delay = _seconds(detail.get("retryDelay"))
    code = error.get("code")
    return GoogleError(code if isinstance(code, int) else None, str(error.get("status") or ""),
                       str(error.get("message") or "").strip(), tuple(reasons), delay)  # fmt: skip


def _seconds(value: object) -> float | None:
    """A protobuf Duration in JSON ("20s", "0.050s"), or the object form {"seconds", "nanos"}."""
    if isinstance(value, str) and (match := _DURATION.match(value)):
        return float(match.group(1))
    if isinstance(value, dict):
        seconds, nanos = value.get("seconds", 0), value.get("nanos", 0)
        try:
            return float(seconds) + float(nanos) / 1e9
        except (TypeError, ValueError):
            return None
    return None


def from_response(status: int, body: bytes, headers: Mapping[str, str], *, service: str, model: str) -> ProviderError:
    found = parse(body)
    retry_after = found.retry_delay if found and found.retry_delay is not None else parse_retry_after(headers)
    if found is None:
        return _not_google(status, body, service, retry_after)

    def said(sentence: str) -> str:
        return it_said(sentence, found.message)

    detail = f"status={status} rpc={found.status} reasons={','.join(found.reasons)} message={found.message}"

    def make(kind: ErrorKind, text: str, hint: str, retryable: bool) -> ProviderError:
        return ProviderError(text, kind=kind, hint=hint, status=status, code=found.status or None,
                             retry_after=retry_after, retryable=retryable, detail=detail)  # fmt: skip

    if status == 401 or any("API_KEY" in r for r in found.reasons):
        return make(ErrorKind.AUTH, N_("providers", "{service} did not accept the API key.").format(service=service),
                    N_("providers", "Check the key, or create a new one at {address}, and enter it again.").format(
                        address=KEYS_URL), False)  # fmt: skip
    if status == 402:
        return make(ErrorKind.QUOTA, N_("gemini", "The prepaid credit for your {service} key is used up.").format(
                    service=service), N_("gemini", "Add credit or check billing in Google AI Studio ({address}), then "
                    "try again.").format(address=BILLING_URL), False)  # fmt: skip
    if found.status == "FAILED_PRECONDITION":
        return make(ErrorKind.PERMISSION, said(N_("gemini", "{service} cannot be used with this key as it is."
                                                  ).format(service=service)),
                    N_("gemini", "Turn on billing for the key's project in Google AI Studio: the free tier is not "
                       "offered everywhere."), False)  # fmt: skip
    if status == 403:
        return make(ErrorKind.PERMISSION, said(N_("providers", "{service} refused access.").format(service=service)),
                    N_("gemini", "Check that the key's project has the Gemini API turned on and may use this model."),
                    False)  # fmt: skip
    if status == 404:
        offer = (N_("gemini", "{service} does not offer {model} to this key.") if model
                 else N_("gemini", "{service} does not offer what was asked for to this key."))  # fmt: skip
        return make(ErrorKind.NOT_FOUND, offer.format(service=service, model=model),
                    N_("gemini", "Choose another model in Settings (Test key lists the ones your key can use)."),
                    False)  # fmt: skip
    if status == 429:
        return make(ErrorKind.RATE_LIMIT, said(N_("providers", "{service} is limiting how fast requests can be sent."
                                                  ).format(service=service)),
                    N_("providers", "Wait a minute and try again, or ask for fewer variants at once."), True)  # fmt: skip
    if status in (408, 504):
        return make(ErrorKind.TIMEOUT, N_("gemini", "{service} took too long to make the image (HTTP {status})."
                                          ).format(service=service, status=status),
                    N_("providers", "Try again in a moment."), True)  # fmt: skip
    if status >= 500:
        return make(ErrorKind.SERVER, said(N_("providers", "{service} had a problem on its side (HTTP {status})."
                                              ).format(service=service, status=status)),
                    N_("providers", "This is usually temporary: try again in a few minutes."), status != 501)  # fmt: skip
    return make(ErrorKind.BAD_REQUEST, said(N_("providers", "{service} could not carry out the request.").format(
                service=service)), N_("gemini", "Check the model and detail level in Settings, or try another photo."),
                False)  # fmt: skip


def _not_google(status: int, body: bytes, service: str, retry_after: float | None) -> ProviderError:
    """An answer without Google's error JSON: a proxy's page, a cut-off body, an empty one."""
    detail = f"status={status} body={body[:200]!r}"
    if status >= 500 or status == 429:
        kind = ErrorKind.RATE_LIMIT if status == 429 else ErrorKind.SERVER
        return ProviderError(N_("gemini", "{service} could not be reached properly (HTTP {status}).").format(
                             service=service, status=status), kind=kind,
                             hint=N_("providers", "This is usually temporary: try again in a few minutes."),
                             status=status,
                             retry_after=retry_after, retryable=True, detail=detail)  # fmt: skip
    return ProviderError(N_("gemini", "{service} gave an answer that is not Gemini's (HTTP {status}).").format(
                         service=service, status=status), kind=ErrorKind.PROTOCOL,
                         hint=N_("providers", "Check the server address ({variable}), or try again later.").format(
                             variable="GOOGLE_GEMINI_BASE_URL"),
                         status=status, retryable=False, detail=detail)  # fmt: skip
