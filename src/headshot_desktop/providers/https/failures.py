"""Failures every HTTPS provider meets the same way: the connection, the deadline, an unreadable answer.

Each provider maps its own error answers (status and body) itself; these are the rest.
"""

from __future__ import annotations

import email.utils
import math
import ssl
import time
from collections.abc import Callable, Mapping

import httpx

from headshot_desktop.errors import ErrorKind, HeadshotError, ProviderError
from headshot_desktop.translatable import N_

MAY_BE_BILLED = N_("providers", "It may still be making the image, and may still charge for it: check your usage "
                   "page before trying again.")  # fmt: skip
UNREADABLE_HINT = N_("providers", "Try again; if it keeps happening with a custom server address, check that it is "
                     "the right server.")  # fmt: skip
SETTINGS_ADDRESS = N_("providers", "the server address in Settings")
_ENDS_SENTENCE = ".!?…”\"')"


def it_said(sentence: str, message: str) -> str:
    """``sentence``, then what the provider said in its own words (nothing more when it said nothing)."""
    if not message:
        return sentence
    return N_("providers", "{sentence} It said: “{message}”").format(sentence=sentence, message=message)


def then(first: str, second: str) -> str:
    """Two sentences, one after the other (the window may join them its own way)."""
    return N_("providers", "{first} {second}").format(first=first, second=second) if first else second


def in_words(err: HeadshotError) -> str:
    """``err.user_text()`` that the window can still say in the person's language."""
    text = err.user_text()
    message = err.message.strip()
    if not message or not err.hint or message != err.message:
        return text
    if message[-1] in _ENDS_SENTENCE:
        words = then(err.message, err.hint)
    else:
        words = N_("providers", "{first}. {second}").format(first=err.message, second=err.hint)
    return words if words == text else text


_BROKE_OFF = N_("providers", "The connection to {service} broke off while the answer was arriving.")


def check(where: str) -> str:
    """The hint that names the setting to look at."""
    return N_("providers", "Check {where}.").format(where=where)


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


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def from_transport(
    exc: httpx.HTTPError,
    *,
    service: str,
    host: str,
    reading_body: bool,
    address_hint: str = SETTINGS_ADDRESS,
) -> ProviderError:
    """A connection-level failure: timeout, refused, TLS, dropped, cut-off body."""
    detail = f"{type(exc).__name__}: {exc}"
    # "connect": nothing was sent, so even a paid request may be sent again.
    connect = "connect" if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout) else None
    if isinstance(exc, httpx.TimeoutException):
        return ProviderError(
            N_("providers", "{service} did not answer in time.").format(service=service),
            kind=ErrorKind.TIMEOUT,
            code=connect,
            hint=N_(
                "providers", "Image generation can take a couple of minutes; try again, perhaps with fewer variants."
            ),  # fmt: skip
            retryable=True,
            detail=detail,
        )
    text = " ".join(str(e) for e in _chain(exc))
    if any(isinstance(e, ssl.SSLCertVerificationError) for e in _chain(exc)) or "CERTIFICATE_VERIFY_FAILED" in text:
        return ProviderError(
            N_("providers", "The secure connection to {host} could not be verified (TLS certificate problem).").format(
                host=host
            ),
            kind=ErrorKind.NETWORK,
            hint=N_(
                "providers",
                "If your network uses its own certificate authority, set SSL_CERT_FILE to its "
                "certificate file (PEM) and start the app again.",
            ),  # fmt: skip
            retryable=False,
            detail=detail,
        )
    if isinstance(exc, httpx.DecodingError):
        return protocol(N_("providers", "a body that cannot be decoded"), service=service, request_id=None,
                        detail=detail)  # fmt: skip
    if reading_body and isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError):
        # Over TLS a reset and a clean close look alike: the answer's framing is incomplete either way.
        return ProviderError(
            _BROKE_OFF.format(service=service),
            kind=ErrorKind.NETWORK,
            hint=N_("providers", "Check your internet connection (or proxy) and try again."),
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, httpx.ConnectError):
        return ProviderError(
            N_("providers", "Could not connect to {host}.").format(host=host),
            kind=ErrorKind.NETWORK,
            code=connect,
            hint=N_("providers", "Check your internet connection (and proxy settings), then try again."),
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ProviderError(
            N_("providers", "The server address for {service} cannot be used.").format(service=service),
            kind=ErrorKind.CONFIG,
            hint=check(address_hint),
            retryable=False,
            detail=detail,
        )
    return ProviderError(
        N_("providers", "The connection to {service} was interrupted.").format(service=service),
        kind=ErrorKind.NETWORK,
        hint=N_("providers", "Check your internet connection and try again."),
        retryable=True,
        detail=detail,
    )


def protocol(
    what: str, *, service: str, request_id: str | None, detail: str = "", hint: str = UNREADABLE_HINT
) -> ProviderError:
    """An answer we cannot read: malformed JSON, bad base64, not an image, no image."""
    return ProviderError(
        N_("providers", "{service} sent an answer that cannot be read ({what}).").format(service=service, what=what),
        kind=ErrorKind.PROTOCOL,
        hint=hint,
        request_id=request_id,
        retryable=False,
        detail=detail or what,
    )


def too_long(service: str, seconds: float, *, paid: bool) -> ProviderError:
    """The request's overall deadline passed (an answer that trickles in, or never ends)."""
    hint = N_("providers", "Try again later.")
    if paid:
        hint = N_("providers", "It may still have made (and charged for) the images: check your usage page before "
                  "trying again.")  # fmt: skip
    return ProviderError(
        N_("providers", "{service} took too long to answer (more than {seconds:.0f} seconds), so the request was "
           "stopped.").format(service=service, seconds=seconds),  # fmt: skip
        kind=ErrorKind.TIMEOUT, hint=hint, retryable=False,
    )  # fmt: skip


def no_answer_after_sending(service: str, *, detail: str, broke_off: bool = False) -> ProviderError:
    """A paid request went out whole and its answer never came (or broke off): sending it again could bill twice."""
    return ProviderError(
        _BROKE_OFF.format(service=service)
        if broke_off
        else N_("providers", "{service} did not answer in time after your photo was sent.").format(service=service),
        kind=ErrorKind.NETWORK if broke_off else ErrorKind.TIMEOUT,
        hint=N_(
            "providers",
            "It may still be making the images, and may still have charged for them: check your "
            "usage page before trying again.",
        ),  # fmt: skip
        retryable=False,
        detail=detail,
    )


def too_big(service: str, size: int, limit: int, request_id: str | None, hint: str = UNREADABLE_HINT) -> ProviderError:
    return protocol(
        N_("providers", "an answer of {size:.0f} MB, more than the {limit} MB images ever take").format(
            size=size / (1 << 20), limit=limit >> 20),
        service=service, request_id=request_id, hint=hint,
    )  # fmt: skip
