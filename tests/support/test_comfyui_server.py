"""The ComfyUI test double itself, talked to with plain httpx and a websockets client: it must speak ComfyUI's wire format."""

from __future__ import annotations

import io
import json
import struct
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest
from PIL import Image
from websockets.sync.client import ClientConnection, connect

from tests.support.comfyui_server import OBJECT_INFO, ComfyTestServer, Run, comfyui_server


@pytest.fixture
def server() -> Iterator[ComfyTestServer]:
    with comfyui_server() as running:
        yield running


@pytest.fixture
def client(server: ComfyTestServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, trust_env=False, timeout=5) as c:
        yield c


def selfie(size: tuple[int, int] = (64, 80)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 150, 100)).save(buffer, "JPEG", quality=95)
    return buffer.getvalue()


def upload(client: httpx.Client, data: bytes, kind: str = "temp", name: str = "selfie.jpg") -> dict[str, Any]:
    response = client.post("/upload/image", files={"image": (name, data, "image/jpeg")}, data={"type": kind})
    assert response.status_code == 200, response.text
    return response.json()


def invert_graph(image: str) -> dict[str, Any]:
    return {
        "1": {"class_type": "LoadImage", "inputs": {"image": image}},
        "2": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}},
        "3": {"class_type": "PreviewImage", "inputs": {"images": ["2", 0]}},
    }


def qwen_graph(image: str) -> dict[str, Any]:
    """The Qwen-Image-Edit shape of notes §4.8, every input as object_info describes it."""
    edit = {"clip": ["2", 0], "vae": ["3", 0], "image1": ["5", 0]}
    nodes = {
        "1": ("UNETLoader", {"unet_name": "qwen_image_edit_2511_fp8mixed.safetensors", "weight_dtype": "default"}),
        "2": ("CLIPLoader", {"clip_name": "qwen_2.5_vl_7b_fp8_scaled.safetensors", "type": "qwen_image"}),
        "3": ("VAELoader", {"vae_name": "qwen_image_vae.safetensors"}),
        "4": ("LoadImage", {"image": image}),
        "5": ("ImageScaleToTotalPixels", {"image": ["4", 0], "upscale_method": "lanczos", "megapixels": 1.0}),
        "6": ("VAEEncode", {"pixels": ["5", 0], "vae": ["3", 0]}),
        "7": ("TextEncodeQwenImageEditPlus", {**edit, "prompt": "A corporate headshot; keep the face."}),
        "8": ("TextEncodeQwenImageEditPlus", {**edit, "prompt": ""}),
        "9": ("ModelSamplingAuraFlow", {"model": ["1", 0], "shift": 3.0}),
        "10": ("CFGNorm", {"model": ["9", 0], "strength": 1.0}),
        "11": ("KSampler", {"model": ["10", 0], "seed": 42, "steps": 4, "cfg": 2.5, "sampler_name": "euler"}),
        "12": ("VAEDecode", {"samples": ["11", 0], "vae": ["3", 0]}),
        "13": ("PreviewImage", {"images": ["12", 0]}),
    }
    more = {"scheduler": "simple", "positive": ["7", 0], "negative": ["8", 0], "latent_image": ["6", 0], "denoise": 1}
    nodes["11"][1].update(more)
    return {nid: {"class_type": cls, "inputs": inputs} for nid, (cls, inputs) in nodes.items()}


def queue(client: httpx.Client, graph: dict[str, Any], client_id: str, prompt_id: str | None = None) -> httpx.Response:
    body = {"prompt": graph, "client_id": client_id, "prompt_id": prompt_id or str(uuid.uuid4())}
    return client.post("/prompt", json=body | {"extra_data": {"preview_method": "auto"}})


@contextmanager
def websocket(server: ComfyTestServer, client_id: str) -> Iterator[ClientConnection]:
    with connect(f"ws://{server.host}/ws?clientId={client_id}", proxy=None, open_timeout=5) as ws:
        first = json.loads(ws.recv(timeout=5))
        assert first == {"type": "status", "data": {"status": {"exec_info": {"queue_remaining": 0}}, "sid": client_id}}
        yield ws


def until(ws: ClientConnection, done: Any, timeout: float = 5) -> list[Any]:
    """Frames (text parsed, binary raw) up to and including the first that ``done`` accepts."""
    frames, deadline = [], time.monotonic() + timeout
    while True:
        raw = ws.recv(timeout=max(deadline - time.monotonic(), 0.01))
        frames.append(json.loads(raw) if isinstance(raw, str) else raw)
        if done(frames[-1]):
            return frames


def finished(frame: Any) -> bool:
    return isinstance(frame, dict) and frame["type"] == "executing" and frame["data"]["node"] is None


def of_type(frames: list[Any], kind: str) -> list[dict[str, Any]]:
    return [f["data"] for f in frames if isinstance(f, dict) and f["type"] == kind]


