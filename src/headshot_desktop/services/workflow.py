"""The two things a person does, as plain steps the window and the command line share.

``import_photo``: a file or bytes -> a metadata-free original in the library.
``generate``: an original + a style -> headshots in the library, cost in the spend log.
Variants are separate one-image requests, sent side by side (at most the provider's
concurrency), each with its own previews, cancel, error and cost.
Both block; the window runs them on a worker thread, the command line on a small pool.
"""

from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop import intake
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import ImageProgress, ImageReady, PartialImage, Status
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult
from headshot_desktop.core.spending import SpendEntry, SpendLog
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import CancelledError, ConfigError, HeadshotError, NotFoundError
from headshot_desktop.library import Headshot, Library, Original
from headshot_desktop.library.imaging import sniff_extension
from headshot_desktop.library.recovery import RecoveryBox, recovery_meta
from headshot_desktop.library.storage_errors import UnreadableImageError
from headshot_desktop.providers.base import Capabilities, Provider
from headshot_desktop.services.in_use import InUse
from headshot_desktop.services.options import GenerateOptions, build_request, check_options
from headshot_desktop.services.uploads import UploadCache
from headshot_desktop.system.marked import joined
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """What a run made and what it cost. ``problems`` say what went wrong after the provider was paid."""

    original: Original
    style: Style
    references: tuple[Original, ...] = ()  # further photos of the same person the run sent
    parent: Headshot | None = None  # a refinement: the headshot it changed
    instruction: str = ""  # and how
    headshots: list[Headshot] = field(default_factory=list)
    results: list[GenerationResult] = field(default_factory=list)  # one per variant that was made
    recovered: list[Path] = field(default_factory=list)  # paid images the library could not take
    problems: list[str] = field(default_factory=list)  # human sentences: each one makes the run "failed"
    failed: dict[int, HeadshotError] = field(default_factory=dict)  # variant index -> why it made nothing
    warnings: list[str] = field(default_factory=list)  # worth saying, but the headshots are all there

    @property
    def paid_images(self) -> int:
        return sum(len(r.images) for r in self.results)

    @property
    def cost_usd(self) -> float | None:
        """What the run cost; None when the provider's prices for it are unknown."""
        costs = [r.cost_usd for r in self.results]
        return None if not costs or any(c is None for c in costs) else round(sum(c or 0 for c in costs), 6)

    @property
    def model(self) -> str:
        return self.results[0].model if self.results else ""


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
        uploads: UploadCache | None = None,
        default_models: dict[str, str] | None = None,
    ) -> None:
        self.library = library
        self._provider_factory = provider_factory
        self.spend_log = spend_log
        self.after_run = after_run
        self.max_side = max_side
        self.recovery = recovery
        self.in_use = in_use or InUse()
        self.uploads = uploads or UploadCache()
        # provider id -> the model the key may use, once a provider said it: the next run need not ask again
        self.default_models = {} if default_models is None else default_models

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
        references: Sequence[Original] = (),
        seed: int | None = None,
        seed_all: bool = False,
        only: Sequence[int] | None = None,
    ) -> Outcome:
        """Every variant of one style for ``original``; ``references`` are further photos of the same person;
        ``seed``: the first variant's, where the provider takes one (a draft made again); with ``seed_all``
        variant i gets ``seed + i`` (a team batch: everyone made alike); ``only``: just these variants (indexes from
        0: those a rate limit kept a batch's person from)."""
        return self.generate_from(original.path, original, style, options, on_progress, cancel, tuple(references),
                                  seed=seed, seed_all=seed_all, only=only)  # fmt: skip

    def generate_from(self, source: Path, original: Original, style: Style, options: GenerateOptions,
                      on_progress: ProgressCallback, cancel: CancelToken, references: tuple[Original, ...] = (),
                      parent: Headshot | None = None, instruction: str = "",
                      seed: int | None = None, seed_all: bool = False,
                      only: Sequence[int] | None = None) -> Outcome:  # fmt: skip
        """Send ``source`` (the photo, or a headshot to refine with ``instruction``), stored as made from
        ``original``; a refinement is stored as the child of ``parent``."""
        photos = [original, *references]
        self.in_use.reserve(photos)
        try:
            outcome = self._generate(source, original, style, options, on_progress, cancel, references, parent,
                                     instruction, seed, seed_all, only)  # fmt: skip
        finally:
            self.in_use.release(photos)
        if self.after_run is not None:
            try:
                self.after_run(self.in_use.snapshot())
            except Exception:  # retention must never undo a finished run
                log.warning("retention after the run failed", exc_info=True)
        return outcome

    def _generate(self, source: Path, original: Original, style: Style, options: GenerateOptions,
                  on_progress: ProgressCallback, cancel: CancelToken, references: tuple[Original, ...],
                  parent: Headshot | None, instruction: str, seed: int | None,
                  seed_all: bool = False, only: Sequence[int] | None = None) -> Outcome:  # fmt: skip
        preparing = N_("services", "Preparing your photos…") if references else N_("services", "Preparing your photo…")
        on_progress(Status(preparing))
        if parent is not None and not source.is_file():
            raise NotFoundError(N_("services", "The headshot {name} is no longer in the library: it was moved to the "
                                   "trash or deleted.").format(name=source.name),
                                hint=N_("services", "Choose another headshot to refine."))  # fmt: skip
        _require_files([(source, original.source_name or original.name)] if parent is None else [])
        _require_files((r.path, r.source_name or r.name) for r in references)
        provider = self._provider_factory()
        try:
            model = options.model or self.default_models.get(provider.info.id) or provider.resolve_model("", cancel)
            if not options.model:
                self.default_models[provider.info.id] = model
            caps = provider.capabilities(model)
            warnings: list[str] = []
            if parent is not None and len(references) > caps.max_reference_photos:
                # A refinement sends the selfie (and the run's further photos) only as far as the provider takes.
                references = references[: caps.max_reference_photos]
                if not references:
                    warnings.append(N_("services", "{provider} takes no further photos, so the refinement was held "
                                       "to the headshot alone, not to your selfie.").format(
                                           provider=provider.info.title))  # fmt: skip
            upload, *extra = [self.uploads.prepare_for(path, name, caps, self.max_side)
                              for path, name in ((source, source.name), *((r.path, r.name) for r in references))]  # fmt: skip
            cancel.raise_if_cancelled()
            problems = check_options(options.with_model(model), caps, provider.info.title, len(extra))
            if problems:
                raise ConfigError(
                    N_("services", "This run cannot be made: {problems}.").format(problems=joined(problems, "; "))
                )
            requests = [build_request(style, options.with_model(model), caps, variant, tuple(extra), instruction,
                                      _variant_seed(seed, variant, seed_all))
                        for variant in (range(options.variants) if only is None else only)]  # fmt: skip
            # A refinement's first further photo is its selfie, which is already its original.
            outcome = Outcome(original, style, references if parent is None else references[1:],
                              parent=parent, instruction=instruction,
                              warnings=warnings)  # fmt: skip
            self._fan_out(provider, upload, requests, caps, on_progress, cancel, outcome)
        finally:
            provider.close()
        total = options.variants if only is None else len(only)
        if outcome.problems and total > 1:
            outcome.problems.insert(0, N_("services", "{saved} of {total} headshots were saved in the library.").format(
                saved=len(outcome.headshots), total=total))  # fmt: skip
        return outcome

    def _fan_out(self, provider: Provider, upload: PreparedPhoto, requests: list[GenerationRequest],
                 caps: Capabilities, on_progress: ProgressCallback, cancel: CancelToken,
                 outcome: Outcome) -> None:  # fmt: skip
        """One request per variant, at most ``caps.max_concurrency`` at once, each kept as it arrives."""
        lock = threading.Lock()
        failures: list[HeadshotError] = []

        def one(request: GenerationRequest) -> None:
            own = cancel.child()  # a variant can stop alone; cancelling the run stops them all
            try:
                result = provider.edit(upload, request, _renumber(on_progress, request.variant), own)
            except HeadshotError as err:
                with lock:
                    outcome.failed[request.variant] = err
                raise
            with lock:  # from here the image is paid for: a cancel now no longer throws it away
                outcome.results.append(result)
                self._record_spend(result, provider.info.id, request.style_id, outcome)
                for image in result.images:
                    meta = {**self._meta(provider, request, result), "size": f"{image.width}x{image.height}"}
                    self._keep(image.data, meta, outcome.original, outcome)
                outcome.warnings.extend(result.warnings)

        workers = max(1, min(caps.max_concurrency, len(requests)))
        with cf.ThreadPoolExecutor(max_workers=workers, thread_name_prefix="variant") as pool:
            futures = [pool.submit(one, request) for request in requests]
            for future in cf.as_completed(futures):
                try:
                    future.result()
                except CancelledError:
                    continue
                except HeadshotError as err:
                    failures.append(err)
        if cancel.cancelled and not outcome.results:
            raise CancelledError()
        if failures and not outcome.results:
            raise failures[0]  # nothing was made: the run failed as a whole, with the provider's reason
        outcome.problems.extend(
            N_("services", "One variant failed: {error}").format(error=failure.user_text()) for failure in failures
        )

    @staticmethod
    def _meta(provider: Provider, request: GenerationRequest, result: GenerationResult) -> dict:
        return dict(
            style_id=request.style_id, style_name="", prompt=request.prompt, provider=provider.info.id,
            model=result.model, size=request.shape, quality=request.detail, cost_usd=result.cost_usd,
            index_in_run=request.variant + 1, seed=result.seed,
        )  # fmt: skip

    def _record_spend(self, result: GenerationResult, provider_id: str, style_id: str, outcome: Outcome) -> None:
        if self.spend_log is None:
            return
        entry = SpendEntry.now(result.model, len(result.images), result.cost_usd, style_id=style_id,
                               request_id=result.request_id, provider=provider_id)  # fmt: skip
        try:
            self.spend_log.record(entry)
        except HeadshotError as err:
            log.warning("spend not recorded: %s", err.detail or err.message)
            outcome.warnings.append(
                N_("services", "This run's spending could not be recorded: {error}").format(error=err.user_text())
            )

    def _keep(self, data: bytes, meta: dict, original: Original, outcome: Outcome) -> None:
        """Store one paid image: in the library, else in the recovery folder; say what happened."""
        number = meta["index_in_run"]
        meta = {**meta, "style_name": outcome.style.name}
        extension = sniff_extension(data) or ".png"
        try:
            outcome.headshots.append(
                self.library.add_headshot(data, original_id=original.id, extension=extension,
                                          reference_ids=[r.id for r in outcome.references],
                                          parent_id=outcome.parent.id if outcome.parent else None,
                                          instruction=outcome.instruction, **meta)
            )  # fmt: skip
            return
        except UnreadableImageError as err:
            damaged = N_("services", "Image {number} arrived damaged, so it could not be saved.").format(number=number)
            if err.hint:
                damaged = N_("services", "{sentence} {hint}").format(sentence=damaged, hint=err.hint)
            outcome.problems.append(damaged)
            return
        except HeadshotError as err:
            failure = err
        if self.recovery is None:
            outcome.problems.append(
                N_("services", "Image {number} could not be saved: {error}").format(
                    number=number, error=failure.user_text()
                )
            )
            return
        try:
            kept = self.recovery.keep(
                data,
                extension,
                recovery_meta(
                    {**meta, "instruction": outcome.instruction}, original, outcome.references, outcome.parent
                ),
            )
        except HeadshotError as err:
            outcome.problems.append(
                N_("services", "Image {number} could not be saved: {error} Keeping it in the recovery folder "
                   "failed too: {recovery_error}").format(
                    number=number, error=failure.user_text(), recovery_error=err.user_text()
                )
            )  # fmt: skip
            return
        outcome.recovered.append(kept)
        outcome.problems.append(
            N_("services", "Image {number} could not be saved in the library ({error}) It was kept in "
               "{folder}; once the library can take it again, use `headshot-desktop library recover` "
               "or Headshots ▸ Recover Kept Headshots in the window.").format(
                number=number, error=failure.message, folder=kept.parent
            )
        )  # fmt: skip


