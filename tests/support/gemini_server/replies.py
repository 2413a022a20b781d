"""What the Gemini test server knows and can be told to answer: constants, records, scripted replies, bodies."""

from __future__ import annotations

import base64
import functools
import io
import threading
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageDraw

API_KEY = "AIzaSy" + "Tq4vX9" * 5 + "abc"  # 39 characters, the shape of a real Google API key
ASPECT_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")
GEMINI_3_ASPECT_RATIOS = ("1:4", "4:1", "1:8", "8:1")  # only the gemini-3* image models
IMAGE_SIZES = ("512", "1K", "2K", "4K")
# Gemini's documented output sizes at "1K"; "512" halves them, "2K" doubles, "4K" quadruples.
SIZES_1K = {
    "1:1": (1024, 1024),
    "2:3": (832, 1248),
    "3:2": (1248, 832),
    "3:4": (864, 1184),
    "4:3": (1184, 864),
    "4:5": (896, 1152),
    "5:4": (1152, 896),
    "9:16": (768, 1344),
    "16:9": (1344, 768),
    "21:9": (1536, 672),
    # Not in the brief's table: about a megapixel each, multiples of 16 (plausible, unconfirmed).
    "1:4": (512, 2048),
    "4:1": (2048, 512),
    "1:8": (384, 3072),
    "8:1": (3072, 384),
}
SCALE = {"512": 0.5, "1K": 1, "2K": 2, "4K": 4}
IMAGE_TOKENS = {"512": 747, "1K": 1120, "2K": 1120, "4K": 2000}  # output tokens per image
INPUT_IMAGE_TOKENS = 560  # per input image
THOUGHT_TOKENS = 312  # thought_then_final: the thinking the answer reports
REFUSAL = "I can't make that image. I can help with a professional headshot that doesn't depict that."
HTML_ERROR = (
    "<!DOCTYPE html>\n<html><head><title>{status} Bad Gateway</title></head>\n"
    "<body><center><h1>{status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n"
)


def _model(model_id: str, display: str, methods: list[str], version: str = "001", **extra: Any) -> dict[str, Any]:
    limits = {"inputTokenLimit": 32768, "outputTokenLimit": 32768} if "image" in model_id else {}
    return {
        "name": f"models/{model_id}",
        "version": version,
        "displayName": display,
        "description": f"{display}.",
        "inputTokenLimit": 1048576,
        "outputTokenLimit": 65536,
        **limits,
        "supportedGenerationMethods": methods,
        **extra,
    }


_GENERATE = ["generateContent", "countTokens", "createCachedContent", "batchGenerateContent"]
_SAMPLING = {"temperature": 1, "topP": 0.95, "topK": 64, "maxTemperature": 2}
DEFAULT_MODELS: list[dict[str, Any]] = [
    _model("gemini-2.5-flash", "Gemini 2.5 Flash", _GENERATE, **_SAMPLING, thinking=True),
    _model("gemini-3-pro-preview", "Gemini 3 Pro Preview", _GENERATE, "3-pro-preview-11-2025", **_SAMPLING),
    _model("gemini-embedding-001", "Gemini Embedding 001", ["embedContent", "countTextTokens", "countTokens"]),
    _model("gemini-2.5-flash-image", "Nano Banana", ["generateContent", "countTokens", "batchGenerateContent"], "2.0"),
    _model("gemini-3-pro-image-preview", "Nano Banana Pro", ["generateContent", "countTokens"], "3.0", thinking=True),
    _model("gemini-3.1-flash-image-preview", "Nano Banana 2", ["generateContent", "countTokens"], "3.1"),
    _model("imagen-4.0-generate-001", "Imagen 4", ["predict"]),
]
DEFAULT_MODELS[2].update(inputTokenLimit=2048, outputTokenLimit=1)
DEFAULT_MODELS[6].update(inputTokenLimit=480, outputTokenLimit=8192)


def image_size_for(aspect_ratio: str, image_size: str | None) -> tuple[int, int]:
    """The pixel size Gemini answers with for this aspect ratio and image size (default "1K")."""
    width, height = SIZES_1K[aspect_ratio]
    scale = SCALE[image_size or "1K"]
    return int(width * scale), int(height * scale)


