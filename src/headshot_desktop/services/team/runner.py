"""Running a team batch: everyone's photo through the kit, a few people at once, within the cap, resumable.

``BatchRunner.run`` blocks (a worker calls it) and goes on with whatever is not done. The manifest is saved
when a person starts and when they end, so a crash loses at most the people then running, and those are
reconciled with the library on the next run: nobody is paid for twice.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.generation import CancelToken, ProgressEvent, Retrying
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.errors import CancelledError, HeadshotError
from headshot_desktop.services.options import estimate_run, upload_size
from headshot_desktop.services.team.manifest import (
    DONE,
    FAILED,
    QUEUED,
    REFUSED,
    RUNNING,
    BatchManifest,
    BatchStore,
    PersonState,
)
from headshot_desktop.services.team.outcomes import Ending, ending_of_error, ending_of_outcome, reconcile
from headshot_desktop.services.team.rate import RatePause, is_rate_limit

if TYPE_CHECKING:
    from headshot_desktop.core.styles import Style
    from headshot_desktop.services.options import GenerateOptions
    from headshot_desktop.services.workflow import Workflow

log = logging.getLogger(__name__)

FINISHED, CANCELLED, CAP, STOPPED_FAILED = "finished", "cancelled", "cap", "failed"
TICK = 0.5  # how often a waiting batch says how long it still waits


@dataclass(frozen=True)
class PersonChanged:
    person: PersonState  # a copy, after its status/headshots changed


@dataclass(frozen=True)
class BatchProgress:
    done: int
    total: int
    spent_usd: float
    seconds_left: float | None
    waiting_s: float = 0.0  # > 0: paused by the provider's rate limit for that long


@dataclass(frozen=True)
class BatchStopped:
    reason: str  # "finished", "cancelled", "cap", "failed"
    message: str


BatchEvent = PersonChanged | BatchProgress | BatchStopped


class BatchRunner:
    """Runs one batch's manifest; ``run`` may be called again after a stop to go on.

    ``on_event`` is called on the run's own threads (the caller's and its workers'), never under a lock:
    the window forwards the events to its thread.
    """

    def __init__(self, context: Any, store: BatchStore, manifest: BatchManifest,
                 on_event: Callable[[BatchEvent], None], *, workflow: Workflow | None = None) -> None:  # fmt: skip
        self.context = context
        self.store = store
        self.manifest = manifest
        self.on_event = on_event
        self.kit = manifest.team_kit
        self._workflow = workflow
        self._lock = threading.RLock()  # the manifest: the dispatcher and the workers change it
        self._pause = RatePause()
        self._durations: list[float] = []
        self._max_paid = 0.0  # the most one person cost so far: the cap never trusts a low estimate
        self._started = 0.0
        self._made_in_run = 0

    # -- prices ---------------------------------------------------------------------------------
    def _free(self) -> bool:
        return self.context.provider_info(self.kit.provider).server is not None  # the person's own server

    def _person_estimate(self, person: PersonState, style: Style, options: GenerateOptions) -> CostEstimate:
        package = self.context.provider_module(self.kit.provider)
        if self._free():
            return CostEstimate(self.kit.model, 0.0, approximate=False)
        references = [upload_size(Path(r)) for r in person.references]
        return estimate_run(package, style, options, upload_size(Path(person.photo)), references)

    def estimate(self) -> CostEstimate | None:
        """What the people still to do would cost; None when the provider's prices are unknown."""
        style, options = self.kit.style_in(self.context.styles), self.kit.generate_options()
        parts = [self._person_estimate(p, style, options) for p in self.manifest.remaining()]
        if not parts:
            return CostEstimate(self.kit.model, 0.0)
        total = CostEstimate.add(parts)
        return total if total is not None and total.known else None

    # -- the run ----------------------------------------------------------------------------------
    def run(self, cancel: CancelToken) -> BatchStopped:
        """Make everyone still to do; blocks until finished, cancelled, the cap, or a failure that stops all."""
        try:
            self._reconcile()
            if self.manifest.finished():
                return self._stop(FINISHED, self._finished_sentence())
            workflow = self._workflow or self.context.workflow(self.kit.provider)
            style, options = self.kit.style_in(self.context.styles), self.kit.generate_options()
            caps = self.context.provider_module(self.kit.provider).capabilities(self.kit.model)
        except HeadshotError as err:
            return self._stop(STOPPED_FAILED, err.user_text())
        concurrency = max(1, caps.max_concurrency // max(1, self.kit.variants))
        self._started = time.monotonic()
        self._made_in_run = 0
        try:
            return _Dispatch(self, workflow, style, options, concurrency, cancel).run()
        except HeadshotError as err:  # the manifest could not be saved (a full disk): nothing more is sent
            log.warning("the batch %s stopped: %s", self.manifest.batch_id, err.detail or err.message)
            return self._stop(STOPPED_FAILED, err.user_text())

    def _reconcile(self) -> None:
        """People a crash left running: done with the headshots the library already has of them, else queued."""
        left = [p for p in self.manifest.people if p.status == RUNNING]
        if not left:
            return
        library = self.context.library()
        style_id = self.kit.style_in(self.context.styles).id
        for person in left:
            with self._lock:
                taken = {i for p in self.manifest.people if p is not person for i in p.headshot_ids}
                if reconcile(person, library, style_id, self.manifest.created_at, taken):
                    self.manifest.spent_usd = round(self.manifest.spent_usd + (person.cost_usd or 0.0), 6)
            self._save_and_tell(person)

    # -- shared by the dispatcher and its workers ---------------------------------------------------
    def _save_and_tell(self, person: PersonState) -> None:
        with self._lock:
            self.store.save(self.manifest)
            copy = person.copy()
        self.on_event(PersonChanged(copy))

    def _progress(self, concurrency: int) -> None:
        with self._lock:
            counts = self.manifest.counts()
            spent = self.manifest.spent_usd
        left = counts[QUEUED] + counts[RUNNING]
        total = len(self.manifest.people)
        waiting = self._pause.remaining()
        self.on_event(BatchProgress(total - left, total, spent, self._seconds_left(left, concurrency) if left else 0.0,
                                    waiting))  # fmt: skip

    def _seconds_left(self, left: int, concurrency: int) -> float | None:
        if not self._durations:
            return None
        mean = sum(self._durations) / len(self._durations)
        by_duration = mean * math.ceil(left / concurrency)
        if not (self._pause.seen and self._made_in_run):
            return by_duration
        # The provider's rate limit binds: the pace seen since the start is what the rest will take.
        pace = (time.monotonic() - self._started) / self._made_in_run
        return max(by_duration, pace * left) + self._pause.remaining()

    def _stop(self, reason: str, message: str) -> BatchStopped:
        stopped = BatchStopped(reason, message)
        self.on_event(stopped)
        return stopped

    def _finished_sentence(self) -> str:
        counts = self.manifest.counts()
        parts = [f"{counts[DONE]} done"]
        parts += [f"{counts[s]} {s}" for s in (REFUSED, FAILED) if counts[s]]
        return f"The batch is finished: {', '.join(parts)}; ${self.manifest.spent_usd:.2f} spent."


class _Dispatch:
    """One ``run``: sends people while there is room, within the cap and the rate limit, and takes their endings."""

    def __init__(self, runner: BatchRunner, workflow: Workflow, style: Style, options: GenerateOptions,
                 concurrency: int, cancel: CancelToken) -> None:  # fmt: skip
        self.r = runner
        self.workflow = workflow
        self.style = style
        self.options = options
        self.concurrency = concurrency
        self.cancel = cancel
        self.queue: deque[PersonState] = deque(p for p in runner.manifest.people if p.status == QUEUED)
        self.in_flight: dict[cf.Future[Ending], tuple[PersonState, float]] = {}
        self.fatal: str = ""
        self.cap_hit: str = ""

    def run(self) -> BatchStopped:
        r = self.r
        r._progress(self.concurrency)
        with cf.ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="batch") as pool:
            while True:
                if self.cancel.cancelled or self.fatal:
                    break
                if self.queue and not self.cap_hit and len(self.in_flight) < self.concurrency:
                    waiting = r._pause.remaining()
                    if waiting <= 0:
                        if self._dispatch(pool) or not self.in_flight:
                            continue
                        self._wait(TICK)  # over the cap with people running: their real costs may leave room
                        continue
                    r._progress(self.concurrency)
                    self._wait(min(waiting, TICK))
                    continue
                if not self.in_flight:
                    break
                self._wait(TICK)
            for future in cf.as_completed(list(self.in_flight)):  # cancelled or stopped: let the running end
                self._take(future)
        return self._stopped()

    def _wait(self, timeout: float) -> None:
        if not self.in_flight:
            self.cancel.wait(timeout)
            return
        done, _ = cf.wait(list(self.in_flight), timeout=timeout, return_when=cf.FIRST_COMPLETED)
        for future in done:
            self._take(future)
        if not done:
            self.r._progress(self.concurrency)

    def _dispatch(self, pool: cf.ThreadPoolExecutor) -> bool:
        """Send the next person; False when the cap holds them back."""
        r = self.r
        person = self.queue.popleft()
        estimate = self._cost(person)
        if not self._fits(estimate):
            self.queue.appendleft(person)
            return False
        with r._lock:
            person.status, person.reason = RUNNING, ""
            person.attempts += 1
        r._save_and_tell(person)
        future = pool.submit(self._make, person)
        self.in_flight[future] = (person, estimate or 0.0)
        return True

    def _cost(self, person: PersonState) -> float | None:
        """What this person is expected to cost, never less than the most anyone cost so far."""
        estimate = self.r._person_estimate(person, self.style, self.options).total_usd
        if estimate is None:
            return self.r._max_paid or None
        return max(estimate, self.r._max_paid)

    def _fits(self, estimate: float | None) -> bool:
        cap = self.r.manifest.cap_usd
        if cap is None:
            return True
        committed = self.r.manifest.spent_usd + sum(e for _, e in self.in_flight.values())
        if estimate is None:  # prices unknown: one at a time, until one person's cost is known
            fits = not self.in_flight and committed < cap
        else:
            fits = committed + estimate <= cap + 1e-9
        if not fits and not self.in_flight:  # nothing running whose real cost could still leave room
            about = "" if estimate is None else f" (the next person costs about ${estimate:.2f})"
            self.cap_hit = (f"The batch stopped before going over its spending cap of ${cap:.2f}: "
                            f"${self.r.manifest.spent_usd:.2f} spent{about}.")  # fmt: skip
        return fits

    def _make(self, person: PersonState) -> Ending:
        """On a worker: import the photos, generate, and say how it ended."""
        started = time.monotonic()
        with self.r._lock:
            photo, references = Path(person.photo), [Path(p) for p in person.references]
        try:
            original = self.workflow.import_photo(photo)
            refs = [self.workflow.import_photo(p) for p in references]
            with self.r._lock:
                person.original_id = original.id
            self.r._save_and_tell(person)  # a crash from here on is reconciled by the original
            outcome = self.workflow.generate(original, self.style, self.options, self._on_progress, self.cancel,
                                             references=refs, seed=self.r.kit.seed, seed_all=True)  # fmt: skip
        except CancelledError:
            return Ending(QUEUED, cancelled=True)
        except HeadshotError as err:
            return ending_of_error(err)
        except Exception as err:  # a bug must not lose the batch: this person fails, the rest go on
            log.exception("making the headshots of %s failed", person.key)
            return Ending(FAILED, f"Something went wrong while making these headshots ({type(err).__name__}). "
                                  "The log has the details.")  # fmt: skip
        self.r._pause.went_through()
        return ending_of_outcome(outcome, time.monotonic() - started)

    def _on_progress(self, event: ProgressEvent) -> None:
        if isinstance(event, Retrying) and is_rate_limit(event):
            self.r._pause.hold(event.delay)  # the client waits this long before sending again: so do the others

    def _take(self, future: cf.Future[Ending]) -> None:
        """Apply how one person's turn ended (on the dispatcher's thread)."""
        person, _ = self.in_flight.pop(future)
        r = self.r
        ending = future.result()
        with r._lock:
            person.status, person.reason = ending.status, ending.reason
            if ending.headshot_ids:
                person.headshot_ids = ending.headshot_ids
                person.cost_usd = ending.cost_usd
            if ending.paid:
                r.manifest.spent_usd = round(r.manifest.spent_usd + ending.paid, 6)
                r._max_paid = max(r._max_paid, ending.paid)
        if ending.rate_limited:
            r._pause.hold(ending.retry_after)
            self.queue.appendleft(person)
        elif ending.stops_batch and not self.fatal:
            self.fatal = ending.reason
        if ending.duration is not None:
            r._durations.append(ending.duration)
            r._made_in_run += 1
        r._save_and_tell(person)
        r._progress(self.concurrency)

    def _stopped(self) -> BatchStopped:
        r = self.r
        with r._lock:
            stranded = [p for p in r.manifest.people if p.status == RUNNING]
            for person in stranded:  # not sent, or stopped before anything was paid
                person.status = QUEUED
        for person in stranded:
            r._save_and_tell(person)
        r.store.save(r.manifest)
        r._progress(self.concurrency)
        left = len(r.manifest.remaining())
        if self.fatal:
            return r._stop(STOPPED_FAILED, f"The batch stopped: {self.fatal}")
        if self.cancel.cancelled:
            return r._stop(CANCELLED, f"The batch was cancelled; {left} still to do when it goes on.")
        if self.cap_hit and left:
            return r._stop(CAP, f"{self.cap_hit} {left} still to do; raise the cap to go on.")
        return r._stop(FINISHED, r._finished_sentence())