def test_round_trip_with_plain_previews(server: ComfyTestServer, client: httpx.Client) -> None:
    uploaded = upload(client, selfie())
    assert uploaded == {"name": "selfie.jpg", "subfolder": "", "type": "temp"}
    cid, pid = uuid.uuid4().hex, str(uuid.uuid4())
    with websocket(server, cid) as ws:
        answer = queue(client, invert_graph("selfie.jpg [temp]"), cid, pid)
        assert answer.status_code == 200 and answer.json() == {"prompt_id": pid, "number": 0, "node_errors": {}}
        frames = until(ws, finished)
    kinds = [f["type"] if isinstance(f, dict) else "binary" for f in frames]
    assert kinds.index("execution_start") < kinds.index("execution_cached") < kinds.index("progress")
    assert [d["node"] for d in of_type(frames, "executing")] == ["1", "2", "3", None]
    assert [(p["value"], p["max"], p["node"], p["prompt_id"]) for p in of_type(frames, "progress")] == [
        (k, 4, "2", pid) for k in (1, 2, 3, 4)
    ]
    assert of_type(frames, "progress_state")[-1]["nodes"]["3"]["state"] == "finished"
    previews = [f for f in frames if isinstance(f, bytes)]
    assert len(previews) == 4 and all(struct.unpack(">II", f[:8]) == (1, 1) for f in previews)
    assert Image.open(io.BytesIO(previews[0][8:])).format == "JPEG"
    [executed] = of_type(frames, "executed")
    image = executed["output"]["images"][0]
    assert executed["node"] == "3" and image["type"] == "temp" and image["subfolder"] == ""
    assert kinds[-2:] == ["execution_success", "executing"]
    entry = client.get(f"/api/history/{pid}").json()[pid]
    assert entry["status"]["status_str"] == "success" and entry["status"]["completed"] is True
    assert entry["outputs"]["3"]["images"] == [image] and entry["prompt"][1] == pid
    view = client.get("/view", params={"filename": image["filename"], "subfolder": "", "type": "temp"})
    assert view.status_code == 200 and view.headers["content-type"] == "image/png"
    result = Image.open(io.BytesIO(view.content))
    assert result.format == "PNG" and result.size == (64, 80)
    assert all(abs(a + b - 255) <= 3 for a, b in zip(result.getpixel((5, 5)), (200, 150, 100), strict=True))
    assert server.prompts[0]["client_id"] == cid and server.uploads[0][:2] == ("selfie.jpg", "temp")
    assert [r.path for r in server.requests if r.path.endswith("/ws")] == ["/ws"]


def test_previews_with_metadata_after_feature_flags(server: ComfyTestServer, client: httpx.Client) -> None:
    name = upload(client, selfie((600, 700)), kind="input")["name"]
    server.script(Run.success(steps=2, preview_metadata={"extra": 1}))
    cid, pid = uuid.uuid4().hex, str(uuid.uuid4())
    with websocket(server, cid) as ws:
        ws.send(json.dumps({"type": "feature_flags", "data": {"supports_preview_metadata": True}}))
        assert json.loads(ws.recv(timeout=5)) == {
            "type": "feature_flags",
            "data": {"supports_preview_metadata": True, "max_upload_size": 104857600},
        }
        assert queue(client, qwen_graph(name), cid, pid).status_code == 200
        frames = until(ws, finished)
    previews = [f for f in frames if isinstance(f, bytes)]
    assert len(previews) == 2
    kind, length = struct.unpack(">II", previews[0][:8])
    metadata = json.loads(previews[0][8 : 8 + length])
    assert kind == 4 and metadata["prompt_id"] == pid and metadata["node_id"] == "11" and metadata["extra"] == 1
    assert metadata["image_type"] == "image/jpeg"
    assert max(Image.open(io.BytesIO(previews[0][8 + length :])).size) == 512  # --preview-size
    assert {p["node"] for p in of_type(frames, "progress")} == {"11"}


def test_origin_mismatch_is_403(server: ComfyTestServer, client: httpx.Client) -> None:
    assert client.get("/system_stats", headers={"Origin": "http://evil.example"}).status_code == 403
    assert client.get("/system_stats", headers={"Origin": server.url}).status_code == 200
    stats = client.get("/system_stats").json()
    assert stats["system"]["comfyui_version"] == server.version and stats["devices"][0]["vram_total"] > 0
    assert [r.status for r in server.requests] == [403, 200, 200]
    assert server.requests[0].headers["origin"] == "http://evil.example"


def test_object_info_and_models(server: ComfyTestServer, client: httpx.Client) -> None:
    upload(client, selfie(), kind="input", name="a.jpg")
    info = client.get("/object_info").json()
    assert set(info) == set(OBJECT_INFO) and info["OpenAIGPTImage1"]["api_node"] is True
    assert info["LoadImage"]["input"]["required"]["image"] == [["a.jpg"], {"image_upload": True}]
    assert "qwen_3_4b.safetensors" in info["CLIPLoader"]["input"]["required"]["clip_name"][0]
    assert client.get("/api/object_info/KSampler").json()["KSampler"]["input_order"]["required"][0] == "model"
    assert client.get("/models/vae").json() == server.models["vae"]
    assert upload(client, selfie((8, 8)), kind="input", name="a.jpg")["name"] == "a (1).jpg"


