"""The one interface every image provider offers to the rest of the app.

A provider turns a prepared photo and a request into finished images. It maps
its own wire errors to ``ProviderError`` with an ``ErrorKind``, so the window
and the command line never look at HTTP status codes.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from headshot_desktop.core.generation import (
    CancelToken,
    GenerationRequest,
    GenerationResult,
    ModelInfo,
    ProgressCallback,
)
from headshot_desktop.core.models import PreparedPhoto


@runtime_checkable
class Provider(Protocol):
    name: str  # "openai"

    def edit(
        self,
        photo: PreparedPhoto,
        request: GenerationRequest,
        on_progress: ProgressCallback,
        cancel: CancelToken,
    ) -> GenerationResult:
        """Send the photo with the request's prompt and return the finished images.

        Blocks: call it from a worker thread. Progress (status lines, rough
        previews, retries) goes to ``on_progress`` from that thread. Raises
        ``ProviderError`` on failure and ``CancelledError`` once ``cancel`` is set;
        after a cancel nothing is returned.
        """
        ...

    def list_models(self) -> list[ModelInfo]:
        """The image models this key may use, newest first."""
        ...

    def check_key(self) -> None:
        """Return if the key works; raise ``ProviderError`` (kind AUTH, NETWORK...) if not."""
        ...

    def close(self) -> None:
        """Release connections. The provider is not used again afterwards."""
        ...
