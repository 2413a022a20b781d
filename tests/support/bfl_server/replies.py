"""What the BFL test servers know and can be told to answer: constants, records, replies, bodies, submit checks."""

from __future__ import annotations

import base64
import binascii
import functools
import io
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw, UnidentifiedImageError

API_KEY = "bfl_" + "k7Qx2mWv9Lp4" * 3  # the shape of a real BFL key
FLUX2_IMAGES = {"flux-2-klein-4b": 4, "flux-2-klein-9b": 5}  # reference images allowed; other FLUX.2: 8
FLUX2 = ("flux-2-pro", "flux-2-max", "flux-2-flex", "flux-2-pro-preview", "flux-2-klein-4b", "flux-2-klein-9b")
KONTEXT = ("flux-kontext-pro", "flux-kontext-max")
ENDPOINTS = FLUX2 + KONTEXT
MAX_PIXELS = 4_194_304  # FLUX.2: width * height at most 4 MP
KONTEXT_PIXELS = 1024 * 1024  # Kontext makes about 1 MP
MODERATION = ("Request Moderated", "Content Moderated")
B64 = re.compile(r"^[A-Za-z0-9+/]*={0,2}$")
NOT_AUTHENTICATED = "Not authenticated - Invalid Authentication"
HTML_ERROR = (
    "<!DOCTYPE html>\n<html><head><title>{status} Bad Gateway</title></head>\n"
    "<body><center><h1>{status} Bad Gateway</h1></center><hr><center>cloudflare</center></body></html>\n"
)
AZURE_ERROR = (
    '<?xml version="1.0" encoding="utf-8"?><Error><Code>{code}</Code><Message>{message}\n'
    "RequestId:{request_id}\nTime:{time}</Message>{extra}</Error>"
)
SIGNATURE_FAILED = (
    "Server failed to authenticate the request. Make sure the value of Authorization header is formed "
    "correctly including the signature."
)


@dataclass
class RecordedRequest:
    host: str  # "api" or "delivery"
    method: str
    path: str  # without the query
    query: dict[str, str]
    headers: dict[str, str]  # names in lower case
    body: Any  # the parsed JSON (None: no body, or not JSON)
    raw: bytes = b""
    endpoint: str = ""  # submits: "flux-2-pro", …; "" for other requests
    images: list[bytes] = field(default_factory=list)  # decoded input_image, input_image_2, … in order
    prompt: str = ""
    job_id: str = ""  # submits: the id given out (if accepted); polls and downloads: the id asked about
    status: int = 0  # the HTTP status answered (0: none, e.g. dropped or stalled)
    client_closed: threading.Event = field(default_factory=threading.Event)  # seen while stalled


@dataclass
class Reply:
    """One scripted answer to a submit (or, for ``server_error``/``drop``/``stall``/…, a download)."""

    action: str = "accepted"
    status: int = 200
    payload: Any = None  # error: the JSON body
    headers: dict[str, str] = field(default_factory=dict)
    cost: float = 4.5
    polling: str = "normal"  # accepted: "normal", "none" (no polling_url) or "elsewhere"
    seconds: float = 30.0  # stall

    @classmethod
    def accepted(cls, cost: float = 4.5) -> Reply:
        """``{"id", "polling_url", "cost", "input_mp", "output_mp"}``: the normal answer."""
        return cls(cost=cost)

    @classmethod
    def accepted_without_polling_url(cls, cost: float = 4.5) -> Reply:
        """Accepted, without ``polling_url``: the client must fall back to ``/v1/get_result?id=``."""
        return cls(cost=cost, polling="none")

    @classmethod
    def polling_elsewhere(cls, cost: float = 4.5) -> Reply:
        """Accepted, polled at ``/v1/regional/get_result?id=``: the client must use the URL it was given."""
        return cls(cost=cost, polling="elsewhere")

    @classmethod
    def error(cls, status: int, detail: Any, headers: dict[str, str] | None = None) -> Reply:
        """FastAPI's ``{"detail": …}``."""
        return cls("error", status, {"detail": detail}, headers=headers or {})

    @classmethod
    def validation(cls, loc: list[Any], msg: str) -> Reply:
        return cls.error(422, [{"loc": loc, "msg": msg, "type": "value_error"}])

    @classmethod
    def no_credits(cls) -> Reply:
        return cls.error(402, "Insufficient credits. Please add credits at https://dashboard.bfl.ai")

    @classmethod
    def forbidden(cls) -> Reply:
        return cls.error(403, "Forbidden: this API key does not have access to this endpoint.")

    @classmethod
    def too_many_tasks(cls, retry_after: str = "0.05") -> Reply:
        detail = (
            "You have exceeded the limit of 24 active tasks. Please wait for some of your tasks "
            "to finish before submitting new ones."
        )
        return cls.error(429, detail, {"Retry-After": retry_after})

    @classmethod
    def server_error(cls, status: int = 500) -> Reply:
        return cls.error(status, "Internal Server Error")

    @classmethod
    def unavailable(cls) -> Reply:
        return cls.error(503, "Service temporarily unavailable. Please try again later.")

    @classmethod
    def not_json(cls, status: int = 502) -> Reply:
        """An HTML error page, as a proxy in the way would send it."""
        return cls("not_json", status)

    @classmethod
    def drop(cls) -> Reply:
        """Read the request and close the connection without a word."""
        return cls("drop")

    @classmethod
    def stall(cls, seconds: float = 30.0) -> Reply:
        """Read the request, then say nothing until ``seconds`` pass, the client hangs up or the server stops."""
        return cls("stall", seconds=seconds)


