"""How one person's turn in a batch ended, from the run's outcome or its error; and what a crash left behind."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from headshot_desktop.errors import ErrorKind, HeadshotError
from headshot_desktop.services.team.manifest import DONE, FAILED, QUEUED, REFUSED, PersonState

if TYPE_CHECKING:
    from headshot_desktop.library import Library
    from headshot_desktop.services.workflow import Outcome

REFUSING = frozenset({ErrorKind.SAFETY, ErrorKind.NO_IMAGE, ErrorKind.BAD_INPUT})
# Nobody after this person could be made either (the key, the account, the settings, the model not offered, the
# provider out of reach once its client gave up): the batch stops and they wait in the queue.
STOPPING = frozenset({ErrorKind.AUTH, ErrorKind.QUOTA, ErrorKind.PERMISSION, ErrorKind.NO_KEY, ErrorKind.CONFIG,
                      ErrorKind.KEYRING, ErrorKind.NOT_FOUND, ErrorKind.NETWORK})  # fmt: skip


@dataclass(frozen=True)
class Ending:
    status: str
    reason: str = ""
    headshot_ids: list[int] = field(default_factory=list)
    cost_usd: float | None = None
    paid: float = 0.0  # what this turn added to the batch's spending (known costs only)
    duration: float | None = None  # seconds the turn took, when it went through the provider
    rate_limited: bool = False
    retry_after: float | None = None
    stops_batch: bool = False
    cancelled: bool = False


def ending_of_error(err: HeadshotError) -> Ending:
    """A turn that made nothing: refused, failed, back in the queue (rate limit), or stopping the batch."""
    if err.kind is ErrorKind.RATE_LIMIT:
        return Ending(QUEUED, rate_limited=True, retry_after=getattr(err, "retry_after", None))
    if err.kind in STOPPING:
        return Ending(QUEUED, err.user_text(), stops_batch=True)
    if err.kind in REFUSING:
        return Ending(REFUSED, err.user_text())
    return Ending(FAILED, err.user_text())


def ending_of_outcome(outcome: Outcome, duration: float) -> Ending:
    """A turn the provider answered: done when a headshot is in the library, else failed (paid, but lost)."""
    paid = round(sum(r.cost_usd or 0.0 for r in outcome.results), 6)
    reason = " ".join(outcome.problems)
    if outcome.headshots:
        return Ending(DONE, reason, [h.id for h in outcome.headshots], outcome.cost_usd, paid, duration)
    return Ending(FAILED, reason or "No headshot could be kept.", [], outcome.cost_usd, paid, duration)


def reconcile(person: PersonState, library: Library, style_id: str, since: datetime, taken: set[int]) -> bool:
    """A person a crash left RUNNING: DONE with the headshots the library already has of their photo in the kit's
    style made since the batch began (True), else QUEUED to be made again (False)."""
    if person.original_id is not None:
        found = [h for h in library.list_headshots(original_id=person.original_id, style_id=style_id)
                 if h.created >= since and h.id not in taken and h.parent_id is None]  # fmt: skip
        if found:
            found.sort(key=lambda h: (h.created, h.index_in_run, h.id))
            costs = [h.cost_usd for h in found]
            person.status, person.reason = DONE, ""
            person.headshot_ids = [h.id for h in found]
            person.cost_usd = None if any(c is None for c in costs) else round(sum(c or 0.0 for c in costs), 6)
            return True
    person.status = QUEUED
    return False
