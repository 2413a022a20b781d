"""The hooks a provider's contract test supplies, and the plumbing the contract tests share.

A provider's tests subclass ``ProviderContract`` (``contract.py``), which is built on ``ProviderHooks``:

    class TestMyContract(ProviderContract):
        provider_id = "my"                             # its registry id
        error_kinds = (ErrorKind.AUTH, ...)            # the kinds ``script_error`` can make it meet

        @pytest.fixture
        def backend(self, ...): ...                    # start its test server (or set up the fake); yield; stop
        def make_provider(self) -> Provider: ...       # built through the package's ``create()``
        def script_success(self, previews: int): ...   # the next request succeeds (with previews if it streams)
        def script_error(self, kind, *, times=None):   # the next ``times`` attempts fail so (None: every one)
        def script_stall(self): ...                    # the next request hangs (after a preview) until cancelled
        def requests_made(self) -> int: ...            # image requests that reached the backend
        def what_was_sent(self) -> list[bytes]: ...    # the photo bytes each of those requests carried
        def text_sent(self) -> str: ...                # optional: the rest (fields, file names, headers)
        def key(self) -> str | None: ...               # the key it was given; None for a keyless provider
        def cleanup(self): ...                         # optional: after the provider is closed

The hooks are called after ``make_provider()``; they script what the backend does next.
Set ``retries_retryable = False`` for a provider that leaves every retry to the workflow.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import ClassVar

import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken, shape_of
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import ImageReady, ProgressEvent
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.errors import ErrorKind
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers.base import Provider
from tests.unit.intake import corpus

RETRYABLE = frozenset({ErrorKind.RATE_LIMIT, ErrorKind.SERVER, ErrorKind.NETWORK, ErrorKind.TIMEOUT})
PRIVATE_NAME = f"{corpus.PERSON} at home"  # the photo's file name: private too, it must not be sent
GPS_IFD = 0x8825


@dataclass
class Events:
    """An ``on_progress`` that keeps every event, and may react to one (say, cancel on a preview)."""

    react: Callable[[ProgressEvent], None] | None = None
    seen: list[ProgressEvent] = field(default_factory=list)

    def __call__(self, event: ProgressEvent) -> None:
        self.seen.append(event)
        if self.react is not None:
            self.react(event)

    def of(self, kind: type) -> list:
        return [e for e in self.seen if isinstance(e, kind)]


def decoded_size(data: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image.size


class ProviderHooks:
    """The hooks (each provider's test supplies them) and the helpers the contract's tests use."""

    provider_id: ClassVar[str] = ""
    error_kinds: ClassVar[tuple[ErrorKind, ...]] = ()
    retryable_kinds: ClassVar[frozenset[ErrorKind]] = RETRYABLE
    retries_retryable: ClassVar[bool] = True  # it retries retryable failures itself (with Retrying events)
    heavy_modules: ClassVar[tuple[str, ...]] = ("httpx", "PIL", "PySide6")  # not loaded by a registry lookup
    cancel_within: ClassVar[float] = 3.0  # seconds a cancel may take, from the moment it is asked

    # -- hooks -------------------------------------------------------------------------
    @pytest.fixture
    def backend(self) -> Iterator[None]:
        raise NotImplementedError("a provider's contract test supplies the backend fixture")

    def make_provider(self) -> Provider:
        raise NotImplementedError

    def script_success(self, previews: int) -> None:
        raise NotImplementedError

    def script_error(self, kind: ErrorKind, *, times: int | None = None) -> None:
        raise NotImplementedError

    def script_stall(self) -> None:
        raise NotImplementedError

    def requests_made(self) -> int:
        raise NotImplementedError

    def what_was_sent(self) -> list[bytes]:
        raise NotImplementedError

    def text_sent(self) -> str:
        return ""

    def key(self) -> str | None:
        raise NotImplementedError

    def cleanup(self) -> None:
        pass

    # -- plumbing ----------------------------------------------------------------------
    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "error_kind" in metafunc.fixturenames:
            kinds = type(self).error_kinds
            metafunc.parametrize("error_kind", kinds, ids=[k.value for k in kinds])

    @pytest.fixture
    def provider(self, backend: None) -> Iterator[Provider]:
        made = self.make_provider()
        try:
            yield made
        finally:
            made.close()
            self.cleanup()

    @pytest.fixture
    def photo(self, provider: Provider) -> PreparedPhoto:
        source = corpus.jpeg(corpus.photo((480, 640)))
        return prepare_photo(source, source_name="photo.jpg", max_side=provider.capabilities().max_upload_side)

    @staticmethod
    def previews(provider: Provider) -> int:
        caps = provider.capabilities()
        return min(2, caps.max_previews) if caps.streams_previews else 0

    @staticmethod
    def request(**changes: object) -> GenerationRequest:
        values: dict[str, object] = {"style_id": "corporate", "prompt": "CHANGE: a suit.\nPRESERVE: the face."}
        return GenerationRequest(**{**values, **changes})  # type: ignore[arg-type]

    def generate(self, provider: Provider, photo: PreparedPhoto, events: Events | None = None,
                 cancel: CancelToken | None = None, **changes: object) -> GenerationResult:  # fmt: skip
        changes.setdefault("previews", self.previews(provider))
        return provider.edit(photo, self.request(**changes), events or Events(), cancel or CancelToken())

    def assert_one_image(self, result: GenerationResult, events: Events, shape: str = "portrait") -> None:
        [image] = result.images
        assert image.index == 0
        assert decoded_size(image.data) == (image.width, image.height)
        assert shape_of(image.width, image.height) == shape
        assert image.mime_type.startswith("image/")
        assert [e.image for e in events.of(ImageReady)] == [image]
        assert result.model
        assert result.cost_usd is None or result.cost_usd >= 0