@dataclass
class Poll:
    """One scripted answer to a poll of ``get_result``. Build it with the class methods."""

    action: str = "pending"
    name: str = "Pending"  # the "status" field
    progress: float | None = None
    redirect: bool = False  # ready: the sample URL redirects (302) to the signed URL
    details: dict[str, Any] = field(default_factory=dict)
    http_status: int = 200  # http_error
    detail: str = ""  # http_error
    seconds: float = 30.0  # stall

    @classmethod
    def pending(cls, progress: float | None = None) -> Poll:
        return cls(progress=progress)

    @classmethod
    def ready(cls, redirect: bool = False) -> Poll:
        return cls("ready", "Ready", redirect=redirect)

    @classmethod
    def status(cls, name: str, details: dict[str, Any] | None = None) -> Poll:
        """Any other status: "Request Moderated", "Content Moderated", "Error", "Task not found", or unknown."""
        if details is None:
            moderated = {"Moderation Reasons": ["Derivative Works Filter"]}
            details = moderated if name in MODERATION else {"error": "Generation failed"} if name == "Error" else {}
        return cls("status", name, details=details)

    @classmethod
    def http_error(cls, status: int, detail: str = "Internal Server Error") -> Poll:
        """The poll itself fails (``{"detail": …}``)."""
        return cls("http_error", http_status=status, detail=detail)

    @classmethod
    def stall(cls, seconds: float = 30.0) -> Poll:
        return cls("stall", seconds=seconds)


def poll_body(job_id: str, poll: Poll, result: dict[str, Any] | None = None) -> dict[str, Any]:
    """The ``get_result`` answer for a pending, ready or other-status poll."""
    progress = poll.progress if poll.action == "pending" else None
    return {
        "id": job_id,
        "status": poll.name,
        "result": result,
        "progress": progress,
        "details": poll.details,
        "preview": {},
    }


def validation_item(loc: list[Any], msg: str, kind: str, value: Any = None) -> dict[str, Any]:
    """One entry of FastAPI's 422 ``detail`` list (pydantic v2 shape)."""
    item: dict[str, Any] = {"type": kind, "loc": loc, "msg": msg}
    if value is not None and not (isinstance(value, str) and len(value) > 200):
        item["input"] = value
    return item


def azure_error(code: str, message: str, request_id: str, when: str, extra: str = "") -> bytes:
    return AZURE_ERROR.format(code=code, message=message, request_id=request_id, time=when, extra=extra).encode()


def kontext_size(aspect_ratio: str | None) -> tuple[int, int]:
    """About 1 MP at ``aspect_ratio`` ("W:H"), rounded to multiples of 32; 1024x1024 without one."""
    if not aspect_ratio:
        return 1024, 1024
    w, h = (int(part) for part in aspect_ratio.split(":"))
    ratio = w / h
    width = round((KONTEXT_PIXELS * ratio) ** 0.5 / 32) * 32
    height = round((KONTEXT_PIXELS / ratio) ** 0.5 / 32) * 32
    return width, height


@functools.lru_cache(maxsize=32)
def make_image(width: int, height: int, ext: str = "jpeg") -> bytes:
    """A cheap real image: flat colour and an ellipse (a "head"), as JPEG or PNG."""
    image = Image.new("RGB", (width, height), (70, 90, 120))
    ImageDraw.Draw(image).ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.7), fill=(224, 180, 150))
    buffer = io.BytesIO()
    if ext == "png":
        image.save(buffer, "PNG", compress_level=1)
    else:
        image.save(buffer, "JPEG", quality=85)
    return buffer.getvalue()


# -- submit checks (pydantic v2 messages, as FastAPI answers them) ---------------------------------------------


def _int(value: Any, low: int | None = None, high: int | None = None, multiple: int | None = None) -> tuple[str, str]:
    if not isinstance(value, int) or isinstance(value, bool):
        return "int_type", "Input should be a valid integer"
    if multiple and value % multiple:
        return "multiple_of", f"Input should be a multiple of {multiple}"
    if low is not None and value < low:
        return "greater_than_equal", f"Input should be greater than or equal to {low}"
    if high is not None and value > high:
        return "less_than_equal", f"Input should be less than or equal to {high}"
    return "", ""


