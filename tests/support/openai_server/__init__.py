"""A real HTTPS server speaking the parts of OpenAI's API the app uses.

TLS with a throw-away CA from ``trustme``, on 127.0.0.1, one thread per
connection. ``POST /v1/images/edits`` parses the multipart body for real (the
stdlib ``email`` parser) and answers with real images made by Pillow, as JSON
or as server-sent events, depending on the ``stream`` field it received.
``script()`` queues other answers: errors, dropped or cut-off connections,
malformed data, stalls. Every request is recorded for the test to inspect.
``pacing=Pacing(seconds)`` gives every image a fixed latency, previews at known times
(benchmarks); off by default. ``rate_limit=RateLimit(requests, per_seconds)`` answers edits past
it with OpenAI's real 429 (``retry-after`` and the ``x-ratelimit-*`` headers); off by default.
``answer_by(rule)`` lets a rule answer chosen edits requests (refuse one person's photo, fail another).

    with openai_server() as server:
        server.script(Reply.error(429, "rate_limit_exceeded", headers={"retry-after": "0"}))
        ...  # point the client at server.base_url, trusting server.ca_pem_path
        assert len(server.requests_to("edits")) == 2

    with openai_server(rate_limit=RateLimit(20, 60)) as server:
        server.answer_by(lambda request: Reply.moderation_blocked() if is_refused(request) else None)
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import trustme

from tests.support.openai_server.handler import _Handler
from tests.support.openai_server.limits import RateLimit, RateWindow
from tests.support.openai_server.replies import (
    API_KEY,
    DEFAULT_MODELS,
    OUTPUT_TOKENS,
    Pacing,
    RecordedRequest,
    Reply,
    Sent,
    UploadedFile,
    b64,
    make_image,
)
from tests.support.tls_server import LOCAL_NAMES, Recording, TLSServer, TLSTestServer, serving, tls_context

__all__ = [
    "API_KEY",
    "DEFAULT_MODELS",
    "OUTPUT_TOKENS",
    "OpenAITestServer",
    "Pacing",
    "RateLimit",
    "Rule",
    "b64",
    "RecordedRequest",
    "Reply",
    "Sent",
    "UploadedFile",
    "make_image",
    "openai_server",
]


# Asked for every edits request (past the rate limit) before the script: a reply answers it, None passes.
Rule = Callable[[RecordedRequest], "Reply | None"]


class _Server(TLSServer, Recording):
    """One server and its own recording (``requests``, ``replies``, ``stopping``, ``tls_failures``)."""

    requests: list[RecordedRequest]

    def __init__(
        self, context: ssl.SSLContext, api_key: str, pacing: Pacing | None = None, rate_limit: RateLimit | None = None
    ) -> None:
        Recording.__init__(self, Reply.ok)
        TLSServer.__init__(self, context, _Handler, self)
        self.api_key = api_key
        self.pacing = pacing
        self.rate_limit = rate_limit
        self.window = RateWindow()
        self.rules: list[Rule] = []
        self.rules_lock = threading.Lock()
        self.models: list[dict[str, Any]] = [dict(m) for m in DEFAULT_MODELS]

    def reply_by_rules(self, record: RecordedRequest) -> Reply | None:
        with self.rules_lock:
            rules = list(self.rules)
        for rule in rules:
            reply = rule(record)
            if reply is not None:
                return reply
        return None

    def request_count(self) -> int:
        with self.lock:
            return len(self.requests)


class OpenAITestServer(TLSTestServer):
    """What a test talks to: addresses, the CA, the scripted answers, the recorded requests."""

    def __init__(self, server: _Server, ca: trustme.CA, ca_pem_path: Path) -> None:
        super().__init__(server, ca, ca_pem_path)
        self._server = server
        self.api_key = server.api_key
        self.port = server.server_address[1]
        self.base_url = f"https://127.0.0.1:{self.port}/v1"

    def requests_to(self, endpoint: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path.split("?")[0] == f"/v1/{endpoint.lstrip('/')}"]

    @property
    def models(self) -> list[dict[str, Any]]:
        return self._server.models

    @models.setter
    def models(self, models: list[dict[str, Any]]) -> None:
        self._server.models = models

    @property
    def pacing(self) -> Pacing | None:
        """The fixed latency of edits answers (None: answer at once); may be changed between requests."""
        return self._server.pacing

    @pacing.setter
    def pacing(self, pacing: Pacing | None) -> None:
        self._server.pacing = pacing

    @property
    def rate_limit(self) -> RateLimit | None:
        """The edits requests allowed in a sliding window (None: no limit); may be changed at any time."""
        return self._server.rate_limit

    @rate_limit.setter
    def rate_limit(self, limit: RateLimit | None) -> None:
        self._server.rate_limit = limit

    @property
    def rate_limited(self) -> int:
        """How many edits requests the rate limit has answered with a 429."""
        return self._server.window.refused

    def answer_by(self, rule: Rule | None) -> None:
        """Add a rule asked for every edits request before the script (None: drop every rule).

        ``rule(request)`` returns the ``Reply`` for that request, or None to let the next rule, the
        script or the normal answer have it; the first rule that answers wins. Requests past the
        rate limit are answered 429 before any rule sees them.
        """
        with self._server.rules_lock:
            if rule is None:
                self._server.rules.clear()
            else:
                self._server.rules.append(rule)

    def images_made(self) -> int:
        """Finished images the server sent (what a real account pays for); previews are free."""
        return sum(1 for r in self.requests_to("images/edits") for s in r.sent if s.kind == "completed")

    def script(self, *replies: Reply, endpoint: str = "images/edits") -> None:
        """Queue answers for the next requests to ``endpoint``; then it answers normally again."""
        self._server.queue(endpoint.lstrip("/"), replies)

    def environ(self) -> dict[str, str]:
        """Environment variables that point the app (or a subprocess) at this server."""
        return {
            "OPENAI_API_KEY": self.api_key,
            "OPENAI_BASE_URL": self.base_url,
            "SSL_CERT_FILE": str(self.ca_pem_path),
        }


@contextmanager
def openai_server(
    api_key: str = API_KEY, pacing: Pacing | None = None, rate_limit: RateLimit | None = None
) -> Iterator[OpenAITestServer]:
    def build(ca: trustme.CA) -> list[_Server]:
        return [_Server(tls_context(ca, *LOCAL_NAMES), api_key, pacing, rate_limit)]

    with serving("openai-server-", build) as ([server], ca, ca_pem):
        yield OpenAITestServer(server, ca, ca_pem)
