"""A ComfyUI look-alike: its HTTP routes and ``/ws`` on one port, built with aiohttp as ComfyUI is.

Its own asyncio loop runs in a daemon thread: plain HTTP on 127.0.0.1, or (``tls=True``) HTTPS on "localhost" with
a throw-away ``trustme`` CA. The wire format is ComfyUI 0.3.64's (server.py, execution.py; notes/providers.md §4):
upload, prompt, history, queue, interrupt, view, object_info, models, system_stats (also under ``/api``), the
origin check, ``validate_prompt``'s 400 bodies (checked for real against ``object_info``), and the ``/ws`` events
with big-endian binary previews (type 1, or type 4 after the client's ``feature_flags``). Prompts run one at a
time; each "generates" its LoadImage input inverted (a real PNG, same size). ``script()`` says how the next
accepted prompts go (``Run.success()`` otherwise); every request is recorded.

    with comfyui_server() as server:
        server.script(Run.oom(after_steps=2))
        ...  # point the client at server.url (server.environ())
"""

from __future__ import annotations

import asyncio
import collections
import copy
import ssl
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import trustme
from aiohttp import web

from tests.support.comfyui_server import scripts
from tests.support.comfyui_server.app import Conn, make_app
from tests.support.comfyui_server.scripts import DEFAULT_MODELS, OBJECT_INFO, VERSION, RecordedRequest, Run

__all__ = ["DEFAULT_MODELS", "OBJECT_INFO", "VERSION", "ComfyTestServer", "RecordedRequest", "Run", "comfyui_server"]


@dataclass
class Item:
    """A queued prompt."""

    number: int
    prompt_id: str
    graph: dict[str, Any]
    extra_data: dict[str, Any]
    order: list[str]  # the nodes to execute, inputs first
    outputs: list[str]
    run: Run
    queued_at: float = 0.0
    interrupt: asyncio.Event = field(default_factory=asyncio.Event)

    client_id = property(lambda self: self.extra_data.get("client_id"))

    def entry(self) -> list[Any]:
        return [self.number, self.prompt_id, self.graph, self.extra_data, self.outputs]