def test_unknown_class_and_bad_prompt_id(server: ComfyTestServer, client: httpx.Client) -> None:
    graph = invert_graph("x.png") | {"9": {"class_type": "NopeNode", "inputs": {}}}
    answer = queue(client, graph, "c")
    assert answer.status_code == 400
    assert answer.json()["error"]["type"] == "invalid_prompt"
    assert answer.json()["error"]["message"] == "Cannot execute because node NopeNode does not exist."
    for bad in ("not-a-uuid", str(uuid.uuid4()).upper()):
        answer = queue(client, invert_graph("x.png"), "c", bad)
        assert answer.status_code == 400 and answer.json()["error"]["type"] == "invalid_prompt_id"
    assert server.prompts == []


def test_missing_model_and_image_give_node_errors(server: ComfyTestServer, client: httpx.Client) -> None:
    server.models["diffusion_models"].remove("qwen_image_edit_2511_fp8mixed.safetensors")
    answer = queue(client, qwen_graph("missing.png [temp]"), "c")
    assert answer.status_code == 400
    body = answer.json()
    assert body["error"]["type"] == "prompt_outputs_failed_validation"
    assert body["node_errors"]["1"]["errors"][0]["type"] == "value_not_in_list"
    assert body["node_errors"]["1"]["dependent_outputs"] == ["13"]
    assert body["node_errors"]["4"]["errors"][0]["type"] == "custom_validation_failed"


def test_interrupting_a_hung_run(server: ComfyTestServer, client: httpx.Client) -> None:
    name = upload(client, selfie())["name"]
    server.script(Run.hang())
    cid, pid = uuid.uuid4().hex, str(uuid.uuid4())
    with websocket(server, cid) as ws:
        queue(client, invert_graph(f"{name} [temp]"), cid, pid)
        until(ws, lambda f: isinstance(f, dict) and f["type"] == "progress")
        assert client.post("/interrupt", json={"prompt_id": str(uuid.uuid4())}).status_code == 200  # not running
        assert client.post("/interrupt", json={"prompt_id": pid}).status_code == 200
        frames = until(ws, finished)
    [stopped] = of_type(frames, "execution_interrupted")
    assert stopped["prompt_id"] == pid and stopped["node_id"] == "2" and stopped["node_type"] == "ImageInvert"
    assert client.get(f"/history/{pid}").json()[pid]["status"]["status_str"] == "error"
    assert server.interrupts[-1] == {"prompt_id": pid}


def test_deleting_a_pending_prompt(server: ComfyTestServer, client: httpx.Client) -> None:
    name = upload(client, selfie())["name"]
    server.queue_delay = 0.3
    pid = str(uuid.uuid4())
    queue(client, invert_graph(f"{name} [temp]"), "c", pid)
    assert client.get("/queue").json()["queue_pending"][0][1] == pid
    assert client.post("/queue", json={"delete": [pid]}).status_code == 200
    time.sleep(0.4)
    assert client.get("/queue").json() == {"queue_running": [], "queue_pending": []}
    assert client.get(f"/history/{pid}").json() == {} and server.queue_deletes == [pid]


def test_oom_and_a_dropped_socket(server: ComfyTestServer, client: httpx.Client) -> None:
    name = upload(client, selfie())["name"]
    server.script(Run.oom(after_steps=2), Run.drop_socket(after_steps=1))
    cid, first, second = uuid.uuid4().hex, str(uuid.uuid4()), str(uuid.uuid4())
    with websocket(server, cid) as ws:
        queue(client, invert_graph(f"{name} [temp]"), cid, first)
        frames = until(ws, finished)
        [failure] = of_type(frames, "execution_error")
        assert failure["exception_type"] == "torch.OutOfMemoryError" and "out of memory" in failure["exception_message"]
        assert len(of_type(frames, "progress")) == 2
        queue(client, invert_graph(f"{name} [temp]"), cid, second)
        with pytest.raises(Exception, match="no close frame"):
            until(ws, finished)
    deadline = time.monotonic() + 2
    while client.get(f"/history/{second}").json() == {} and time.monotonic() < deadline:
        time.sleep(0.02)
    assert client.get(f"/history/{second}").json()[second]["status"]["status_str"] == "success"


def test_tls() -> None:
    with comfyui_server(tls=True) as server, httpx.Client(verify=server.client_ssl_context(), trust_env=False) as c:
        assert server.url.startswith("https://localhost:") and server.environ()["SSL_CERT_FILE"]
        assert c.get(f"{server.url}/api/system_stats").status_code == 200
        with connect(f"wss://{server.host}/ws?clientId=t", ssl=server.client_ssl_context(), proxy=None) as ws:
            assert json.loads(ws.recv(timeout=5))["data"]["sid"] == "t"
