"""The two things a person does, as plain steps the window and the command line share.

``import_photo``: a file or bytes -> a metadata-free original in the library.
``generate``: an original + a style -> headshots in the library, cost in the spend log.
Both block; the window runs them on a worker thread, the command line on a small pool.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
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
from headshot_desktop.core.errors import HeadshotError
from headshot_desktop.library import Headshot, Library, Original
from headshot_desktop.library.recovery import RecoveryBox
from headshot_desktop.library.storage_errors import UnreadableImageError
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
    """What a run made and what it cost. ``problems`` say what went wrong after the provider was paid."""

    original: Original
    style: Style
    headshots: list[Headshot] = field(default_factory=list)
    result: GenerationResult | None = None
    recovered: list[Path] = field(default_factory=list)  # paid images the library could not take
    problems: list[str] = field(default_factory=list)  # human sentences: each one makes the run "failed"
    warnings: list[str] = field(default_factory=list)  # worth saying, but the headshots are all there

    @property
    def paid_images(self) -> int:
        return len(self.result.images) if self.result else 0


class InUse:
    """Originals that runs still need (running or queued): retention leaves them until released."""

    def __init__(self) -> None:
        self._counts: Counter[int] = Counter()
        self._lock = threading.Lock()

    def reserve(self, originals: Iterable[Original]) -> None:
        with self._lock:
            self._counts.update(o.id for o in originals)

    def release(self, originals: Iterable[Original]) -> None:
        with self._lock:
            self._counts.subtract(o.id for o in originals)
            self._counts = +self._counts  # drops what reached zero

    def snapshot(self) -> frozenset[int]:
        with self._lock:
            return frozenset(self._counts)


class Workflow:
    """Intake, library and provider wired together; one per window or command run."""

    def __init__(
        self,
        library: Library,
        provider_factory: Callable[[], Provider],
        *,
        spend_log: SpendLog | None = None,
        after_run: Callable[[frozenset[int]], object] | None = None,
        max_side: int = intake.DEFAULT_MAX_SIDE,
        recovery: RecoveryBox | None = None,
        in_use: InUse | None = None,
    ) -> None:
        self.library = library
        self._provider_factory = provider_factory
        self.spend_log = spend_log
        self.after_run = after_run
        self.max_side = max_side
        self.recovery = recovery
        self.in_use = in_use or InUse()

    def import_photo(self, source: Path | bytes, source_name: str | None = None) -> Original:
        """Store a metadata-free, full-resolution copy; the same photo twice gives the same original."""
        if isinstance(source, Path):
            stored = self.library.original_at(source)  # a file of the library itself, passed back
            if stored is not None:
                return stored
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
        self.in_use.reserve([original])
        try:
            outcome = self._generate(original, style, options, on_progress, cancel)
        finally:
            self.in_use.release([original])
        if self.after_run is not None:
            try:
                self.after_run(self.in_use.snapshot())
            except Exception:  # retention must never undo a finished run
                log.warning("retention after the run failed", exc_info=True)
        return outcome

    def _generate(self, original: Original, style: Style, options: GenerateOptions,
                  on_progress: ProgressCallback, cancel: CancelToken) -> Outcome:  # fmt: skip
        on_progress(Status("Preparing your photo…"))
        upload = intake.prepare_photo(original.path, source_name=original.name, max_side=self.max_side)
        cancel.raise_if_cancelled()
        request = build_request(style, options)
        provider = self._provider_factory()
        try:
            result = provider.edit(upload, request, on_progress, cancel)
        finally:
            provider.close()
        # From here the images are paid for: a cancel now no longer throws them away.
        outcome = Outcome(original, style, result=result)
        self._record_spend(result, style, outcome)
        per_image = None if result.cost_usd is None else result.cost_usd / max(len(result.images), 1)
        meta = dict(
            style_id=style.id, style_name=style.name, prompt=request.prompt,
            provider=getattr(provider, "name", "openai"), model=result.model, size=request.size,
            quality=request.quality, cost_usd=per_image,
        )  # fmt: skip
        extension = "." + request.output_format.replace("jpeg", "jpg")
        for number, image in enumerate(result.images, start=1):
            self._keep(image.data, extension, {**meta, "index_in_run": number}, original, outcome)
        total = len(result.images)
        if outcome.problems and total > 1:
            outcome.problems.insert(0, f"{len(outcome.headshots)} of {total} headshots were saved in the library.")
        return outcome

    def _record_spend(self, result: GenerationResult, style: Style, outcome: Outcome) -> None:
        if self.spend_log is None:
            return
        entry = SpendEntry.now(result.model, len(result.images), result.cost_usd, style_id=style.id,
                               request_id=result.request_id)  # fmt: skip
        try:
            self.spend_log.record(entry)
        except HeadshotError as err:
            log.warning("spend not recorded: %s", err.detail or err.message)
            outcome.warnings.append(f"This run's spending could not be recorded: {err.user_text()}")

    def _keep(self, data: bytes, extension: str, meta: dict, original: Original, outcome: Outcome) -> None:
        """Store one paid image: in the library, else in the recovery folder; say what happened."""
        number = meta["index_in_run"]
        try:
            outcome.headshots.append(
                self.library.add_headshot(data, original_id=original.id, extension=extension, **meta)
            )
            return
        except UnreadableImageError as err:
            outcome.problems.append(f"Image {number} arrived damaged, so it could not be saved. {err.hint}".strip())
            return
        except HeadshotError as err:
            failure = err
        if self.recovery is None:
            outcome.problems.append(f"Image {number} could not be saved: {failure.user_text()}")
            return
        try:
            kept = self.recovery.keep(data, extension, {**meta, "original_sha256": original.file_hash})
        except HeadshotError as err:
            outcome.problems.append(
                f"Image {number} could not be saved: {failure.user_text()} Keeping it in the recovery folder "
                f"failed too: {err.user_text()}"
            )
            return
        outcome.recovered.append(kept)
        outcome.problems.append(
            f"Image {number} could not be saved in the library ({failure.message}) It was kept in "
            f"{self.recovery.folder}; once the library can take it again, use `headshot-desktop library recover` "
            "or Headshots ▸ Recover Kept Headshots in the window."
        )
