"""Helpers shared by the provider tests."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass, field

import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import ImageReady, ProgressEvent
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.errors import ProviderError
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers.base import Provider
from headshot_desktop.providers.openai import RetryPolicy
from tests.unit.intake import corpus

FAST_RETRY = RetryPolicy(max_retries=3, base_delay=0.01, max_delay=0.05, max_total=30.0)


@dataclass
class RecordingSleep:
    """Records each retry delay and waits only a moment (still interruptible by cancel)."""

    delays: list[float] = field(default_factory=list)

    def __call__(self, delay: float, cancel: CancelToken) -> None:
        self.delays.append(delay)
        cancel.wait(min(delay, 0.005))


@dataclass
class Events:
    """An ``on_progress`` callback that keeps every event."""

    seen: list[ProgressEvent] = field(default_factory=list)

    def __call__(self, event: ProgressEvent) -> None:
        self.seen.append(event)

    def of(self, kind: type) -> list:
        return [e for e in self.seen if isinstance(e, kind)]


def make_photo(width: int = 96, height: int = 128) -> PreparedPhoto:
    """A small PNG with no metadata at all, as intake would hand it over."""
    image = Image.new("RGB", (width, height), (200, 170, 150))
    for x in range(0, width, 8):
        image.putpixel((x, height // 2), (20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    data = buffer.getvalue()
    return PreparedPhoto(
        data, "image/png", width, height, "IMG_0042 Jane Doe.png", hashlib.sha256(image.tobytes()).hexdigest()
    )


def prepared_photo(max_side: int) -> PreparedPhoto:
    """A 480x640 camera JPEG through the app's own intake, as a cloud provider gets it."""
    source = corpus.jpeg(corpus.photo((480, 640)))
    return prepare_photo(source, source_name="photo.jpg", max_side=max_side)


def pixel_size(data: bytes) -> tuple[int, int]:
    """The width and height of an image, read whole (a cut-off image fails here)."""
    with Image.open(io.BytesIO(data)) as image:
        image.load()
        return image.size


def run_edit(provider: Provider, photo: PreparedPhoto, request: GenerationRequest, events: Events | None = None
             ) -> GenerationResult:  # fmt: skip
    return provider.edit(photo, request, events if events is not None else Events(), CancelToken())


def failed_edit(provider: Provider, photo: PreparedPhoto, request: GenerationRequest, events: Events | None = None
                ) -> ProviderError:  # fmt: skip
    """The ProviderError an edit must raise, with no image ready before it."""
    events = events if events is not None else Events()
    with pytest.raises(ProviderError) as caught:
        provider.edit(photo, request, events, CancelToken())
    assert events.of(ImageReady) == []
    return caught.value


def request(*, stream: bool | None = None, partial_images: int | None = None, **changes: object
            ) -> GenerationRequest:  # fmt: skip
    """One request as the workflow sends it; ``stream`` and ``partial_images`` in OpenAI's words."""
    values: dict[str, object] = {
        "style_id": "corporate-grey",
        "prompt": "CHANGE: a suit.\nPRESERVE: the face.",
        "model": "gpt-image-2",
    }
    values.update(changes)
    if partial_images is not None:
        values["previews"] = partial_images
    if stream is not None:
        values["options"] = {**dict(values.get("options") or {}), "stream": "on" if stream else "off"}  # type: ignore[call-overload]
    return GenerationRequest(**values)  # type: ignore[arg-type]
