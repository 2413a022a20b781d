"""The aiohttp application: ComfyUI's routes (also under ``/api``), its origin check, ``/ws``, and prompt validation."""

from __future__ import annotations

import asyncio
import json
import mimetypes
import posixpath
import urllib.parse
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, WSMsgType, web

from tests.support.comfyui_server import scripts
from tests.support.comfyui_server.scripts import MAX_UPLOAD_SIZE as MAX_SIZE
from tests.support.comfyui_server.scripts import RecordedRequest

if TYPE_CHECKING:
    from tests.support.comfyui_server import State

LOOPBACK = {"localhost", "127.0.0.1", "::1"}
RECORD = web.RequestKey("record", RecordedRequest)


@dataclass(eq=False)
class Conn:
    """A /ws connection: its clientId, the socket, the request (for its transport), the client's feature flags."""

    sid: str
    ws: web.WebSocketResponse
    request: web.Request
    flags: dict[str, Any] = field(default_factory=dict)


def _reason(kind: str, message: str, details: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"type": kind, "message": message, "details": details, "extra_info": {"input_name": name, **extra}}


def _input_error(node: dict, name: str, conf: list, graph: dict, info: dict, exists) -> dict | str | None:
    """One present input, as execution.validate_inputs words its errors; "link" for a good link."""
    value, kind = node["inputs"][name], conf[0]
    extra = conf[1] if len(conf) > 1 and isinstance(conf[1], dict) else {}
    if isinstance(value, list):
        source, slot = (graph.get(str(value[0])), value[1]) if len(value) == 2 else (None, None)
        slots = info[source["class_type"]]["output"] if isinstance(source, dict) else []
        if not isinstance(slot, int) or not 0 <= slot < len(slots):
            message = "Bad linked input, must be a length-2 list of [node_id, slot_index]"
            return _reason("bad_linked_input", message, name, name, received_value=value)
        if isinstance(kind, str) and "*" not in (kind, slots[value[1]]) and slots[value[1]] not in kind.split(","):
            details = f"{name}, received_type({slots[value[1]]}) mismatch input_type({kind})"
            return _reason("return_type_mismatch", "Return type mismatch between linked nodes", details, name)
        return "link"
    if node["class_type"] == "LoadImage" and name == "image":  # LoadImage.VALIDATE_INPUTS
        message, details = "Custom validation failed for node", f"image - Invalid image file: {value}"
        return None if exists(str(value)) else _reason("custom_validation_failed", message, details, name)
    options = kind if isinstance(kind, list) else extra.get("options") if kind == "COMBO" else None
    if options is not None and value not in options:
        listed, config = (f"(list of length {len(options)})", None) if len(options) > 20 else (str(options), conf)
        details = f"{name}: '{value}' not in {listed}"
        return _reason(
            "value_not_in_list", "Value not in list", details, name, input_config=config, received_value=value
        )
    if kind in ("INT", "FLOAT"):
        try:
            number = int(value) if kind == "INT" else float(value)
        except (TypeError, ValueError) as ex:
            message = f"Failed to convert an input value to a {kind} value"
            return _reason("invalid_input_type", message, f"{name}, {value}, {ex}", name, received_value=value)
        if "min" in extra and number < extra["min"]:
            return _reason("value_smaller_than_min", f"Value {number} smaller than min of {extra['min']}", name, name)
        if "max" in extra and number > extra["max"]:
            return _reason("value_bigger_than_max", f"Value {number} bigger than max of {extra['max']}", name, name)
    return None


