"""A real pair of HTTPS servers speaking the parts of Black Forest Labs' FLUX API the app uses.

TLS with certificates from one throw-away ``trustme`` CA (one ``SSL_CERT_FILE`` trusts both), one
thread per connection:

* the **API host**, ``https://127.0.0.1:PORT`` (certificate for "127.0.0.1"):
  ``POST /v1/<endpoint>`` (flux-2-pro, -max, -flex, -pro-preview, -klein-4b, -klein-9b,
  flux-kontext-pro, -max) checked the way BFL's FastAPI service checks it: JSON body, strict schema
  per family (unknown field → 422 ``extra_forbidden``), width/height multiples of 16, ≥ 64,
  ≤ 4 MP, real base64 images (standard alphabet; ``data:`` URLs and http URLs refused). It answers
  ``{"id", "polling_url", "cost", "input_mp", "output_mp"}``. ``GET /v1/get_result?id=`` (and
  ``/v1/regional/get_result?id=``) walk that job's poll script; ``Ready`` carries a signed sample URL.
* the **delivery host**, ``https://localhost:PORT2`` (certificate for "localhost"): ``GET
  /results/<id>/sample.<jpeg|png>?se=&sig=`` checks the HMAC signature and expiry (bad or expired:
  403 with Azure Blob's XML ``AuthenticationFailed``) and serves a real image; ``GET /r/<id>``
  302-redirects to a fresh signed URL. It never asks for a key, and records what it gets.

Auth: the key comes in ``x-key``; missing or wrong gets **403** ``{"detail": "Not authenticated…"}``,
which is what the real service answers (FastAPI's APIKeyHeader; the text "Not authenticated - Invalid
Authentication" is seen in the wild) and what BFL's SDK maps, with 401, to an auth error.
Bad requests are answered before any scripted reply is used, and every request (rejected ones too,
on either host) is recorded.

    with bfl_server() as server:
        server.script(Reply.too_many_tasks(retry_after="0.05"))
        server.script_polls(Poll.pending(0.5), Poll.status("Content Moderated"))
        ...  # point the client at server.api_url, trusting server.ca_pem_path
        assert [r.host for r in server.downloads()] == []
"""

from __future__ import annotations

import collections
import hashlib
import hmac
import secrets
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import trustme

from tests.support.bfl_server.handler import _Handler
from tests.support.bfl_server.replies import (
    API_KEY,
    ENDPOINTS,
    FLUX2,
    KONTEXT,
    Poll,
    RecordedRequest,
    Reply,
    kontext_size,
    make_image,
)
from tests.support.tls_server import Recording, TLSServer, TLSTestServer, serving, tls_context

__all__ = [
    "API_KEY",
    "BflTestServer",
    "DEFAULT_POLLS",
    "ENDPOINTS",
    "FLUX2",
    "KONTEXT",
    "Poll",
    "RecordedRequest",
    "Reply",
    "bfl_server",
    "kontext_size",
    "make_image",
]


DEFAULT_POLLS = (Poll.pending(0.3), Poll.pending(0.7), Poll.ready())


@dataclass
class Job:
    id: str
    endpoint: str
    prompt: str
    seed: int
    width: int
    height: int
    ext: str  # "jpeg" or "png"
    polls: list[Poll]
    submitted: float  # time.time()
    polled: int = 0

    def next_poll(self) -> Poll:
        """The scripted answers in order; the last one repeats."""
        poll = self.polls[min(self.polled, len(self.polls) - 1)]
        self.polled += 1
        return poll


class _State(Recording):
    """What both hosts share: the key, the scripts, the jobs, the recorded requests."""

    def __init__(self, api_key: str) -> None:
        super().__init__(Reply.accepted)
        self.api_key = api_key
        self.secret = secrets.token_bytes(32)
        self.api_url = ""
        self.delivery_url = ""
        self.sample_ttl: float = 600.0
        self.poll_scripts: collections.deque[list[Poll]] = collections.deque()
        self.jobs: dict[str, Job] = {}

    def add_job(self, endpoint: str, prompt: str, seed: int, width: int, height: int, ext: str) -> Job:
        with self.lock:
            polls = self.poll_scripts.popleft() if self.poll_scripts else list(DEFAULT_POLLS)
            job = Job(str(uuid.uuid4()), endpoint, prompt, seed, width, height, ext, polls, time.time())
            self.jobs[job.id] = job
            return job

    def sign(self, path: str, expiry: int) -> str:
        """The delivery host's signature of a sample path and its expiry (``se``)."""
        return hmac.new(self.secret, f"{path}\n{expiry}".encode(), hashlib.sha256).hexdigest()

    def signed_url(self, job: Job) -> str:
        path = f"/results/{job.id}/sample.{job.ext}"
        expiry = int(time.time() + self.sample_ttl)
        return f"{self.delivery_url}{path}?se={expiry}&sig={self.sign(path, expiry)}"