class State:
    """Everything the server holds. Changed only on the loop's thread; the lists are read under ``lock``."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.recorded: dict[str, list[Any]] = collections.defaultdict(list)
        self.files: dict[tuple[str, str, str], bytes] = {}  # (type, subfolder, filename) -> bytes
        self.history: dict[str, dict[str, Any]] = {}
        self.pending: list[Item] = []
        self.running: Item | None = None
        self.last_node_id: str | None = None  # what a reconnecting client of the running prompt is told
        self.scripted: collections.deque[Run] = collections.deque()
        self.object_info: dict[str, Any] = copy.deepcopy(OBJECT_INFO)
        self.object_info_set = False  # True: served as set, combos and all
        self.models = copy.deepcopy(DEFAULT_MODELS)
        self.system_stats = scripts.default_system_stats()
        self.queue_delay, self.require_uuid_prompt_id, self.missing_node_type = 0.0, True, False
        self.prompt_answer_delay = 0.0  # seconds between taking a prompt and answering its POST
        self.sockets: dict[str, Conn] = {}  # clientId -> its latest connection, as ComfyUI keeps them
        self.number = self.counter = 0
        self.wake, self.free_since = asyncio.Event(), 0.0

    def add(self, name: str, value: Any) -> None:
        with self.lock:
            self.recorded[name].append(value)

    def effective_object_info(self) -> dict[str, Any]:
        if self.object_info_set:
            return self.object_info
        inputs = [name for (kind, sub, name) in self.files if kind == "input" and not sub]
        return scripts.fill_object_info(self.object_info, self.models, inputs)

    def exists(self, name: str) -> bool:
        return scripts.annotated(name) in self.files

    def next_run(self) -> Run:
        with self.lock:
            return self.scripted.popleft() if self.scripted else Run.success()

    def remaining(self) -> int:
        return len(self.pending) + (self.running is not None)

    async def enqueue(self, number, prompt_id, graph, extra_data, order, outputs, run) -> None:
        queued_at = asyncio.get_running_loop().time()
        self.pending.append(Item(number, prompt_id, graph, extra_data, order, outputs, run, queued_at))
        self.wake.set()
        await self.queue_changed()

    async def queue_changed(self) -> None:
        for sid in list(self.sockets):
            await self.send(sid, "status", {"status": {"exec_info": {"queue_remaining": self.remaining()}}})

    async def send(self, sid: str | None, event: str, data: dict[str, Any], jpeg: bytes = b"") -> None:
        """A JSON event; or, given ``jpeg``, a preview (type 4 with ``data`` as metadata if the client asked)."""
        conn = self.sockets.get(sid) if sid else None
        if conn is not None and not conn.ws.closed:
            metadata = data if conn.flags.get("supports_preview_metadata") else None
            with suppress(Exception):  # a client gone mid-frame is not our problem
                if jpeg:
                    await conn.ws.send_bytes(scripts.preview_frame(jpeg, metadata))
                else:
                    await conn.ws.send_json({"type": event, "data": data})

    def drop_sockets(self) -> None:
        """Close every WebSocket abruptly: no close frame, the TCP connection just goes."""
        for conn in list(self.sockets.values()):
            if conn.request.transport is not None:
                conn.request.transport.abort()
        self.sockets.clear()

    def restart(self) -> None:
        """What a restart loses: connections, the queue, the running prompt, history, the temp folder."""
        self.drop_sockets()
        self.pending.clear()
        self.history.clear()
        self.running = self.last_node_id = None
        self.files = {key: data for key, data in self.files.items() if key[0] != "temp"}


async def worker(state: State) -> None:
    loop = asyncio.get_running_loop()
    while True:
        if not state.pending:
            state.wake.clear()
            await state.wake.wait()
            continue
        wait = max(state.pending[0].queued_at, state.free_since) + state.queue_delay - loop.time()
        if wait > 0:  # a slow queue: the prompt stays pending (deletable) meanwhile
            state.wake.clear()
            with suppress(TimeoutError):
                await asyncio.wait_for(state.wake.wait(), timeout=wait)
            continue
        state.running = state.pending.pop(0)
        await state.queue_changed()
        await execute(state, state.running)
        state.running = state.last_node_id = None
        state.free_since = loop.time()
        await state.queue_changed()


async def execute(state: State, item: Item) -> None:
    """Send the run's events (execution.py, main.py) and leave the result in history and the temp folder."""
    run, pid, sid, graph = item.run, item.prompt_id, item.client_id, item.graph
    messages: list[list[Any]] = []
    loaded = next((n for n in item.order if graph[n]["class_type"] == "LoadImage"), None)
    image = str((graph[loaded].get("inputs") or {}).get("image", "")) if loaded else ""
    source = scripts.source_image(state.files.get(scripts.annotated(image)) if image else None)
    output_types = {"PreviewImage": "temp", "SaveImage": "output"}
    work = [n for n in item.order if graph[n]["class_type"] not in output_types] or item.order
    step_node = next((n for n in work if graph[n]["class_type"] in scripts.SAMPLING_NODES), work[-1])
    progress: dict[str, dict[str, Any]] = {}
    executed, outputs, meta = [], {}, {}  # type: ignore[var-annotated]

    async def event(name: str, data: dict[str, Any]) -> None:  # recorded in the history's status messages
        data = scripts.stamp(data)
        messages.append([name, data])
        await state.send(sid, name, data)

    async def node_progress(nid: str, value: int, maximum: int, node_state: str) -> None:
        progress[nid] = {"value": value, "max": maximum, "state": node_state, **scripts.node_ids(nid, pid)}
        await state.send(sid, "progress_state", {"prompt_id": pid, "nodes": copy.deepcopy(progress)})

    async def interrupted(nid: str, seconds: float | None) -> bool:
        with suppress(TimeoutError):
            await asyncio.wait_for(item.interrupt.wait(), timeout=seconds)
        return item.interrupt.is_set()

    async def steps(nid: str) -> str | None:  # what stopped the run, if anything
        for k in range(1, run.steps + 1):
            if await interrupted(nid, run.step_seconds):
                return "interrupted"
            await state.send(sid, "progress", {"value": k, "max": run.steps, "prompt_id": pid, "node": nid})
            await node_progress(nid, k, run.steps, "running")
            if run.previews and item.extra_data.get("preview_method") != "none":
                metadata = scripts.node_ids(nid, pid) | (run.preview_metadata or {})
                await state.send(sid, "preview", metadata, scripts.preview_jpeg(source, k, run.steps))
            if k != min(max(run.after_steps, 1), run.steps) or run.kind == "success":
                continue
            if run.kind in ("error", "interrupted"):
                return run.kind
            if run.kind == "hang":
                return "interrupted" if await interrupted(nid, None) else None
            if run.kind == "restart":
                state.restart()
                return "restart"
            state.drop_sockets()  # drop_socket: the run goes on, unheard
        return None

    await event("execution_start", {"prompt_id": pid})
    await event("execution_cached", {"nodes": [], "prompt_id": pid})
    failure, nid = None, item.order[0]
    for nid in item.order:
        node = graph[nid]
        state.last_node_id = nid
        await state.send(sid, "executing", {"node": nid, "display_node": nid, "prompt_id": pid})
        await node_progress(nid, 0, 1, "running")
        failure = await steps(nid) if nid == step_node else ("interrupted" if item.interrupt.is_set() else None)
        if failure:
            await node_progress(nid, progress[nid]["value"], progress[nid]["max"], "error")
            break
        if node["class_type"] in output_types:
            kind, state.counter = output_types[node["class_type"]], state.counter + 1
            name = scripts.output_filename(kind, node.get("inputs") or {}, state.counter)
            state.files[kind, "", name] = scripts.result_png(source, scripts.latent_size(graph))
            outputs[nid] = {"images": [{"filename": name, "subfolder": "", "type": kind}]}
            meta[nid] = {"node_id": nid, "display_node": nid, "parent_node": None, "real_node_id": nid}
            executed_event = {"node": nid, "display_node": nid, "output": outputs[nid], "prompt_id": pid}
            await state.send(sid, "executed", executed_event)
        await node_progress(nid, 1, 1, "finished")
        executed.append(nid)
    if failure == "restart":  # the server "died": no more events, no history
        return
    base = {"prompt_id": pid, "node_id": nid, "node_type": graph[nid]["class_type"], "executed": list(executed)}
    if failure == "interrupted":
        await event("execution_interrupted", base)
    elif failure == "error":
        inputs = {k: [v] for k, v in (graph[nid].get("inputs") or {}).items() if not isinstance(v, list)}
        details = {"exception_message": run.message, "exception_type": run.exception_type}
        more = {"traceback": scripts.TRACEBACK, "current_inputs": inputs, "current_outputs": executed}
        await event("execution_error", base | details | more)
    else:
        await event("execution_success", {"prompt_id": pid})
    status = {"status_str": "error" if failure else "success", "completed": not failure, "messages": messages}
    state.history[pid] = {"prompt": item.entry(), "outputs": outputs, "status": status, "meta": meta}
    await state.send(sid, "executing", {"node": None, "prompt_id": pid})


