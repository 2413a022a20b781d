"""A real HTTPS server speaking the parts of Google's Gemini API (the Developer API) the app uses.

TLS with a throw-away CA from ``trustme``, on 127.0.0.1, one thread per connection. Both API
versions are served (``/v1`` and ``/v1beta``):

* ``GET /{version}/models`` (paged: ``pageSize``, ``pageToken``, ``nextPageToken``) and ``GET /{version}/models/{id}``;
* ``POST /{version}/models/{model}:generateContent``, checked the way Google checks it: proto3 JSON
  (camelCase or snake_case names, unknown names refused, base64 standard or URL-safe, padded or not),
  real input images (Pillow opens them), ``responseModalities`` with IMAGE, the model's aspect ratios
  and image sizes. The answer carries a real PNG of the size Gemini would make;
* ``POST /{version}/models/{model}:streamGenerateContent?alt=sse``: the same answer as server-sent
  events, one part per event (the image whole, in one big event).

The key must come in the ``x-goog-api-key`` header; a wrong or missing one gets Google's
400 INVALID_ARGUMENT with ErrorInfo reason API_KEY_INVALID, and ``?key=`` in the URL is refused
(the app must never put the key where logs see it). Bad requests are answered before any
scripted reply is used. ``script()`` queues other answers: refusals, blocks, errors, dropped or
cut-off connections, malformed data, stalls. Every request is recorded for the test to inspect.

    with gemini_server() as server:
        server.script(Reply.rate_limited(retry_delay="0.05s"))
        ...  # point the client at server.base_url, trusting server.ca_pem_path
        assert len(server.generate_requests()) == 2
"""

from __future__ import annotations

import collections
import copy
import ssl
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trustme

from tests.support.gemini_server.handler import _Handler
from tests.support.gemini_server.replies import (
    API_KEY,
    ASPECT_RATIOS,
    DEFAULT_MODELS,
    GEMINI_3_ASPECT_RATIOS,
    IMAGE_SIZES,
    IMAGE_TOKENS,
    INPUT_IMAGE_TOKENS,
    SIZES_1K,
    RecordedRequest,
    Reply,
    b64,
    image_size_for,
    make_png,
    rpc_error,
)

__all__ = [
    "API_KEY",
    "ASPECT_RATIOS",
    "DEFAULT_MODELS",
    "GEMINI_3_ASPECT_RATIOS",
    "GeminiTestServer",
    "IMAGE_SIZES",
    "IMAGE_TOKENS",
    "INPUT_IMAGE_TOKENS",
    "RecordedRequest",
    "Reply",
    "SIZES_1K",
    "b64",
    "gemini_server",
    "image_size_for",
    "make_png",
    "rpc_error",
]

GENERATE_METHODS = (":generateContent", ":streamGenerateContent")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext, api_key: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.api_key = api_key
        self.models: list[dict[str, Any]] = copy.deepcopy(DEFAULT_MODELS)
        self.page_size = 2
        self.requests: list[RecordedRequest] = []
        self.replies: dict[str, collections.deque[Reply]] = collections.defaultdict(collections.deque)
        self.stopping = threading.Event()
        self.tls_failures = 0
        self._lock = threading.Lock()

    def finish_request(self, request: Any, client_address: Any) -> None:
        # TLS per connection, in the connection's own thread: a bad handshake stalls no one else.
        try:
            request = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            with self._lock:
                self.tls_failures += 1
            return
        try:
            super().finish_request(request, client_address)
        except (ConnectionError, ssl.SSLError, OSError, ValueError):
            pass  # the client went away: that is what several tests do on purpose
        finally:
            with suppress(OSError, ValueError):
                request.close()

    def shutdown_request(self, request: Any) -> None:
        with suppress(OSError, ValueError):
            super().shutdown_request(request)

    def record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)

    def next_reply(self, queue_name: str) -> Reply:
        with self._lock:
            queue = self.replies[queue_name]
            return queue.popleft() if queue else Reply.ok()


class GeminiTestServer:
    """What a test talks to: addresses, the CA, the scripted answers, the recorded requests."""

    def __init__(self, server: _Server, ca: trustme.CA, ca_pem_path: Path) -> None:
        self._server = server
        self.ca = ca
        self.ca_pem_path = ca_pem_path
        self.api_key = server.api_key
        self.port = server.server_address[1]
        self.base_url = f"https://127.0.0.1:{self.port}"  # the root: clients add /v1/… or /v1beta/…

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._server._lock:
            return list(self._server.requests)

    def generate_requests(self) -> list[RecordedRequest]:
        """The requests to ``:generateContent`` (and ``:streamGenerateContent``), in order, rejected ones too."""
        return [r for r in self.requests if r.path.endswith(GENERATE_METHODS)]

    @property
    def models(self) -> list[dict[str, Any]]:
        """The models ``GET /{version}/models`` lists; generateContent only knows these."""
        return self._server.models

    @models.setter
    def models(self, models: list[dict[str, Any]]) -> None:
        self._server.models = models

    @property
    def page_size(self) -> int:
        """Models per page when the client asks for none (small, so that paging is exercised)."""
        return self._server.page_size

    @page_size.setter
    def page_size(self, size: int) -> None:
        self._server.page_size = size

    @property
    def tls_failures(self) -> int:
        return self._server.tls_failures

    @property
    def stopping(self) -> threading.Event:
        return self._server.stopping

    def script(self, *replies: Reply) -> None:
        """Queue answers for the next valid generateContent requests; then it answers ``Reply.ok()`` again."""
        with self._server._lock:
            self._server.replies["generate"].extend(replies)

    def script_models(self, *replies: Reply) -> None:
        """Queue answers for the next ``GET /{version}/models`` requests (``Reply.ok()``: the real list)."""
        with self._server._lock:
            self._server.replies["models"].extend(replies)

    def client_ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_pem_path))

    def environ(self) -> dict[str, str]:
        """Environment variables that point the app (or a subprocess) at this server."""
        return {
            "GEMINI_API_KEY": self.api_key,
            "GOOGLE_GEMINI_BASE_URL": self.base_url,
            "SSL_CERT_FILE": str(self.ca_pem_path),
        }


@contextmanager
def gemini_server(api_key: str = API_KEY) -> Iterator[GeminiTestServer]:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost", "::1").configure_cert(context)
    with tempfile.TemporaryDirectory(prefix="gemini-server-") as folder:
        ca_pem = Path(folder) / "test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_pem))
        server = _Server(context, api_key)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield GeminiTestServer(server, ca, ca_pem)
        finally:
            server.stopping.set()
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