def _variant_seed(seed: int | None, variant: int, seed_all: bool) -> int | None:
    """The seed of one variant: ``seed + variant`` for every one with ``seed_all``, else the first's only."""
    if seed is None:
        return None
    if seed_all:
        return seed + variant
    return seed if variant == 0 else None


def _require_files(photos: Iterable[tuple[Path, str]]) -> None:
    """Every photo a run sends is still there; a gone one is named before anything is sent."""
    for path, name in photos:
        if not path.is_file():
            raise NotFoundError(
                N_(
                    "services", "The photo {name} is no longer in the library: it was moved to the trash or deleted."
                ).format(name=name),
                hint=N_("services", "Open it again (or choose another photo), then generate."),
            )


def _renumber(on_progress: ProgressCallback, variant: int) -> ProgressCallback:
    """Each request makes image 0 of its own; to the person it is variant ``variant`` of the run."""

    def forward(event: object) -> None:
        if isinstance(event, PartialImage):
            event = dataclasses.replace(event, index=variant)
        elif isinstance(event, ImageReady):
            event = ImageReady(dataclasses.replace(event.image, index=variant))
        elif isinstance(event, ImageProgress):
            event = dataclasses.replace(event, index=variant)
        on_progress(event)  # type: ignore[arg-type]

    return forward
