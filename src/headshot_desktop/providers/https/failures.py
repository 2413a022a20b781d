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

from headshot_desktop.errors import ErrorKind, ProviderError

MAY_BE_BILLED = (
    "It may still be making the image, and may still charge for it: check your usage page before trying again."
)
UNREADABLE_HINT = "Try again; if it keeps happening with a custom server address, check that it is the right server."


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
    address_hint: str = "the server address in Settings",
) -> ProviderError:
    """A connection-level failure: timeout, refused, TLS, dropped, cut-off body."""
    detail = f"{type(exc).__name__}: {exc}"
    # "connect": nothing was sent, so even a paid request may be sent again.
    connect = "connect" if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout) else None
    if isinstance(exc, httpx.TimeoutException):
        return ProviderError(
            f"{service} did not answer in time.",
            kind=ErrorKind.TIMEOUT,
            code=connect,
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
            code=connect,
            hint="Check your internet connection (and proxy settings), then try again.",
            retryable=True,
            detail=detail,
        )
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return ProviderError(
            f"The server address for {service} cannot be used.",
            kind=ErrorKind.CONFIG,
            hint=f"Check {address_hint}.",
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


def protocol(
    what: str, *, service: str, request_id: str | None, detail: str = "", hint: str = UNREADABLE_HINT
) -> ProviderError:
    """An answer we cannot read: malformed JSON, bad base64, not an image, no image."""
    return ProviderError(
        f"{service} sent an answer that cannot be read ({what}).",
        kind=ErrorKind.PROTOCOL,
        hint=hint,
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


def too_big(service: str, size: int, limit: int, request_id: str | None, hint: str = UNREADABLE_HINT) -> ProviderError:
    return protocol(
        f"an answer of {size / (1 << 20):.0f} MB, more than the {limit >> 20} MB images ever take",
        service=service, request_id=request_id, hint=hint,
    )  # fmt: skip
