"""One run of a batch: sends people while there is room, within the cap and the rate limit, and takes their endings.

Two people with the same photo (one original in the library) are never made at once: the second waits for the
first to end, so a crash leaves at most one of them running, and reconciling it cannot mix up their headshots.
"""

from __future__ import annotations

import concurrent.futures as cf
import logging
import threading
import time
from collections import deque
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import Retrying
from headshot_desktop.errors import CancelledError, HeadshotError
from headshot_desktop.services.team.manifest import DONE, FAILED, QUEUED, REFUSED, RUNNING, PersonState
from headshot_desktop.services.team.outcomes import Ending, ending_of_error, ending_of_outcome
from headshot_desktop.services.team.rate import is_rate_limit
from headshot_desktop.translatable import N_, Money

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.progress import ProgressEvent
    from headshot_desktop.core.styles import Style
    from headshot_desktop.services.options import GenerateOptions
    from headshot_desktop.services.team.events import BatchStopped
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import BatchManifest, BatchStore
    from headshot_desktop.services.team.rate import RatePause
    from headshot_desktop.services.workflow import Workflow

log = logging.getLogger(__name__)

FINISHED, CANCELLED, CAP, STOPPED_FAILED = "finished", "cancelled", "cap", "failed"
TICK = 0.5  # how often a waiting batch says how long it still waits


class Runner(Protocol):
    """What a dispatch needs of the ``BatchRunner`` it works for (its manifest, lock, pause and bookkeeping)."""

    manifest: BatchManifest
    store: BatchStore
    kit: TeamKit
    _lock: threading.RLock
    _pause: RatePause
    _durations: list[float]
    _made_in_run: int

    def _person_estimate(self, person: PersonState, style: Style, options: GenerateOptions) -> CostEstimate: ...
    def _save_and_tell(self, person: PersonState) -> None: ...
    def _progress(self, concurrency: int) -> None: ...
    def _stop(self, reason: str, message: str) -> BatchStopped: ...
    def _finished_sentence(self) -> str: ...


