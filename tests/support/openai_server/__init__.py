"""A real HTTPS server speaking the parts of OpenAI's API the app uses.

TLS with a throw-away CA from ``trustme``, on 127.0.0.1, one thread per
connection. ``POST /v1/images/edits`` parses the multipart body for real (the
stdlib ``email`` parser) and answers with real images made by Pillow, as JSON
or as server-sent events, depending on the ``stream`` field it received.
``script()`` queues other answers: errors, dropped or cut-off connections,
malformed data, stalls. Every request is recorded for the test to inspect.
``pacing=Pacing(seconds)`` gives every image a fixed latency, previews at known times
(benchmarks); off by default.

    with openai_server() as server:
        server.script(Reply.error(429, "rate_limit_exceeded", headers={"retry-after": "0"}))
        ...  # point the client at server.base_url, trusting server.ca_pem_path
        assert len(server.requests_to("edits")) == 2
"""

from __future__ import annotations

import collections
import ssl
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trustme

from tests.support.openai_server.handler import _Handler
from tests.support.openai_server.replies import (
    API_KEY,
    DEFAULT_MODELS,
    OUTPUT_TOKENS,
    Pacing,
    RecordedRequest,
    Reply,
    Sent,
    UploadedFile,
    b64,
    make_image,
)

__all__ = [
    "API_KEY",
    "DEFAULT_MODELS",
    "OUTPUT_TOKENS",
    "OpenAITestServer",
    "Pacing",
    "b64",
    "RecordedRequest",
    "Reply",
    "Sent",
    "UploadedFile",
    "make_image",
    "openai_server",
]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext, api_key: str, pacing: Pacing | None = None) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.api_key = api_key
        self.pacing = pacing
        self.models: list[dict[str, Any]] = [dict(m) for m in DEFAULT_MODELS]
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

    def shutdown_request(self, request: Any) -> None:
        with suppress(OSError, ValueError):
            super().shutdown_request(request)

    def record(self, record: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(record)

    def request_count(self) -> int:
        with self._lock:
            return len(self.requests)

    def next_reply(self, endpoint: str) -> Reply:
        with self._lock:
            queue = self.replies[endpoint]
            return queue.popleft() if queue else Reply.ok()


class OpenAITestServer:
    """What a test talks to: addresses, the CA, the scripted answers, the recorded requests."""

    def __init__(self, server: _Server, ca: trustme.CA, ca_pem_path: Path) -> None:
        self._server = server
        self.ca = ca
        self.ca_pem_path = ca_pem_path
        self.api_key = server.api_key
        self.port = server.server_address[1]
        self.base_url = f"https://127.0.0.1:{self.port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        with self._server._lock:
            return list(self._server.requests)

    def requests_to(self, endpoint: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.split("?")[0] == f"/v1/{endpoint.lstrip('/')}"]

    @property
    def models(self) -> list[dict[str, Any]]:
        return self._server.models

    @models.setter
    def models(self, models: list[dict[str, Any]]) -> None:
        self._server.models = models

    @property
    def pacing(self) -> Pacing | None:
        """The fixed latency of edits answers (None: answer at once); may be changed between requests."""
        return self._server.pacing

    @pacing.setter
    def pacing(self, pacing: Pacing | None) -> None:
        self._server.pacing = pacing

    @property
    def tls_failures(self) -> int:
        return self._server.tls_failures

    def script(self, *replies: Reply, endpoint: str = "images/edits") -> None:
        """Queue answers for the next requests to ``endpoint``; then it answers normally again."""
        with self._server._lock:
            self._server.replies[endpoint.lstrip("/")].extend(replies)

    def client_ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_pem_path))

    def environ(self) -> dict[str, str]:
        """Environment variables that point the app (or a subprocess) at this server."""
        return {
            "OPENAI_API_KEY": self.api_key,
            "OPENAI_BASE_URL": self.base_url,
            "SSL_CERT_FILE": str(self.ca_pem_path),
        }


@contextmanager
def openai_server(api_key: str = API_KEY, pacing: Pacing | None = None) -> Iterator[OpenAITestServer]:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost", "::1").configure_cert(context)
    with tempfile.TemporaryDirectory(prefix="openai-server-") as folder:
        ca_pem = Path(folder) / "test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_pem))
        server = _Server(context, api_key, pacing)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield OpenAITestServer(server, ca, ca_pem)
        finally:
            server.stopping.set()
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