def validate(graph: Any, info: dict, exists, new_style: bool) -> tuple[dict | None, list[str], dict]:
    """execution.validate_prompt: (the 400 body or None, the good outputs, node_errors)."""
    if not isinstance(graph, dict):
        return scripts.error("invalid_prompt", "Cannot execute because the prompt is not an object.", ""), [], {}
    outputs = []
    for nid, node in graph.items():
        if not isinstance(node, dict) or "class_type" not in node:
            message = "Cannot execute because a node is missing the class_type property."
            return scripts.error("invalid_prompt", message, f"Node ID '#{nid}'"), [], {}
        if node["class_type"] not in info:
            return scripts.missing_node(nid, node, new_style), [], {}
        outputs += [nid] if info[node["class_type"]].get("output_node") else []
    if not outputs:
        return scripts.error("prompt_no_outputs", "Prompt has no outputs"), [], {}
    graph = {nid: {**node, "inputs": node.get("inputs") or {}} for nid, node in graph.items()}
    results: dict[str, tuple[bool, list]] = {}

    def check(nid: str) -> bool:
        if nid not in results:
            results[nid] = (True, [])  # a cycle stops here
            node, errors, ok = graph[nid], [], True
            spec = info[node["class_type"]]["input"]
            for group in ("required", "optional"):
                for name, conf in (spec.get(group) or {}).items():
                    if name not in node["inputs"]:
                        missing = _reason("required_input_missing", "Required input is missing", name, name)
                        errors += [missing] if group == "required" else []
                    elif (reason := _input_error(node, name, conf, graph, info, exists)) == "link":
                        ok = check(str(node["inputs"][name][0])) and ok
                    elif reason is not None:
                        errors.append(reason)
            results[nid] = (ok and not errors, errors)
        return results[nid][0]

    node_errors: dict[str, Any] = {}
    good = [o for o in outputs if check(o)]
    for o in (o for o in outputs if o not in good):
        for nid in (n for n in scripts.ancestors(graph, [o]) if results.get(n, (True, []))[1]):
            entry = {"errors": results[nid][1], "dependent_outputs": [], "class_type": graph[nid]["class_type"]}
            node_errors.setdefault(nid, entry)["dependent_outputs"].append(o)
    if not good:
        return scripts.failed_validation(node_errors), [], node_errors
    return None, good, node_errors


def _origin_refused(headers: Any) -> bool:
    """server.py create_origin_only_middleware: a loopback Host and a different Origin -> 403."""
    if "Host" not in headers or "Origin" not in headers:
        return False
    host, origin = headers["Host"].lower(), urllib.parse.urlparse(headers["Origin"])
    host_parsed = urllib.parse.urlsplit("//" + host)
    origin_domain = origin.netloc.lower()
    if origin.port is None:
        host = host_parsed.hostname or ""
    if host_parsed.port is None:
        origin_domain = origin.hostname or ""
    return host_parsed.hostname in LOOPBACK and bool(host and origin_domain) and host != origin_domain


