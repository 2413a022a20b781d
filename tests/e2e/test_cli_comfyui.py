"""``generate --provider comfyui`` as a script runs it: a real process, a temporary HOME, the ComfyUI test server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.e2e.test_cli import cli
from tests.support.comfyui_server import ComfyTestServer, Run, comfyui_server
from tests.support.fixtures import headshots_dir as headshots_dir  # fixtures by name
from tests.support.fixtures import selfie as selfie


@pytest.fixture
def server() -> Iterator[ComfyTestServer]:
    with comfyui_server() as running:
        yield running


def comfy(*args: str, server: ComfyTestServer, env: dict[str, str] | None = None):
    return cli("generate", "--provider", "comfyui", *args, env={**server.environ(), **(env or {})})


def test_make_store_and_export_with_steps_and_previews(server, selfie, headshots_dir, tmp_path) -> None:
    out_dir = tmp_path / "out"
    made = comfy(str(selfie), "--style", "legal", "--variants", "2", "--export", str(out_dir), "--preset", "linkedin",
                 "--format", "jpeg", "--json", server=server)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "Cost: free" in made.stderr and "nothing is sent to any cloud service" in made.stderr
    assert "is 50% done" in made.stderr and "preview 1 of image 1" in made.stderr
    (run,) = json.loads(made.stdout)
    assert run["model"] == "qwen-image-edit-2511" and run["cost_usd"] == 0
    for shot in run["headshots"]:
        with Image.open(shot["path"]) as stored:
            assert stored.size == (896, 1120)  # the portrait shape at the medium detail level
        assert Path(shot["exported"]).is_file()
    assert len(server.prompts) == 2 and all(p["extra_data"]["preview_method"] == "auto" for p in server.prompts)
    assert [kind for _name, kind, _data in server.uploads] == ["temp", "temp"]
    assert sorted(server.history_deletes) == sorted(p["prompt_id"] for p in server.prompts), "nothing left there"


@pytest.mark.parametrize(
    "run, words",
    [
        (Run.oom(), "not have enough GPU memory for this model (it needs about 24 GB)"),
        (
            Run.node_error(node_id="11", message="Value not in list", details="sampler_name: 'x' not in []"),
            "refused the workflow: node 11",
        ),
        (Run.restart(), "restarted or forgot the run"),
        (Run.interrupted(), "The run was stopped on ComfyUI at"),
    ],
)
def test_each_fault_has_its_words_and_leaves_nothing(server, selfie, headshots_dir, run, words) -> None:
    server.script(run)
    out = comfy(str(selfie), "--style", "medical", "--variants", "1", server=server)
    assert out.returncode == 1 and words in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == "" and list(headshots_dir.iterdir()) == []


def test_a_missing_model_is_named_before_the_photo_goes(server, selfie) -> None:
    server.models = {**server.models, "diffusion_models": []}
    out = comfy(str(selfie), "--style", "medical", "--variants", "1", server=server)
    assert out.returncode == 1
    assert "qwen_image_edit_2511_fp8mixed.safetensors" in out.stderr and "models/diffusion_models" in out.stderr
    assert "huggingface.co" in out.stderr and server.uploads == [] and server.prompts == []


def test_a_workflow_with_a_cloud_node_is_refused(server, selfie, tmp_path) -> None:
    workflow = {
        "1": {"class_type": "LoadImage", "inputs": {"image": "{{photo}}"}},
        "2": {"class_type": "OpenAIGPTImage1", "inputs": {"prompt": "{{prompt}}", "image": ["1", 0]}},
        "3": {"class_type": "PreviewImage", "inputs": {"images": ["2", 0]}},
    }
    path = tmp_path / "cloud.json"
    path.write_text(json.dumps(workflow), encoding="utf-8")
    out = comfy(str(selfie), "--style", "medical", "--variants", "1", "--model", str(path), server=server)
    assert out.returncode == 1 and "sends the picture to a cloud service" in out.stderr
    assert server.uploads == [] and server.prompts == []


def test_plain_http_to_another_machine_needs_the_trust_flag(server, selfie) -> None:
    env = {"HEADSHOT_COMFYUI_URL": "http://192.0.2.10:8188"}  # TEST-NET: nothing answers, nothing is tried
    out = comfy(str(selfie), "--style", "medical", server=server, env=env)
    assert out.returncode == 1 and "unencrypted" in out.stderr and "--trust-server" in out.stderr


def test_ctrl_c_interrupts_the_run_on_the_server(server, selfie, headshots_dir) -> None:
    server.script(Run.hang())
    proc = subprocess.Popen([sys.executable, "-m", "headshot_desktop", "generate", "--provider", "comfyui", str(selfie),
                             "--style", "medical", "--variants", "1"], env={**os.environ, **server.environ()},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    deadline = time.monotonic() + 30
    while not server.prompts and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode != 0 and "Traceback" not in err
    assert [i.get("prompt_id") for i in server.interrupts] == [server.prompts[0]["prompt_id"]]
    assert list(headshots_dir.iterdir()) == []


SESSION = """
import json, sys
seen = []
def hook(event, args):
    if event == "socket.connect":
        seen.append(repr(args[1]))
sys.addaudithook(hook)
from headshot_desktop.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w") as out:
    json.dump(seen, out)
sys.exit(code)
"""


def test_a_whole_session_connects_to_the_configured_server_only(server, selfie, tmp_path) -> None:
    record = tmp_path / "connections.json"
    args = ["generate", "--provider", "comfyui", str(selfie), "--style", "legal", "--variants", "2", "--export",
            str(tmp_path / "out"), "--preset", "linkedin", "--format", "jpeg"]  # fmt: skip
    done = subprocess.run([sys.executable, "-c", SESSION, str(record), *args], env={**os.environ, **server.environ()},
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    connections = json.loads(record.read_text())
    port = server.url.rsplit(":", 1)[1]
    assert connections, "the hook saw the connections"
    assert all(c.startswith("('127.0.0.1', ") and c.endswith(f", {port})") for c in connections), connections
