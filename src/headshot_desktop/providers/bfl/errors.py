"""BFL's answers -> ``ProviderError``: HTTP errors of its API, the job statuses, the delivery host's refusals.

Error bodies are FastAPI's: ``{"detail": "text"}``, or for 422 a list of ``{"loc", "msg", "type"}``
naming the field. A job ends ``Ready``, ``Request Moderated`` (the photo or the text was flagged
before it started), ``Content Moderated`` (the result was flagged), ``Error`` or ``Task not found``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.https.failures import parse_retry_after

KEYS_URL = "https://dashboard.bfl.ai"


def detail_text(body: bytes) -> str | None:
    """The error's words from ``detail`` (a string, or the first field error), ``message`` or ``error``."""
    try:
        data = json.loads(body.decode("utf-8", "replace")) if body else None
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    detail = data.get("detail", data.get("message", data.get("error")))
    if isinstance(detail, list) and detail and isinstance(detail[0], dict):
        first = detail[0]
        loc = first.get("loc")
        field = ".".join(str(p) for p in loc if p != "body") if isinstance(loc, list) else ""
        return f"{field}: {first.get('msg', '')}".strip(": ") if field else str(first.get("msg", ""))
    return str(detail).strip() if detail is not None else ""


def from_response(status: int, body: bytes, headers: Mapping[str, str], *, service: str, model: str) -> ProviderError:
    words = detail_text(body)
    retry_after = parse_retry_after(headers)
    said = f" It said: “{words}”" if words else ""
    detail = f"status={status} detail={words!r}" if words is not None else f"status={status} body={body[:200]!r}"

    def make(kind: ErrorKind, text: str, hint: str, retryable: bool) -> ProviderError:
        return ProviderError(text, kind=kind, hint=hint, status=status, retry_after=retry_after,
                             retryable=retryable, detail=detail)  # fmt: skip

    if words is None and status < 500 and status != 429:
        return make(ErrorKind.PROTOCOL, f"{service} gave an answer that is not BFL's (HTTP {status}).",
                    "Check the server address (BFL_API_URL), or try again later.", False)  # fmt: skip
    if status in (401, 403):
        return make(ErrorKind.AUTH, f"{service} did not accept the API key.{said}",
                    f"Check the key, or create a new one at {KEYS_URL}, and enter it again.", False)  # fmt: skip
    if status == 402:
        return make(ErrorKind.QUOTA, f"Your {service} account has run out of credits.",
                    f"Add credits at {KEYS_URL}, then try again.", False)  # fmt: skip
    if status == 404:
        return make(ErrorKind.NOT_FOUND, f"{service} does not offer {model or 'what was asked for'}.",
                    "Choose another model in Settings, or check the server address.", False)  # fmt: skip
    if status == 422:
        return make(ErrorKind.BAD_REQUEST, f"{service} refused a value in the request.{said}",
                    "Choose another model, shape or detail level, or another photo.", False)  # fmt: skip
    if status == 429:
        return make(ErrorKind.RATE_LIMIT, f"{service} has too many of your jobs running at once.{said}",
                    "Wait a moment and try again, or ask for fewer variants at once.", True)  # fmt: skip
    if status >= 500:
        return make(ErrorKind.SERVER, f"{service} had a problem on its side (HTTP {status}).{said}",
                    "This is usually temporary: try again in a few minutes.", True)  # fmt: skip
    return make(ErrorKind.BAD_REQUEST, f"{service} could not carry out the request.{said}",
                "Check the model in Settings, or try another photo.", False)  # fmt: skip


def from_status(status: str, details: object, *, service: str, job_id: str) -> ProviderError:
    """A job that ended without an image."""
    reasons = ""
    if isinstance(details, dict) and details:
        reasons = " (" + "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}"
                                   for k, v in details.items()) + ")"  # fmt: skip
    common = {"code": status, "request_id": job_id, "retryable": False, "detail": f"status={status} {details!r}"}
    if status == "Request Moderated":
        return ProviderError(f"{service}'s moderation flagged your photo or the style's text before it started"
                             f"{reasons}. BFL does not charge for it.", kind=ErrorKind.SAFETY,
                             hint="Try another photo (well lit, only you in the frame) or another style.",
                             **common)  # type: ignore[arg-type]  # fmt: skip
    if status == "Content Moderated":
        return ProviderError(f"{service}'s moderation flagged the headshot it made, so it was not delivered"
                             f"{reasons}. BFL does not charge for it.", kind=ErrorKind.SAFETY,
                             hint="Try again, or choose another style.", **common)  # type: ignore[arg-type]  # fmt: skip
    if status == "Error":
        return ProviderError(f"{service} reported an error while making the image{reasons}.", kind=ErrorKind.SERVER,
                             hint="Try again in a few minutes.", **common)  # type: ignore[arg-type]  # fmt: skip
    if status == "Task not found":
        return ProviderError(f"{service} no longer knows the job it was given (Task not found).",
                             kind=ErrorKind.NOT_FOUND, hint="Try again.", **common)  # type: ignore[arg-type]  # fmt: skip
    return ProviderError(f"{service} reported a job status the app does not know: “{status}”.",
                         kind=ErrorKind.PROTOCOL, hint="Try again; if it keeps happening, update the app.",
                         **common)  # type: ignore[arg-type]  # fmt: skip


def from_delivery(status: int, service: str) -> ProviderError:
    """The delivery host refused the finished image: mostly an expired link."""
    expired = status in (401, 403, 404, 410)
    return ProviderError(
        "The link to the finished headshot expired before it could be fetched." if expired
        else f"The finished headshot could not be fetched from {service} (HTTP {status}).",
        kind=ErrorKind.PROTOCOL if expired else ErrorKind.SERVER,
        hint="BFL made it, and may have charged for it: try again to make a new one.",
        status=status, retryable=not expired and status >= 500, detail=f"delivery status={status}",
    )  # fmt: skip
