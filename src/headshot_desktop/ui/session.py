"""The window's link to the core: imports and generations run on workers, results come back as signals.

Widgets ask this object to do things and listen to what it says; none of them
touches the library or the provider directly.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader

from headshot_desktop.app import AppContext
from headshot_desktop.core.generation import CancelToken, ImageProgress, ImageReady, PartialImage, Retrying, Status
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import CancelledError, HeadshotError, NotFoundError
from headshot_desktop.library import Headshot, Original, ScanReport
from headshot_desktop.services.options import GenerateOptions, estimate
from headshot_desktop.services.refine import final_in_high_detail, refine
from headshot_desktop.services.workflow import Outcome
from headshot_desktop.ui.tasks import Task, TaskRunner

log = logging.getLogger(__name__)

PREVIEW_SIDE = 1600  # enough for the compare view; decoding the full photo would stall the window


def load_preview(source: Path | bytes, side: int = PREVIEW_SIDE) -> QImage:
    """Decode an image at screen size. Call it on a worker thread: QImage is safe there, QPixmap is not."""
    if isinstance(source, bytes):
        image = QImage.fromData(source)
    else:
        reader = QImageReader(str(source))
        size = reader.size()
        if size.isValid() and max(size.width(), size.height()) > side:
            reader.setScaledSize(size.scaled(QSize(side, side), Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
    if not image.isNull() and max(image.width(), image.height()) > side:
        image = image.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    return image


@dataclass(eq=False)
class Job:
    id: int
    original: Original | None  # None for a refinement: its photos are found (and held) on the worker
    style: Style
    options: GenerateOptions
    provider_id: str = ""
    state: str = "queued"  # queued, running, done, failed, cancelled
    status: str = "Waiting…"
    images_ready: int = 0
    done_fraction: dict[int, float] = field(default_factory=dict)  # variant -> how far it is, 0 to 1
    task: Task | None = None
    outcome: Outcome | None = None
    error: HeadshotError | None = None
    references: tuple[Original, ...] = ()  # further photos of the person the run sends
    subject: str = ""  # what a refinement changes: the headshot's name
    started: float = 0.0  # time.monotonic() when it was queued
    seconds: float | None = None  # how long it took, once it ended

    @property
    def label(self) -> str:
        if self.original is None:
            return f"{self.style.name} · {self.subject}"
        return f"{self.style.name} · {self.original.source_name or self.original.name}"

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()


def scan_notice(report: ScanReport) -> str:
    """What a scan found that the person should hear about, in one line (empty: nothing)."""
    parts = []
    if report.index_rebuilt:
        parts.append(f"The library index was rebuilt from your files; {report.details_restored} headshot(s) got "
                     "their style, prompt and cost back.")  # fmt: skip
        if report.details_lost:
            parts.append(f"{len(report.details_lost)} could not: " + ", ".join(p.name for p in report.details_lost[:5])
                         + ("…" if len(report.details_lost) > 5 else "") + ".")  # fmt: skip
    if report.links_skipped:
        parts.append(f"{len(report.links_skipped)} link(s) in the library folder were not followed.")
    return " ".join(parts)


class Session(QObject):
    photoImported = Signal(object, QImage)  # Original, its preview
    referenceImported = Signal(object, QImage)  # a further photo of the person: Original, its preview
    lineageReady = Signal(object, list)  # Headshot, its versions from the first (list[Headshot])
    versionLoaded = Signal(object, QImage)  # Headshot, its picture
    importFailed = Signal(object)  # HeadshotError
    jobChanged = Signal(object)  # Job (added, progressed or finished)
    previewArrived = Signal(object, int, QImage)  # Job, image index, decoded image
    jobFinished = Signal(object)  # Job, state done/failed/cancelled
    libraryChanged = Signal()
    libraryListed = Signal(object, object)  # list[Original], list[Headshot]
    libraryNotice = Signal(str)  # what a scan found that the person should know (details lost, links...)
    busyChanged = Signal(bool)

    def __init__(self, context: AppContext, runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.runner = runner or TaskRunner(max_workers=2, parent=self)
        self.runner.activeChanged.connect(lambda n: self.busyChanged.emit(n > 0))
        self.jobs: list[Job] = []
        self._ids = itertools.count(1)
        self.discovered_models: dict[str, str] = {}  # provider id -> the model its last run used
        self._scan_running = False
        self._scan_again = False
        self._list_running = False
        self._list_again = False

    # -- photos -------------------------------------------------------------------
    def import_photo(self, source: Path | bytes, source_name: str | None = None, *, reference: bool = False) -> Task:
        """Import a photo off this thread; ``reference``: a further photo of the person, not the one to edit."""
        workflow = self.context.workflow()

        def work(_progress, _cancel):
            original = workflow.import_photo(source, source_name)
            return original, load_preview(original.path)

        return self.runner.submit(
            work,
            label="import",
            on_done=(lambda found: self.referenceImported.emit(*found)) if reference else self._imported,
            on_error=self._import_failed,
        )

    def _imported(self, result: tuple[Original, QImage]) -> None:
        self.photoImported.emit(*result)
        self.libraryChanged.emit()

    def _import_failed(self, err: BaseException) -> None:
        if not isinstance(err, HeadshotError):
            log.error("import failed unexpectedly", exc_info=err)
            err = HeadshotError("The photo could not be imported.", hint="See the log for details.")
        self.importFailed.emit(err)

    # -- the folder -------------------------------------------------------------------
    def rescan(self) -> None:
        """Bring in what changed in the library folder, off the main thread; one scan at a time."""
        if self._scan_running:
            self._scan_again = True
            return
        self._scan_running = True
        self.runner.submit(
            # A library whose drive was unplugged and is back is opened again (Reload, F5).
            lambda _progress, _cancel: self.context.reopen_library_if_gone().scan(),
            label="scan",
            on_done=lambda report: self._scanned(report=report),
            on_error=lambda err: self._scanned(err),
        )

    def _scanned(self, err: BaseException | None = None, report: ScanReport | None = None) -> None:
        self._scan_running = False
        if err is not None:
            log.warning("library scan failed: %s", getattr(err, "message", err))
            if isinstance(err, HeadshotError):
                self.libraryNotice.emit(err.user_text())
        elif report is not None and (notice := scan_notice(report)):
            self.libraryNotice.emit(notice)
        self.libraryChanged.emit()
        if self._scan_again:
            self._scan_again = False
            self.rescan()

    def list_library(self) -> None:
        """Read the index on a worker: even WAL readers touch the disk, which can wait on fsyncs."""
        if self._list_running:
            self._list_again = True
            return
        self._list_running = True

        def work(_progress, _cancel):
            library = self.context.library()
            return library.list_originals(), library.list_headshots()

        self.runner.submit(work, label="list", on_done=self._listed, on_error=self._listed)

    def _listed(self, result) -> None:
        self._list_running = False
        if isinstance(result, tuple):
            self.libraryListed.emit(*result)
        else:
            log.warning("listing the library failed: %s", getattr(result, "message", result))
        if self._list_again:
            self._list_again = False
            self.list_library()

    # -- cost ----------------------------------------------------------------------
    def estimate(self, provider_id: str, style: Style, options: GenerateOptions,
                 input_size: tuple[int, int] | None) -> CostEstimate:  # fmt: skip
        """The whole run's cost, priced by the provider's own formula (no network, no disk).

        Without a chosen model, the one the provider's last run used is priced, else its default.
        """
        if not options.model and self.discovered_models.get(provider_id):
            options = options.with_model(self.discovered_models[provider_id])
        return estimate(self.context.provider_module(provider_id), style, options, input_size)

    def prepare_estimates(self, provider_id: str) -> None:
        """Price one run on a worker: a provider may read its price table (a file) the first time it prices."""
        styles = self.context.styles.all()
        if not styles:
            return
        options = GenerateOptions.from_settings(self.context.settings, provider_id)
        self.runner.submit(lambda _p, _c: self.estimate(provider_id, styles[0], options, None),
                           label="prices", on_error=lambda err: log.debug("pricing ahead failed: %r", err))  # fmt: skip

    # -- generation -----------------------------------------------------------------
    def generate(self, original: Original, style: Style, options: GenerateOptions, provider_id: str,
                 references: tuple[Original, ...] = ()) -> Job:  # fmt: skip
        job = Job(next(self._ids), original, style, options, provider_id, references=references)
        workflow = self.context.workflow(provider_id)
        # Held from now until the job ends, so retention waits for every queued style of these photos.
        self.context.in_use.reserve([original, *references])
        return self._start(job, lambda report, cancel: workflow.generate(original, style, options, report, cancel,
                                                                         references))  # fmt: skip

    def refine(self, headshot: Headshot, instruction: str, style: Style, options: GenerateOptions,
               provider_id: str) -> Job:  # fmt: skip
        """A new version of ``headshot`` (``instruction`` empty: the same again at the highest detail)."""
        job = Job(next(self._ids), None, style, options, provider_id, subject=headshot.name)
        workflow = self.context.workflow(provider_id)
        if instruction:
            return self._start(job, lambda report, cancel: refine(workflow, headshot, instruction, style, options,
                                                                  report, cancel))  # fmt: skip
        return self._start(job, lambda report, cancel: final_in_high_detail(workflow, headshot, style, options,
                                                                            report, cancel))  # fmt: skip

    def refine_again(self, headshot: Headshot, style: Style, options: GenerateOptions, provider_id: str) -> Job:
        """A new variant of the style and photos ``headshot`` was made from."""
        job = Job(next(self._ids), None, style, options, provider_id, subject=headshot.name)
        workflow = self.context.workflow(provider_id)

        def run(report: Callable[[object], None], cancel: CancelToken) -> Outcome:
            if headshot.original_id is None:
                raise NotFoundError(f"The selfie {headshot.name} was made from is no longer in the library.")
            library = workflow.library
            references = tuple(library.get_original(i) for i in headshot.reference_ids)
            return workflow.generate(library.get_original(headshot.original_id), style, options, report, cancel,
                                     references)  # fmt: skip

        return self._start(job, run)

    def lineage(self, headshot: Headshot) -> None:
        """Its versions, read off this thread; ``lineageReady`` brings them."""
        self.runner.submit(lambda _p, _c: self.context.library().lineage(headshot.id), label="versions",
                           on_done=lambda chain: self.lineageReady.emit(headshot, chain),
                           on_error=lambda err: log.warning("versions of %s: %r", headshot.id, err))  # fmt: skip

    def load_version(self, headshot: Headshot) -> None:
        self.runner.submit(lambda _p, _c: load_preview(headshot.path), label="version",
                           on_done=lambda image: self.versionLoaded.emit(headshot, image),
                           on_error=lambda err: self.importFailed.emit(err))  # fmt: skip

    def _start(self, job: Job, run: Callable[[Callable[[object], None], CancelToken], Outcome]) -> Job:
        self.jobs.append(job)
        job.started = time.monotonic()

        def work(progress, cancel):
            def with_images(event):
                # Images are decoded here, on the worker, so the window only paints them.
                if isinstance(event, PartialImage):
                    progress((event, load_preview(event.data)))
                elif isinstance(event, ImageReady):
                    progress((event, load_preview(event.image.data)))
                else:
                    progress((event, None))

            with_images(Status("Starting…"))
            return run(with_images, cancel)

        job.task = self.runner.submit(
            work,
            label=job.label,
            on_done=lambda outcome: self._job_done(job, outcome),
            on_error=lambda err: self._job_failed(job, err),
            on_progress=lambda event: self._job_progress(job, event),
        )
        self.jobChanged.emit(job)
        return job

    def _job_progress(self, job: Job, update: tuple[object, QImage | None]) -> None:
        event, image = update
        job.state = "running"
        if isinstance(event, Status):
            job.status = event.text
        elif isinstance(event, PartialImage):
            job.status = f"Rendering image {event.index + 1} of {job.options.variants}…"
            self.previewArrived.emit(job, event.index, image)
        elif isinstance(event, ImageProgress):
            job.done_fraction[event.index] = min(1.0, max(0.0, event.fraction))
            job.status = f"Making image {event.index + 1} of {job.options.variants}… {event.fraction:.0%}"
        elif isinstance(event, ImageReady):
            job.images_ready += 1
            job.done_fraction[event.image.index] = 1.0
            job.status = f"{job.images_ready} of {job.options.variants} ready"
            self.previewArrived.emit(job, event.image.index, image)
        elif isinstance(event, Retrying):
            job.status = f"{event.reason} Trying again in {event.delay:.0f} s…"
        self.jobChanged.emit(job)

    def _job_ended(self, job: Job) -> None:
        job.seconds = round(time.monotonic() - job.started, 1)
        if job.original is not None:
            self.context.in_use.release([job.original, *job.references])
        if job.original is None or job.original.id not in self.context.in_use.snapshot():
            self.runner.submit(lambda _p, _c: self.context.apply_retention(), label="retention")

    def _job_done(self, job: Job, outcome: Outcome) -> None:
        self._job_ended(job)
        job.state, job.outcome = "done", outcome
        cost = outcome.cost_usd
        job.status = f"Done · {len(outcome.headshots)} headshot(s)" + (f" · ${cost:.2f}" if cost else "")
        if outcome.problems:
            job.state = "failed"
            job.status = " ".join(outcome.problems)
            job.error = HeadshotError(" ".join(outcome.problems))
        elif outcome.warnings:
            job.status += " · " + " ".join(outcome.warnings)
        if outcome.model:
            self.discovered_models[job.provider_id] = outcome.model
        self.jobChanged.emit(job)
        self.jobFinished.emit(job)
        self.libraryChanged.emit()

    def _job_failed(self, job: Job, err: BaseException) -> None:
        self._job_ended(job)
        if isinstance(err, CancelledError):
            job.state, job.status = "cancelled", "Cancelled · nothing was kept"
        else:
            if not isinstance(err, HeadshotError):
                log.error("generation failed unexpectedly", exc_info=err)
                err = HeadshotError("Something went wrong while making the headshot.", hint="See the log for details.")
            job.state, job.status, job.error = "failed", err.message, err
        self.jobChanged.emit(job)
        self.jobFinished.emit(job)

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    def shutdown(self) -> None:
        self.runner.shutdown()
