"""ComfyUI's answers -> ``ProviderError``: a refused prompt (its ``node_errors``), a failed or stopped run, a lost server."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from headshot_desktop.errors import ErrorKind, ProviderError


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
        return ProviderError(f"{service} refused the request (HTTP 403).", kind=ErrorKind.PERMISSION, status=status,
                             hint="If ComfyUI runs behind a proxy or with special settings, check them.",
                             retryable=False, detail=detail)  # fmt: skip
    if status == 404:
        return ProviderError(f"{service} does not answer like ComfyUI (HTTP 404).", kind=ErrorKind.NOT_FOUND,
                             hint="Check the server address in Settings.", status=status, retryable=False,
                             detail=detail)  # fmt: skip
    if status >= 500:
        return ProviderError(f"{service} had a problem (HTTP {status}).", kind=ErrorKind.SERVER, status=status,
                             hint="Look at ComfyUI's own window or log, then try again.", retryable=True,
                             detail=detail)  # fmt: skip
    return ProviderError(f"{service} could not carry out the request (HTTP {status}).", kind=ErrorKind.BAD_REQUEST,
                         hint="Check the workflow and the server address in Settings.", status=status,
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
            message = f"node {node_id} ({found.get('class_type', '?')}): {words}"
            break
    missing_node = kind_word in ("invalid_prompt", "missing_node_type") and "does not exist" in message
    return ProviderError(
        f"{service} refused the workflow: {message or kind_word}.",
        kind=ErrorKind.NOT_FOUND if missing_node else ErrorKind.BAD_REQUEST,
        hint="Install what it names on the server (a model file or a custom node), or choose another workflow.",
        code=kind_word or None, retryable=False, detail=f"prompt refused: {json.dumps(data)[:500]}",
    )  # fmt: skip


def execution_error(data: dict[str, Any], service: str, gpu_memory_gb: float | None) -> ProviderError:
    exception = str(data.get("exception_type", ""))
    message = str(data.get("exception_message", "")).strip()
    node = f"node {data.get('node_id', '?')} ({data.get('node_type', '?')})"
    if "OutOfMemory" in exception or "out of memory" in message.lower():
        need = f" (it needs about {gpu_memory_gb:g} GB)" if gpu_memory_gb else ""
        return ProviderError(f"{service} does not have enough GPU memory for this model{need}.",
                             kind=ErrorKind.SERVER, retryable=False, code="out_of_memory",
                             hint="Choose a smaller workflow (FLUX.2 [klein] 4B) in Settings, close other programs "
                             "that use the GPU, or use a server with a bigger GPU.",
                             detail=f"{node}: {exception}: {message[:300]}")  # fmt: skip
    return ProviderError(f"{service} stopped with an error in {node}: {message[:300] or exception}.",
                         kind=ErrorKind.SERVER, retryable=False, code=exception or None,
                         hint="Look at ComfyUI's own window or log for the details.",
                         detail=f"{node}: {exception}: {message[:300]}")  # fmt: skip


def lost(service: str, *, restarted: bool) -> ProviderError:
    return ProviderError(
        f"{service} restarted or forgot the run while it was making your headshot." if restarted
        else f"The connection to {service} was lost while it was making your headshot.",
        kind=ErrorKind.NETWORK, retryable=False,
        hint="Nothing was kept. Check that ComfyUI is running, then try again.",
    )  # fmt: skip


def stopped_on_server(service: str) -> ProviderError:
    return ProviderError(f"The run was stopped on {service} (someone pressed Cancel there, or it was interrupted).",
                         kind=ErrorKind.SERVER, retryable=False, hint="Nothing was kept. Try again.")  # fmt: skip
