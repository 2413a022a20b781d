"""A real HTTPS server speaking the parts of Google's Gemini API (the Developer API) the app uses.

TLS with a throw-away CA from ``trustme``, on 127.0.0.1, one thread per connection. Both API
versions are served (``/v1`` and ``/v1beta``):

* ``GET /{version}/models`` (paged: ``pageSize``, ``pageToken``, ``nextPageToken``) and ``GET /{version}/models/{id}``;
* ``POST /{version}/models/{model}:generateContent``, checked the way Google checks it: proto3 JSON
  (camelCase or snake_case names, unknown names refused, base64 standard or URL-safe, padded or not),
  real input images (Pillow opens them), ``responseModalities`` with IMAGE, the model's aspect ratios
  and image sizes. The answer carries a real PNG of the size Gemini would make;
* ``POST /{version}/models/{model}:streamGenerateContent?alt=sse``: the same answer as server-sent
  events, one part per event (the image whole, in one big event).

The key must come in the ``x-goog-api-key`` header; a wrong or missing one gets Google's
400 INVALID_ARGUMENT with ErrorInfo reason API_KEY_INVALID, and ``?key=`` in the URL is refused
(the app must never put the key where logs see it). Bad requests are answered before any
scripted reply is used. ``script()`` queues other answers: refusals, blocks, errors, dropped or
cut-off connections, malformed data, stalls. Every request is recorded for the test to inspect.

    with gemini_server() as server:
        server.script(Reply.rate_limited(retry_delay="0.05s"))
        ...  # point the client at server.base_url, trusting server.ca_pem_path
        assert len(server.generate_requests()) == 2
"""

from __future__ import annotations

import copy
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import trustme

from tests.support.gemini_server.handler import _Handler
from tests.support.gemini_server.replies import (
    API_KEY,
    ASPECT_RATIOS,
    DEFAULT_MODELS,
    GEMINI_3_ASPECT_RATIOS,
    IMAGE_SIZES,
    IMAGE_TOKENS,
    INPUT_IMAGE_TOKENS,
    SIZES_1K,
    RecordedRequest,
    Reply,
    b64,
    image_size_for,
    make_png,
    rpc_error,
)
from tests.support.tls_server import LOCAL_NAMES, Recording, TLSServer, TLSTestServer, serving, tls_context

__all__ = [
    "API_KEY",
    "ASPECT_RATIOS",
    "DEFAULT_MODELS",
    "GEMINI_3_ASPECT_RATIOS",
    "GeminiTestServer",
    "IMAGE_SIZES",
    "IMAGE_TOKENS",
    "INPUT_IMAGE_TOKENS",
    "RecordedRequest",
    "Reply",
    "SIZES_1K",
    "b64",
    "gemini_server",
    "image_size_for",
    "make_png",
    "rpc_error",
]

GENERATE_METHODS = (":generateContent", ":streamGenerateContent")


class _Server(TLSServer, Recording):
    """One server and its own recording (``requests``, ``replies``, ``stopping``, ``tls_failures``)."""

    def __init__(self, context: ssl.SSLContext, api_key: str) -> None:
        Recording.__init__(self, Reply.ok)
        TLSServer.__init__(self, context, _Handler, self)
        self.api_key = api_key
        self.models: list[dict[str, Any]] = copy.deepcopy(DEFAULT_MODELS)
        self.page_size = 2


class GeminiTestServer(TLSTestServer):
    """What a test talks to: addresses, the CA, the scripted answers, the recorded requests."""

    def __init__(self, server: _Server, ca: trustme.CA, ca_pem_path: Path) -> None:
        super().__init__(server, ca, ca_pem_path)
        self._server = server
        self.api_key = server.api_key
        self.port = server.server_address[1]
        self.base_url = f"https://127.0.0.1:{self.port}"  # the root: clients add /v1/… or /v1beta/…

    def generate_requests(self) -> list[RecordedRequest]:
        """The requests to ``:generateContent`` (and ``:streamGenerateContent``), in order, rejected ones too."""
        return [r for r in self.requests if r.path.endswith(GENERATE_METHODS)]

    @property
    def models(self) -> list[dict[str, Any]]:
        """The models ``GET /{version}/models`` lists; generateContent only knows these."""
        return self._server.models

    @models.setter
    def models(self, models: list[dict[str, Any]]) -> None:
        self._server.models = models

    @property
    def page_size(self) -> int:
        """Models per page when the client asks for none (small, so that paging is exercised)."""
        return self._server.page_size

    @page_size.setter
    def page_size(self, size: int) -> None:
        self._server.page_size = size

    @property
    def stopping(self) -> threading.Event:
        return self._server.stopping

    def script(self, *replies: Reply) -> None:
        """Queue answers for the next valid generateContent requests; then it answers ``Reply.ok()`` again."""
        self._server.queue("generate", replies)

    def script_models(self, *replies: Reply) -> None:
        """Queue answers for the next ``GET /{version}/models`` requests (``Reply.ok()``: the real list)."""
        self._server.queue("models", replies)

    def environ(self) -> dict[str, str]:
        """Environment variables that point the app (or a subprocess) at this server."""
        return {
            "GEMINI_API_KEY": self.api_key,
            "GOOGLE_GEMINI_BASE_URL": self.base_url,
            "SSL_CERT_FILE": str(self.ca_pem_path),
        }


@contextmanager
def gemini_server(api_key: str = API_KEY) -> Iterator[GeminiTestServer]:
    def build(ca: trustme.CA) -> list[_Server]:
        return [_Server(tls_context(ca, *LOCAL_NAMES), api_key)]

    with serving("gemini-server-", build) as ([server], ca, ca_pem):
        yield GeminiTestServer(server, ca, ca_pem)
