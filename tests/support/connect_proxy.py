"""A plain HTTP proxy on 127.0.0.1 that only tunnels (``CONNECT``), as a company proxy does for HTTPS.

It records each tunnel's target and relays the bytes both ways without reading them (TLS stays end to end).

    with connect_proxy() as proxy:
        ...  # HTTPS_PROXY=proxy.url
        assert proxy.tunnels == ["127.0.0.1:4433"]
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass
class ConnectProxy:
    url: str
    tunnels: list[str] = field(default_factory=list)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    proxy: ConnectProxy


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            head += chunk
        method, target, _version = head.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
        if method != "CONNECT":
            self.request.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            return
        self.server.proxy.tunnels.append(target)
        host, port = target.rsplit(":", 1)
        with socket.create_connection((host.strip("[]"), int(port)), timeout=30) as upstream:
            self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            if rest := head.split(b"\r\n\r\n", 1)[1]:
                upstream.sendall(rest)
            back = threading.Thread(target=_relay, args=(upstream, self.request), daemon=True)
            back.start()
            _relay(self.request, upstream)
            back.join(timeout=30)


def _relay(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass  # either side hung up
    with contextlib.suppress(OSError):
        target.shutdown(socket.SHUT_WR)


@contextlib.contextmanager
def connect_proxy() -> Iterator[ConnectProxy]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.proxy = ConnectProxy(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.proxy
    finally:
        server.shutdown()
        server.server_close()