class Dispatch:
    """One ``run``: sends people while there is room, within the cap and the rate limit, and takes their endings."""

    def __init__(self, runner: Runner, workflow: Workflow, style: Style, options: GenerateOptions,
                 concurrency: int, cancel: CancelToken) -> None:  # fmt: skip
        self.r = runner
        self.workflow = workflow
        self.style = style
        self.options = options
        self.concurrency = concurrency
        self.cancel = cancel
        self.queue: deque[PersonState] = deque(p for p in runner.manifest.people if p.status == QUEUED)
        self.in_flight: dict[cf.Future[Ending], tuple[PersonState, float]] = {}
        self.making: dict[int, str] = {}  # original id -> the key of the person being made from it
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
        """Send the next person; False when the cap holds them back, or everyone left waits for their photo."""
        r = self.r
        person = self._next()
        if person is None:
            return False
        estimate = self._cost(person)
        if not self._fits(estimate):
            self.queue.appendleft(person)
            return False
        with r._lock:
            person.status, person.reason = RUNNING, ""
            person.attempts += 1
            person.started = datetime.now(UTC).isoformat()
        r._save_and_tell(person)
        future = pool.submit(self._make, person)
        self.in_flight[future] = (person, estimate or 0.0)
        return True

    def _next(self) -> PersonState | None:
        """The first queued person whose photo is not being made for someone else right now (taken off the queue)."""
        with self.r._lock:
            for person in self.queue:
                if person.original_id is None or person.original_id not in self.making:
                    self.queue.remove(person)
                    return person
        return None

    def _cost(self, person: PersonState) -> float | None:
        """What this person is expected to cost: once people are made, the most one of them really cost (the
        provider's real price), else the estimate."""
        with self.r._lock:
            paid = [p.cost_usd for p in self.r.manifest.people if p.cost_usd]
        if paid:
            return max(paid)
        return self.r._person_estimate(person, self.style, self.options).total_usd

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
            spent = self.r.manifest.spent_usd
            if estimate is None:
                self.cap_hit = N_("team", "The batch stopped before going over its spending cap of {cap}: "
                                  "{spent} spent.").format(cap=Money(cap), spent=Money(spent))  # fmt: skip
            else:
                self.cap_hit = N_("team", "The batch stopped before going over its spending cap of {cap}: "
                                  "{spent} spent (the next person costs about {estimate}).").format(
                                      cap=Money(cap), spent=Money(spent), estimate=Money(estimate))  # fmt: skip
        return fits

    def _make(self, person: PersonState) -> Ending:
        """On a worker: import the photos, generate, and say how it ended."""
        started = time.monotonic()
        with self.r._lock:
            photo, references = Path(person.photo), [Path(p) for p in person.references]
        gone = next((p for p in (photo, *references) if not p.is_file()), None)
        if gone is not None:  # a fault the person can mend: put it back, then try again
            return Ending(FAILED, N_("team", "The photo {photo} is no longer there: it was moved or deleted after it "
                                     "was added. Put it back, then try the failed people again.").format(photo=gone))  # fmt: skip
        try:
            original = self.workflow.import_photo(photo)
            refs = [self.workflow.import_photo(p) for p in references]
            with self.r._lock:
                person.original_id = original.id
                other = self.making.get(original.id)
                if other is None:
                    self.making[original.id] = person.key
            if other is not None:  # the same photo as someone being made: after them (they would mix up)
                return Ending(QUEUED, held_back=True)
            self.r._save_and_tell(person)  # a crash from here on is reconciled by the original
            with self.r._lock:
                only = list(person.missing) or None  # a rate limit kept these back last time: just them
            outcome = self.workflow.generate(original, self.style, self.options, self._on_progress, self.cancel,
                                             references=refs, seed=self.r.kit.seed, seed_all=True,
                                             only=only)  # fmt: skip
        except CancelledError:
            return Ending(QUEUED, cancelled=True)
        except HeadshotError as err:
            return ending_of_error(err)
        except Exception as err:  # a bug must not lose the batch: this person fails, the rest go on
            log.exception("making the headshots of %s failed", person.key)
            return Ending(FAILED, N_("team", "Something went wrong while making these headshots ({error}). "
                                     "The log has the details.").format(error=type(err).__name__))  # fmt: skip
        self.r._pause.went_through()
        with self.r._lock:
            before = person.copy()
        return ending_of_outcome(outcome, time.monotonic() - started, before, self.r.kit.variants)

    def _on_progress(self, event: ProgressEvent) -> None:
        if isinstance(event, Retrying) and is_rate_limit(event):
            self.r._pause.hold(event.delay)  # the client waits this long before sending again: so do the others

    def _take(self, future: cf.Future[Ending]) -> None:
        """Apply how one person's turn ended (on the dispatcher's thread)."""
        person, _ = self.in_flight.pop(future)
        r = self.r
        ending = future.result()
        with r._lock:
            if person.original_id is not None and self.making.get(person.original_id) == person.key:
                del self.making[person.original_id]
            person.status, person.reason = ending.status, ending.reason
            if ending.headshot_ids:
                person.headshot_ids = ending.headshot_ids
                person.cost_usd = ending.cost_usd
                person.missing = ending.missing
            elif person.headshot_ids and ending.status in (FAILED, REFUSED):
                person.status, person.missing = DONE, []  # the rest failed: the variants made stand
            if ending.paid:
                r.manifest.spent_usd = round(r.manifest.spent_usd + ending.paid, 6)
        if ending.rate_limited:
            r._pause.hold(ending.retry_after)
            self.queue.appendleft(person)
        elif ending.held_back:
            with r._lock:
                person.attempts -= 1
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
            return r._stop(STOPPED_FAILED, N_("team", "The batch stopped: {reason}").format(reason=self.fatal))
        if self.cancel.cancelled:
            return r._stop(CANCELLED, N_("team", "The batch was cancelled; {left} still to do when it goes on.")
                           .format(left=left))  # fmt: skip
        if self.cap_hit and left:
            return r._stop(CAP, N_("team", "{cap_hit} {left} still to do; raise the cap to go on.").format(
                cap_hit=self.cap_hit, left=left))  # fmt: skip
        return r._stop(FINISHED, r._finished_sentence())