class ComfyTestServer:
    """What a test talks to: the address, the CA, the scripted runs, the settable answers, the records."""

    def __init__(self, ssl_context: ssl.SSLContext | None, ca_pem_path: Path | None) -> None:
        self.ca_pem_path = ca_pem_path
        self._ssl_context = ssl_context
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="comfyui-test-server", daemon=True)
        self._thread.start()
        self._call(self._start())
        name = "localhost" if ssl_context else "127.0.0.1"
        self.host = f"{name}:{self.port}"
        self.url = f"{'https' if ssl_context else 'http'}://{self.host}"

    def _call(self, coroutine: Any, timeout: float = 10) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    async def _start(self) -> None:
        self._state = State()
        self._runner = web.AppRunner(make_app(self._state), access_log=None, shutdown_timeout=0.25)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self._ssl_context).start()
        self.port = self._runner.addresses[0][1]
        self._worker = asyncio.get_running_loop().create_task(worker(self._state))

    async def _stop(self) -> None:
        self._worker.cancel()
        with suppress(asyncio.CancelledError):
            await self._worker
        self._state.drop_sockets()
        await self._runner.cleanup()

    def close(self) -> None:
        if self._loop.is_closed():
            return
        with suppress(Exception):
            self._call(self._stop(), timeout=5)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()

    def script(self, *runs: Run) -> None:
        """How the next accepted prompts go, in order; then ``Run.success()`` again."""
        with self._state.lock:
            self._state.scripted.extend(runs)

    def _records(self, name: str) -> list[Any]:
        with self._state.lock:
            return list(self._state.recorded[name])

    requests = property(lambda self: self._records("requests"), doc="Every HTTP request, the /ws upgrade too.")
    uploads = property(lambda self: self._records("uploads"), doc="(name, type, bytes) of each upload stored.")
    prompts = property(lambda self: self._records("prompts"), doc="Accepted POST /prompt bodies (+ prompt_id, number).")
    interrupts = property(lambda self: self._records("interrupts"), doc="The POST /interrupt bodies ({} if none).")
    queue_deletes = property(lambda self: self._records("queue_deletes"), doc="Prompt ids POST /queue deleted.")
    history_deletes = property(lambda self: self._records("history_deletes"), doc="Prompt ids POST /history deleted.")
    ws_connections = property(lambda self: self._records("ws_connections"), doc="{client_id, headers} per /ws.")

    def _setting(name: str, doc: str) -> Any:  # a property factory, used in the class body
        def set_value(self: ComfyTestServer, value: Any) -> None:
            setattr(self._state, name, value)
            if name == "object_info":
                self._state.object_info_set = True

        return property(lambda self: getattr(self._state, name), set_value, doc=doc)

    object_info = _setting("object_info", "GET /object_info; by default the combos follow models and uploads.")
    models = _setting("models", "folder -> filenames, for GET /models/{folder} and the loaders' combos.")
    system_stats = _setting("system_stats", "GET /system_stats.")
    queue_delay = _setting("queue_delay", "Seconds a queued prompt stays pending before it starts.")
    prompt_answer_delay = _setting("prompt_answer_delay", "Seconds the POST /prompt answer takes, the prompt queued.")
    require_uuid_prompt_id = _setting("require_uuid_prompt_id", "Refuse non-canonical prompt ids (newer servers).")
    missing_node_type = _setting("missing_node_type", "Unknown classes get the newer missing_node_type error.")
    del _setting

    @property
    def version(self) -> str:
        return self._state.system_stats["system"]["comfyui_version"]

    @version.setter
    def version(self, value: str) -> None:
        self._state.system_stats["system"]["comfyui_version"] = value

    def files(self) -> dict[tuple[str, str, str], bytes]:
        """What the server stores, (type, subfolder, filename) -> bytes: uploads and results."""
        return dict(self._state.files)

    def client_ssl_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cafile=str(self.ca_pem_path) if self.ca_pem_path else None)

    def environ(self) -> dict[str, str]:
        """Environment variables that point the app (or a subprocess) at this server."""
        env = {"HEADSHOT_COMFYUI_URL": self.url}
        if self.ca_pem_path:
            env["SSL_CERT_FILE"] = str(self.ca_pem_path)
        return env


@contextmanager
def comfyui_server(tls: bool = False) -> Iterator[ComfyTestServer]:
    with tempfile.TemporaryDirectory(prefix="comfyui-server-") as folder:
        context, ca_pem = None, None
        if tls:
            ca = trustme.CA()
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ca.issue_cert("localhost", "127.0.0.1", "::1").configure_cert(context)
            ca_pem = Path(folder) / "test-ca.pem"
            ca.cert_pem.write_to_path(str(ca_pem))
        server = ComfyTestServer(context, ca_pem)
        try:
            yield server
        finally:
            server.close()
