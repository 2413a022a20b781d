"""The two things a person does, as plain steps the window and the command line share.

``import_photo``: a file or bytes -> a metadata-free original in the library.
``generate``: an original + a style -> headshots in the library, cost in the spend log.
Both block; the window runs them on a worker thread, the command line on a small pool.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from headshot_desktop import intake
from headshot_desktop.core.generation import (
    CancelToken,
    GenerationRequest,
    GenerationResult,
    ProgressCallback,
    Status,
)
from headshot_desktop.core.pricing import CostEstimate, PricingTable, SpendEntry, SpendLog
from headshot_desktop.core.styles import Style
from headshot_desktop.library import Headshot, Library, Original
from headshot_desktop.providers.base import Provider

log = logging.getLogger(__name__)

ORIENTATION_SIZES = {"portrait": "1024x1536", "square": "1024x1024"}


@dataclass(frozen=True)
class GenerateOptions:
    variants: int = 2
    quality: str = "medium"
    size: str = ""  # empty: the style's suggested size
    model: str = ""  # empty: the newest model the key can use
    partial_previews: int = 2
    stream: bool = True
    output_format: str = "png"

    @classmethod
    def from_settings(cls, settings, **overrides) -> GenerateOptions:
        values = dict(
            variants=settings.variants,
            quality=settings.quality,
            size=ORIENTATION_SIZES.get(settings.orientation, ""),
            model=settings.model,
            partial_previews=settings.partial_previews,
        )
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


def build_request(style: Style, options: GenerateOptions) -> GenerationRequest:
    return GenerationRequest(
        style_id=style.id,
        prompt=style.request_prompt(),
        model=options.model,
        size=options.size or style.size,
        quality=options.quality,
        n=options.variants,
        output_format=options.output_format,
        partial_images=options.partial_previews if options.stream else 0,
        stream=options.stream,
    )


def estimate(
    pricing: PricingTable, style: Style, options: GenerateOptions, model: str, input_size: tuple[int, int] | None
) -> CostEstimate:
    request = build_request(style, options)
    return pricing.estimate(
        model,
        quality=request.quality,
        size=request.size,
        n=request.n,
        input_size=input_size,
        prompt_chars=len(request.prompt),
        partial_images=request.partial_images,
    )


@dataclass
class Outcome:
    original: Original
    style: Style
    headshots: list[Headshot] = field(default_factory=list)
    result: GenerationResult | None = None


class Workflow:
    """Intake, library and provider wired together; one per window or command run."""

    def __init__(
        self,
        library: Library,
        provider_factory: Callable[[], Provider],
        *,
        spend_log: SpendLog | None = None,
        after_run: Callable[[], object] | None = None,
        max_side: int = intake.DEFAULT_MAX_SIDE,
    ) -> None:
        self.library = library
        self._provider_factory = provider_factory
        self.spend_log = spend_log
        self.after_run = after_run
        self.max_side = max_side

    def import_photo(self, source: Path | bytes, source_name: str | None = None) -> Original:
        """Store a metadata-free, full-resolution copy; the same photo twice gives the same original."""
        photo = intake.prepare_photo(source, source_name=source_name, max_side=None)
        return self.library.import_original(photo)

    def generate(
        self,
        original: Original,
        style: Style,
        options: GenerateOptions,
        on_progress: ProgressCallback,
        cancel: CancelToken,
    ) -> Outcome:
        on_progress(Status("Preparing your photo…"))
        upload = intake.prepare_photo(original.path, source_name=original.name, max_side=self.max_side)
        cancel.raise_if_cancelled()
        request = build_request(style, options)
        provider = self._provider_factory()
        try:
            result = provider.edit(upload, request, on_progress, cancel)
        finally:
            provider.close()
        # A cancel that arrives after the images are in still means "keep nothing".
        cancel.raise_if_cancelled()
        outcome = Outcome(original, style, result=result)
        per_image = None if result.cost_usd is None else result.cost_usd / max(len(result.images), 1)
        for number, image in enumerate(result.images, start=1):
            outcome.headshots.append(
                self.library.add_headshot(
                    image.data,
                    original_id=original.id,
                    style_id=style.id,
                    style_name=style.name,
                    prompt=request.prompt,
                    provider=getattr(provider, "name", "openai"),
                    model=result.model,
                    size=request.size,
                    quality=request.quality,
                    cost_usd=per_image,
                    extension="." + request.output_format.replace("jpeg", "jpg"),
                    index_in_run=number,
                )
            )
        if self.spend_log is not None:
            self.spend_log.record(
                SpendEntry.now(
                    result.model, len(result.images), result.cost_usd, style_id=style.id, request_id=result.request_id
                )
            )
        if self.after_run is not None:
            try:
                self.after_run()
            except Exception:  # retention must never undo a finished run
                log.warning("retention after the run failed", exc_info=True)
        return outcome
