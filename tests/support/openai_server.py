"""A real HTTPS server speaking the parts of OpenAI's API the app uses.

TLS with a throw-away CA from ``trustme``, on 127.0.0.1, one thread per
connection. ``POST /v1/images/edits`` parses the multipart body for real (the
stdlib ``email`` parser) and answers with real images made by Pillow, as JSON
or as server-sent events, depending on the ``stream`` field it received.
``script()`` queues other answers: errors, dropped or cut-off connections,
malformed data, stalls. Every request is recorded for the test to inspect.

    with openai_server() as server:
        server.script(Reply.error(429, "rate_limit_exceeded", headers={"retry-after": "0"}))
        ...  # point the client at server.base_url, trusting server.ca_pem_path
        assert len(server.requests_to("edits")) == 2
"""

from __future__ import annotations

import base64
import collections
import email.parser
import email.policy
import functools
import io
import json
import os
import socket
import ssl
import struct
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import trustme
from PIL import Image

API_KEY = "sk-test-" + "Zq7" * 16
IMAGE_FIELDS = ("image", "image[]")
USAGE = {"input_tokens": 1510, "input_tokens_details": {"text_tokens": 310, "image_tokens": 1200}}
OUTPUT_TOKENS = 1372  # per image
DEFAULT_MODELS = [
    {"id": "gpt-image-1", "object": "model", "created": 1745000000, "owned_by": "system",
     "shutdown_date": "2026-10-23"},
    {"id": "gpt-image-1-mini", "object": "model", "created": 1759000000, "owned_by": "system"},
    {"id": "gpt-image-1.5", "object": "model", "created": 1765000000, "owned_by": "system"},
    {"id": "gpt-image-2", "object": "model", "created": 1776700000, "owned_by": "system"},
    {"id": "gpt-4.1", "object": "model", "created": 1777000000, "owned_by": "system"},
]


@dataclass
class UploadedFile:
    field: str
    filename: str | None
    content_type: str
    data: bytes


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: list[UploadedFile] = field(default_factory=list)
    client_closed: threading.Event = field(default_factory=threading.Event)  # seen while stalled

    def field(self, name: str) -> str | None:
        values = self.fields.get(name)
        return values[0] if values else None

    @property
    def images(self) -> list[UploadedFile]:
        return [f for f in self.files if f.field in IMAGE_FIELDS]


@dataclass
class Reply:
    """One scripted answer. Build it with the class methods."""

    action: str = "ok"
    status: int = 200
    payload: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    after: int = 0  # previews sent before the action happens (-1: before the headers)
    after_images: int = 0  # stream_error: final images sent before it
    seconds: float = 30.0

    @classmethod
    def ok(cls, headers: dict[str, str] | None = None) -> Reply:
        return cls(headers=headers or {})

    @classmethod
    def error(cls, status: int, code: str | None = None, message: str = "Something went wrong.",
              type: str = "invalid_request_error", headers: dict[str, str] | None = None) -> Reply:
        body = {"error": {"message": message, "type": type, "param": None, "code": code}}
        return cls("error", status, body, headers or {})

    @classmethod
    def drop(cls, after_partials: int | None = 1) -> Reply:
        """Reset the connection (TCP RST) part-way through the answer (None: before any answer).

        Over TLS the client sees the body's framing end early; JSON answers are cut in half.
        """
        return cls("drop", after=-1 if after_partials is None else after_partials)

    @classmethod
    def truncated(cls, after_partials: int = 1) -> Reply:
        """A complete HTTP answer whose content stops early (half a JSON document, half an event)."""
        return cls("truncated", after=after_partials)

    @classmethod
    def malformed_json(cls) -> Reply:
        return cls("malformed")

    @classmethod
    def bad_base64(cls) -> Reply:
        return cls("bad_base64")

    @classmethod
    def stall(cls, seconds: float = 30.0, after_partials: int | None = None) -> Reply:
        """Say nothing (or stop after some previews) until the client hangs up or ``seconds`` pass."""
        return cls("stall", seconds=seconds, after=-1 if after_partials is None else after_partials)

    @classmethod
    def stream_error(cls, after_partials: int = 1, code: str = "image_generation_failed",
                     message: str = "Image generation failed.", after_images: int = 0) -> Reply:
        error = {"type": "image_generation_server_error", "code": code, "message": message}
        return cls("stream_error", payload={"type": "error", "error": error}, after=after_partials,
                   after_images=after_images)

    @classmethod
    def raw_stream(cls, text: str) -> Reply:
        """Send this exact text as the event stream."""
        return cls("raw_stream", payload=text)


