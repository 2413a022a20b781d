"""Gemini keeps the provider contract, against the local HTTPS test server that speaks its wire format."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from headshot_desktop.errors import ErrorKind
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Provider
from tests.providers.contract import ProviderContract
from tests.support.gemini_server import GeminiTestServer, Reply, gemini_server
from tests.unit.provider.helpers import RecordingSleep

# One scripted answer per error kind, as Google gives it.
ERRORS: dict[ErrorKind, Reply] = {
    ErrorKind.AUTH: Reply.bad_key(),
    ErrorKind.PERMISSION: Reply.error(403, "PERMISSION_DENIED", "Method doesn't allow unregistered callers."),
    ErrorKind.QUOTA: Reply.no_credit(),
    ErrorKind.RATE_LIMIT: Reply.rate_limited(retry_delay="0.01s"),
    ErrorKind.SAFETY: Reply.finish("IMAGE_SAFETY"),
    ErrorKind.BAD_REQUEST: Reply.error(400, "INVALID_ARGUMENT", "Request contains an invalid argument."),
    ErrorKind.NOT_FOUND: Reply.error(404, "NOT_FOUND", "models/x is not found for API version v1."),
    ErrorKind.SERVER: Reply.unavailable(),
    ErrorKind.TIMEOUT: Reply.error(504, "DEADLINE_EXCEEDED", "Deadline expired before operation could complete."),
    ErrorKind.NETWORK: Reply.drop(),
    ErrorKind.PROTOCOL: Reply.truncated_json(),
    ErrorKind.NO_IMAGE: Reply.finish("NO_IMAGE"),
}


@pytest.fixture
def running_gemini() -> Iterator[GeminiTestServer]:
    with gemini_server() as server:
        yield server


class TestGeminiContract(ProviderContract):
    provider_id = "gemini"
    error_kinds = tuple(ERRORS)

    @pytest.fixture
    def backend(self, running_gemini: GeminiTestServer) -> Iterator[None]:
        self.server = running_gemini
        yield

    def make_provider(self) -> Provider:
        made: Provider = registry.module("gemini").create(
            self.server.api_key, environ=self.server.environ(), sleep=RecordingSleep(), timeout=httpx.Timeout(10.0)
        )
        return made

    def script_success(self, previews: int) -> None:
        self.server.script(Reply.ok())

    def script_error(self, kind: ErrorKind, *, times: int | None = None) -> None:
        self.server.script(*[ERRORS[kind]] * (times or 10))

    def script_stall(self) -> None:
        self.server.script(Reply.stall(30))

    def requests_made(self) -> int:
        return len([r for r in self.server.generate_requests() if r.path.endswith(":generateContent")])

    def what_was_sent(self) -> list[bytes]:
        return [image for sent in self.server.generate_requests() for image in sent.images]

    def text_sent(self) -> str:
        return "\n".join(f"{r.path} {r.query} {r.headers} {r.prompt} {r.config}" for r in self.server.requests)

    def key(self) -> str | None:
        return self.server.api_key
