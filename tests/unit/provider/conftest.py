"""Fixtures for the provider tests: a real HTTPS server and providers pointed at it."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.providers.openai import OpenAIClient, OpenAIProvider
from tests.support.openai_server import OpenAITestServer, openai_server
from tests.unit.provider.helpers import FAST_RETRY, RecordingSleep, make_photo


@pytest.fixture
def server() -> Iterator[OpenAITestServer]:
    with openai_server() as running:
        yield running


@pytest.fixture
def sleep() -> RecordingSleep:
    return RecordingSleep()


@pytest.fixture
def make_provider(server: OpenAITestServer, sleep: RecordingSleep) -> Iterator[Callable[..., OpenAIProvider]]:
    made: list[OpenAIProvider] = []

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
        provider = OpenAIProvider(OpenAIClient(**settings))  # type: ignore[arg-type]
        made.append(provider)
        return provider

    yield make
    for provider in made:
        provider.close()


@pytest.fixture
def provider(make_provider: Callable[..., OpenAIProvider]) -> OpenAIProvider:
    return make_provider()


@pytest.fixture
def photo() -> PreparedPhoto:
    return make_photo()
