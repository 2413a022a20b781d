"""The request handler: checks each request as the Gemini API would (proto3 JSON), then answers, or as scripted."""

from __future__ import annotations

import base64
import binascii
import io
import json
import re
import secrets
import urllib.parse
from typing import TYPE_CHECKING, Any

from PIL import Image, UnidentifiedImageError

from tests.support.gemini_server.replies import (
    ASPECT_RATIOS,
    GEMINI_3_ASPECT_RATIOS,
    HTML_ERROR,
    IMAGE_SIZES,
    RecordedRequest,
    Reply,
    answer,
    stream_chunks,
)
from tests.support.tls_server import QuietHandler

if TYPE_CHECKING:
    from tests.support.gemini_server import _Server

ROUTE = re.compile(r"^/(?P<version>v1|v1beta)/models(?:/(?P<model>[^/:]+)(?::(?P<method>[A-Za-z]+))?)?$")
JSON = "application/json; charset=UTF-8"
SEND_TIMEOUT = 5.0  # a client that stops reading must not hold a server thread for ever
QUERY = {"alt", "$alt", "prettyPrint", "fields", "quotaUser", "pageSize", "page_size", "pageToken", "page_token"}
# Proto field names (camelCase); snake_case is accepted as well, as proto3 JSON does.
TOP = {"contents", "generationConfig", "safetySettings", "systemInstruction", "tools", "toolConfig", "cachedContent"}
TOP |= {"store"}
CONTENT = {"role", "parts"}
PART = {"text", "inlineData", "fileData", "functionCall", "functionResponse", "executableCode", "codeExecutionResult"}
PART |= {"thought", "thoughtSignature", "videoMetadata", "partMetadata", "mediaResolution"}
BLOB = {"mimeType", "data"}
GENERATION = {"stopSequences", "responseMimeType", "responseSchema", "responseJsonSchema", "candidateCount"}
GENERATION |= {"maxOutputTokens", "temperature", "topP", "topK", "seed", "presencePenalty", "frequencyPenalty"}
GENERATION |= {"responseLogprobs", "logprobs", "enableEnhancedCivicAnswers", "responseModalities", "speechConfig"}
GENERATION |= {"thinkingConfig", "imageConfig", "mediaResolution"}
IMAGE_CONFIG = {"aspectRatio", "imageSize"}  # personGeneration, outputMimeType, … are Vertex AI only: unknown here
MODALITIES = {"TEXT", "IMAGE", "AUDIO"}
IMAGE_FORMATS = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}
BAD_IMAGE = "Unable to process input image. Please retry or report in https://developers.generativeai.google/guide/troubleshooting"


class Invalid(Exception):
    """The request is wrong: answer 400 INVALID_ARGUMENT (or ``code``/``status``) with this message."""

    def __init__(self, message: str, code: int = 400, status: str = "INVALID_ARGUMENT", reason: str | None = None):
        super().__init__(message)
        self.reply = Reply.error(code, status, message, reason=reason)


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(word[:1].upper() + word[1:] for word in rest)


def _fields(value: Any, allowed: set[str], where: str) -> dict[str, Any]:
    """A proto-JSON object with camelCase keys; unknown names are refused the way Google refuses them."""
    if not isinstance(value, dict):
        raise Invalid(f"Invalid JSON payload received. Expected an object at '{where or 'request'}'.")
    fields = {}
    for name, item in value.items():
        if _camel(name) not in allowed:
            at = f" at '{where}'" if where else ""
            raise Invalid(f'Invalid JSON payload received. Unknown name "{name}"{at}: Cannot find field.')
        fields[_camel(name)] = item
    return fields


def decode_bytes(data: Any, where: str) -> bytes:
    """proto3 JSON bytes: standard or URL-safe base64, padded or not."""
    text = data if isinstance(data, str) else ""
    try:
        if not isinstance(data, str) or "=" in text.rstrip("="):
            raise ValueError
        text = text.rstrip("=").replace("-", "+").replace("_", "/")
        return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
    except (ValueError, binascii.Error):
        raise Invalid(f"Invalid value at '{where}' (TYPE_BYTES), Base64 decoding failed for \"{text[:40]}\"") from None


