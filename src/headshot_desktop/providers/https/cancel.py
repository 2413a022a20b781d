"""Cancelling a request that is blocked on the network."""

from __future__ import annotations

import socket
import threading
from collections.abc import Mapping
from typing import Any

from headshot_desktop.core.generation import CancelToken


class SocketAborter:
    """Shuts the attempt's sockets when the run is cancelled.

    Closing a response from another thread does not wake a thread blocked in
    ``recv``; ``shutdown`` does. The sockets come from httpx's documented
    ``trace`` request extension, which reports each new connection. A kept connection would carry a request
    unseen; the client keeps none (``max_keepalive_connections=0``: httpcore closes a connection as soon as it
    is idle), so each request's socket is its own new one.
    """

    _EVENTS = ("connection.connect_tcp.complete", "connection.start_tls.complete")

    def __init__(self, cancel: CancelToken) -> None:
        self._cancel = cancel
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.release = cancel.on_cancel(self.abort)

    def trace(self, name: str, info: Mapping[str, Any]) -> None:
        if name not in self._EVENTS:
            return
        stream = info.get("return_value")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if isinstance(sock, socket.socket):
            with self._lock:
                self._sockets.append(sock)
            if self._cancel.cancelled:
                self.abort()

    def abort(self) -> None:
        with self._lock:
            sockets = list(self._sockets)
        for sock in sockets:
            try:
                # The plain-socket method: SSLSocket.shutdown would also drop its TLS state under the reader.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)
            except (OSError, ValueError):
                pass
