"""What the Team tab says: statuses, progress, time left and the cost of a batch, as plain sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.providers.base import ProviderInfo
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import PersonState

STATUS_WORDS = {"queued": "Queued", "running": "Running…", "done": "Done", "refused": "Refused", "failed": "Failed"}


def status_text(person: PersonState) -> str:
    """``Queued``, ``Running…``, ``Done``, ``Refused — reason``, ``Failed — reason``."""
    word = STATUS_WORDS.get(person.status, person.status.capitalize())
    return f"{word} — {person.reason}" if person.reason and person.status in ("refused", "failed") else word


def cost_text(cost_usd: float | None) -> str:
    return "" if cost_usd is None else f"${cost_usd:.2f}"


def time_left(seconds: float | None) -> str:
    """``about 4 min left``; empty when nobody can tell yet."""
    if seconds is None:
        return ""
    if seconds < 60:
        return "less than a minute left"
    minutes = round(seconds / 60)
    if minutes < 90:
        return f"about {minutes} min left"
    return f"about {minutes / 60:.1f} h left"


def progress_text(done: int, total: int, seconds_left: float | None) -> str:
    """``12 of 30 · about 4 min left``."""
    left = time_left(seconds_left) if done < total else ""
    return f"{done} of {total}" + (f" · {left}" if left else "")


def waiting_text(seconds: float) -> str:
    """``Waiting for the provider's rate limit · 0:12`` (the time still to wait)."""
    whole = max(0, round(seconds))
    return f"Waiting for the provider's rate limit · {whole // 60}:{whole % 60:02d}"


def people_words(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"


def variants_words(count: int) -> str:
    return f"{count} variant{'s' if count != 1 else ''}"


def is_free(info: ProviderInfo, estimate: CostEstimate | None) -> bool:
    """A provider on the person's own server, or one that makes images on this computer at no cost."""
    if info.server is not None:
        return True
    return not info.photos_leave_computer and estimate is not None and estimate.total_usd == 0


def estimate_words(info: ProviderInfo, estimate: CostEstimate | None, people: int, variants: int,
                   left: bool = False) -> tuple[str, str]:  # fmt: skip
    """The cost line and the Start button's price: ("About $4.20 for 30 people × 2 variants", "about $4.20")."""
    who = f"{'the ' if left else ''}{people_words(people)}{' left' if left else ''} × {variants_words(variants)}"
    if is_free(info, estimate):
        where = "on your server" if info.server is not None else "on this computer"
        return f"Free {where} for {who}", f"free {where}"
    if estimate is None or estimate.total_usd is None:
        reason = f" ({estimate.reason})" if estimate is not None and estimate.reason else ""
        return f"The cost of {who} is unknown{reason}.", "cost unknown"
    price = estimate.describe()
    return f"{price[:1].upper()}{price[1:]} for {who}", price


def kit_summary(kit: TeamKit, provider_title: str, style_name: str) -> str:
    """One line: ``<provider> · Corporate grey · 2 variants · export: linkedin``."""
    style = "Custom prompt" if kit.prompt.strip() else style_name or kit.style
    return " · ".join((provider_title, style, variants_words(kit.variants), f"export: {kit.export.preset}"))


def resume_text(done: int, total: int) -> str:
    return f"This batch stopped with {done} of {total} done."
