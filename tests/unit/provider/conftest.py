"""Fixtures for the provider tests: a real HTTPS server and providers pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import httpx
import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.providers.base import Provider
from headshot_desktop.providers.openai import OpenAIClient, OpenAIProvider
from tests.support.openai_server import OpenAITestServer, openai_server
from tests.unit.provider.helpers import FAST_RETRY, RecordingSleep, make_photo

P = TypeVar("P", bound=Provider)


@pytest.fixture
def server() -> Iterator[OpenAITestServer]:
    with openai_server() as running:
        yield running


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def closing() -> Iterator[Callable[[P], P]]:
    """``closing(provider)``: the provider, closed when the test is done (before the server it talks to stops)."""
    made: list[Provider] = []

    def keep(provider: P) -> P:
        made.append(provider)
        return provider

    yield keep
    for provider in made:
        provider.close()


@pytest.fixture
def make_provider(
    server: OpenAITestServer, sleep: RecordingSleep, closing: Callable[[OpenAIProvider], OpenAIProvider]
) -> Callable[..., OpenAIProvider]:
    def make(**options: object) -> OpenAIProvider:
        settings: dict[str, object] = {
            "api_key": server.api_key,
            "base_url": server.base_url,
            "environ": {"SSL_CERT_FILE": str(server.ca_pem_path)},
            "retry": FAST_RETRY,
            "sleep": sleep,
            "timeout": httpx.Timeout(10.0),
        }
        settings.update(options)
        return closing(OpenAIProvider(OpenAIClient(**settings)))  # type: ignore[arg-type]

    return make


@pytest.fixture
def provider(make_provider: Callable[..., OpenAIProvider]) -> OpenAIProvider:
    return make_provider()


@pytest.fixture
def photo() -> PreparedPhoto:
    return make_photo()
