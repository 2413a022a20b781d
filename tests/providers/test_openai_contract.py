"""OpenAI keeps the provider contract, against the real local HTTPS test server."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from headshot_desktop.errors import ErrorKind
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Provider
from tests.providers.contract import ProviderContract
from tests.support.openai_server import OpenAITestServer, Reply
from tests.unit.provider.helpers import FAST_RETRY, RecordingSleep

# One scripted answer per error kind, as OpenAI gives it.
ERRORS: dict[ErrorKind, Reply] = {
    ErrorKind.AUTH: Reply.error(401, "invalid_api_key", "Incorrect API key provided: sk-****abcd."),
    ErrorKind.PERMISSION: Reply.error(403, None, "You are not allowed to use this model."),
    ErrorKind.QUOTA: Reply.error(429, "insufficient_quota", "You exceeded your quota.", type="insufficient_quota"),
    ErrorKind.RATE_LIMIT: Reply.error(429, "rate_limit_exceeded", "Slow down.", headers={"retry-after-ms": "10"}),
    ErrorKind.SAFETY: Reply.error(400, "moderation_blocked", "Your request was rejected by the safety system."),
    ErrorKind.BAD_REQUEST: Reply.error(400, "invalid_value", "Invalid value for 'size'."),
    ErrorKind.NOT_FOUND: Reply.error(404, "model_not_found", "The model does not exist."),
    ErrorKind.SERVER: Reply.error(500, None, "The server had an error.", type="server_error"),
    ErrorKind.TIMEOUT: Reply.error(408, None, "Request timed out."),
    ErrorKind.NETWORK: Reply.drop(after_partials=None),
    ErrorKind.PROTOCOL: Reply.malformed_json(),
}


class TestOpenAIContract(ProviderContract):
    provider_id = "openai"
    error_kinds = tuple(ERRORS)

    @pytest.fixture
    def backend(self, api_server: OpenAITestServer) -> Iterator[None]:
        self.server = api_server
        yield

    def make_provider(self) -> Provider:
        environ = {"OPENAI_BASE_URL": self.server.base_url, "SSL_CERT_FILE": str(self.server.ca_pem_path)}
        made: Provider = registry.module("openai").create(
            self.server.api_key, environ=environ, retry=FAST_RETRY, sleep=RecordingSleep(),
            timeout=httpx.Timeout(10.0),
        )  # fmt: skip
        return made

    def script_success(self, previews: int) -> None:
        self.server.script(Reply.ok())  # the server streams as many previews as the request asks for

    def script_error(self, kind: ErrorKind, *, times: int | None = None) -> None:
        self.server.script(*[ERRORS[kind]] * (times or 10))

    def script_stall(self) -> None:
        self.server.script(Reply.stall(30, after_partials=1))

    def requests_made(self) -> int:
        return len(self.server.requests_to("images/edits"))

    def what_was_sent(self) -> list[bytes]:
        return [file.data for sent in self.server.requests_to("images/edits") for file in sent.images]

    def text_sent(self) -> str:
        parts: list[str] = []
        for sent in self.server.requests:
            parts += [sent.path, *sent.headers.values(), *(v for vs in sent.fields.values() for v in vs)]
            parts += [f"{f.filename} {f.content_type}" for f in sent.files]
        return "\n".join(parts)

    def key(self) -> str | None:
        return self.server.api_key
