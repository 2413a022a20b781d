"""What the local HTTPS test servers (``openai_server``, ``gemini_server``, ``bfl_server``) share.

* ``Recording``: a server's thread-safe state: the recorded requests, the queues of scripted answers,
  the count of failed TLS handshakes and the ``stopping`` event.
* ``TLSServer``: a ``ThreadingHTTPServer`` on 127.0.0.1 that does TLS per connection, in the
  connection's own thread, and takes a client that hangs up as normal.
* ``QuietHandler``: the handlers' common ground (HTTP/1.1, no log lines, the body read, a stall).
* ``serving()``: a throw-away ``trustme`` CA (its PEM in a temporary folder), the servers made with it
  running in daemon threads, and everything stopped and closed afterwards.
"""

from __future__ import annotations

import collections
import socket
import ssl
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol, TypeVar

import trustme

LOCAL_NAMES = ("127.0.0.1", "localhost", "::1")


class Stallable(Protocol):
    client_closed: threading.Event


class Recording:
    """A server's state, safe to share between its connection threads (and between servers)."""

    def __init__(self, default_reply: Callable[[], Any]) -> None:
        self.lock = threading.Lock()
        self.requests: list[Any] = []
        self.replies: dict[str, collections.deque[Any]] = collections.defaultdict(collections.deque)
        self.stopping = threading.Event()
        self.tls_failures = 0
        self._default_reply = default_reply

    def record(self, record: Any) -> None:
        with self.lock:
            self.requests.append(record)

    def recorded(self) -> list[Any]:
        with self.lock:
            return list(self.requests)

    def queue(self, queue_name: str, replies: Iterable[Any]) -> None:
        with self.lock:
            self.replies[queue_name].extend(replies)

    def next_reply(self, queue_name: str) -> Any:
        with self.lock:
            queue = self.replies[queue_name]
            return queue.popleft() if queue else self._default_reply()

    def tls_failed(self) -> None:
        with self.lock:
            self.tls_failures += 1


class TLSServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext, handler: type[BaseHTTPRequestHandler], recording: Recording) -> None:
        super().__init__(("127.0.0.1", 0), handler)
        self.context = context
        self.recording = recording

    def finish_request(self, request: Any, client_address: Any) -> None:
        # Send each write at once, as real API servers do: with Nagle on, a small answer after the TLS set-up
        # waits for the client's delayed ACK (40 ms on Linux), which would be timed as the client's.
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        # TLS per connection, in the connection's own thread: a bad handshake stalls no one else.
        try:
            request = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            self.recording.tls_failed()
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


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 and no log lines; GET and POST go to ``_serve``."""

    protocol_version = "HTTP/1.1"
    server: TLSServer
    default_headers: tuple[tuple[str, str], ...] = ()  # ``_send`` puts these before an answer's own

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def _serve(self) -> None:
        raise NotImplementedError

    def _read_body(self) -> bytes:
        length = int(self.headers.get("content-length") or 0)
        return self.rfile.read(length) if length else b""

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str], length: int | None = None
    ) -> None:
        """One whole answer with a Content-Length (``length``: announce another than the body's)."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in (*self.default_headers, *headers.items()):
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.wfile.flush()

    def _stall(self, record: Stallable, seconds: float) -> None:
        """Wait for the client to hang up (recorded), for ``seconds``, or for the server to stop."""
        self.close_connection = True
        deadline = time.monotonic() + seconds
        self.connection.settimeout(0.02)
        while time.monotonic() < deadline and not self.server.recording.stopping.is_set():
            try:
                if self.connection.recv(1) == b"":
                    break
            except TimeoutError:
                continue
            except (OSError, ssl.SSLError):
                break
        else:
            return
        record.client_closed.set()


class TLSTestServer:
    """What every test server offers a test: the CA, the recorded requests, the failed handshakes."""

    def __init__(self, recording: Recording, ca: trustme.CA, ca_pem_path: Path) -> None:
        self._recording = recording
        self.ca = ca
        self.ca_pem_path = ca_pem_path

    @property
    def requests(self) -> list[Any]:
        """Every request, in order, rejected ones too."""
        return self._recording.recorded()

    @property
    def tls_failures(self) -> int:
        return self._recording.tls_failures

    def client_ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_pem_path))


def tls_context(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    """A server context with a certificate from ``ca`` for ``names``."""
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(*names).configure_cert(context)
    return context


S = TypeVar("S", bound=TLSServer)


@contextmanager
def serving(prefix: str, build: Callable[[trustme.CA], list[S]]) -> Iterator[tuple[list[S], trustme.CA, Path]]:
    """The servers ``build`` makes with a throw-away CA, running; the CA and its PEM file (in a folder named
    ``prefix…``). On the way out: ``stopping`` is set, each server shut down and closed, its thread joined."""
    ca = trustme.CA()
    with tempfile.TemporaryDirectory(prefix=prefix) as folder:
        ca_pem = Path(folder) / "test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_pem))
        servers = build(ca)
        threads = [
            threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True) for s in servers
        ]
        for thread in threads:
            thread.start()
        try:
            yield servers, ca, ca_pem
        finally:
            for server in servers:
                server.recording.stopping.set()
            for server in servers:
                server.shutdown()
                server.server_close()
            for thread in threads:
                thread.join(timeout=5)