@functools.lru_cache(maxsize=64)
def make_image(size: str, output_format: str, shade: int) -> bytes:
    width, height = (int(v) for v in size.split("x")) if "x" in size else (1024, 1536)
    buffer = io.BytesIO()
    colour = (40 + shade * 37 % 200, 90, 160)
    Image.new("RGB", (width, height), colour).save(buffer, {"jpeg": "JPEG", "webp": "WEBP"}.get(output_format, "PNG"))
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    # -- request side ---------------------------------------------------------
    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length) if length else b""
        record = RecordedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
        if self.headers.get_content_type() == "multipart/form-data":
            self._parse_multipart(body, record)
        self.server.record(record)
        endpoint = self.path.split("?")[0].removeprefix("/v1/")
        if self.headers.get("authorization") != f"Bearer {self.server.api_key}":
            masked = (self.headers.get("authorization") or "")[-4:]
            reply = Reply.error(401, "invalid_api_key", f"Incorrect API key provided: sk-****{masked}.")
        else:
            reply = self.server.next_reply(endpoint)
        if reply.action == "error":
            return self._send_json(reply.payload, reply.status, reply.headers)
        if endpoint == "models":
            return self._send_json({"object": "list", "data": self.server.models})
        if endpoint != "images/edits":
            return self._send_json({"error": {"message": "Not found", "type": "invalid_request_error"}}, 404)
        if reply.action == "stall" and reply.after < 0:
            return self._stall(record, reply.seconds)
        if reply.action == "drop" and reply.after < 0:
            return self._reset(settle=0)
        if record.field("stream") == "true" or reply.action == "raw_stream":
            return self._stream(record, reply)
        self._json_images(record, reply)

    def _parse_multipart(self, body: bytes, record: RecordedRequest) -> None:
        head = f"Content-Type: {self.headers['content-type']}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            data = part.get_payload(decode=True) or b""
            if part.get_filename() is not None:
                record.files.append(UploadedFile(name, part.get_filename(), part.get_content_type(), data))
            else:
                record.fields.setdefault(name, []).append(data.decode("utf-8"))

    # -- answers ------------------------------------------------------------------
    def _headers(self, status: int, content_type: str, extra: dict[str, str], length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("x-request-id", f"req_test_{self.server.request_count()}")
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header("Content-Length" if length is not None else "Transfer-Encoding",
                         str(length) if length is not None else "chunked")
        self.end_headers()

    def _send_json(self, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self._headers(status, "application/json", headers or {}, len(body))
        self.wfile.write(body)

    def _images(self, record: RecordedRequest) -> list[bytes]:
        n = int(record.field("n") or 1)
        size, fmt = record.field("size") or "1024x1536", record.field("output_format") or "png"
        return [make_image(size, fmt, i) for i in range(n)]

    def _json_images(self, record: RecordedRequest, reply: Reply) -> None:
        images = self._images(record)
        data = [{"b64_json": "@@not*base64@@" if reply.action == "bad_base64" else b64(img)} for img in images]
        usage = {**USAGE, "output_tokens": OUTPUT_TOKENS * len(images)}
        body = json.dumps({"created": int(time.time()), "data": data, "usage": usage,
                           "output_format": record.field("output_format") or "png"}).encode()
        if reply.action == "malformed":
            body = b'{"created": 1, "data": [not json at all]}'
        if reply.action == "truncated":
            body = body[: len(body) // 2]
        self._headers(200, "application/json", reply.headers, len(body))
        if reply.action == "drop":
            self.wfile.write(body[: len(body) // 2])
            return self._reset()
        self.wfile.write(body)

    def _chunk(self, text: str) -> None:
        data = text.encode()
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def _event(self, payload: dict[str, Any]) -> None:
        self._chunk(f"event: {payload.get('type', 'message')}\ndata: {json.dumps(payload)}\n\n")

    def _stream(self, record: RecordedRequest, reply: Reply) -> None:
        self._headers(200, "text/event-stream", reply.headers)
        if reply.action == "raw_stream":
            self._chunk(reply.payload)
            return self.wfile.write(b"0\r\n\r\n")
        self._chunk(": keep-alive\n\n")
        partials = int(record.field("partial_images") or 0)
        total_partials = 0

        def breaks_here(done: int, of_this_image: int) -> bool:
            if reply.action == "stream_error":
                return done == reply.after_images and of_this_image == reply.after
            return reply.action in ("drop", "stall", "truncated") and total_partials == reply.after

        for index, image in enumerate(self._images(record)):
            for p in range(partials):
                if breaks_here(index, p):
                    return self._break_stream(record, reply)
                preview = make_image("64x96", record.field("output_format") or "png", 10 + p)
                self._event({"type": "image_edit.partial_image", "b64_json": b64(preview),
                             "partial_image_index": p, "created_at": int(time.time())})
                total_partials += 1
            if breaks_here(index, partials):
                return self._break_stream(record, reply)
            if reply.action == "malformed":
                self._chunk('data: {"type": "image_edit.completed", "b64_json": \n\n')
                continue
            encoded = "%%%" if reply.action == "bad_base64" else b64(image)
            usage = {**USAGE, "output_tokens": OUTPUT_TOKENS, "total_tokens": USAGE["input_tokens"] + OUTPUT_TOKENS}
            self._event({"type": "image_edit.completed", "b64_json": encoded, "usage": usage,
                         "size": record.field("size"), "created_at": int(time.time())})
        if reply.action in ("drop", "stall", "truncated", "stream_error"):
            return self._break_stream(record, reply)
        self._chunk("data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")

    def _break_stream(self, record: RecordedRequest, reply: Reply) -> None:
        if reply.action == "drop":
            return self._reset()
        if reply.action == "stall":
            return self._stall(record, reply.seconds)
        if reply.action == "stream_error":
            self._event(reply.payload)
            self._chunk("data: [DONE]\n\n")
            self.wfile.write(b"0\r\n\r\n")
            return None
        # truncated: half an event, then a proper end of the HTTP body
        self._chunk('data: {"type": "image_edit.completed", "b64_json": "iVBORw0KGgo')
        self.wfile.write(b"0\r\n\r\n")
        return None

    # -- connection tricks -------------------------------------------------------
    def _reset(self, settle: float = 0.1) -> None:
        """Abortive close (TCP RST, no TLS goodbye): the client sees a reset, not a clean end."""
        self.close_connection = True
        time.sleep(settle)  # let the client read what was sent: a reset throws away unread data
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        os.close(socket.socket.detach(self.connection))

    def _stall(self, record: RecordedRequest, seconds: float) -> None:
        """Wait for the client to hang up (recorded), for ``seconds``, or for the server to stop."""
        self.close_connection = True
        deadline = time.monotonic() + seconds
        self.connection.settimeout(0.02)
        while time.monotonic() < deadline and not self.server.stopping.is_set():
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


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, context: ssl.SSLContext, api_key: str) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.api_key = api_key
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
        return {"OPENAI_API_KEY": self.api_key, "OPENAI_BASE_URL": self.base_url,
                "SSL_CERT_FILE": str(self.ca_pem_path)}


@contextmanager
def openai_server(api_key: str = API_KEY) -> Iterator[OpenAITestServer]:
    ca = trustme.CA()
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1", "localhost", "::1").configure_cert(context)
    with tempfile.TemporaryDirectory(prefix="openai-server-") as folder:
        ca_pem = Path(folder) / "test-ca.pem"
        ca.cert_pem.write_to_path(str(ca_pem))
        server = _Server(context, api_key)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        try:
            yield OpenAITestServer(server, ca, ca_pem)
        finally:
            server.stopping.set()
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
