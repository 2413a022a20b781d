"""The request handler of both hosts: checks each request as BFL's FastAPI service would, then answers, or as scripted."""

from __future__ import annotations

import email.message
import io
import json
import re
import secrets
import time
import urllib.parse
import uuid
from email.utils import formatdate
from typing import TYPE_CHECKING, Any

from PIL import Image

from tests.support.bfl_server.replies import (
    ENDPOINTS,
    HTML_ERROR,
    KONTEXT,
    MAX_PIXELS,
    NOT_AUTHENTICATED,
    SIGNATURE_FAILED,
    RecordedRequest,
    Reply,
    azure_error,
    check_submit,
    kontext_size,
    make_image,
    poll_body,
    validation_item,
)
from tests.support.tls_server import QuietHandler

if TYPE_CHECKING:
    from tests.support.bfl_server import _Server

SUBMIT = re.compile(r"^/v1/(?P<endpoint>[A-Za-z0-9._-]+)$")
POLL_PATHS = ("/v1/get_result", "/v1/regional/get_result")
SAMPLE = re.compile(r"^/results/(?P<id>[0-9a-f-]{36})/sample\.(?P<ext>jpeg|png)$")
REDIRECT = re.compile(r"^/r/(?P<id>[0-9a-f-]{36})$")
JSON = "application/json"
XML = "application/xml"
SEND_TIMEOUT = 5.0  # a client that stops reading must not hold a server thread for ever
MAX_BODY = 64 * 1024 * 1024


class Invalid(Exception):
    """The request is refused before any scripted reply is used: answer ``status`` with ``{"detail": detail}``."""

    def __init__(self, status: int, detail: Any, headers: dict[str, str] | None = None) -> None:
        super().__init__(str(detail))
        self.reply = Reply.error(status, detail, headers)


