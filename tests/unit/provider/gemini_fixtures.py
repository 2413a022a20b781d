"""The Gemini provider tests' fixtures; import them by name (``from … import make as make``) so pytest finds them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.providers import registry
from headshot_desktop.providers.gemini.provider import GeminiProvider
from tests.support.gemini_server import GeminiTestServer, gemini_server
from tests.unit.provider.helpers import RecordingSleep, prepared_photo

FLASH = "gemini-3.1-flash-image-preview"
OTHER_KEY = "AIzaSy" + "Zz9Yy8" * 5 + "xyz"  # looks like a key; the server does not take it


@pytest.fixture
def gemini() -> Iterator[GeminiTestServer]:
    with gemini_server() as server:
        yield server


@pytest.fixture
def make(gemini: GeminiTestServer, sleep: RecordingSleep, closing: Callable[[GeminiProvider], GeminiProvider]
         ) -> Callable[..., GeminiProvider]:  # fmt: skip
    """``make(api_key="server", **env)``: a provider on the server; ``env`` changes its variables (None: unset)."""

    def build(api_key: str | None = "server", **env: str | None) -> GeminiProvider:
        environ = {**gemini.environ(), **env}
        environ = {name: value for name, value in environ.items() if value is not None}
        key = gemini.api_key if api_key == "server" else api_key
        return closing(registry.module("gemini").create(key, environ=environ, sleep=sleep, timeout=httpx.Timeout(10.0)))

    return build


@pytest.fixture
def provider(make: Callable[..., GeminiProvider]) -> GeminiProvider:
    return make()


@pytest.fixture(scope="module")
def photo() -> PreparedPhoto:
    return prepared_photo(max_side=1536)