def check_generate(body: Any, record: RecordedRequest, model: dict[str, Any]) -> None:
    """Parse and check a generateContent request, filling in ``record``; raise ``Invalid`` if it is wrong."""
    top = _fields(body, TOP, "")
    config = top.get("generationConfig") or {}
    record.config = config if isinstance(config, dict) else {}
    contents = top.get("contents")
    if not isinstance(contents, list) or not contents:
        raise Invalid("* GenerateContentRequest.contents: contents is not specified\n")
    texts: list[str] = []
    last: dict[str, int] = {}
    for i, content in enumerate(contents):
        fields = _fields(content, CONTENT, f"contents[{i}]")
        role = fields.get("role") or "user"
        if role not in ("user", "model"):
            raise Invalid("Please use a valid role: user, model.")
        parts = fields.get("parts")
        if not isinstance(parts, list) or not parts:
            raise Invalid(f"* GenerateContentRequest.contents[{i}].parts: contents.parts must not be empty.\n")
        last = {"images": 0, "texts": 0}
        for j, raw_part in enumerate(parts):
            where = f"contents[{i}].parts[{j}]"
            part = _fields(raw_part, PART, where)
            if len({"text", "inlineData", "fileData", "functionCall", "functionResponse"} & part.keys()) > 1:
                raise Invalid("Invalid JSON payload received. Oneof field 'data' is already set.")
            if "inlineData" in part:
                blob = _fields(part["inlineData"], BLOB, f"{where}.inline_data")
                data = decode_bytes(blob.get("data"), f"{where}.inline_data.data")
                if role == "user" and not part.get("thought"):
                    record.images.append(data)
                    record.mime_types.append(str(blob.get("mimeType") or ""))
                    last["images"] += 1
                    _check_image(data, str(blob.get("mimeType") or ""), where)
            if "text" in part and role == "user" and not part.get("thought"):
                if not isinstance(part["text"], str):
                    raise Invalid(f"Invalid value at '{where}.text' (TYPE_STRING), {json.dumps(part['text'])}")
                texts.append(part["text"])
                last["texts"] += bool(part["text"].strip())
        record.prompt = "\n".join(texts)
    if (fields.get("role") or "user") != "user" or not last["images"] or not last["texts"]:
        raise Invalid("The last content must be the user's, with at least one inlineData image part and one text part.")
    generation = _fields(config, GENERATION, "generation_config")
    modalities = generation.get("responseModalities") or []
    for k, modality in enumerate(modalities if isinstance(modalities, list) else [modalities]):
        if not isinstance(modality, str) or modality.upper() not in MODALITIES:
            raise Invalid(
                f"Invalid value at 'generation_config.response_modalities[{k}]' "
                f"(type.googleapis.com/google.ai.generativelanguage.v1beta.GenerationConfig.Modality), "
                f"{json.dumps(modality)}"
            )
    model_id = model["name"].removeprefix("models/")
    if "image" not in model_id:
        raise Invalid("Model does not support the requested response modalities: image")
    if "IMAGE" not in [m.upper() for m in modalities if isinstance(m, str)]:
        raise Invalid(f"generationConfig.responseModalities must include IMAGE for {model_id} (it was {modalities}).")
    image_config = _fields(generation.get("imageConfig") or {}, IMAGE_CONFIG, "generation_config.image_config")
    ratios = ASPECT_RATIOS + (GEMINI_3_ASPECT_RATIOS if model_id.startswith("gemini-3") else ())
    if "aspectRatio" in image_config and image_config["aspectRatio"] not in ratios:
        raise Invalid(f"Unsupported aspect ratio {image_config['aspectRatio']!r} for {model_id}; use one of {ratios}.")
    if "imageSize" in image_config:
        size = image_config["imageSize"]
        if model_id.startswith("gemini-2.5"):
            raise Invalid(f"imageSize is not supported for {model_id} (it makes 1024 px images only).")
        sizes = IMAGE_SIZES if model_id.startswith("gemini-3.1-flash-image") else IMAGE_SIZES[1:]
        if size not in sizes:
            raise Invalid(f"Unsupported image size {size!r} for {model_id}; use one of {sizes} (uppercase K).")


def _check_image(data: bytes, mime_type: str, where: str) -> None:
    if mime_type not in IMAGE_FORMATS:
        raise Invalid(f"Unsupported MIME type: {mime_type} (at '{where}.inline_data.mime_type')")
    try:
        with Image.open(io.BytesIO(data)) as image:
            actual = image.format
            image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise Invalid(f"{BAD_IMAGE} ('{where}': not an image)") from None
    if actual != IMAGE_FORMATS[mime_type]:
        raise Invalid(f"{BAD_IMAGE} ('{where}': the data is {actual}, the mimeType says {mime_type})")


