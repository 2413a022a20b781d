"""BFL's answers -> ``ProviderError``: HTTP errors of its API, the job statuses, the delivery host's refusals.

Error bodies are FastAPI's: ``{"detail": "text"}``, or for 422 a list of ``{"loc", "msg", "type"}``
naming the field. A job ends ``Ready``, ``Request Moderated`` (the photo or the text was flagged
before it started), ``Content Moderated`` (the result was flagged), ``Error`` or ``Task not found``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.https.failures import it_said, parse_retry_after
from headshot_desktop.translatable import N_

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

    def said(sentence: str) -> str:
        return it_said(sentence, words or "")

    detail = f"status={status} detail={words!r}" if words is not None else f"status={status} body={body[:200]!r}"

    def make(kind: ErrorKind, text: str, hint: str, retryable: bool) -> ProviderError:
        return ProviderError(text, kind=kind, hint=hint, status=status, retry_after=retry_after,
                             retryable=retryable, detail=detail)  # fmt: skip

    if words is None and status < 500 and status != 429:
        return make(ErrorKind.PROTOCOL, N_("bfl", "{service} gave an answer that is not BFL's (HTTP {status})."
                                           ).format(service=service, status=status),
                    N_("providers", "Check the server address ({variable}), or try again later.").format(
                        variable="BFL_API_URL"), False)  # fmt: skip
    if status in (401, 403):
        return make(ErrorKind.AUTH, said(N_("providers", "{service} did not accept the API key.").format(
                    service=service)), N_("providers", "Check the key, or create a new one at {address}, and enter "
                                          "it again.").format(address=KEYS_URL), False)  # fmt: skip
    if status == 402:
        return make(ErrorKind.QUOTA, N_("bfl", "Your {service} account has run out of credits.").format(
                    service=service), N_("bfl", "Add credits at {address}, then try again.").format(address=KEYS_URL),
                    False)  # fmt: skip
    if status == 404:
        offer = (N_("bfl", "{service} does not offer {model}.") if model
                 else N_("providers", "{service} does not offer what was asked for."))  # fmt: skip
        return make(ErrorKind.NOT_FOUND, offer.format(service=service, model=model),
                    N_("providers", "Choose another model in Settings, or check the server address."), False)  # fmt: skip
    if status == 422:
        return make(ErrorKind.BAD_REQUEST, said(N_("bfl", "{service} refused a value in the request.").format(
                    service=service)), N_("bfl", "Choose another model, shape or detail level, or another photo."),
                    False)  # fmt: skip
    if status == 429:
        return make(ErrorKind.RATE_LIMIT, said(N_("bfl", "{service} has too many of your jobs running at once."
                                                  ).format(service=service)),
                    N_("bfl", "Wait a moment and try again, or ask for fewer variants at once."), True)  # fmt: skip
    if status >= 500:
        return make(ErrorKind.SERVER, said(N_("providers", "{service} had a problem on its side (HTTP {status})."
                                              ).format(service=service, status=status)),
                    N_("providers", "This is usually temporary: try again in a few minutes."), True)  # fmt: skip
    return make(ErrorKind.BAD_REQUEST, said(N_("providers", "{service} could not carry out the request.").format(
                service=service)), N_("bfl", "Check the model in Settings, or try another photo."), False)  # fmt: skip


def from_status(status: str, details: object, *, service: str, job_id: str) -> ProviderError:
    """A job that ended without an image."""
    reasons = ""
    if isinstance(details, dict) and details:
        reasons = " (" + "; ".join(f"{k}: {', '.join(map(str, v)) if isinstance(v, list) else v}"
                                   for k, v in details.items()) + ")"  # fmt: skip
    common = {"code": status, "request_id": job_id, "retryable": False, "detail": f"status={status} {details!r}"}
    if status == "Request Moderated":
        return ProviderError(N_("bfl", "{service}'s moderation flagged your photo or the style's text before it "
                                "started{reasons}. BFL does not charge for it.").format(service=service,
                                                                                       reasons=reasons),
                             kind=ErrorKind.SAFETY,
                             hint=N_("bfl", "Try another photo (well lit, only you in the frame) or another style."),
                             **common)  # type: ignore[arg-type]  # fmt: skip
    if status == "Content Moderated":
        return ProviderError(N_("bfl", "{service}'s moderation flagged the headshot it made, so it was not "
                                "delivered{reasons}. BFL does not charge for it.").format(service=service,
                                                                                         reasons=reasons),
                             kind=ErrorKind.SAFETY, hint=N_("providers", "Try again, or choose another style."),
                             **common)  # type: ignore[arg-type]  # fmt: skip
    if status == "Error":
        return ProviderError(N_("bfl", "{service} reported an error while making the image{reasons}.").format(
                             service=service, reasons=reasons), kind=ErrorKind.SERVER,
                             hint=N_("providers", "Try again in a few minutes."), **common)  # type: ignore[arg-type]  # fmt: skip
    if status == "Task not found":
        return ProviderError(N_("bfl", "{service} no longer knows the job it was given (Task not found).").format(
                             service=service), kind=ErrorKind.NOT_FOUND, hint=N_("providers", "Try again."),
                             **common)  # type: ignore[arg-type]  # fmt: skip
    return ProviderError(N_("bfl", "{service} reported a job status the app does not know: “{status}”.").format(
                         service=service, status=status), kind=ErrorKind.PROTOCOL,
                         hint=N_("bfl", "Try again; if it keeps happening, update the app."),
                         **common)  # type: ignore[arg-type]  # fmt: skip


def from_delivery(status: int, service: str) -> ProviderError:
    """The delivery host refused the finished image: mostly an expired link."""
    expired = status in (401, 403, 404, 410)
    return ProviderError(
        N_("bfl", "The link to the finished headshot expired before it could be fetched.") if expired
        else N_("bfl", "The finished headshot could not be fetched from {service} (HTTP {status}).").format(
            service=service, status=status),
        kind=ErrorKind.PROTOCOL if expired else ErrorKind.SERVER,
        hint=N_("bfl", "BFL made it, and may have charged for it: try again to make a new one."),
        status=status, retryable=not expired and status >= 500, detail=f"delivery status={status}",
    )  # fmt: skip
