"""Running a team batch: everyone's photo through the kit, a few people at once, within the cap, resumable.

``BatchRunner.run`` blocks (a worker calls it) and goes on with whatever is not done. The manifest is saved
when a person starts and when they end, so a crash loses at most the people then running, and those are
reconciled with the library on the next run: nobody is paid for twice.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.errors import HeadshotError
from headshot_desktop.services.options import estimate_run, upload_size
from headshot_desktop.services.team.dispatch import CANCELLED, CAP, FINISHED, STOPPED_FAILED, TICK, Dispatch
from headshot_desktop.services.team.events import BatchEvent, BatchProgress, BatchStopped, PersonChanged
from headshot_desktop.services.team.manifest import (
    DONE,
    FAILED,
    QUEUED,
    REFUSED,
    RUNNING,
    BatchBusyError,
    BatchManifest,
    BatchStore,
    PersonState,
)
from headshot_desktop.services.team.outcomes import kit_prompt, reconcile
from headshot_desktop.services.team.rate import RatePause
from headshot_desktop.system.marked import joined
from headshot_desktop.translatable import N_, Money

__all__ = [
    "CANCELLED",
    "CAP",
    "FINISHED",
    "STOPPED_FAILED",
    "TICK",
    "BatchEvent",
    "BatchProgress",
    "BatchRunner",
    "BatchStopped",
    "PersonChanged",
]

if TYPE_CHECKING:
    from headshot_desktop.core.styles import Style
    from headshot_desktop.services.options import GenerateOptions
    from headshot_desktop.services.workflow import Workflow

log = logging.getLogger(__name__)


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
        self._lock = store.lock  # the manifest: the dispatcher, its workers and the window's edits change it
        self._pause = RatePause()
        self._durations: list[float] = []
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
        """Make everyone still to do; blocks until finished, cancelled, the cap, or a failure that stops all.

        The batch is held (its OS lock) the whole time: a second window or command making it stops at once.
        """
        try:
            with self.store.held(self.manifest):
                return self._run_held(cancel)
        except BatchBusyError as err:
            return self._stop(STOPPED_FAILED, err.user_text())
        except HeadshotError as err:  # the lock or the manifest could not be written: nothing more is sent
            log.warning("the batch %s stopped: %s", self.manifest.batch_id, err.detail or err.message)
            return self._stop(STOPPED_FAILED, err.user_text())

    def _run_held(self, cancel: CancelToken) -> BatchStopped:
        try:
            style, options = self.kit.style_in(self.context.styles), self.kit.generate_options()
            self._reconcile(style, options)
            if self.manifest.finished():
                return self._stop(FINISHED, self._finished_sentence())
            unpriced = self._cap_unkept()
            if unpriced:
                return self._stop(STOPPED_FAILED, unpriced)
            workflow = self._workflow or self.context.workflow(self.kit.provider)
            caps = self.context.provider_module(self.kit.provider).capabilities(self.kit.model)
        except BatchBusyError:
            raise
        except HeadshotError as err:
            return self._stop(STOPPED_FAILED, err.user_text())
        concurrency = max(1, caps.max_concurrency // max(1, self.kit.variants))
        self._started = time.monotonic()
        self._made_in_run = 0
        return Dispatch(self, workflow, style, options, concurrency, cancel).run()

    def _cap_unkept(self) -> str:
        """Why the cap cannot be kept: the prices are unknown, and nobody's real cost is known yet (else "")."""
        cap = self.manifest.cap_usd
        if cap is None or self._free() or self.estimate() is not None:
            return ""
        if any(p.cost_usd for p in self.manifest.people):
            return ""  # what the people made so far cost tells what the next will
        return N_("team", "The batch was not started: it has a spending cap of {cap}, but the provider's prices "
                  "for this kit are unknown, so the cap could not be kept. Remove the cap to make the batch anyway, "
                  "or choose a model whose prices are known.").format(cap=Money(cap))  # fmt: skip

    def _reconcile(self, style: Style, options: GenerateOptions) -> None:
        """People a crash left running: done with the headshots the library already has of them, else queued.

        Only with the batch held: a run in another window would otherwise look like a crash.
        """
        left = sorted((p for p in self.manifest.people if p.status == RUNNING), key=lambda p: p.started)
        if not left:
            return
        library = self.context.library()
        for person in left:
            since = datetime.fromisoformat(person.started) if person.started else self.manifest.created_at
            prompt = kit_prompt(style, options, len(person.references))
            with self._lock:
                taken = {i for p in self.manifest.people if p is not person for i in p.headshot_ids}
                paid = reconcile(person, library, style.id, prompt, since, self.kit.variants, taken)
                if paid is not None:
                    self.manifest.spent_usd = round(self.manifest.spent_usd + paid, 6)
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
        parts = [N_("team", "{count} done").format(count=counts[DONE])]
        if counts[REFUSED]:
            parts.append(N_("team", "{count} refused").format(count=counts[REFUSED]))
        if counts[FAILED]:
            parts.append(N_("team", "{count} failed").format(count=counts[FAILED]))
        return N_("team", "The batch is finished: {counts}; {spent} spent.").format(
            counts=joined(parts, ", "), spent=Money(self.manifest.spent_usd))  # fmt: skip