class _Handler(QuietHandler):
    server: _Server
    default_headers = (("Vary", "Origin, X-Origin, Referer"),)

    # -- request side -----------------------------------------------------------------------------------
    def _serve(self) -> None:
        raw = self._read_body()
        url = urllib.parse.urlsplit(self.path)
        query = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        route = ROUTE.match(url.path)
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        record = RecordedRequest(
            method=self.command,
            path=url.path,
            query=query,
            version=route["version"] if route else "",
            model=(route["model"] or "") if route else "",
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            raw=raw,
        )
        try:
            reply, full = self._route(record, route, query)
        except Invalid as invalid:
            reply, full = invalid.reply, None
        finally:
            self.server.record(record)
        self._answer(record, reply, full, streamed=bool(route and route["method"] == "streamGenerateContent"))

    def _route(self, record: RecordedRequest, route: re.Match[str] | None, query: dict[str, str]) -> tuple[Reply, Any]:
        if "key" in query:
            raise Invalid("This test double refuses ?key= in the URL: use the x-goog-api-key header.")
        if self.headers.get("x-goog-api-key") != self.server.api_key:
            raise Invalid("API key not valid. Please pass a valid API key.", reason="API_KEY_INVALID")
        if route is None:
            raise Invalid(f"Method not found: {self.command} {record.path}", 404, "NOT_FOUND")
        for name in query:
            if name not in QUERY:
                raise Invalid(f'Invalid JSON payload received. Unknown name "{name}": Cannot bind query parameter.')
        version, model_id, method = route["version"], route["model"], route["method"]
        if model_id is None:  # GET /{version}/models
            if self.command != "GET":
                raise Invalid(f"Method not allowed: {self.command} {record.path}", 404, "NOT_FOUND")
            page = self._models_page(query)  # a bad page token is refused before a scripted reply is used
            return self.server.next_reply("models"), page
        model = next((m for m in self.server.models if m["name"] == f"models/{model_id}"), None)
        if method is None and self.command == "GET":
            if model is None:
                raise Invalid(f"models/{model_id} is not found for API version {version}", 404, "NOT_FOUND")
            return Reply.ok(), model
        if method not in ("generateContent", "streamGenerateContent") or self.command != "POST":
            raise Invalid(f"Method not found: {self.command} {record.path}", 404, "NOT_FOUND")
        if model is None or "generateContent" not in model.get("supportedGenerationMethods", []):
            raise Invalid(
                f"models/{model_id} is not found for API version {version}, or is not supported for "
                f"{method}. Call ListModels to see the list of available models and their supported methods.",
                404,
                "NOT_FOUND",
            )
        if not self.headers.get_content_type() == "application/json" or (record.raw and record.body is None):
            raise Invalid("Invalid JSON payload received. Unexpected token.")
        check_generate(record.body, record, model)
        reply = self.server.next_reply("generate")
        if reply.action in ("error", "not_json", "stall", "drop"):
            return reply, None
        full = answer(reply if reply.action not in ("cut_off", "truncated_json") else Reply.ok(), record, _rid())
        return reply, stream_chunks(full) if method == "streamGenerateContent" else full

    def _models_page(self, query: dict[str, str]) -> dict[str, Any]:
        size_text = query.get("pageSize", query.get("page_size", ""))
        if size_text and not re.fullmatch(r"-?\d+", size_text):
            raise Invalid(f"Invalid value at 'page_size' (TYPE_INT32), \"{size_text}\"")
        size = int(size_text) if size_text and int(size_text) > 0 else self.server.page_size
        token = query.get("pageToken", query.get("page_token", ""))
        start = 0
        if token:
            try:
                start = int(base64.urlsafe_b64decode(token.encode()).decode().removeprefix("offset:"))
            except ValueError:
                raise Invalid("Invalid page token.") from None
        models = self.server.models
        page: dict[str, Any] = {"models": models[start : start + min(size, 1000)]}
        if start + size < len(models):
            page["nextPageToken"] = base64.urlsafe_b64encode(f"offset:{start + size}".encode()).decode()
        return page

    # -- answers --------------------------------------------------------------------------------------------
    def _answer(self, record: RecordedRequest, reply: Reply, full: Any, streamed: bool) -> None:
        self.connection.settimeout(SEND_TIMEOUT)
        try:
            self._answer_with(record, reply, full, streamed)
        finally:
            if not self.close_connection:
                self.connection.settimeout(None)  # idle keep-alive connections wait for the client

    def _answer_with(self, record: RecordedRequest, reply: Reply, full: Any, streamed: bool) -> None:
        if reply.action == "stall":
            return self._stall(record, reply.seconds)
        if reply.action == "drop":
            self.close_connection = True
            return None
        if reply.action == "error":
            return self._send(reply.status, json.dumps(reply.payload).encode(), JSON, reply.headers)
        if reply.action == "not_json":
            page = HTML_ERROR.format(status=reply.status).encode()
            return self._send(reply.status, page, "text/html; charset=UTF-8", reply.headers)
        sse = streamed and record.query.get("alt") == "sse"
        if sse:
            return self._stream(reply, full)
        body = json.dumps(full, indent=2 if streamed else None).encode()
        if reply.action == "truncated_json":
            return self._send(200, body[: len(body) // 2], JSON, reply.headers)
        if reply.action == "cut_off":
            self._send(200, body[: len(body) // 2], JSON, reply.headers, length=len(body))
            self.close_connection = True
            return None
        self._send(200, body, JSON, reply.headers)

    def _chunk(self, data: bytes) -> None:
        self.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def _stream(self, reply: Reply, chunks: list[dict[str, Any]]) -> None:
        """Server-sent events: ``data: <GenerateContentResponse>`` per event; the image comes whole, in one."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        events = [f"data: {json.dumps(chunk)}\r\n\r\n".encode() for chunk in chunks]
        broken = reply.action in ("cut_off", "truncated_json")
        for event in events[:-1] if broken else events:
            self._chunk(event)
        if broken:
            self._chunk(events[-1][: len(events[-1]) // 2])
        if reply.action == "cut_off":
            self.wfile.flush()
            self.close_connection = True
            return
        self.wfile.write(b"0\r\n\r\n")


def _rid() -> str:
    return secrets.token_urlsafe(17)[:22]
