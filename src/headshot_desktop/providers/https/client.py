"""One HTTPS client per provider: TLS, timeouts, retries with backoff, cancel, and the billing-safe rule.

A provider subclasses ``HttpsClient`` for its headers and gives ``read_error`` its own
reading of error answers. Paid requests (``paid=True``) that went out whole are never
sent again after a timeout or a broken answer: the provider may have made, and billed, it.
"""

from __future__ import annotations

import json
import logging
import os
import random
import ssl
import threading
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import Retrying
from headshot_desktop.errors import CancelledError, ErrorKind, ProviderError
from headshot_desktop.providers.https import failures
from headshot_desktop.providers.https.cancel import SocketAborter
from headshot_desktop.providers.https.config import DEFAULT_TIMEOUT, USER_AGENT, build_ssl_context, is_loopback
from headshot_desktop.providers.https.phases import STEPS, PhaseReporter, both
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import Phase

log = logging.getLogger(__name__)

MAX_ERROR_BODY = 1_000_000
# Four large images in base64 take ~25 MB; a bigger answer is not one we asked for.
# Read at call time (not bound as a default), so a test can lower it.
MAX_JSON_BYTES = 64 << 20
DEFAULT_TOTAL_TIMEOUT = 600.0  # one request, start to finish: a drip of bytes must end some time

T = TypeVar("T")
Sleep = Callable[[float, CancelToken], None]
Files = list[tuple[str, tuple[str, bytes, str]]]


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = 3
    base_delay: float = 1.0  # the first backoff window, doubled each retry
    max_delay: float = 30.0
    max_total: float = 300.0  # no retry starts once this much time would have passed
    max_retry_after: float = 120.0  # a server asking for a longer wait gets none: we give up

    def backoff(self, retry_number: int, rng: Callable[[], float]) -> float:
        """Exponential backoff with full jitter: uniform in [0, window)."""
        return rng() * min(self.max_delay, self.base_delay * 2.0**retry_number)


def wait_or_cancel(delay: float, cancel: CancelToken) -> None:
    cancel.wait(delay)


