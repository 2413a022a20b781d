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