def _number(low: float, high: float) -> Callable[[Any], tuple[str, str]]:
    def check(value: Any) -> tuple[str, str]:
        if not isinstance(value, int | float) or isinstance(value, bool):
            return "float_type", "Input should be a valid number"
        if not low <= value <= high:
            return "value_error", f"Value error, must be between {low} and {high}"
        return "", ""

    return check


def _str(value: Any) -> tuple[str, str]:
    return ("", "") if isinstance(value, str) else ("string_type", "Input should be a valid string")


def _bool(value: Any) -> tuple[str, str]:
    return ("", "") if isinstance(value, bool) else ("bool_type", "Input should be a valid boolean")


def _format(value: Any) -> tuple[str, str]:
    return ("", "") if value in ("jpeg", "png") else ("enum", "Input should be 'jpeg' or 'png'")


def _aspect_ratio(value: Any) -> tuple[str, str]:
    if not isinstance(value, str):
        return _str(value)
    match = re.fullmatch(r"(\d+):(\d+)", value)
    if not match:
        return "value_error", "Value error, Invalid aspect ratio: Aspect ratio must be in the format of 'width:height'"
    width, height = int(match[1]), int(match[2])
    if not width or not height or not 1 / 4 <= width / height <= 4:
        return "value_error", f"Value error, Invalid aspect ratio: Aspect ratio {value} must be between 1:4 and 4:1"
    return "", ""


def decode_image(value: Any) -> tuple[bytes | None, str]:
    """Standard base64 (padding optional) of an image Pillow opens: (the bytes, "") or (None, why not)."""
    if not isinstance(value, str):
        return None, "Input should be a valid string"
    if value.startswith("data:"):
        return None, "Value error, expected raw base64 image data, not a data: URL"
    if value.startswith(("http://", "https://")):
        return None, "Value error, this test double takes base64 image data only, not URLs"
    text = value.strip()
    try:
        if not B64.match(text):
            raise ValueError
        data = base64.b64decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4), validate=True)
    except (ValueError, binascii.Error):
        return None, "Value error, Invalid base64 image data"
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        return None, "Value error, Invalid image: cannot identify image file"
    return data, ""


def _fields(endpoint: str) -> dict[str, Any]:
    """The fields an endpoint takes, each with its check; images are checked apart."""
    fields: dict[str, Any] = {"prompt": _str, "seed": _int, "output_format": _format}
    fields |= {"webhook_url": _str, "webhook_secret": _str, "prompt_upsampling": _bool}
    if endpoint in KONTEXT:
        images = 4
        fields |= {"aspect_ratio": _aspect_ratio, "safety_tolerance": lambda v: _int(v, 0, 6)}
    else:
        images = FLUX2_IMAGES.get(endpoint, 8)
        fields |= {"width": lambda v: _int(v, 64, None, 16), "height": lambda v: _int(v, 64, None, 16)}
        fields |= {"safety_tolerance": lambda v: _int(v, 0, 5)}
        if endpoint == "flux-2-flex":
            fields |= {"steps": lambda v: _int(v, 1, 50), "guidance": _number(1.5, 10)}
    for index in range(1, images + 1):
        fields["input_image" if index == 1 else f"input_image_{index}"] = None
    return fields


def check_submit(endpoint: str, body: Any, record: RecordedRequest) -> list[dict[str, Any]]:
    """Every validation error of a submit body (empty: valid); fills in ``record.prompt`` and ``record.images``."""
    if not isinstance(body, dict):
        message = "Input should be a valid dictionary or object to extract fields from"
        return [validation_item(["body"], message, "model_attributes_type", body)]
    fields = _fields(endpoint)
    errors = []
    if "prompt" not in body or body["prompt"] is None:
        errors.append(validation_item(["body", "prompt"], "Field required", "missing", body.get("prompt")))
    record.prompt = body.get("prompt") if isinstance(body.get("prompt"), str) else ""
    for name, value in body.items():
        if name not in fields:
            errors.append(validation_item(["body", name], "Extra inputs are not permitted", "extra_forbidden", value))
        elif value is not None and fields[name] is not None:
            kind, message = fields[name](value)
            if kind:
                errors.append(validation_item(["body", name], message, kind, value))
    for name in (n for n in fields if n.startswith("input_image")):
        if body.get(name) is not None:
            data, message = decode_image(body[name])
            if data is None:
                kind = "string_type" if message.startswith("Input") else "value_error"
                errors.append(validation_item(["body", name], message, kind))
            else:
                record.images.append(data)
    width, height = body.get("width"), body.get("height")
    if not errors and isinstance(width, int) and isinstance(height, int) and width * height > MAX_PIXELS:
        message = f"Value error, width * height must be at most {MAX_PIXELS} pixels (4 MP), got {width * height}"
        errors.append(validation_item(["body", "width"], message, "value_error", width))
    return errors
