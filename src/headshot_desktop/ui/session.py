"""The window's link to the core: imports and generations run on workers, results come back as signals.

Widgets ask this object to do things and listen to what it says; none of them
touches the library or the provider directly.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from headshot_desktop.app import AppContext
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import CancelledError, HeadshotError, NotFoundError
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui.i18n import Plural, error_text, money, shown, translate
from headshot_desktop.ui.notices import plain_error, scan_notice
from headshot_desktop.ui.pricing import Pricing
from headshot_desktop.ui.tasks import Task, TaskRunner

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.library import Headshot, Original, ScanReport
    from headshot_desktop.services.workflow import Outcome
    from headshot_desktop.ui.job import Job

log = logging.getLogger(__name__)

RUNS_AT_ONCE = 2  # generations in flight; more would mostly meet the providers' rate limits


class Session(QObject):
    photoImported = Signal(object, QImage)  # Original, its preview
    referenceImported = Signal(object, QImage)  # a further photo of the person: Original, its preview
    lineageReady = Signal(object, list)  # Headshot, its versions from the first (list[Headshot])
    versionLoaded = Signal(object, QImage)  # Headshot, its picture
    importFailed = Signal(object)  # HeadshotError
    jobChanged = Signal(object)  # Job (added, progressed or finished)
    previewArrived = Signal(object, int, QImage)  # Job, image index, decoded image
    jobFinished = Signal(object)  # Job, state done/failed/cancelled
    jobDismissed = Signal(object)  # Job, finished and forgotten (Dismiss, Clear finished, Retry)
    generateRefused = Signal(object)  # HeadshotError: a run asked for did not start (no key); no job was made
    failed = Signal(object)  # HeadshotError of a step that is neither an import nor a run (versions, retention)
    libraryFailed = Signal(object)  # HeadshotError: the library could not be listed
    libraryChanged = Signal()
    libraryListed = Signal(object, object)  # list[Original], list[Headshot]
    libraryOpened = Signal(object)  # Library: opened on a worker, or opened anew (another folder, a drive back)
    libraryNotice = Signal(str)  # what a scan found that the person should know (details lost, links...)
    busyChanged = Signal(bool)

    def __init__(self, context: AppContext, runner: TaskRunner | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # Two pools, so a photo import or a listing never waits behind runs that take minutes:
        # every read and write of the library one at a time, and the provider's requests side by side.
        self.runner = runner or TaskRunner(max_workers=1, parent=self)
        self.network = TaskRunner(max_workers=RUNS_AT_ONCE, parent=self)
        for pool in (self.runner, self.network):
            pool.activeChanged.connect(
                lambda _n: self.busyChanged.emit(bool(self.runner.active or self.network.active))
            )
        self.jobs: list[Job] = []
        self._ids = itertools.count(1)
        # Its own worker: key checks and prices must not wait behind two runs holding the shared pool.
        self._checks = TaskRunner(max_workers=1, parent=self)
        self._asked: list[tuple[object, ...]] = []  # runs asked for whose key is being checked (same_work)
        self.pricing = Pricing(context, self._checks)  # prices, like key checks, never wait behind two runs
        self.discovered_models = self.pricing.discovered_models
        self._scan_running = False
        self._scan_again = False
        self._list_running = False
        self._list_again = False
        self._opened: object = None  # the Library last announced by libraryOpened

    # -- photos -------------------------------------------------------------------
    def import_photo(self, source: Path | bytes | QImage, source_name: str | None = None, *,
                     reference: bool = False) -> Task:  # fmt: skip
        """Import a photo off this thread; ``reference``: a further photo of the person, not the one to edit."""
        from headshot_desktop.ui.previews import image_to_png, load_preview  # Qt's image reader: with the first photo

        def work(_progress, _cancel):
            photo = image_to_png(source) if isinstance(source, QImage) else source
            # Opening the library happens here too: a folder on an unplugged drive fails on the worker, said.
            original = self.context.workflow().import_photo(photo, source_name)
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
        self.importFailed.emit(plain_error(err, translate("Session", "The photo could not be imported.")))

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
            unread = translate("Session", "The library folder could not be read.")
            self.libraryNotice.emit(error_text(plain_error(err, unread)))
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
            library = self.context.library()  # the first call opens it: never on the window's thread
            return library, library.list_originals(), library.list_headshots()

        self.runner.submit(work, label="list", on_done=self._listed, on_error=self._listed)

    def _listed(self, result) -> None:
        self._list_running = False
        if isinstance(result, tuple):
            library, originals, headshots = result
            if library is not self._opened:
                self._opened = library
                self.libraryOpened.emit(library)
            self.libraryListed.emit(originals, headshots)
        else:
            log.warning("listing the library failed: %s", getattr(result, "message", result))
            self.libraryFailed.emit(plain_error(result, translate("Session", "The library could not be listed.")))
        if self._list_again:
            self._list_again = False
            self.list_library()

    # -- cost (ui/pricing.py prices; these are its doors) ------------------------------
    def estimate(self, provider_id: str, style: Style, options: GenerateOptions,
                 input_size: tuple[int, int] | None = None) -> CostEstimate:  # fmt: skip
        return self.pricing.estimate(provider_id, style, options, input_size)

    def price(self, provider_id: str, style: Style, options: GenerateOptions, photos: tuple[Original, ...],
              on_priced: Callable[[CostEstimate], None]) -> None:  # fmt: skip
        self.pricing.price(provider_id, style, options, photos, on_priced)

    def prepare_estimates(self, provider_id: str) -> None:
        self.pricing.prepare(provider_id)

    # -- generation -----------------------------------------------------------------
    def generate(self, original: Original, style: Style, options: GenerateOptions, provider_id: str,
                 references: tuple[Original, ...] = ()) -> Job:  # fmt: skip
        job = self._new_job(lambda: self.generate(original, style, options, provider_id, references),
                            original, style, options, provider_id, references=references)  # fmt: skip
        # Held from now until the job ends, so retention waits for every queued style of these photos.
        self.context.in_use.reserve([original, *references])
        # The workflow (and so the library) is opened on the worker: a failure there is the job's, said on its card.
        return self._start(job, lambda report, cancel: self.context.workflow(provider_id).generate(
            original, style, options, report, cancel, references))  # fmt: skip

    def refine(self, headshot: Headshot, instruction: str, style: Style, options: GenerateOptions,
               provider_id: str) -> Job:  # fmt: skip
        """A new version of ``headshot`` (``instruction`` empty: the same again at the highest detail)."""
        job = self._new_job(lambda: self.refine(headshot, instruction, style, options, provider_id),
                            None, style, options, provider_id, subject=headshot.name)  # fmt: skip

        def run(report: Callable[[object], None], cancel: CancelToken) -> Outcome:
            from headshot_desktop.services.refine import final_in_high_detail, refine

            workflow = self.context.workflow(provider_id)
            if instruction:
                return refine(workflow, headshot, instruction, style, options, report, cancel)
            return final_in_high_detail(workflow, headshot, style, options, report, cancel)

        return self._start(job, run)

    def refine_again(self, headshot: Headshot, style: Style, options: GenerateOptions, provider_id: str) -> Job:
        """A new variant of the style and photos ``headshot`` was made from."""
        job = self._new_job(lambda: self.refine_again(headshot, style, options, provider_id),
                            None, style, options, provider_id, subject=headshot.name)  # fmt: skip

        def run(report: Callable[[object], None], cancel: CancelToken) -> Outcome:
            workflow = self.context.workflow(provider_id)
            if headshot.original_id is None:
                raise NotFoundError(translate("Session", "The selfie {name} was made from is no longer in the library.")
                                    .format(name=headshot.name))  # fmt: skip
            library = workflow.library
            references = tuple(library.get_original(i) for i in headshot.reference_ids)
            return workflow.generate(library.get_original(headshot.original_id), style, options, report, cancel,
                                     references)  # fmt: skip

        return self._start(job, run)

    def _new_job(self, restart: Callable[[], Job], *card: object, **about: object) -> Job:
        """A run's card, numbered in this session; ``restart`` makes the same run again (Retry)."""
        from headshot_desktop.ui.job import Job  # made with the first run, not at start-up

        job = Job(next(self._ids), *card, **about)  # type: ignore[arg-type]
        job.restart = restart
        return job

    def lineage(self, headshot: Headshot) -> None:
        """Its versions, read off this thread; ``lineageReady`` brings them."""
        self.runner.submit(lambda _p, _c: self.context.library().lineage(headshot.id), label="versions",
                           on_done=lambda chain: self.lineageReady.emit(headshot, chain),
                           on_error=lambda err: self.failed.emit(plain_error(err, translate(
                               "Session", "The versions of {name} could not be read.").format(name=headshot.path.name))))  # fmt: skip

    def load_version(self, headshot: Headshot) -> None:
        from headshot_desktop.ui.previews import load_preview

        def work(_progress: object, _cancel: object) -> QImage:
            image = load_preview(headshot.path)
            if image.isNull():
                raise NotFoundError(translate("Session", "The headshot {name} could not be read.").format(
                                    name=headshot.path.name), hint=translate("Session", "It may have been moved or "
                                    "deleted. Press F5 to read the library folder again."))  # fmt: skip
            return image

        self.runner.submit(work, label="version", on_done=lambda image: self.versionLoaded.emit(headshot, image),
                           on_error=lambda err: self.failed.emit(plain_error(err, translate(
                               "Session", "The headshot {name} could not be shown.").format(name=headshot.path.name))))  # fmt: skip

    def _start(self, job: Job, run: Callable[[Callable[[object], None], CancelToken], Outcome]) -> Job:
        from headshot_desktop.core.progress import ImageReady, PartialImage, Status  # with the first run
        from headshot_desktop.ui.previews import load_preview

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

            with_images(Status(translate("Session", "Starting…")))
            return run(with_images, cancel)

        job.task = self.network.submit(
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
        index = job.take(event)
        if index is not None:
            self.previewArrived.emit(job, index, image)
        self.jobChanged.emit(job)

    def _job_ended(self, job: Job) -> None:
        job.seconds = round(time.monotonic() - job.started, 1)
        if job.original is not None:
            self.context.in_use.release([job.original, *job.references])
        if job.original is None or job.original.id not in self.context.in_use.snapshot():
            self.runner.submit(lambda _p, _c: self.context.apply_retention(), label="retention",
                               on_error=lambda err: self.failed.emit(plain_error(err, translate(
                                   "Session", "Old photos could not be cleared as the retention setting asks."))))  # fmt: skip

    def _job_done(self, job: Job, outcome: Outcome) -> None:
        self._job_ended(job)
        job.state, job.outcome = "done", outcome
        made, cost = len(outcome.headshots), outcome.cost_usd
        if cost:
            job.status = Plural.tr("Done · %n headshot(s) · {cost}", "", made).format(cost=money(cost))
        else:
            job.status = Plural.tr("Done · %n headshot(s)", "", made)
        if outcome.problems:
            job.state = "failed"
            job.status = " ".join(shown(problem) for problem in outcome.problems)
            job.error = HeadshotError(job.status)
        elif outcome.warnings:
            job.status += " · " + " ".join(shown(warning) for warning in outcome.warnings)
        if outcome.model and not job.options.model:  # the model the key may use, learnt by the run
            self.discovered_models[job.provider_id] = outcome.model
        self.jobChanged.emit(job)
        self.jobFinished.emit(job)
        self.libraryChanged.emit()

    def _job_failed(self, job: Job, err: BaseException) -> None:
        self._job_ended(job)
        if isinstance(err, CancelledError):
            job.state, job.status = "cancelled", translate("Session", "Cancelled · nothing was kept")
        else:
            err = plain_error(err, translate("Session", "Something went wrong while making the headshot."))
            job.state, job.status, job.error = "failed", err.message, err
        self.jobChanged.emit(job)
        self.jobFinished.emit(job)

    def cancel_all(self) -> None:
        for job in self.jobs:
            job.cancel()

    # -- asking for a run, and the finished ones ---------------------------------------------
    def generate_when_ready(self, original: Original, style: Style, options: GenerateOptions, provider_id: str,
                            references: tuple[Original, ...] = (),
                            then: Callable[[Job], None] | None = None) -> None:  # fmt: skip
        """``generate`` (then ``then(job)``) once the provider's key is found; without one, ``generateRefused``
        says so and no job is made."""
        from headshot_desktop.ui.job import same_work

        self._when_key(provider_id, same_work(original, style, options, provider_id, references),
                       lambda: self.generate(original, style, options, provider_id, references), then)  # fmt: skip

    def retry(self, job: Job) -> None:
        """The same run again (a failed or cancelled one), in the place of ``job``."""
        if job.restart is not None and not job.active:
            self._when_key(job.provider_id, job.work, job.restart, lambda _new: self.dismiss(job))

    def in_progress(self, work: tuple[object, ...] | None) -> bool:
        """Whether the same paid work (``same_work``) is queued, running, or waiting for its key check."""
        return work is not None and (work in self._asked or any(j.active and j.work == work for j in self.jobs))

    def _when_key(self, provider_id: str, work: tuple[object, ...] | None, start: Callable[[], Job],
                  then: Callable[[Job], None] | None) -> None:  # fmt: skip
        def settled(err: BaseException | None = None) -> None:
            if err is not None:
                self.generateRefused.emit(plain_error(err, translate("Session", "The run could not be started.")))
                return
            job = start()
            if then is not None:
                then(job)

        if self.context.provider_info(provider_id).key is None or self.context.secrets.env_variable(provider_id):
            settled()  # no key needed, or it is in the environment: nothing to wait for
            return
        if work is not None:
            self._asked.append(work)

        def check(_progress: object, _cancel: object) -> None:
            self.context.require_key(provider_id)  # it may read the keyring: never on the window's thread

        def checked(err: BaseException | None = None) -> None:
            if work is not None:
                self._asked.remove(work)
            settled(err)

        self._checks.submit(check, label="key check", on_done=lambda _none: checked(), on_error=checked)

    def dismiss(self, job: Job) -> None:
        """Forget a finished job; ``jobDismissed`` takes its card away."""
        if job in self.jobs and not job.active:
            self.jobs.remove(job)
            self.jobDismissed.emit(job)

    def clear_finished(self) -> None:
        for job in [j for j in self.jobs if not j.active]:
            self.dismiss(job)

    def shutdown(self) -> None:
        self._checks.shutdown()
        self.network.shutdown()
        self.runner.shutdown()
