"""What a running batch tells whoever runs it (the window, the command): a person changed, how far it is, why it
stopped."""

from __future__ import annotations

from dataclasses import dataclass

from headshot_desktop.services.team.manifest import PersonState


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
