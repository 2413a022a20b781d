"""Cancel hands a ComfyUI run back at once, whatever the run's live connection (WebSocket) holds unread.

Before the run follows its events (while the photo goes up, while the prompt is being taken) nothing reads
the WebSocket, and a busy server keeps sending on it. Closing it must not wait for a closing handshake that
a full receive buffer can no longer read.
"""

from __future__ import annotations

import threading
import time

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import CancelledError
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers import registry
from tests.providers.hooks import ProviderHooks
from tests.support.comfyui_server import Run, comfyui_server
from tests.unit.intake import corpus


def test_a_cancel_while_the_prompt_is_being_taken_ends_the_run_at_once() -> None:
    with comfyui_server() as server:
        # The run starts, and sends its steps and previews, while its POST /prompt still waits for an answer.
        server.script(Run.success(steps=500, step_seconds=0.02))
        server.prompt_answer_delay = 30.0
        provider = registry.module("comfyui").create(address=server.url, environ=server.environ(),
                                                     timeout=httpx.Timeout(20.0))  # fmt: skip
        source = corpus.jpeg(corpus.photo((480, 640)))
        photo = prepare_photo(source, source_name="photo.jpg", max_side=provider.capabilities().max_upload_side)
        token, raised, ended = CancelToken(), list[BaseException](), list[float]()

        def run() -> None:
            try:
                provider.edit(photo, ProviderHooks.request(), lambda _e: None, token)
            except BaseException as err:  # noqa: BLE001 - looked at below
                raised.append(err)
            ended.append(time.monotonic())

        worker = threading.Thread(target=run, daemon=True)
        worker.start()
        deadline = time.monotonic() + 10
        while not server.prompts and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.prompts, "the prompt never reached the server"
        time.sleep(0.5)  # some 25 steps: far more events than the WebSocket buffers unread
        cancelled_at = time.monotonic()
        token.cancel()
        worker.join(30)
        provider.close()
        assert not worker.is_alive() and len(raised) == 1 and isinstance(raised[0], CancelledError), raised
        assert ended[0] - cancelled_at < 1.0, "the run ended only after the WebSocket's close timeout"
        (prompt,) = server.prompts
        assert any(i.get("prompt_id") == prompt["prompt_id"] for i in server.interrupts), "stopped on the server"
