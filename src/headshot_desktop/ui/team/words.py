"""What the Team tab says: statuses, progress, time left and the cost of a batch, as plain sentences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, Plural, money, number, shown, translate

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.providers.base import ProviderInfo
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import PersonState

# Marked here, translated where shown: the translator is installed after this module is imported.
STATUS_WORDS = {
    "queued": QT_TRANSLATE_NOOP("TeamWords", "Queued"),
    "running": QT_TRANSLATE_NOOP("TeamWords", "Running…"),
    "done": QT_TRANSLATE_NOOP("TeamWords", "Done"),
    "refused": QT_TRANSLATE_NOOP("TeamWords", "Refused"),
    "failed": QT_TRANSLATE_NOOP("TeamWords", "Failed"),
}


def status_text(person: PersonState) -> str:
    """``Queued``, ``Running…``, ``Done``, ``Refused — reason``, ``Failed — reason``."""
    if person.reason and person.status == "refused":
        return translate("TeamWords", "Refused — {reason}").format(reason=shown(person.reason))
    if person.reason and person.status == "failed":
        return translate("TeamWords", "Failed — {reason}").format(reason=shown(person.reason))
    word = STATUS_WORDS.get(person.status)
    return translate("TeamWords", word) if word is not None else person.status.capitalize()


def cost_text(cost_usd: float | None) -> str:
    return "" if cost_usd is None else money(cost_usd)


def time_left(seconds: float | None) -> str:
    """``about 4 min left``; empty when nobody can tell yet."""
    if seconds is None:
        return ""
    if seconds < 60:
        return translate("TeamWords", "less than a minute left")
    minutes = round(seconds / 60)
    if minutes < 90:
        return Plural.tr("about %n min left", "", minutes)
    return translate("TeamWords", "about {hours} h left").format(hours=number(minutes / 60, 1))


def progress_text(done: int, total: int, seconds_left: float | None) -> str:
    """``12 of 30 · about 4 min left``."""
    left = time_left(seconds_left) if done < total else ""
    if left:
        return translate("TeamWords", "{done} of {total} · {time_left}").format(
            done=number(done), total=number(total), time_left=left
        )
    return translate("TeamWords", "{done} of {total}").format(done=number(done), total=number(total))


def waiting_text(seconds: float) -> str:
    """``Waiting for the provider's rate limit · 0:12`` (the time still to wait)."""
    whole = max(0, round(seconds))
    return translate("TeamWords", "Waiting for the provider's rate limit · {minutes}:{seconds}").format(
        minutes=whole // 60, seconds=f"{whole % 60:02d}"
    )


def people_words(count: int) -> str:
    return Plural.tr("%n person(s)", "", count)


def variants_words(count: int) -> str:
    return Plural.tr("%n variant(s)", "", count)


def is_free(info: ProviderInfo, estimate: CostEstimate | None) -> bool:
    """A provider on the person's own server, or one that makes images on this computer at no cost."""
    if info.server is not None:
        return True
    return not info.photos_leave_computer and estimate is not None and estimate.total_usd == 0


def estimate_words(info: ProviderInfo, estimate: CostEstimate | None, people: int, variants: int,
                   left: bool = False) -> tuple[str, str]:  # fmt: skip
    """The cost line and the Start button's price: ("About $4.20 for 30 people × 2 variants", "about $4.20")."""
    who_people = Plural.tr("the %n person(s) left", "", people) if left else people_words(people)
    who = translate("TeamWords", "{people} × {variants}").format(people=who_people, variants=variants_words(variants))
    if is_free(info, estimate):
        if info.server is not None:
            return (translate("TeamWords", "Free on your server for {who}").format(who=who),
                    translate("TeamWords", "free on your server"))  # fmt: skip
        return (translate("TeamWords", "Free on this computer for {who}").format(who=who),
                translate("TeamWords", "free on this computer"))  # fmt: skip
    if estimate is None or estimate.total_usd is None:
        unknown = translate("TeamWords", "cost unknown")
        if estimate is not None and estimate.reason:
            line = translate("TeamWords", "The cost of {who} is unknown ({reason}).")
            return line.format(who=who, reason=shown(estimate.reason)), unknown
        return translate("TeamWords", "The cost of {who} is unknown.").format(who=who), unknown
    cost = money(estimate.total_usd)
    if estimate.approximate:
        line = translate("TeamWords", "About {cost} for {who}").format(cost=cost, who=who)
        return line, translate("TeamWords", "about {cost}").format(cost=cost)
    return translate("TeamWords", "{cost} for {who}").format(cost=cost, who=who), cost


def kit_summary(kit: TeamKit, provider_title: str, style_name: str) -> str:
    """One line: ``<provider> · Corporate grey · 2 variants · export: linkedin``."""
    style = translate("TeamWords", "Custom prompt") if kit.prompt.strip() else shown(style_name) or kit.style
    return translate("TeamWords", "{provider} · {style} · {variants} · export: {preset}").format(
        provider=provider_title, style=style, variants=variants_words(kit.variants), preset=kit.export.preset
    )


def resume_text(done: int, total: int) -> str:
    return translate("TeamWords", "This batch stopped with {done} of {total} done.").format(
        done=number(done), total=number(total)
    )
