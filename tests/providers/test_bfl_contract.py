"""Black Forest Labs keeps the provider contract, against the local API and delivery test servers."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from headshot_desktop.errors import ErrorKind
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Provider
from tests.providers.contract import ProviderContract
from tests.support.bfl_server import BflTestServer, Poll, Reply, bfl_server
from tests.unit.provider.helpers import RecordingSleep

# One scripted answer per error kind, at submit (Reply) or while polling (Poll), as BFL gives it.
ERRORS: dict[ErrorKind, Reply | Poll] = {
    ErrorKind.AUTH: Reply.forbidden(),
    ErrorKind.QUOTA: Reply.no_credits(),
    ErrorKind.RATE_LIMIT: Reply.too_many_tasks(retry_after="0.01"),
    ErrorKind.BAD_REQUEST: Reply.validation(["body", "width"], "Input should be a multiple of 16"),
    ErrorKind.SERVER: Reply.server_error(500),  # at submit: never sent again
    ErrorKind.NETWORK: Reply.drop(),  # the submit went out: never sent again either
    ErrorKind.SAFETY: Poll.status("Request Moderated"),
    ErrorKind.NOT_FOUND: Poll.status("Task not found"),
    ErrorKind.PROTOCOL: Poll.status("Sideways"),
}


class TestBflContract(ProviderContract):
    provider_id = "bfl"
    error_kinds = tuple(ERRORS)
    # Only a rate limit is worth a second submit: after a server error or a dropped answer the job may exist.
    retryable_kinds = frozenset({ErrorKind.RATE_LIMIT})

    @pytest.fixture
    def backend(self) -> Iterator[None]:
        with bfl_server() as server:
            self.server: BflTestServer = server
            yield

    def make_provider(self) -> Provider:
        made: Provider = registry.module("bfl").create(
            self.server.api_key, environ=self.server.environ(), sleep=RecordingSleep(), timeout=httpx.Timeout(10.0),
            first_poll=0.02,
        )  # fmt: skip
        return made

    def script_success(self, previews: int) -> None:
        self.server.script(Reply.accepted())

    def script_error(self, kind: ErrorKind, *, times: int | None = None) -> None:
        scripted = ERRORS[kind]
        if isinstance(scripted, Poll):
            for _ in range(times or 1):
                self.server.script_polls(Poll.pending(0.5), scripted)
        else:
            self.server.script(*[scripted] * (times or 10))

    def script_stall(self) -> None:
        self.server.script_polls(Poll.pending(0.1))  # pending for ever: only the cancel ends it

    def requests_made(self) -> int:
        return len(self.server.submits())

    def what_was_sent(self) -> list[bytes]:
        return [image for sent in self.server.submits() for image in sent.images]

    def text_sent(self) -> str:
        return "\n".join(f"{r.host} {r.path} {r.query} {r.headers} {r.prompt}" for r in self.server.requests)

    def key(self) -> str | None:
        return self.server.api_key
