"""How one person's turn in a batch ended, from the run's outcome or its error; and what a crash left behind."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from headshot_desktop.errors import ErrorKind, HeadshotError
from headshot_desktop.services.team.manifest import DONE, FAILED, QUEUED, REFUSED, PersonState
from headshot_desktop.system.marked import joined
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.styles import Style
    from headshot_desktop.library import Library
    from headshot_desktop.services.options import GenerateOptions
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
    held_back: bool = False  # not sent: someone with the same photo is being made (back in the queue)
    missing: list[int] = field(default_factory=list)  # variants a rate limit kept back: the next turn makes them


def ending_of_error(err: HeadshotError) -> Ending:
    """A turn that made nothing: refused, failed, back in the queue (rate limit), or stopping the batch."""
    if err.kind is ErrorKind.RATE_LIMIT:
        return Ending(QUEUED, rate_limited=True, retry_after=getattr(err, "retry_after", None))
    if err.kind in STOPPING:
        return Ending(QUEUED, err.user_text(), stops_batch=True)
    if err.kind in REFUSING:
        return Ending(REFUSED, err.user_text())
    return Ending(FAILED, err.user_text())


def ending_of_outcome(outcome: Outcome, duration: float, person: PersonState, variants: int) -> Ending:
    """A turn the provider answered: done when a headshot is in the library, else failed (paid, but lost).

    When the only variants missing are those a rate limit outlasting the client's retries kept back, the person
    goes back to the queue keeping what was made, and the next turn makes just those (nothing is paid twice).
    The headshots of an earlier turn of theirs (``person.headshot_ids``) count with this turn's.
    """
    paid = round(sum(r.cost_usd or 0.0 for r in outcome.results), 6)
    reason = joined(outcome.problems, " ")
    made = [*person.headshot_ids, *(h.id for h in outcome.headshots)]
    before = person.cost_usd if person.headshot_ids else 0.0
    cost = None if before is None or outcome.cost_usd is None else round(before + outcome.cost_usd, 6)
    limited = sorted(v for v, err in outcome.failed.items() if err.kind is ErrorKind.RATE_LIMIT)
    if made and limited and len(limited) == len(outcome.failed) and len(made) + len(limited) == variants:
        waits = [w for err in outcome.failed.values() if (w := getattr(err, "retry_after", None)) is not None]
        said = N_("team", "{made} of {variants} headshots made; the provider's rate limit held back the rest, which "
                  "are made on this person's next turn.").format(made=len(made), variants=variants)  # fmt: skip
        return Ending(QUEUED, said, made, cost, paid, duration, rate_limited=True,
                      retry_after=max(waits) if waits else None, missing=limited)  # fmt: skip
    if made:
        return Ending(DONE, reason, made, cost, paid, duration)
    return Ending(FAILED, reason or N_("team", "No headshot could be kept."), [], outcome.cost_usd, paid, duration)


def kit_prompt(style: Style, options: GenerateOptions, references: int) -> str:
    """The prompt the kit sends for a person with ``references`` further photos (as ``build_request`` makes it)."""
    from headshot_desktop.core.generation import reference_note
    from headshot_desktop.core.likeness import keep_clause

    return style.request_prompt() + keep_clause(options.keep, options.keep_text) + reference_note(references)


def reconcile(person: PersonState, library: Library, style_id: str, prompt: str, since: datetime, variants: int,
              taken: set[int]) -> float | None:  # fmt: skip
    """A person a crash left RUNNING: DONE with the headshots the library already has of their photo, in the
    kit's style and prompt, made since their attempt began (what they cost, unknown costs as 0), else QUEUED to be
    made again (None). A person who had some variants already keeps them and gets the rest.

    At most as many as their turn asked for, the earliest: someone later with the same photo made the others
    (the runner never makes two people with one photo at once, so their turns do not overlap).
    """
    wanted = len(person.missing) if person.missing else variants
    if person.original_id is not None:
        found = [h for h in library.list_headshots(original_id=person.original_id, style_id=style_id)
                 if h.created >= since and h.id not in taken and h.id not in person.headshot_ids
                 and h.parent_id is None and h.prompt == prompt]  # fmt: skip
        if found:
            found = sorted(found, key=lambda h: (h.created, h.index_in_run, h.id))[:wanted]
            costs = [h.cost_usd for h in found]
            paid = round(sum(c or 0.0 for c in costs), 6)
            before = person.cost_usd if person.headshot_ids else 0.0
            person.status, person.reason, person.missing = DONE, "", []
            person.headshot_ids = [*person.headshot_ids, *(h.id for h in found)]
            person.cost_usd = None if before is None or None in costs else round(before + paid, 6)
            return paid
    person.status = QUEUED
    return None