@functools.lru_cache(maxsize=32)
def make_png(width: int, height: int, thought: bool = False) -> bytes:
    """A cheap real PNG: flat colour and an ellipse (a "head"); thought images have other colours."""
    background, face = ((200, 200, 210), (120, 120, 140)) if thought else ((70, 90, 120), (224, 180, 150))
    image = Image.new("RGB", (width, height), background)
    ImageDraw.Draw(image).ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.7), fill=face)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def rpc_error(code: int, status: str, message: str, details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A Google RPC error body, as the Gemini API sends it."""
    error: dict[str, Any] = {"code": code, "message": message, "status": status}
    if details:
        error["details"] = details
    return {"error": error}


def error_info(reason: str) -> dict[str, Any]:
    return {
        "@type": "type.googleapis.com/google.rpc.ErrorInfo",
        "reason": reason,
        "domain": "googleapis.com",
        "metadata": {"service": "generativelanguage.googleapis.com"},
    }


@dataclass
class RecordedRequest:
    method: str
    path: str  # without the query
    query: dict[str, str]
    version: str  # "v1" or "v1beta" ("" when the path has neither)
    model: str  # without "models/" ("" for other paths)
    headers: dict[str, str]  # names in lower case
    body: Any  # the parsed JSON (None: no body, or not JSON)
    raw: bytes
    images: list[bytes] = field(default_factory=list)  # decoded inlineData of the user's parts, in order
    mime_types: list[str] = field(default_factory=list)
    prompt: str = ""  # the user's text parts, joined by "\n"
    config: dict[str, Any] = field(default_factory=dict)  # generationConfig as sent
    client_closed: threading.Event = field(default_factory=threading.Event)  # seen while stalled


@dataclass
class Reply:
    """One scripted answer. Build it with the class methods."""

    action: str = "ok"
    status: int = 200
    payload: Any = None  # error: the JSON body
    text: str | None = None  # ok: an extra text part; text_only and finish: the text
    reason: str = ""  # blocked: blockReason; finish: finishReason
    message: str | None = None  # finish: finishMessage
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 30.0  # stall

    @classmethod
    def ok(cls, text: str | None = None) -> Reply:
        return cls(text=text)

    @classmethod
    def thought_then_final(cls) -> Reply:
        """A thought image and a thought text (``"thought": true``) before the final image."""
        return cls("thought")

    @classmethod
    def text_only(cls, text: str = REFUSAL) -> Reply:
        """The soft refusal: text, finishReason STOP, no image."""
        return cls("text_only", text=text)

    @classmethod
    def blocked(cls, reason: str = "SAFETY") -> Reply:
        """The prompt was blocked: no candidates, ``promptFeedback.blockReason``."""
        return cls("blocked", reason=reason)

    @classmethod
    def finish(cls, reason: str, message: str | None = None, text: str | None = None) -> Reply:
        """A candidate that ended with ``reason`` and no image (no content at all unless ``text``)."""
        return cls("finish", reason=reason, message=message, text=text)

    @classmethod
    def error(
        cls,
        code: int,
        status: str,
        message: str,
        *,
        reason: str | None = None,
        retry_delay: str | None = None,
        wrap_in_list: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        details: list[dict[str, Any]] = [error_info(reason)] if reason else []
        if code == 429:
            links = [
                {
                    "description": "Learn more about Gemini API quotas",
                    "url": "https://ai.google.dev/gemini-api/docs/rate-limits",
                }
            ]
            details.append({"@type": "type.googleapis.com/google.rpc.Help", "links": links})
        if retry_delay is not None:
            details.append({"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": retry_delay})
        body: Any = rpc_error(code, status, message, details)
        return cls("error", code, [body] if wrap_in_list else body, headers=headers or {})

    @classmethod
    def bad_key(cls) -> Reply:
        return cls.error(
            400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.", reason="API_KEY_INVALID"
        )

    @classmethod
    def no_credit(cls) -> Reply:
        message = (
            "Your prepayment credits are depleted. Please go to AI Studio at https://ai.studio/projects "
            "to manage your project and billing."
        )
        return cls.error(402, "RESOURCE_EXHAUSTED", message)

    @classmethod
    def rate_limited(cls, retry_delay: str | None = "0.05s") -> Reply:
        message = (
            "You exceeded your current quota, please check your plan and billing details. For more information "
            "on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits."
        )
        reply = cls.error(429, "RESOURCE_EXHAUSTED", message, retry_delay=retry_delay)
        violation = {
            "quotaMetric": "generativelanguage.googleapis.com/generate_content_paid_tier_requests",
            "quotaId": "GenerateRequestsPerMinutePerProjectPerModel",
            "quotaDimensions": {"location": "global", "model": "gemini-3.1-flash-image"},
            "quotaValue": "10",
        }
        quota = {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": [violation]}
        reply.payload["error"]["details"].insert(0, quota)
        return reply

    @classmethod
    def unavailable(cls) -> Reply:
        return cls.error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.")

    @classmethod
    def cut_off(cls) -> Reply:
        """200 announcing the whole success body's length; half of it is sent, then the connection closes."""
        return cls("cut_off")

    @classmethod
    def truncated_json(cls) -> Reply:
        """A complete HTTP answer (200, right Content-Length) whose JSON stops half-way."""
        return cls("truncated_json")

    @classmethod
    def not_json(cls, status: int = 502) -> Reply:
        """An HTML error page, as a proxy in the way would send it."""
        return cls("not_json", status)

    @classmethod
    def stall(cls, seconds: float = 30.0) -> Reply:
        """Read the request, then say nothing until ``seconds`` pass, the client hangs up or the server stops."""
        return cls("stall", seconds=seconds)

    @classmethod
    def drop(cls) -> Reply:
        """Read the request and close the connection without a word."""
        return cls("drop")


# -- success bodies ------------------------------------------------------------------------------------


def _image_part(data: bytes, signature: str, thought: bool = False) -> dict[str, Any]:
    part: dict[str, Any] = {"inlineData": {"mimeType": "image/png", "data": b64(data)}}
    if thought:
        part["thought"] = True
    part["thoughtSignature"] = signature
    return part


def _tokens(text: str) -> int:
    return max(1, len(text) // 4)


def answer(reply: Reply, record: RecordedRequest, response_id: str) -> dict[str, Any]:
    """The GenerateContentResponse (camelCase) for a reply that is not an error or a connection trick."""
    image_config = record.config.get("imageConfig") or record.config.get("image_config") or {}
    aspect = image_config.get("aspectRatio") or image_config.get("aspect_ratio") or "1:1"
    size = image_config.get("imageSize") or image_config.get("image_size") or "1K"
    prompt_tokens = _tokens(record.prompt) + INPUT_IMAGE_TOKENS * len(record.images)
    usage: dict[str, Any] = {
        "promptTokenCount": prompt_tokens,
        "promptTokensDetails": [
            {"modality": "TEXT", "tokenCount": _tokens(record.prompt)},
            {"modality": "IMAGE", "tokenCount": INPUT_IMAGE_TOKENS * len(record.images)},
        ],
    }
    body: dict[str, Any] = {"usageMetadata": usage, "modelVersion": record.model, "responseId": response_id}
    signature = b64(f"sig-{response_id}".encode())
    if reply.action == "blocked":
        usage["totalTokenCount"] = prompt_tokens
        return {"promptFeedback": {"blockReason": reply.reason}, **body}
    parts: list[dict[str, Any]] = []
    thoughts = 0
    if reply.action == "thought":
        width, height = image_size_for(aspect, size if size in SCALE else None)
        parts.append(_image_part(make_png(width, height, thought=True), signature, thought=True))
        parts.append(
            {"text": "**Composing the headshot**\n\nKeeping the face, swapping the backdrop.", "thought": True}
        )
        thoughts = THOUGHT_TOKENS
    if reply.text and reply.action in ("ok", "text_only", "finish"):
        parts.append({"text": reply.text})
    details = [{"modality": "TEXT", "tokenCount": _tokens(reply.text)}] if reply.text else []
    if reply.action in ("ok", "thought"):
        width, height = image_size_for(aspect, size if size in SCALE else None)
        parts.append(_image_part(make_png(width, height), signature))
        details.append({"modality": "IMAGE", "tokenCount": IMAGE_TOKENS.get(size, 1120)})
    candidate: dict[str, Any] = {"content": {"role": "model", "parts": parts}} if parts else {}
    candidate["finishReason"] = reply.reason if reply.action == "finish" else "STOP"
    if reply.message:
        candidate["finishMessage"] = reply.message
    candidate["index"] = 0
    output = sum(d["tokenCount"] for d in details)
    usage.update(candidatesTokenCount=output, totalTokenCount=prompt_tokens + output + thoughts)
    if details:
        usage["candidatesTokensDetails"] = details
    if thoughts:
        usage["thoughtsTokenCount"] = thoughts
    return {"candidates": [candidate], **body}


def stream_chunks(full: dict[str, Any]) -> list[dict[str, Any]]:
    """Split an answer into stream events: one per part; the last carries finishReason and usage."""
    candidates = full.get("candidates") or []
    parts = candidates[0].get("content", {}).get("parts", []) if candidates else []
    if len(parts) < 2:
        return [full]
    head = {k: v for k, v in full.items() if k in ("modelVersion", "responseId")}
    chunks: list[dict[str, Any]] = [
        {"candidates": [{"content": {"role": "model", "parts": [part]}, "index": 0}], **head} for part in parts[:-1]
    ]
    last = {**candidates[0], "content": {"role": "model", "parts": parts[-1:]}}
    chunks.append({**full, "candidates": [last]})
    return chunks