def make_app(state: State) -> web.Application:
    @web.middleware
    async def record(request: web.Request, handler: Any) -> web.StreamResponse:
        headers = {k.lower(): v for k, v in request.headers.items()}
        request[RECORD] = rec = RecordedRequest(request.method, request.path, dict(request.query), headers)
        state.add("requests", rec)
        refused = _origin_refused(request.headers)
        try:
            if not refused and request.content_type == "multipart/form-data":
                await _read_multipart(request, rec)
            elif not refused and request.can_read_body:
                with suppress(ValueError):
                    rec.body = json.loads(await request.read() or b"null")
            response = web.Response(status=403) if refused else await handler(request)
        except (ConnectionError, ValueError, RuntimeError):  # the client went away, or sent a broken body
            response = web.Response(status=400)
        except web.HTTPException:
            raise
        except Exception:  # what ComfyUI answers when a handler trips over a body of the wrong shape
            response = web.Response(status=500, text="500 Internal Server Error\n\nServer got itself in trouble")
        rec.status = response.status
        return response

    app = web.Application(client_max_size=MAX_SIZE, middlewares=[record])
    routes = web.RouteTableDef()

    def body(request: web.Request) -> Any:
        return request[RECORD].body

    @routes.get("/system_stats")
    async def system_stats(request: web.Request) -> web.Response:
        return web.json_response(state.system_stats)

    @routes.get("/object_info")
    async def object_info(request: web.Request) -> web.Response:
        return web.json_response(state.effective_object_info())

    @routes.get("/object_info/{cls}")
    async def object_info_one(request: web.Request) -> web.Response:
        info, cls = state.effective_object_info(), request.match_info["cls"]
        return web.json_response({cls: info[cls]} if cls in info else {})

    @routes.get("/models/{folder}")
    async def models(request: web.Request) -> web.Response:
        folder = request.match_info["folder"]
        return web.json_response(state.models[folder]) if folder in state.models else web.Response(status=404)

    @routes.post("/upload/image")
    async def upload(request: web.Request) -> web.Response:
        rec = request[RECORD]
        images = [f for f in rec.files if f[0] == "image"]
        kind, subfolder = rec.form.get("type") or "input", posixpath.normpath(rec.form.get("subfolder") or ".")
        if not images or not images[0][1] or kind not in scripts.TYPES:
            return web.Response(status=400)
        name, data = images[0][1], images[0][3]
        if subfolder.startswith(("/", "..")) or "/" in name or name in (".", ".."):
            return web.Response(status=400)
        subfolder = "" if subfolder == "." else subfolder
        if rec.form.get("overwrite") not in ("true", "1"):
            stem, ext, i = *posixpath.splitext(name), 1
            while (kind, subfolder, name) in state.files and state.files[kind, subfolder, name] != data:
                name, i = f"{stem} ({i}){ext}", i + 1  # an identical file is reused, as ComfyUI does (by hash)
        state.files[kind, subfolder, name] = data
        state.add("uploads", (name, kind, data))
        return web.json_response({"name": name, "subfolder": subfolder, "type": kind})

    @routes.post("/prompt")
    async def post_prompt(request: web.Request) -> web.Response:
        data = body(request)  # not an object: a 500, as ComfyUI gives
        number, state.number = state.number, state.number + 1
        if "prompt" not in data:
            return web.json_response(scripts.error("no_prompt", "No prompt provided", "No prompt provided"), status=400)
        prompt_id = data.get("prompt_id")
        if prompt_id is None:
            prompt_id = str(uuid.uuid4())
        elif state.require_uuid_prompt_id and not _canonical_uuid(prompt_id):
            details = "prompt_id must be a UUID string in canonical lowercase hyphenated form; omit it to let the server generate one"
            return web.json_response(
                scripts.error("invalid_prompt_id", "prompt_id must be a valid UUID", details), status=400
            )
        graph = data["prompt"]
        refusal, outputs, node_errors = validate(
            graph, state.effective_object_info(), state.exists, state.missing_node_type
        )
        if refusal is not None:
            return web.json_response(refusal, status=400)
        run = state.next_run()
        if run.kind == "node_error":
            return web.json_response(scripts.scripted_node_error(run, graph, outputs, state.models), status=400)
        if run.kind == "missing_node":
            nid = next((k for k, v in graph.items() if v.get("class_type") == run.class_type), next(iter(graph)))
            new_style = state.missing_node_type if run.new_style is None else run.new_style
            return web.json_response(scripts.missing_node(nid, {"class_type": run.class_type}, new_style), status=400)
        extra_data = dict(data.get("extra_data") or {})
        if "client_id" in data:
            extra_data["client_id"] = data["client_id"]
        state.add("prompts", {**data, "prompt_id": str(prompt_id), "number": number})
        await state.enqueue(number, str(prompt_id), graph, extra_data, scripts.ancestors(graph, outputs), outputs, run)
        if state.prompt_answer_delay:  # queued, but its answer is slow to come: a cancel may close the socket first
            await asyncio.sleep(state.prompt_answer_delay)
        return web.json_response({"prompt_id": str(prompt_id), "number": number, "node_errors": node_errors})

    @routes.get("/queue")
    async def get_queue(request: web.Request) -> web.Response:
        running = [state.running.entry()] if state.running else []
        return web.json_response({"queue_running": running, "queue_pending": [i.entry() for i in state.pending]})

    @routes.post("/queue")
    async def post_queue(request: web.Request) -> web.Response:
        data = body(request) or {}
        deleted = list(data.get("delete") or []) + ([i.prompt_id for i in state.pending] if data.get("clear") else [])
        for prompt_id in deleted:
            state.add("queue_deletes", prompt_id)
        state.pending[:] = [item for item in state.pending if item.prompt_id not in deleted]
        await state.queue_changed()
        return web.Response(status=200)

    @routes.get("/history/{prompt_id}")
    async def history(request: web.Request) -> web.Response:
        prompt_id = request.match_info["prompt_id"]
        return web.json_response({prompt_id: state.history[prompt_id]} if prompt_id in state.history else {})

    @routes.post("/history")
    async def post_history(request: web.Request) -> web.Response:
        data = body(request) or {}
        deleted = list(data.get("delete") or []) + (list(state.history) if data.get("clear") else [])
        for prompt_id in deleted:
            state.add("history_deletes", prompt_id)
            state.history.pop(prompt_id, None)
        return web.Response(status=200)

    @routes.post("/interrupt")
    async def interrupt(request: web.Request) -> web.Response:
        data = body(request) if isinstance(body(request), dict) else {}
        state.add("interrupts", data)
        running, wanted = state.running, data.get("prompt_id")
        if running is not None and (not wanted or wanted == running.prompt_id):
            running.interrupt.set()
        return web.Response(status=200)

    @routes.get("/view")
    async def view(request: web.Request) -> web.Response:
        query = request.query
        if not query.get("filename"):
            return web.Response(status=400)
        kind, annotated_sub, filename = scripts.annotated(query["filename"], query.get("type", "output"))
        if query["filename"].startswith("/") or ".." in query["filename"] or kind not in scripts.TYPES:
            return web.Response(status=400)
        subfolder = posixpath.normpath(posixpath.join(query.get("subfolder", ""), annotated_sub) or ".")
        if subfolder.startswith(("/", "..")):
            return web.Response(status=403)
        data = state.files.get((kind, "" if subfolder == "." else subfolder, filename))
        if data is None:
            return web.Response(status=404)
        content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        headers = {"Content-Disposition": f'filename="{filename}"'}
        return web.Response(body=data, content_type=content_type, headers=headers)

    @routes.get("/ws")
    async def websocket(request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(timeout=0.5, max_msg_size=MAX_SIZE)
        await ws.prepare(request)
        sid = request.query.get("clientId") or uuid.uuid4().hex
        state.add("ws_connections", {"client_id": sid, "headers": dict(request[RECORD].headers)})
        state.sockets[sid] = conn = Conn(sid, ws, request)  # a newer connection of the same client replaces it
        try:
            status = {"status": {"exec_info": {"queue_remaining": state.remaining()}}, "sid": sid}
            await state.send(sid, "status", status)
            if state.running is not None and state.running.client_id == sid and state.last_node_id is not None:
                await state.send(sid, "executing", {"node": state.last_node_id})
            first = True
            async for message in ws:
                if message.type != WSMsgType.TEXT:
                    continue
                try:
                    data = json.loads(message.data)
                except ValueError:
                    continue
                if first and isinstance(data, dict) and data.get("type") == "feature_flags":
                    conn.flags = dict(data.get("data") or {})
                    flags = {"supports_preview_metadata": True, "max_upload_size": MAX_SIZE}
                    await state.send(sid, "feature_flags", flags)
                first = False
        finally:
            if state.sockets.get(sid) is conn:
                del state.sockets[sid]
        return ws

    for r in routes:
        assert isinstance(r, web.RouteDef)
        app.router.add_route(r.method, r.path, r.handler)
        app.router.add_route(r.method, "/api" + r.path, r.handler)
    return app


async def _read_multipart(request: web.Request, rec: RecordedRequest) -> None:
    """The parts, read into memory (``request.post()`` would spool files to disk)."""
    size = 0
    async for part in await request.multipart():
        if isinstance(part, BodyPartReader):
            data = bytes(await part.read())
            size += len(data)
            if size > MAX_SIZE:
                raise web.HTTPRequestEntityTooLarge(max_size=MAX_SIZE, actual_size=size)
            if part.filename is not None:
                rec.files.append((part.name or "", part.filename, part.headers.get("Content-Type", ""), data))
            else:
                rec.form[part.name or ""] = data.decode(errors="replace")


def _canonical_uuid(value: Any) -> bool:
    try:
        return isinstance(value, str) and str(uuid.UUID(value)) == value
    except ValueError:
        return False
