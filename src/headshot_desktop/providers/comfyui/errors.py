"""ComfyUI's answers -> ``ProviderError``: a refused prompt (its ``node_errors``), a failed or stopped run, a lost server."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.translatable import N_


def _json(body: bytes) -> Any:
    try:
        return json.loads(body.decode("utf-8", "replace")) if body else None
    except ValueError:
        return None


def from_response(status: int, body: bytes, headers: Mapping[str, str], *, service: str) -> ProviderError:
    data = _json(body)
    detail = f"status={status} body={body[:300]!r}"
    if status == 400 and isinstance(data, dict) and isinstance(data.get("error"), dict):
        return refused_prompt(data, service)
    if status == 403:
        return ProviderError(N_("comfyui", "{service} refused the request (HTTP 403).").format(service=service),
                             kind=ErrorKind.PERMISSION, status=status,
                             hint=N_("comfyui", "If ComfyUI runs behind a proxy or with special settings, check them."),
                             retryable=False, detail=detail)  # fmt: skip
    if status == 404:
        return ProviderError(N_("comfyui", "{service} does not answer like ComfyUI (HTTP 404).").format(
                             service=service), kind=ErrorKind.NOT_FOUND,
                             hint=N_("providers", "Check the server address in Settings."), status=status,
                             retryable=False,
                             detail=detail)  # fmt: skip
    if status >= 500:
        return ProviderError(N_("comfyui", "{service} had a problem (HTTP {status}).").format(
                             service=service, status=status), kind=ErrorKind.SERVER, status=status,
                             hint=N_("comfyui", "Look at ComfyUI's own window or log, then try again."),
                             retryable=True,
                             detail=detail)  # fmt: skip
    return ProviderError(N_("comfyui", "{service} could not carry out the request (HTTP {status}).").format(
                         service=service, status=status), kind=ErrorKind.BAD_REQUEST,
                         hint=N_("comfyui", "Check the workflow and the server address in Settings."), status=status,
                         retryable=False, detail=detail)  # fmt: skip


def refused_prompt(data: dict[str, Any], service: str) -> ProviderError:
    """POST /prompt's 400: the graph was refused before it ran; the first node error says why."""
    error = data.get("error") or {}
    kind_word = str(error.get("type", ""))
    message = str(error.get("message", "")).strip()
    node_errors = data.get("node_errors")
    for node_id, found in (node_errors if isinstance(node_errors, dict) else {}).items():
        errors = found.get("errors") if isinstance(found, dict) else None
        if isinstance(errors, list) and errors and isinstance(errors[0], dict):
            first = errors[0]
            words = f"{first.get('message', '')}: {first.get('details', '')}".strip(": ")
            message = N_("comfyui", "node {node} ({type}): {words}").format(
                node=node_id, type=found.get("class_type", "?"), words=words
            )
            break
    missing_node = kind_word in ("invalid_prompt", "missing_node_type") and "does not exist" in message
    return ProviderError(
        N_("comfyui", "{service} refused the workflow: {reason}.").format(service=service,
                                                                           reason=message or kind_word),
        kind=ErrorKind.NOT_FOUND if missing_node else ErrorKind.BAD_REQUEST,
        hint=N_("comfyui", "Install what it names on the server (a model file or a custom node), or choose another "
                "workflow."),
        code=kind_word or None, retryable=False, detail=f"prompt refused: {json.dumps(data)[:500]}",
    )  # fmt: skip


def execution_error(data: dict[str, Any], service: str, gpu_memory_gb: float | None) -> ProviderError:
    exception = str(data.get("exception_type", ""))
    message = str(data.get("exception_message", "")).strip()
    node = N_("comfyui", "node {node} ({type})").format(node=data.get("node_id", "?"), type=data.get("node_type", "?"))
    if "OutOfMemory" in exception or "out of memory" in message.lower():
        memory = (N_("comfyui", "{service} does not have enough GPU memory for this model (it needs about {size:g} "
                     "GB).") if gpu_memory_gb else
                  N_("comfyui", "{service} does not have enough GPU memory for this model."))  # fmt: skip
        return ProviderError(memory.format(service=service, size=gpu_memory_gb),
                             kind=ErrorKind.SERVER, retryable=False, code="out_of_memory",
                             hint=N_("comfyui", "Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close "
                                     "other programs that use the GPU, or use a server with a bigger GPU."),
                             detail=f"{node}: {exception}: {message[:300]}")  # fmt: skip
    return ProviderError(N_("comfyui", "{service} stopped with an error in {node}: {reason}.").format(
                         service=service, node=node, reason=message[:300] or exception),
                         kind=ErrorKind.SERVER, retryable=False, code=exception or None,
                         hint=N_("comfyui", "Look at ComfyUI's own window or log for the details."),
                         detail=f"{node}: {exception}: {message[:300]}")  # fmt: skip


def lost(service: str, *, restarted: bool) -> ProviderError:
    return ProviderError(
        (N_("comfyui", "{service} restarted or forgot the run while it was making your headshot.") if restarted
         else N_("comfyui", "The connection to {service} was lost while it was making your headshot.")
         ).format(service=service),
        kind=ErrorKind.NETWORK, retryable=False,
        hint=N_("comfyui", "Nothing was kept. Check that ComfyUI is running, then try again."),
    )  # fmt: skip


def stopped_on_server(service: str) -> ProviderError:
    return ProviderError(N_("comfyui", "The run was stopped on {service} (someone pressed Cancel there, or it was "
                            "interrupted).").format(service=service), kind=ErrorKind.SERVER, retryable=False,
                         hint=N_("comfyui", "Nothing was kept. Try again."))  # fmt: skip