class _Server(TLSServer):
    def __init__(self, context: ssl.SSLContext, role: str, state: _State) -> None:
        super().__init__(context, _Handler, state)
        self.role = role  # "api" or "delivery"
        self.state = state


class BflTestServer(TLSTestServer):
    """What a test talks to: both addresses, the CA, the scripted answers, the requests on either host."""

    def __init__(self, api: _Server, delivery: _Server, ca: trustme.CA, ca_pem_path: Path) -> None:
        super().__init__(api.state, ca, ca_pem_path)
        self._state = api.state
        self.api_key = self._state.api_key
        self.api_host = f"127.0.0.1:{api.server_address[1]}"
        self.delivery_host = f"localhost:{delivery.server_address[1]}"
        self.api_url = f"https://{self.api_host}"  # the root: clients add /v1/<endpoint>
        self.delivery_url = f"https://{self.delivery_host}"

    def submits(self) -> list[RecordedRequest]:
        """The POSTs to ``/v1/<endpoint>`` (known endpoints), rejected ones too."""
        return [r for r in self.requests if r.host == "api" and r.method == "POST" and r.endpoint]

    def polls(self) -> list[RecordedRequest]:
        """The GETs of ``/v1/get_result`` and ``/v1/regional/get_result``."""
        paths = ("/v1/get_result", "/v1/regional/get_result")
        return [r for r in self.requests if r.host == "api" and r.method == "GET" and r.path in paths]

    def downloads(self) -> list[RecordedRequest]:
        """The GETs on the delivery host (``/r/<id>`` redirects as well as ``/results/…`` samples)."""
        return [r for r in self.requests if r.host == "delivery" and r.method == "GET"]

    @property
    def sample_ttl(self) -> float:
        """Seconds a signed sample URL stays valid from when it is given out (0: expired at once)."""
        return self._state.sample_ttl

    @sample_ttl.setter
    def sample_ttl(self, seconds: float) -> None:
        self._state.sample_ttl = seconds

    @property
    def stopping(self) -> threading.Event:
        return self._state.stopping

    def script(self, *replies: Reply) -> None:
        """Queue answers for the next valid submits; then it answers ``Reply.accepted()`` again."""
        self._state.queue("submit", replies)

    def script_polls(self, *polls: Poll) -> None:
        """The poll answers of the next accepted job, in order, the last repeating (each call: one job)."""
        if not polls:
            raise ValueError("script_polls needs at least one Poll")
        with self._state.lock:
            self._state.poll_scripts.append(list(polls))

    def script_downloads(self, *replies: Reply) -> None:
        """Queue answers (``server_error``, ``drop``, ``stall``, ``not_json``, ``error``) for the next
        well-signed sample downloads; then they are served again. ``/r/<id>`` redirects use none."""
        self._state.queue("download", replies)

    def environ(self) -> dict[str, str]:
        """Environment variables that point the app (or a subprocess) at this server."""
        return {"BFL_API_KEY": self.api_key, "BFL_API_URL": self.api_url, "SSL_CERT_FILE": str(self.ca_pem_path)}


@contextmanager
def bfl_server(api_key: str = API_KEY) -> Iterator[BflTestServer]:
    state = _State(api_key)

    def build(ca: trustme.CA) -> list[_Server]:
        return [
            _Server(tls_context(ca, "127.0.0.1"), "api", state),
            _Server(tls_context(ca, "localhost"), "delivery", state),
        ]

    with serving("bfl-server-", build) as (servers, ca, ca_pem):
        test_server = BflTestServer(*servers, ca, ca_pem)
        state.api_url, state.delivery_url = test_server.api_url, test_server.delivery_url
        yield test_server
