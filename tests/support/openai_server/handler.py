"""The request handler: parses each request for real and answers as OpenAI would, or as scripted."""

from __future__ import annotations

import dataclasses
import email.parser
import email.policy
import json
import os
import socket
import struct
import time
from typing import TYPE_CHECKING, Any

from tests.support.openai_server.limits import rate_limit_exceeded
from tests.support.openai_server.replies import (
    OUTPUT_TOKENS,
    USAGE,
    MiB,
    RecordedRequest,
    Reply,
    Sent,
    UploadedFile,
    b64,
    make_image,
)
from tests.support.tls_server import QuietHandler

if TYPE_CHECKING:
    from tests.support.openai_server import _Server

# Hostile answers (see the Reply class methods of the same names); each is bounded and stops by itself.
HOSTILE = ("endless_line", "endless_event", "endless_previews", "drip", "huge_json")
# A client that stops reading but keeps the socket open must not hold a server thread for ever.
SEND_TIMEOUT = 5.0


class _Handler(QuietHandler):
    server: _Server
    record: RecordedRequest  # the request being answered

    # -- request side ---------------------------------------------------------
    def parse_request(self) -> bool:
        # The request line has just been read, so the request's first byte is here (its headers came with it).
        self.first_byte_at = time.monotonic()
        return super().parse_request()

    def _serve(self) -> None:
        body = self._read_body()
        record = RecordedRequest(self.command, self.path, {k.lower(): v for k, v in self.headers.items()})
        record.first_byte_at, record.received_at = self.first_byte_at, time.monotonic()
        if self.headers.get_content_type() == "multipart/form-data":
            self._parse_multipart(body, record)
        self.server.record(record)
        self.record = record
        try:
            self._answer(record)
        finally:
            record.answered_at = time.monotonic()  # the answer's last byte was handed to the socket

    def _answer(self, record: RecordedRequest) -> None:
        endpoint = self.path.split("?")[0].removeprefix("/v1/")
        if self.headers.get("authorization") != f"Bearer {self.server.api_key}":
            masked = (self.headers.get("authorization") or "")[-4:]
            reply = Reply.error(401, "invalid_api_key", f"Incorrect API key provided: sk-****{masked}.")
        elif endpoint == "images/edits":
            reply = self._edits_reply(record)
        else:
            reply = self.server.next_reply(endpoint)
        if reply.action == "error":
            return self._send_json(reply.payload, reply.status, reply.headers)
        if endpoint == "models":
            return self._send_json({"object": "list", "data": self.server.models})
        if endpoint != "images/edits":
            return self._send_json({"error": {"message": "Not found", "type": "invalid_request_error"}}, 404)
        if reply.action in HOSTILE:
            return self._hostile(record, reply)
        if reply.action == "stall" and reply.after < 0:
            return self._stall(record, reply.seconds)
        if reply.action == "drop" and reply.after < 0:
            return self._reset(settle=0)
        if record.field("stream") == "true" or reply.action == "raw_stream":
            return self._stream(record, reply)
        self._json_images(record, reply)

    def _edits_reply(self, record: RecordedRequest) -> Reply:
        """The rate limit first (a request past it reaches nothing else), then the rules, then the script."""
        limit = self.server.rate_limit
        verdict = self.server.window.admit(limit) if limit is not None else None
        if verdict is not None and not verdict.admitted:
            return rate_limit_exceeded(limit, verdict, record.field("model") or "")  # type: ignore[arg-type]
        reply = self.server.reply_by_rules(record) or self.server.next_reply("images/edits")
        if verdict is not None:  # OpenAI tells where the client stands on every answer
            reply = dataclasses.replace(reply, headers={**verdict.headers, **reply.headers})
        return reply

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
        self.record.status = status
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("x-request-id", f"req_test_{self.server.request_count()}")
        for name, value in extra.items():
            self.send_header(name, value)
        self.send_header(
            "Content-Length" if length is not None else "Transfer-Encoding",
            str(length) if length is not None else "chunked",
        )
        self.end_headers()

    def _send_json(self, payload: Any, status: int = 200, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(payload).encode()
        self._headers(status, "application/json", headers or {}, len(body))
        self.wfile.write(body)

    def _images(self, record: RecordedRequest) -> list[bytes]:
        n = int(record.field("n") or 1)
        size, fmt = record.field("size") or "1024x1536", record.field("output_format") or "png"
        # Each request makes images of its own (variants are separate requests), as a real model does.
        first = 3 * self.server.requests.index(record)
        return [make_image(size, fmt, first + i) for i in range(n)]

    def _paced_until(self, record: RecordedRequest, seconds: float) -> None:
        """With pacing on, wait until ``seconds`` after the request was read (or the server stops)."""
        if self.server.pacing is not None:
            self.server.stopping.wait(max(0.0, record.received_at + seconds - time.monotonic()))

    def _sent(self, record: RecordedRequest, kind: str, index: int, data: bytes, at: float) -> None:
        record.sent.append(Sent(kind, index, at, data))

    def _json_images(self, record: RecordedRequest, reply: Reply) -> None:
        images = self._images(record)
        pacing = self.server.pacing
        self._paced_until(record, pacing.seconds * len(images) if pacing else 0)
        data = [{"b64_json": "@@not*base64@@" if reply.action == "bad_base64" else b64(img)} for img in images]
        usage = {**USAGE, "output_tokens": OUTPUT_TOKENS * len(images)}
        body = json.dumps(
            {
                "created": int(time.time()),
                "data": data,
                "usage": usage,
                "output_format": record.field("output_format") or "png",
            }
        ).encode()
        if reply.action == "malformed":
            body = b'{"created": 1, "data": [not json at all]}'
        if reply.action == "truncated":
            body = body[: len(body) // 2]
        sending = time.monotonic()
        self._headers(200, "application/json", reply.headers, len(body))
        if reply.action == "drop":
            self.wfile.write(body[: len(body) // 2])
            return self._reset()
        self.wfile.write(body)
        for index, image in enumerate(images):
            self._sent(record, "completed", index, image, sending)

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
        pacing = self.server.pacing
        # Paced previews are each request's own images, so a client can match them by their bytes.
        shade = 100 + 4 * self.server.requests.index(record) if pacing else 10

        def breaks_here(done: int, of_this_image: int) -> bool:
            if reply.action == "stream_error":
                return done == reply.after_images and of_this_image == reply.after
            return reply.action in ("drop", "stall", "truncated") and total_partials == reply.after

        for index, image in enumerate(self._images(record)):
            began = index * pacing.seconds if pacing else 0.0
            for p in range(partials):
                if breaks_here(index, p):
                    return self._break_stream(record, reply)
                preview = make_image("64x96", record.field("output_format") or "png", shade + p)
                self._paced_until(record, began + (pacing.preview_at(p, partials) if pacing else 0))
                sending = time.monotonic()
                self._event(
                    {
                        "type": "image_edit.partial_image",
                        "b64_json": b64(preview),
                        "partial_image_index": p,
                        "created_at": int(time.time()),
                    }
                )
                self._sent(record, "partial", p, preview, sending)
                total_partials += 1
            if breaks_here(index, partials):
                return self._break_stream(record, reply)
            self._paced_until(record, began + (pacing.seconds if pacing else 0))
            if reply.action == "malformed":
                self._chunk('data: {"type": "image_edit.completed", "b64_json": \n\n')
                continue
            encoded = "%%%" if reply.action == "bad_base64" else b64(image)
            usage = {**USAGE, "output_tokens": OUTPUT_TOKENS, "total_tokens": USAGE["input_tokens"] + OUTPUT_TOKENS}
            sending = time.monotonic()
            self._event(
                {
                    "type": "image_edit.completed",
                    "b64_json": encoded,
                    "usage": usage,
                    "size": record.field("size"),
                    "created_at": int(time.time()),
                }
            )
            self._sent(record, "completed", index, image, sending)
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

    # -- hostile answers -----------------------------------------------------------
    def _hostile(self, record: RecordedRequest, reply: Reply) -> None:
        self.close_connection = True
        self.connection.settimeout(SEND_TIMEOUT)
        try:
            getattr(self, f"_{reply.action}")(record, reply)
        except TimeoutError:
            return  # the client stopped reading but did not hang up: give up
        except (OSError, ValueError):  # ssl.SSLError is an OSError
            record.client_closed.set()  # the client hung up: what a client that refuses early does
        finally:
            record.answered.set()

    def _body(self, record: RecordedRequest, data: bytes, chunked: bool = True) -> None:
        """Send part of the answer's body and count it once the client's socket has taken it."""
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n" if chunked else data)
        record.body_bytes_sent += len(data)

    def _give_up(self) -> bool:
        return self.server.stopping.is_set()

    def _client_left(self, seconds: float) -> bool:
        """Wait ``seconds``; True as soon as the client hangs up (or the server stops)."""
        deadline = time.monotonic() + seconds
        self.connection.settimeout(0.02)
        try:
            while time.monotonic() < deadline:
                if self._give_up():
                    return True
                try:
                    if self.connection.recv(1) == b"":
                        return True
                except TimeoutError:
                    continue
                except OSError:
                    return True
            return False
        finally:
            self.connection.settimeout(SEND_TIMEOUT)

    def _endless_line(self, record: RecordedRequest, reply: Reply) -> None:
        self._headers(200, "text/event-stream", reply.headers)
        self._body(record, b'event: image_edit.completed\ndata: {"type": "image_edit.completed", "b64_json": "')
        filler = b"A" * MiB
        while record.body_bytes_sent < reply.limit and not self._give_up():
            self._body(record, filler)
        self.wfile.write(b"0\r\n\r\n")

    def _endless_event(self, record: RecordedRequest, reply: Reply) -> None:
        self._headers(200, "text/event-stream", reply.headers)
        self._body(record, b"event: image_edit.completed\n")
        line = b"data: " + b"A" * reply.line + b"\n"
        while record.body_bytes_sent < reply.limit and not self._give_up():
            self._body(record, line)
        self.wfile.write(b"0\r\n\r\n")

    def _endless_previews(self, record: RecordedRequest, reply: Reply) -> None:
        self._headers(200, "text/event-stream", reply.headers)
        output_format = record.field("output_format") or "png"
        for index in range(reply.limit):
            if self._give_up():
                return
            preview = make_image("64x96", output_format, 10 + index % 4)
            payload = {
                "type": "image_edit.partial_image",
                "b64_json": b64(preview),
                "partial_image_index": index,
                "created_at": int(time.time()),
            }
            self._body(record, f"event: image_edit.partial_image\ndata: {json.dumps(payload)}\n\n".encode())
            record.events_sent += 1
        self._body(record, b"data: [DONE]\n\n")
        self.wfile.write(b"0\r\n\r\n")

    def _drip(self, record: RecordedRequest, reply: Reply) -> None:
        streamed = record.field("stream") == "true"
        self._headers(200, "text/event-stream" if streamed else "application/json", reply.headers)
        filler = b":\n" if streamed else b" \n"
        for index in range(reply.after):
            self._body(record, filler[index % 2 :][:1])
            if self._client_left(reply.interval):
                if not self._give_up():
                    record.client_closed.set()
                return
        images = self._images(record)
        output_format = record.field("output_format") or "png"
        usage = {**USAGE, "output_tokens": OUTPUT_TOKENS}
        if streamed:
            for image in images:
                event = {
                    "type": "image_edit.completed",
                    "b64_json": b64(image),
                    "usage": usage,
                    "size": record.field("size"),
                    "created_at": int(time.time()),
                }
                self._body(record, f"event: image_edit.completed\ndata: {json.dumps(event)}\n\n".encode())
            self._body(record, b"data: [DONE]\n\n")
        else:
            answer = {
                "created": int(time.time()),
                "data": [{"b64_json": b64(img)} for img in images],
                "usage": {**usage, "output_tokens": OUTPUT_TOKENS * len(images)},
                "output_format": output_format,
            }
            self._body(record, json.dumps(answer).encode())
        self.wfile.write(b"0\r\n\r\n")

    def _huge_json(self, record: RecordedRequest, reply: Reply) -> None:
        chunked = reply.announce is None
        self._headers(200, "application/json", reply.headers, reply.announce)
        self._body(record, b'{"created": 1, "data": [{"b64_json": "', chunked)
        filler = b"A" * MiB
        while record.body_bytes_sent < reply.limit and not self._give_up():
            self._body(record, filler, chunked)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")
        else:
            self._reset()  # the announced length cannot be met

    # -- connection tricks -------------------------------------------------------
    def _reset(self, settle: float = 0.1) -> None:
        """Abortive close (TCP RST, no TLS goodbye): the client sees a reset, not a clean end."""
        self.close_connection = True
        time.sleep(settle)  # let the client read what was sent: a reset throws away unread data
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        os.close(socket.socket.detach(self.connection))