def output_size(endpoint: str, body: dict[str, Any], images: list[bytes]) -> tuple[int, int]:
    """What the job makes: FLUX.2 the asked size (else the first input's, to 16 px and 4 MP); Kontext ~1 MP."""
    if endpoint in KONTEXT:
        return kontext_size(body.get("aspect_ratio"))
    width, height = 1024, 1024
    if images:
        with Image.open(io.BytesIO(images[0])) as image:
            width, height = image.size
        scale = min(1.0, (MAX_PIXELS / (width * height)) ** 0.5)
        width, height = max(64, int(width * scale) // 16 * 16), max(64, int(height * scale) // 16 * 16)
    return body.get("width") or width, body.get("height") or height


def _megapixels(images: list[bytes]) -> float:
    total = 0
    for data in images:
        with Image.open(io.BytesIO(data)) as image:
            total += image.width * image.height
    return round(total / 1e6, 6)


class _Handler(QuietHandler):
    server: _Server

    do_PUT = do_DELETE = do_PATCH = do_HEAD = QuietHandler.do_POST

    # -- request side -----------------------------------------------------------------------------------
    def _serve(self) -> None:
        if int(self.headers.get("content-length") or 0) > MAX_BODY:
            self.close_connection = True
            return
        raw = self._read_body()
        url = urllib.parse.urlsplit(self.path)
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = None
        record = RecordedRequest(
            host=self.server.role,
            method=self.command,
            path=url.path,
            query=dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True)),
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
            raw=raw,
        )
        self.record = record
        self.server.state.record(record)
        self.connection.settimeout(SEND_TIMEOUT)
        try:
            if self.server.role == "api":
                try:
                    self._api(record)
                except Invalid as invalid:
                    self._scripted(invalid.reply)
            else:
                self._delivery(record)
        finally:
            if not self.close_connection:
                self.connection.settimeout(None)  # idle keep-alive connections wait for the client

    def _authenticate(self) -> None:
        key = self.headers.get("x-key")
        if key != self.server.state.api_key:
            raise Invalid(403, NOT_AUTHENTICATED if key else "Not authenticated")

    def _api(self, record: RecordedRequest) -> None:
        state = self.server.state
        submit = SUBMIT.match(record.path)
        if record.path in POLL_PATHS:
            if self.command != "GET":
                raise Invalid(405, "Method Not Allowed")
            self._authenticate()
            return self._poll(record)
        if submit and self.command == "POST":
            record.endpoint = submit["endpoint"]  # unknown ones too: the test may ask what the client tried
        if submit is None or submit["endpoint"] not in ENDPOINTS:
            raise Invalid(404, "Not Found")
        if self.command != "POST":
            raise Invalid(405, "Method Not Allowed")
        endpoint = record.endpoint
        self._authenticate()
        errors = check_submit(endpoint, self._json_body(record), record)
        if errors:
            raise Invalid(422, errors)
        reply = state.next_reply("submit")
        if reply.action != "accepted":
            return self._scripted(reply)
        body = record.body
        width, height = output_size(endpoint, body, record.images)
        ext = body.get("output_format") or ("png" if endpoint in KONTEXT else "jpeg")
        seed = body["seed"] if isinstance(body.get("seed"), int) else secrets.randbelow(2**32)
        job = state.add_job(endpoint, record.prompt, seed, width, height, ext)
        record.job_id = job.id
        answer: dict[str, Any] = {"id": job.id}
        if reply.polling != "none":
            where = "/v1/regional/get_result" if reply.polling == "elsewhere" else "/v1/get_result"
            answer["polling_url"] = f"{state.api_url}{where}?id={job.id}"
        answer |= {"cost": reply.cost, "input_mp": _megapixels(record.images), "output_mp": width * height / 1e6}
        self._send_json(200, answer)

    def _json_body(self, record: RecordedRequest) -> Any:
        """The body as FastAPI sees it: JSON only with a JSON content type; bad JSON is a 422 of its own."""
        content_type = self.headers.get("content-type")
        message = email.message.Message()
        message["content-type"] = content_type or "application/json"
        subtype = message.get_content_subtype()
        if content_type and (message.get_content_maintype() != "application" or not subtype.endswith("json")):
            return record.raw.decode("utf-8", "replace")
        if not record.raw:
            raise Invalid(422, [validation_item(["body"], "Field required", "missing")])
        try:
            return json.loads(record.raw)
        except ValueError as error:
            item = validation_item(["body", getattr(error, "pos", 0)], "JSON decode error", "json_invalid")
            raise Invalid(422, [{**item, "input": {}, "ctx": {"error": getattr(error, "msg", str(error))}}]) from None

    def _poll(self, record: RecordedRequest) -> None:
        state = self.server.state
        job_id = record.query.get("id")
        if not job_id:
            raise Invalid(422, [validation_item(["query", "id"], "Field required", "missing")])
        record.job_id = job_id
        with state.lock:
            job = state.jobs.get(job_id)
            poll = job.next_poll() if job else None
        if job is None or poll is None:
            return self._send_json(200, {"id": job_id, "status": "Task not found"})
        if poll.action == "stall":
            return self._stall(record, poll.seconds)
        if poll.action == "http_error":
            return self._send_json(poll.http_status, {"detail": poll.detail})
        result = None
        if poll.action == "ready":
            sample = f"{state.delivery_url}/r/{job.id}" if poll.redirect else state.signed_url(job)
            now = time.time()
            result = {"sample": sample, "prompt": job.prompt, "seed": job.seed, "start_time": job.submitted}
            result |= {"end_time": now, "duration": now - job.submitted}
        self._send_json(200, poll_body(job.id, poll, result))

    # -- delivery host ----------------------------------------------------------------------------------
    def _delivery(self, record: RecordedRequest) -> None:
        state = self.server.state
        sample, redirect = SAMPLE.match(record.path), REDIRECT.match(record.path)
        if self.command != "GET":
            return self._xml(405, "UnsupportedHttpVerb", "The resource doesn't support specified Http Verb.")
        if redirect:
            record.job_id = redirect["id"]
            with state.lock:
                job = state.jobs.get(redirect["id"])
            if job is None:
                return self._xml(404, "BlobNotFound", "The specified blob does not exist.")
            return self._send(302, b"", "text/plain", {"Location": state.signed_url(job)})
        if sample is None:
            return self._xml(404, "ResourceNotFound", "The specified resource does not exist.")
        record.job_id = sample["id"]
        expiry = record.query.get("se", "")
        signature = record.query.get("sig", "")
        good = expiry.isdigit() and secrets.compare_digest(signature, state.sign(record.path, int(expiry)))
        if not good or time.time() >= int(expiry):
            why = "Signature did not match." if not good else f"Signed expiry time [{expiry}] must be after now."
            detail = f"<AuthenticationErrorDetail>{why}</AuthenticationErrorDetail>"
            return self._xml(403, "AuthenticationFailed", SIGNATURE_FAILED, detail)
        with state.lock:
            job = state.jobs.get(sample["id"])
        if job is None or job.ext != sample["ext"]:
            return self._xml(404, "BlobNotFound", "The specified blob does not exist.")
        reply = state.next_reply("download")
        if reply.action != "accepted":
            return self._scripted(reply)
        data = make_image(job.width, job.height, job.ext)
        headers = {"ETag": f'"0x{abs(hash(data)):X}"', "Last-Modified": formatdate(job.submitted, usegmt=True)}
        headers |= {"Accept-Ranges": "bytes", "x-ms-blob-type": "BlockBlob", "x-ms-request-id": str(uuid.uuid4())}
        self._send(200, data, f"image/{job.ext}", headers)

    # -- answers --------------------------------------------------------------------------------------------
    def _scripted(self, reply: Reply) -> None:
        if reply.action == "stall":
            return self._stall(self.record, reply.seconds)
        if reply.action == "drop":
            self.close_connection = True
            return None
        if reply.action == "not_json":
            page = HTML_ERROR.format(status=reply.status).encode()
            return self._send(reply.status, page, "text/html; charset=UTF-8", reply.headers)
        if self.server.role == "delivery":
            code = {500: "InternalError", 503: "ServerBusy"}.get(reply.status, "InternalError")
            return self._xml(reply.status, code, str((reply.payload or {}).get("detail", "")), headers=reply.headers)
        self._send_json(reply.status, reply.payload, reply.headers)

    def _xml(
        self, status: int, code: str, message: str, extra: str = "", headers: dict[str, str] | None = None
    ) -> None:
        request_id = str(uuid.uuid4())
        when = time.strftime("%Y-%m-%dT%H:%M:%S.0000000Z", time.gmtime())
        body = azure_error(code, message, request_id, when, extra)
        self._send(status, body, XML, {"x-ms-request-id": request_id, "x-ms-error-code": code, **(headers or {})})

    def _send_json(self, status: int, payload: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(payload).encode(), JSON, headers or {})

    def _send(
        self, status: int, body: bytes, content_type: str, headers: dict[str, str], length: int | None = None
    ) -> None:
        self.record.status = status
        super()._send(status, body, content_type, headers, length)
