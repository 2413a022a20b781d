"""The BFL provider tests' fixtures; import them by name (``from … import make as make``) so pytest finds them."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.providers import registry
from headshot_desktop.providers.bfl import seam
from headshot_desktop.providers.bfl.provider import BflProvider
from tests.support.bfl_server import API_KEY, BflTestServer, bfl_server
from tests.unit.provider.helpers import Events, RecordingSleep, prepared_photo, run_edit

PROMPT = "CHANGE: a navy suit.\nPRESERVE: the face."


@pytest.fixture
def bfl() -> Iterator[BflTestServer]:
    with bfl_server() as server:
        yield server


@pytest.fixture
def make(bfl: BflTestServer, sleep: RecordingSleep, closing: Callable[[BflProvider], BflProvider]
         ) -> Callable[..., BflProvider]:  # fmt: skip
    """``make(api_key=API_KEY, **options)``: a provider on the servers, its first poll after 0.02 s unless told."""

    def build(api_key: str | None = API_KEY, **options: object) -> BflProvider:
        options.setdefault("first_poll", 0.02)
        return closing(registry.module("bfl").create(api_key, environ=bfl.environ(), sleep=sleep,
                                                     timeout=httpx.Timeout(10.0), **options))  # fmt: skip

    return build


@pytest.fixture
def provider(make: Callable[..., BflProvider]) -> BflProvider:
    return make()


@pytest.fixture(scope="module")
def photo() -> PreparedPhoto:
    return prepared_photo(max_side=seam.MAX_UPLOAD_SIDE)


def succeed(provider: BflProvider, photo: PreparedPhoto, events: Events | None = None, prompt: str = PROMPT
            ) -> GenerationResult:  # fmt: skip
    """One headshot, made at the size a portrait of medium detail has (896x1120)."""
    result = run_edit(provider, photo, GenerationRequest(style_id="corporate", prompt=prompt), events)
    assert [(i.width, i.height) for i in result.images] == [(896, 1120)]
    return result
