"""One headshot on a ComfyUI server: check the graph, upload the photos as temp files, queue it, follow the
WebSocket (progress, previews, errors), fetch the image, then remove the run from the server's history.

A cancel interrupts our prompt (or takes it out of the queue if it has not started). A lost
connection asks the server what became of the run, and keeps nothing partial.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import UPLOADING, WAITING, ImageProgress, PartialImage, Phase, Status
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GeneratedImage
from headshot_desktop.errors import CancelledError, ConfigError, ErrorKind, HeadshotError, ProviderError
from headshot_desktop.providers.comfyui import errors, seam, workflows
from headshot_desktop.providers.comfyui.client import ComfyClient
from headshot_desktop.providers.comfyui.events import ConnectionClosed, Event, EventStream, Preview, open_stream
from headshot_desktop.providers.https.images import read_image
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

RUN_LIMIT = 1800.0  # a slow GPU (or a CPU) can take many minutes; a run that never ends must end some time
POLL = 0.25


def seed_for(request: GenerationRequest) -> int:
    """The seed asked for (a draft made again), else a new one: each variant its own."""
    return request.seed if request.seed is not None else random.randrange(2**31)


def make(client: ComfyClient, photo: PreparedPhoto, request: GenerationRequest, workflow: workflows.Workflow,
         object_info: dict[str, Any], on_progress: ProgressCallback, cancel: CancelToken,
         limit: float = RUN_LIMIT) -> tuple[GeneratedImage, int | None]:  # fmt: skip
    slots = workflow.reference_slots
    if len(request.references) > slots:
        if not slots:
            takes = N_("comfyui", "The ComfyUI workflow {workflow} takes no reference photos; {chosen} were chosen.")
        elif slots == 1:
            takes = N_(
                "comfyui",
                "The ComfyUI workflow {workflow} takes at most {count} reference photo; {chosen} were chosen.",
            )
        else:
            takes = N_(
                "comfyui",
                "The ComfyUI workflow {workflow} takes at most {count} reference photos; {chosen} were chosen.",
            )
        raise ConfigError(takes.format(workflow=workflow.title, count=slots, chosen=len(request.references)),
                          hint=N_("comfyui", "Choose fewer reference photos, or a workflow with {{{{reference_1}}}}, "
                                  "{{{{reference_2}}}}, … slots (a LoadImage for each).").format())  # fmt: skip
    width, height = seam.size(request.shape, request.detail)
    values: dict[str, object] = {"prompt": request.prompt, "seed": seed_for(request), "width": width,
                                 "height": height, "megapixels": seam.MEGAPIXELS.get(request.detail, 1.0)}  # fmt: skip
    # Checked before the photo goes: a missing model or a cloud node stops here, with nothing uploaded.
    names = {"photo": "check.png [temp]"} | {_slot(i): "check.png [temp]" for i in range(len(request.references))}
    workflows.check(workflows.fill(workflow.graph, values | names), object_info, workflow, client.service)
    client_id, prompt_id = uuid.uuid4().hex, str(uuid.uuid4())
    with open_stream(client.base_url, client_id, client.verify, client.service) as stream:
        image = _run(client, stream, client_id, prompt_id, photo, request, workflow, values, on_progress, cancel,
                     limit)  # fmt: skip
    # The seed counts only where the workflow uses it.
    return image, values["seed"] if "{{seed}}" in json.dumps(workflow.graph) else None  # type: ignore[return-value]


def _run(client: ComfyClient, stream: EventStream, client_id: str, prompt_id: str, photo: PreparedPhoto,
         request: GenerationRequest, workflow: workflows.Workflow, values: dict[str, object],
         on_progress: ProgressCallback, cancel: CancelToken, limit: float) -> GeneratedImage:  # fmt: skip
    queued = False
    try:
        on_progress(Phase(step=UPLOADING, service=client.service))
        names = {"photo": upload(client, photo, cancel)}
        names |= {_slot(i): upload(client, reference, cancel) for i, reference in enumerate(request.references)}
        graph = workflows.fill(workflow.graph, values | names)
        body = {"prompt": graph, "client_id": client_id, "prompt_id": prompt_id,
                "extra_data": {"preview_method": "auto"}}  # fmt: skip
        # From here the server may hold the prompt even if its answer never reaches us (a cancel closing the
        # socket, a lost connection): our own prompt id lets us stop it and tidy it up all the same.
        queued = True
        client.request("POST", "prompt", cancel=cancel, json_body=body, handle=client.read_json, paid=True)
        on_progress(Phase(step=WAITING, service=client.service))
        outputs = follow(stream, client, prompt_id, request.previews, on_progress, cancel, limit,
                         workflow.gpu_memory_gb)  # fmt: skip
        return fetch(client, outputs, prompt_id, cancel)
    except CancelledError:
        if queued:
            _quietly(client, "interrupt", {"prompt_id": prompt_id})
            _quietly(client, "queue", {"delete": [prompt_id]})
        raise
    finally:
        if queued:
            _quietly(client, "history", {"delete": [prompt_id]})


def _slot(index: int) -> str:
    return f"reference_{index + 1}"


def upload(client: ComfyClient, photo: PreparedPhoto, cancel: CancelToken) -> str:
    """The photo as a temp file under a neutral name; the name LoadImage takes for it."""
    files = [("image", (f"headshot-{uuid.uuid4().hex[:12]}{photo.extension}", photo.data, photo.mime_type))]
    answer = client.request("POST", "upload/image", cancel=cancel, data={"type": "temp", "overwrite": "true"},
                            files=files, handle=client.read_json)  # fmt: skip
    name = answer.get("name") if isinstance(answer, dict) else None
    if not isinstance(name, str) or not name:
        raise client.protocol(N_("comfyui", "an upload answer without a file name"))
    subfolder = answer.get("subfolder") or ""
    return f"{subfolder}/{name} [temp]" if subfolder else f"{name} [temp]"


def follow(stream: EventStream, client: ComfyClient, prompt_id: str, previews: int, on_progress: ProgressCallback,
           cancel: CancelToken, limit: float, gpu_memory_gb: float | None,
           clock: Callable[[], float] = time.monotonic) -> list[dict[str, Any]]:  # fmt: skip
    """Our prompt's events until it ends; the images of its output node."""
    started, fraction, shown, ours = clock(), 0.0, 0, False
    images: list[dict[str, Any]] = []
    while True:
        if cancel.cancelled:
            raise CancelledError()
        if clock() - started > limit:
            _quietly(client, "interrupt", {"prompt_id": prompt_id})
            raise ProviderError(N_("comfyui", "{service} did not finish within {minutes:.0f} minutes, so the run was "
                                   "stopped.").format(service=client.service, minutes=limit / 60),
                                kind=ErrorKind.TIMEOUT, retryable=False,
                                hint=N_("comfyui", "A large model on a small GPU (or a CPU) can be very slow."))  # fmt: skip
        try:
            item = stream.next(POLL)
        except ConnectionClosed:
            return recover(client, prompt_id)
        if isinstance(item, Preview):
            wanted = shown < previews and fraction >= (shown + 1) / (previews + 1)
            if ours and wanted and item.prompt_id in (None, prompt_id):
                on_progress(PartialImage(0, shown, item.image))
                shown += 1
            continue
        if not isinstance(item, Event) or item.data.get("prompt_id") != prompt_id:
            continue
        data = item.data
        if item.type == "execution_start":
            ours = True
            on_progress(Status(N_("comfyui", "{service} is making your headshot…").format(service=client.service)))
        elif item.type == "progress" and isinstance(data.get("max"), int) and data["max"] > 0:
            ours = True
            fraction = min(1.0, max(0.0, float(data.get("value", 0)) / data["max"]))
            on_progress(ImageProgress(0, fraction))
        elif item.type == "executed":
            found = (data.get("output") or {}).get("images")
            if isinstance(found, list) and found:
                images = [i for i in found if isinstance(i, dict)]
        elif item.type == "execution_error":
            raise errors.execution_error(data, client.service, gpu_memory_gb)
        elif item.type == "execution_interrupted":
            if cancel.cancelled:
                raise CancelledError()
            raise errors.stopped_on_server(client.service)
        elif item.type == "execution_success" or (item.type == "executing" and data.get("node") is None):
            return images or history_images(client, prompt_id) or _no_image(client)


