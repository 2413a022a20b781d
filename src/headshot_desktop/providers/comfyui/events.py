"""ComfyUI's WebSocket (``/ws?clientId=``): JSON events about our prompt, and binary preview frames.

A binary frame starts with a big-endian 32-bit type: 1 is a preview (then the image format,
1 = JPEG, 2 = PNG, then the image); 4 is a preview with metadata (then the metadata's length,
the metadata JSON naming its prompt_id, then the image). The client asks for type 4 with its
first message. No Origin header is sent: ComfyUI refuses one that does not match its host.
"""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI
from websockets.sync.client import ClientConnection, connect

from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.https.config import USER_AGENT
from headshot_desktop.translatable import N_

PREVIEW, PREVIEW_WITH_METADATA = 1, 4
MAX_FRAME = 16 * 1024 * 1024  # previews are small JPEGs; nothing we asked for is bigger

__all__ = ["ConnectionClosed", "Event", "EventStream", "Preview", "open_stream"]


@dataclass(frozen=True)
class Event:
    type: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Preview:
    image: bytes
    prompt_id: str | None  # known when the server sent metadata


def ws_url(base: httpx.URL, client_id: str) -> str:
    scheme = "wss" if base.scheme == "https" else "ws"
    return str(base.copy_with(scheme=scheme, raw_path=base.raw_path + b"ws?clientId=" + client_id.encode()))


@contextmanager
def open_stream(base: httpx.URL, client_id: str, verify: ssl.SSLContext, service: str,
                open_timeout: float = 10.0) -> Iterator[EventStream]:  # fmt: skip
    """The live connection for ``client_id``, closed when the block ends."""
    url = ws_url(base, client_id)
    try:
        connection = connect(
            url, ssl=verify if url.startswith("wss:") else None, proxy=None, origin=None, compression=None,
            max_size=MAX_FRAME, open_timeout=open_timeout, user_agent_header=USER_AGENT,
            # Keep reading while the run does not (upload, prompt): with 16 frames unread the reader stops, never
            # sees the server's close frame, and closing waits out close_timeout (10 s after a Cancel).
            max_queue=None,
        )  # fmt: skip
    except (OSError, InvalidHandshake, InvalidURI, TimeoutError) as err:
        raise ProviderError(N_("comfyui", "Could not open {service}'s live connection (WebSocket).").format(
                            service=service), kind=ErrorKind.NETWORK,
                            hint=N_("comfyui", "Check that ComfyUI is running at the address in Settings."),
                            retryable=True,
                            code="connect", detail=f"{type(err).__name__}: {err}") from None  # fmt: skip
    with connection as ws:
        ws.send(json.dumps({"type": "feature_flags", "data": {"supports_preview_metadata": True}}))
        yield EventStream(ws)


class EventStream:
    def __init__(self, ws: ClientConnection) -> None:
        self._ws = ws

    def next(self, timeout: float) -> Event | Preview | None:
        """The next event or preview, or None when nothing came in ``timeout`` seconds. Raises ConnectionClosed."""
        try:
            message = self._ws.recv(timeout=timeout)
        except TimeoutError:
            return None
        if isinstance(message, bytes):
            return _preview(message)
        try:
            found = json.loads(message)
        except ValueError:
            return None
        if not isinstance(found, dict) or not isinstance(found.get("type"), str):
            return None
        data = found.get("data")
        return Event(found["type"], data if isinstance(data, dict) else {})


def _preview(frame: bytes) -> Preview | None:
    if len(frame) < 8:
        return None
    kind = int.from_bytes(frame[:4], "big")
    if kind == PREVIEW:
        return Preview(frame[8:], None)
    if kind == PREVIEW_WITH_METADATA:
        size = int.from_bytes(frame[4:8], "big")
        try:
            meta = json.loads(frame[8 : 8 + size])
        except ValueError:
            return None
        prompt_id = meta.get("prompt_id") if isinstance(meta, dict) else None
        return Preview(frame[8 + size :], prompt_id if isinstance(prompt_id, str) else None)
    return None