class HttpsClient:
    """Sends a provider's requests; the subclass says who it is and reads its error answers."""

    request_id_header = "x-request-id"
    unreadable_hint: str = failures.UNREADABLE_HINT
    # Whether a paid request that failed after it was sent (a server error, a timeout, a dropped connection)
    # may be sent again: true where a failed request is never billed, false where the job may already exist.
    resend_paid_after_server_error = True

    def __init__(
        self,
        *,
        service: str,
        base_url: httpx.URL,
        headers: Mapping[str, str],
        address_hint: str,
        environ: Mapping[str, str] | None = None,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        sleep: Sleep = wait_or_cancel,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
        total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
        follow_redirects: bool = False,
        use_env_proxies: bool = True,
    ) -> None:
        # An injected mapping is the whole environment: then nothing (not even proxies) comes from os.environ.
        trust_env = use_env_proxies and (environ is None or environ is os.environ)
        environ = os.environ if environ is None else environ
        if verify is not None and not isinstance(verify, ssl.SSLContext):
            raise TypeError("verify must be an ssl.SSLContext; certificate checks cannot be turned off")
        self.service = service
        self.verify = verify if verify is not None else build_ssl_context(environ)
        self.base_url = base_url
        self.host = base_url.host
        self.address_hint = address_hint
        self.retry = retry or RetryPolicy()
        self.total_timeout = total_timeout
        self._sleep = sleep
        self._clock = clock
        self._rng = rng
        self._http = httpx.Client(
            verify=self.verify,
            transport=transport,
            timeout=timeout or DEFAULT_TIMEOUT,
            # A fresh connection per request: every socket is then seen by the cancel hook.
            limits=httpx.Limits(max_keepalive_connections=0),
            headers={"User-Agent": USER_AGENT, **headers},
            follow_redirects=follow_redirects,
            event_hooks={"request": [_https_only]} if follow_redirects else None,
            trust_env=trust_env,
        )

    def close(self) -> None:
        self._http.close()

    def url(self, path: str) -> httpx.URL:
        """``path`` under the base URL; a full address (a polling URL the provider gave) as it is."""
        if path.startswith("https://") or (path.startswith("http://") and is_loopback(httpx.URL(path).host)):
            return httpx.URL(path)
        return self.base_url.copy_with(raw_path=self.base_url.raw_path + path.lstrip("/").encode())

    def read_error(self, status: int, body: bytes, headers: Mapping[str, str], model: str) -> ProviderError:
        """The provider's reading of a non-2xx answer."""
        raise NotImplementedError

    def request(
        self,
        method: str,
        path: str,
        *,
        cancel: CancelToken,
        handle: Callable[[httpx.Response], T],
        data: Mapping[str, str] | None = None,
        files: Files | None = None,
        json_body: object = None,
        params: Mapping[str, str] | None = None,
        on_retry: Callable[[Retrying], None] | None = None,
        model: str = "",
        paid: bool = False,
        on_phase: Callable[[Phase], None] | None = None,
        phases: Collection[str] = STEPS,
    ) -> T:
        """Send, retrying what is worth retrying, and let ``handle`` read a 2xx answer.

        ``paid``: the request makes something the provider bills for. Once it was sent
        whole, a timeout is not retried: the provider may be working on it already, and
        sending it again could make (and bill) it twice.
        ``on_phase`` hears ``phases`` of each attempt: uploading, waiting, receiving (``phases.py``).
        """
        started = self._clock()
        retries = 0
        content = json.dumps(json_body).encode() if json_body is not None else None
        while True:
            cancel.raise_if_cancelled()
            try:
                built = self._http.build_request(method, self.url(path), data=data, files=files, content=content,
                                                 params=params, headers=self._content_type(content))  # fmt: skip
                return self._attempt(built, path, cancel, handle, model, paid,
                                     PhaseReporter(self.service, on_phase, phases))  # fmt: skip
            except ProviderError as err:
                if cancel.cancelled:  # the failure is the socket we shut ourselves
                    raise CancelledError() from None
                if (paid and not self.resend_paid_after_server_error and err.code != "connect"
                        and err.kind in (ErrorKind.SERVER, ErrorKind.TIMEOUT, ErrorKind.NETWORK)):  # fmt: skip
                    err.retryable = False
                    err.hint = failures.then(err.hint, failures.MAY_BE_BILLED)
                delay = self._retry_delay(err, retries, started)
                if delay is None:
                    log.warning("%s %s failed: %s [%s] %s", method, path, err.kind, err.request_id, err.detail)
                    raise
                retries += 1
                log.warning("%s %s: retry %d in %.2fs after %s: %s", method, path, retries, delay, err.kind, err.detail)
                if on_retry is not None:
                    on_retry(Retrying(retries, delay, failures.in_words(err), err.kind))
                self._sleep(delay, cancel)
                cancel.raise_if_cancelled()

    @staticmethod
    def _content_type(content: bytes | None) -> dict[str, str] | None:
        return {"Content-Type": "application/json"} if content is not None else None

    def _retry_delay(self, err: ProviderError, retries: int, started: float) -> float | None:
        policy = self.retry
        if not err.retryable or retries >= policy.max_retries:
            return None
        if err.retry_after is not None and err.retry_after > policy.max_retry_after:
            return None
        delay = err.retry_after if err.retry_after is not None else policy.backoff(retries, self._rng)
        if self._clock() - started + delay > policy.max_total:
            return None
        return delay

    def _attempt(
        self,
        request: httpx.Request,
        path: str,
        cancel: CancelToken,
        handle: Callable[[httpx.Response], T],
        model: str,
        paid: bool,
        phases: PhaseReporter,
    ) -> T:
        aborter = SocketAborter(cancel)
        request.extensions["trace"] = both(aborter.trace, phases.trace)
        reading_body = False
        # The deadline shuts the socket, as a cancel does, which wakes a read blocked on a drip.
        expired = threading.Event()

        def expire() -> None:
            expired.set()
            aborter.abort()

        deadline = threading.Timer(self.total_timeout, expire)
        deadline.daemon = True
        deadline.start()
        try:
            phases.start(request)
            response = self._http.send(request, stream=True)
            try:
                reading_body = True
                phases.answered(response)
                request_id = response.headers.get(self.request_id_header)
                log.info("%s %s -> HTTP %d, request id %s", request.method, path, response.status_code, request_id)
                if not 200 <= response.status_code < 300:
                    body = read_limited(response, MAX_ERROR_BODY)
                    raise self.read_error(response.status_code, body, response.headers, model)
                return handle(response)
            finally:
                response.close()
        except (httpx.HTTPError, ProviderError) as exc:
            if cancel.cancelled:
                raise CancelledError() from None
            if expired.is_set():
                raise failures.too_long(self.service, self.total_timeout, paid=paid) from exc
            if isinstance(exc, ProviderError):
                raise
            if paid and (
                isinstance(exc, httpx.ReadTimeout) or (reading_body and isinstance(exc, httpx.TransportError))
            ):
                # Sent whole, and answered or still being worked on: sending it again could bill it twice.
                detail = f"{type(exc).__name__}: {exc}"
                broke_off = not isinstance(exc, httpx.TimeoutException)
                raise failures.no_answer_after_sending(self.service, detail=detail, broke_off=broke_off) from exc
            raise failures.from_transport(exc, service=self.service, host=self.host, reading_body=reading_body,
                                          address_hint=self.address_hint) from exc  # fmt: skip
        finally:
            deadline.cancel()
            aborter.release()

    def read_json(self, response: httpx.Response) -> Any:
        limit = MAX_JSON_BYTES
        request_id = response.headers.get(self.request_id_header)
        announced = response.headers.get("content-length", "")
        if announced.isdigit() and int(announced) > limit:
            raise failures.too_big(self.service, int(announced), limit, request_id, hint=self.unreadable_hint)
        body = read_limited(response, limit + 1)
        if len(body) > limit:
            raise failures.too_big(self.service, len(body), limit, request_id, hint=self.unreadable_hint)
        try:
            return json.loads(body)
        except ValueError as err:
            # A complete HTTP message whose JSON stops early: a proxy or server cut the content. An
            # unterminated string (an image's base64, mostly) is reported where it starts, not at the end.
            cut = isinstance(err, json.JSONDecodeError) and (
                err.msg.startswith("Unterminated string") or err.pos >= len(body.rstrip()) - 1
            )
            raise failures.protocol(
                N_("providers", "the answer was cut off") if cut else N_("providers", "malformed JSON"),
                service=self.service,
                request_id=request_id,
                detail=str(err),
                hint=self.unreadable_hint,
            ) from None

    def protocol(self, what: str, request_id: str | None = None, detail: str = "") -> ProviderError:
        """An answer of this provider that cannot be read."""
        return failures.protocol(what, service=self.service, request_id=request_id, detail=detail,
                                 hint=self.unreadable_hint)  # fmt: skip


def _https_only(request: httpx.Request) -> None:
    """A redirect may not leave HTTPS (a link to plain http would expose what is fetched)."""
    if request.url.scheme != "https":
        raise httpx.UnsupportedProtocol(f"refusing to follow a redirect to {request.url.scheme}://")


def read_limited(response: httpx.Response, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            break
    return b"".join(chunks)[:limit]
