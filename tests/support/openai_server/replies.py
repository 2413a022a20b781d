"""What the test server knows and can be told to answer: constants, records, scripted replies."""

from __future__ import annotations

import base64
import functools
import io
import threading
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

API_KEY = "sk-test-" + "Zq7" * 16
KiB, MiB, GiB = 1024, 1024**2, 1024**3
IMAGE_FIELDS = ("image", "image[]")
USAGE = {"input_tokens": 1510, "input_tokens_details": {"text_tokens": 310, "image_tokens": 1200}}
OUTPUT_TOKENS = 1372  # per image
DEFAULT_MODELS = [
    {
        "id": "gpt-image-1",
        "object": "model",
        "created": 1745000000,
        "owned_by": "system",
        "shutdown_date": "2026-10-23",
    },
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


@dataclass(frozen=True)
class Sent:
    """One preview (``kind="partial"``) or finished image (``kind="completed"``) the server sent."""

    kind: str
    index: int  # partial_image_index for a preview, the image's position for a finished one
    at: float  # time.monotonic() as the server began to send it
    data: bytes  # the image bytes in the event, to match what the client received


@dataclass(frozen=True)
class Pacing:
    """A fixed latency for the images of ``images/edits``, with previews at known times.

    Off unless a test or benchmark asks (``openai_server(pacing=Pacing(2.0))``). Counted from
    the moment the request was read: a JSON answer is sent after ``seconds``; a streamed one
    sends its headers at once, preview ``p`` of ``P`` at ``seconds * (p + 1) / (P + 1)`` and the
    image at ``seconds``. Each request's previews are images of their own (a different shade),
    so a client can tell which request a preview came from by its bytes.
    """

    seconds: float

    def preview_at(self, preview: int, previews: int) -> float:
        return self.seconds * (preview + 1) / (previews + 1)


@dataclass
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]  # names in lower case
    fields: dict[str, list[str]] = field(default_factory=dict)
    files: list[UploadedFile] = field(default_factory=list)
    client_closed: threading.Event = field(default_factory=threading.Event)  # seen while stalled
    body_bytes_sent: int = 0  # hostile replies: answer bytes the client's socket accepted (framing not counted)
    events_sent: int = 0  # hostile replies: events (previews) sent
    answered: threading.Event = field(default_factory=threading.Event)  # hostile replies: the server is done
    # Paced answers (see ``Pacing``): when the request was read, and each preview or image the
    # server sent, as ``Sent`` records.
    received_at: float = 0.0
    # Clock marks (time.monotonic) for the wire benchmark: the request line read, the answer's last byte written.
    first_byte_at: float = 0.0
    answered_at: float = 0.0
    sent: list[Sent] = field(default_factory=list)
    status: int = 0  # the answer's HTTP status, once its headers went out

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
    limit: int = 0  # hostile replies: the most bytes (or events) the server sends before it gives up
    interval: float = 0.0  # drip: seconds between bytes
    announce: int | None = None  # huge_json: the Content-Length announced (None: chunked, no length)
    line: int = 0  # endless_event: bytes of filler per data line

    @classmethod
    def ok(cls, headers: dict[str, str] | None = None) -> Reply:
        return cls(headers=headers or {})

    @classmethod
    def error(
        cls,
        status: int,
        code: str | None = None,
        message: str = "Something went wrong.",
        type: str = "invalid_request_error",
        headers: dict[str, str] | None = None,
    ) -> Reply:
        body = {"error": {"message": message, "type": type, "param": None, "code": code}}
        return cls("error", status, body, headers or {})

    @classmethod
    def moderation_blocked(cls) -> Reply:
        """OpenAI's refusal of a photo or prompt by its safety system (HTTP 400, nothing billed)."""
        return cls.error(
            400,
            "moderation_blocked",
            "Your request was rejected by the safety system. If you believe this is an error, contact us at "
            "help.openai.com and include the request ID.",
            type="image_generation_user_error",
        )

    @classmethod
    def server_error(cls) -> Reply:
        """OpenAI's answer when it fails on its side (HTTP 500); the client may retry."""
        return cls.error(
            500,
            None,
            "The server had an error while processing your request. Sorry about that!",
            type="server_error",
        )

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
    def stream_error(
        cls,
        after_partials: int = 1,
        code: str = "image_generation_failed",
        message: str = "Image generation failed.",
        after_images: int = 0,
    ) -> Reply:
        error = {"type": "image_generation_server_error", "code": code, "message": message}
        return cls(
            "stream_error", payload={"type": "error", "error": error}, after=after_partials, after_images=after_images
        )

    @classmethod
    def raw_stream(cls, text: str) -> Reply:
        """Send this exact text as the event stream."""
        return cls("raw_stream", payload=text)

    # -- hostile answers: each bounded, each stops by itself once the client hangs up ------------------
    # ``RecordedRequest.body_bytes_sent`` says how far the server got: a client that refuses early
    # closes the connection, the next write fails, and the count stops there (plus what the kernel's
    # socket buffers on both sides held, a few MB on loopback).

    @classmethod
    def endless_line(cls, limit: int = 64 * MiB) -> Reply:
        """An event stream whose first ``data:`` line never ends: filler with no line break.

        After ``limit`` bytes the HTTP body ends properly (the line still unfinished).
        """
        return cls("endless_line", limit=limit)

    @classmethod
    def endless_event(cls, limit: int = 64 * MiB, line: int = 64 * KiB) -> Reply:
        """An event stream of ``data:`` lines of ``line`` bytes each, never the blank line that ends the event."""
        return cls("endless_event", limit=limit, line=line)

    @classmethod
    def endless_previews(cls, limit: int = 1000) -> Reply:
        """``image_edit.partial_image`` events and never a finished image, whatever was asked for.

        After ``limit`` previews: ``[DONE]`` and a proper end of the HTTP body.
        """
        return cls("endless_previews", limit=limit)

    @classmethod
    def drip(cls, interval: float = 1.0, count: int = 20) -> Reply:
        """A slow but valid answer: ``count`` filler bytes, one every ``interval`` seconds, then the images.

        Streamed requests get SSE comment lines (``:`` and a line feed, byte by byte), others JSON
        whitespace; every byte arrives well inside any read timeout, so only an overall deadline
        ends it early. The server notices a client that hangs up between two bytes.
        """
        return cls("drip", interval=interval, after=count)

    @classmethod
    def huge_json(cls, announce: int | None = 2 * GiB, limit: int = 128 * MiB) -> Reply:
        """A JSON answer (whatever ``stream`` asked) that announces ``announce`` bytes and sends filler.

        The filler is one base64 string that never closes. After ``limit`` bytes the server gives
        up: with a Content-Length it resets the connection (the length cannot be met), chunked it
        ends the body properly.
        """
        return cls("huge_json", announce=announce, limit=limit)

    @classmethod
    def silent_after_request(cls, seconds: float = 30.0) -> Reply:
        """Read the whole request (the multipart form is parsed and recorded), then say nothing.

        The same as ``stall()``; named for what it tests: the provider may be working on a paid request.
        """
        return cls.stall(seconds)


@functools.lru_cache(maxsize=64)
def make_image(size: str, output_format: str, shade: int) -> bytes:
    width, height = (int(v) for v in size.split("x")) if "x" in size else (1024, 1536)
    buffer = io.BytesIO()
    colour = (40 + shade * 37 % 200, 90, 160)
    Image.new("RGB", (width, height), colour).save(buffer, {"jpeg": "JPEG", "webp": "WEBP"}.get(output_format, "PNG"))
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