def recover(client: ComfyClient, prompt_id: str) -> list[dict[str, Any]]:
    """The live connection dropped: a finished run is still fetched; otherwise say what happened."""
    token = CancelToken()
    try:
        found = history_images(client, prompt_id)
        if found:
            return found
        queue = client.get_json("queue", token)
    except HeadshotError:
        raise errors.lost(client.service, restarted=False) from None
    waiting = [item for key in ("queue_running", "queue_pending") for item in (queue or {}).get(key, [])]
    still_there = any(isinstance(item, list) and len(item) > 1 and item[1] == prompt_id for item in waiting)
    if still_there:
        _quietly(client, "interrupt", {"prompt_id": prompt_id})
        _quietly(client, "queue", {"delete": [prompt_id]})
    raise errors.lost(client.service, restarted=not still_there)


def history_images(client: ComfyClient, prompt_id: str) -> list[dict[str, Any]]:
    entry = client.get_json(f"history/{prompt_id}", CancelToken())
    run = entry.get(prompt_id) if isinstance(entry, dict) else None
    outputs = run.get("outputs") if isinstance(run, dict) else None
    found: list[dict[str, Any]] = []
    for output in (outputs or {}).values():
        if isinstance(output, dict) and isinstance(output.get("images"), list):
            found = [i for i in output["images"] if isinstance(i, dict)]
    return found


def fetch(client: ComfyClient, images: list[dict[str, Any]], prompt_id: str, cancel: CancelToken) -> GeneratedImage:
    last = images[-1]
    params = {"filename": str(last.get("filename", "")), "subfolder": str(last.get("subfolder", "")),
              "type": str(last.get("type", "temp"))}  # fmt: skip

    def read(response: httpx.Response) -> bytes:
        return response.read()

    data = client.request("GET", "view", cancel=cancel, params=params, handle=read)
    return read_image(data, 0, client, prompt_id)


def _no_image(client: ComfyClient) -> list[dict[str, Any]]:
    raise ProviderError(N_("comfyui", "{service} finished without an image.").format(service=client.service),
                        kind=ErrorKind.NO_IMAGE, retryable=False,
                        hint=N_("comfyui", "Check that the workflow ends in a PreviewImage or SaveImage node."))  # fmt: skip


def _quietly(client: ComfyClient, path: str, body: dict[str, Any]) -> None:
    """Tidy up on the server; a failure here must not hide the run's own outcome."""
    try:
        client.request("POST", path, cancel=CancelToken(), json_body=body, handle=lambda r: None)
    except HeadshotError:
        pass
