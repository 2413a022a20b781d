"""A ComfyUI server keeps the provider contract: the local test server always; a real ComfyUI when one is reachable.

The real server runs with ``HEADSHOT_TEST_COMFYUI_URL`` set (``../shared/tools/real-comfyui.sh`` starts one on
this CPU-only machine); it has no model weights, so it runs a model-free workflow (load, invert, a probe node that
reports steps and previews, preview). Faults are scripted on the test server only.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from headshot_desktop.errors import ErrorKind
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Provider
from tests.providers.contract import ProviderContract
from tests.support.comfyui_server import ComfyTestServer, Run, comfyui_server

REAL_URL = os.environ.get("HEADSHOT_TEST_COMFYUI_URL", "")
# A model-free graph a bare ComfyUI runs: the probe node reports steps with a preview each (real-comfyui.sh).
PROBE_WORKFLOW = {
    "1": {"class_type": "LoadImage", "inputs": {"image": "{{photo}}"}},
    "2": {"class_type": "ImageInvert", "inputs": {"image": ["1", 0]}},
    "3": {"class_type": "ProbeSteps", "inputs": {"image": ["2", 0], "steps": 4, "step_seconds": 0.1}},
    "4": {"class_type": "PreviewImage", "inputs": {"images": ["3", 0]}},
}

ERRORS: dict[ErrorKind, Run] = {
    ErrorKind.BAD_REQUEST: Run.node_error(),
    ErrorKind.NOT_FOUND: Run.missing_node("HeadshotMagic"),
    ErrorKind.SERVER: Run.oom(),
    ErrorKind.NETWORK: Run.restart(),
}


class TestComfyUIContract(ProviderContract):
    provider_id = "comfyui"
    error_kinds = tuple(ERRORS)
    retryable_kinds = frozenset()  # a run is never sent twice by the provider: the person decides
    cancel_within = 3.0

    @pytest.fixture
    def backend(self) -> Iterator[None]:
        with comfyui_server() as server:
            self.server: ComfyTestServer = server
            yield

    def make_provider(self) -> Provider:
        made: Provider = registry.module("comfyui").create(address=self.server.url, environ=self.server.environ(),
                                                           timeout=httpx.Timeout(10.0))  # fmt: skip
        return made

    def script_success(self, previews: int) -> None:
        self.server.script(Run.success())

    def script_error(self, kind: ErrorKind, *, times: int | None = None) -> None:
        self.server.script(*[ERRORS[kind]] * (times or 1))

    def script_stall(self) -> None:
        self.server.script(Run.hang())

    def requests_made(self) -> int:
        return len([r for r in self.server.requests if r.method == "POST" and r.path.endswith("/prompt")])

    def what_was_sent(self) -> list[bytes]:
        return [data for _name, _type, data in self.server.uploads]

    def text_sent(self) -> str:
        return "\n".join(f"{r.path} {r.query} {r.headers} {json.dumps(r.body)}" for r in self.server.requests)

    def key(self) -> str | None:
        return None


@pytest.mark.skipif(
    not REAL_URL, reason="no real ComfyUI: set HEADSHOT_TEST_COMFYUI_URL (../shared/tools/real-comfyui.sh)"
)
class TestRealComfyUI:
    """The same provider against a real ComfyUI: a run with steps and previews, a cancel, a refused graph."""

    @pytest.fixture
    def provider(self, tmp_path: Path) -> Iterator[Provider]:
        made: Provider = registry.module("comfyui").create(address=REAL_URL)
        yield made
        made.close()

    @pytest.fixture
    def probe(self, tmp_path: Path) -> str:
        path = tmp_path / "probe-workflow.json"
        path.write_text(json.dumps(PROBE_WORKFLOW), encoding="utf-8")
        return str(path)

    def test_check_names_the_server(self, provider: Provider) -> None:
        assert provider.check().startswith("Found ComfyUI ")

    def test_a_run_reports_steps_and_previews(self, provider: Provider, probe: str) -> None:
        from headshot_desktop.core.generation import CancelToken
        from headshot_desktop.core.progress import ImageProgress, PartialImage
        from tests.providers.hooks import Events, ProviderHooks

        events = Events()
        photo = ProviderHooks.photo.__wrapped__(ProviderHooks(), provider)  # type: ignore[attr-defined]
        result = provider.edit(photo, ProviderHooks.request(model=probe, previews=2), events, CancelToken())
        [image] = result.images
        assert image.mime_type == "image/png" and result.cost_usd == 0.0
        fractions = [e.fraction for e in events.of(ImageProgress)]
        assert fractions and fractions == sorted(fractions) and fractions[-1] == 1.0
        assert 1 <= len(events.of(PartialImage)) <= 2

    def test_a_missing_model_is_named_before_anything_is_sent(self, provider: Provider) -> None:
        from headshot_desktop.core.generation import CancelToken
        from headshot_desktop.errors import ProviderError
        from tests.providers.hooks import ProviderHooks

        photo = ProviderHooks.photo.__wrapped__(ProviderHooks(), provider)  # type: ignore[attr-defined]
        with pytest.raises(ProviderError) as caught:
            provider.edit(photo, ProviderHooks.request(model="qwen-image-edit-2511"), lambda e: None, CancelToken())
        assert caught.value.kind == ErrorKind.NOT_FOUND and "qwen_image_edit_2511" in caught.value.message

    def test_cancel_stops_the_run_on_the_server_and_leaves_no_history(self, provider: Provider, tmp_path: Path) -> None:
        import threading

        from headshot_desktop.core.generation import CancelToken
        from headshot_desktop.core.progress import ImageProgress
        from headshot_desktop.errors import CancelledError
        from tests.providers.hooks import Events, ProviderHooks

        slow = {**PROBE_WORKFLOW, "3": {**PROBE_WORKFLOW["3"], "inputs": {**PROBE_WORKFLOW["3"]["inputs"],
                                                                          "steps": 50, "step_seconds": 0.2}}}  # fmt: skip
        path = tmp_path / "slow.json"
        path.write_text(json.dumps(slow), encoding="utf-8")
        token = CancelToken()
        events = Events(lambda e: threading.Timer(0.1, token.cancel).start() if isinstance(e, ImageProgress) else None)
        photo = ProviderHooks.photo.__wrapped__(ProviderHooks(), provider)  # type: ignore[attr-defined]
        with pytest.raises(CancelledError):
            provider.edit(photo, ProviderHooks.request(model=str(path)), events, token)
        with httpx.Client(base_url=REAL_URL, trust_env=False) as http:
            for _ in range(50):  # the server stops at its next step (0.2 s here), not at once
                queue = http.get("/queue").json()
                if queue["queue_running"] == [] and queue["queue_pending"] == []:
                    break
                time.sleep(0.1)
            assert queue["queue_running"] == [] and queue["queue_pending"] == [], "the server stopped the run"
        assert len(events.of(ImageProgress)) < 10, "stopped well before its 50 steps"


def test_a_cancel_while_the_prompt_is_being_queued_still_stops_it_on_the_server() -> None:
    """The server took the prompt but its answer had not come when Cancel closed the socket: the run it queued
    must not be left to use the person's GPU (the window's Cancel met this under load)."""
    import threading

    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.errors import CancelledError
    from tests.providers.hooks import ProviderHooks

    with comfyui_server() as server:
        server.script(Run.hang())
        server.prompt_answer_delay = 5.0
        # How fast the cancel ends the run is test_comfyui_cancel's; what is checked here is what it does on the server.
        provider = registry.module("comfyui").create(address=server.url, environ=server.environ(),
                                                     timeout=httpx.Timeout(10.0))  # fmt: skip
        photo = ProviderHooks.photo.__wrapped__(ProviderHooks(), provider)  # type: ignore[attr-defined]
        token, raised = CancelToken(), []

        def run() -> None:
            try:
                provider.edit(photo, ProviderHooks.request(), lambda _e: None, token)
            except BaseException as err:  # noqa: BLE001 - looked at below
                raised.append(err)

        worker = threading.Thread(target=run)
        worker.start()
        for _ in range(100):
            if server.prompts:
                break
            time.sleep(0.05)
        token.cancel()
        worker.join(30)
        provider.close()
        assert not worker.is_alive() and len(raised) == 1 and isinstance(raised[0], CancelledError), raised
        (prompt,) = server.prompts
        assert any(i.get("prompt_id") == prompt["prompt_id"] for i in server.interrupts)
        assert prompt["prompt_id"] in server.queue_deletes
