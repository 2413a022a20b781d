"""What the window says about the chosen provider: built from its ``ProviderInfo``, never written per provider.

Every sentence about where a photo goes, what it costs and what the provider keeps
comes from here, so it is true for the provider chosen right now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, Plural, money, shown, translate

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate

_MARKUP = frozenset("&<>\"'")


def escape(text: str) -> str:
    """``html.escape``, loaded only for a text that has something to escape: ``html`` builds its entity tables on
    import (2 ms before the first paint, for provider names and hosts that never need it)."""
    if _MARKUP.isdisjoint(text):
        return text
    from html import escape as html_escape

    return html_escape(text)


# Marked here, translated where shown (``detail_label``, ``shape_labels``): the translator comes after the import.
DETAIL_LABELS = {
    "low": QT_TRANSLATE_NOOP("ProviderWords", "Draft (low)"),
    "medium": QT_TRANSLATE_NOOP("ProviderWords", "Good (medium)"),
    "high": QT_TRANSLATE_NOOP("ProviderWords", "Best (high)"),
}
SHAPE_LABELS = {
    "": QT_TRANSLATE_NOOP("ProviderWords", "As the style says"),
    "portrait": QT_TRANSLATE_NOOP("ProviderWords", "Portrait"),
    "square": QT_TRANSLATE_NOOP("ProviderWords", "Square"),
    "landscape": QT_TRANSLATE_NOOP("ProviderWords", "Landscape"),
}


def detail_label(level: str) -> str:
    """A detail level in the person's words; one this table does not know, capitalized."""
    label = DETAIL_LABELS.get(level)
    return translate("ProviderWords", label) if label is not None else level.capitalize()


def shape_labels() -> dict[str, str]:
    """Shape id -> its name in the person's words."""
    return {shape: translate("ProviderWords", label) for shape, label in SHAPE_LABELS.items()}


def hosts(info: ProviderInfo) -> str:
    return ", ".join(info.hosts)


def _title(info: ProviderInfo) -> str:
    return escape(shown(info.title))


def where_photos_go(info: ProviderInfo) -> str:
    """One line under the options: when and where the photo goes (rich text)."""
    title = _title(info)
    if info.server is not None:
        return translate("ProviderWords", "Your photo goes only to {title} at {hosts} when you press Generate; "
                         "nothing is sent to any cloud service. No account, no tracking."
                         ).format(title=title, hosts=escape(hosts(info)))  # fmt: skip
    if info.photos_leave_computer:
        if info.hosts:
            return translate("ProviderWords", "Your photo stays on this computer until you press Generate; then only "
                             "its pixels go to {title} ({hosts}) over HTTPS. No account, no tracking."
                             ).format(title=title, hosts=escape(hosts(info)))  # fmt: skip
        return translate("ProviderWords", "Your photo stays on this computer until you press Generate; then only its "
                         "pixels go to {title} over HTTPS. No account, no tracking.").format(title=title)  # fmt: skip
    return translate("ProviderWords", "Your photo never leaves this computer: {title} makes the headshots here. "
                     "No account, no tracking.").format(title=title)  # fmt: skip


def _sent(info: ProviderInfo) -> str:
    """What is sent, to whom (rich text)."""
    title, at = _title(info), escape(hosts(info))
    if info.server is not None:
        if info.photos_leave_computer:
            return translate("ProviderWords", "When you press <b>Generate</b>, the photo you chose (downscaled, with "
                             "all metadata such as location and camera details removed) and the style's text go to "
                             "<b>{title}</b> at <b>{hosts}</b> (on your network). Nothing is sent to any cloud "
                             "service.").format(title=title, hosts=at)  # fmt: skip
        return translate("ProviderWords", "When you press <b>Generate</b>, the photo you chose (downscaled, with all "
                         "metadata such as location and camera details removed) and the style's text go to "
                         "<b>{title}</b> at <b>{hosts}</b> (on this computer). Nothing is sent to any cloud "
                         "service.").format(title=title, hosts=at)  # fmt: skip
    if info.photos_leave_computer:
        return _sent_away(info, title, at)
    if info.hosts:
        return translate("ProviderWords", "When you press <b>Generate</b>, <b>{title}</b> at {hosts} makes the "
                         "headshot on this computer: your photo does not leave it.").format(title=title, hosts=at)  # fmt: skip
    return translate("ProviderWords", "When you press <b>Generate</b>, <b>{title}</b> makes the headshot on this "
                     "computer: your photo does not leave it.").format(title=title)  # fmt: skip


def _sent_away(info: ProviderInfo, title: str, at: str) -> str:
    """What is sent to a provider elsewhere, over HTTPS (rich text)."""
    if info.hosts and info.key is not None:
        text = translate("ProviderWords", "When you press <b>Generate</b>, the photo you chose (downscaled, with all "
                         "metadata such as location and camera details removed) and the style's text are sent over "
                         "HTTPS to <b>{title}</b> ({hosts}), using your own API key. Nothing else leaves your "
                         "computer.")  # fmt: skip
    elif info.hosts:
        text = translate("ProviderWords", "When you press <b>Generate</b>, the photo you chose (downscaled, with all "
                         "metadata such as location and camera details removed) and the style's text are sent over "
                         "HTTPS to <b>{title}</b> ({hosts}). Nothing else leaves your computer.")  # fmt: skip
    elif info.key is not None:
        text = translate("ProviderWords", "When you press <b>Generate</b>, the photo you chose (downscaled, with all "
                         "metadata such as location and camera details removed) and the style's text are sent over "
                         "HTTPS to <b>{title}</b>, using your own API key. Nothing else leaves your computer.")  # fmt: skip
    else:
        text = translate("ProviderWords", "When you press <b>Generate</b>, the photo you chose (downscaled, with all "
                         "metadata such as location and camera details removed) and the style's text are sent over "
                         "HTTPS to <b>{title}</b>. Nothing else leaves your computer.")  # fmt: skip
    return text.format(title=title, hosts=at)


def sending_html(info: ProviderInfo) -> str:
    """Paragraphs for a notice: what is sent, to whom, and what that provider keeps."""
    title = _title(info)
    keeps = translate("ProviderWords", "<b>What {title} keeps:</b> {privacy}").format(
        title=title, privacy=escape(shown(info.privacy))
    )
    html = f"<p>{_sent(info)}</p><p>{keeps}</p>"
    if info.privacy_notes:
        html += "<ul>" + "".join(f"<li>{escape(shown(note))}</li>" for note in info.privacy_notes) + "</ul>"
    if info.output_note:
        html += f"<p>{escape(shown(info.output_note))}</p>"
    if info.privacy_checked:
        # The ISO date stays as written: it names the sources' version, the same in every language.
        read = translate("ProviderWords", "{title}'s terms as read on {date}.").format(
            title=title, date=escape(info.privacy_checked)
        )
        html += f"<p><small>{read}</small></p>"
    return html


def price(estimate: CostEstimate) -> str:
    """The estimate in words, the money as the person's locale writes it (``CostEstimate.describe`` in the window)."""
    if estimate.total_usd is None:
        if estimate.reason:
            return translate("ProviderWords", "unknown ({reason})").format(reason=shown(estimate.reason))
        return translate("ProviderWords", "unknown", "the cost")
    if estimate.approximate:
        return translate("ProviderWords", "about {price}").format(price=money(estimate.total_usd))
    return money(estimate.total_usd)


def cost_line(info: ProviderInfo, estimate: CostEstimate, variants: int) -> str:
    """The cost before you spend it, naming who is paid (rich text)."""
    title = _title(info)
    if info.server is not None:
        return Plural.tr("Cost: <b>free</b>: %n image(s) made on your server at {hosts}; nothing is sent to any "
                         "cloud service.", "", variants).format(hosts=escape(hosts(info)))  # fmt: skip
    if not info.photos_leave_computer and estimate.total_usd == 0:
        return Plural.tr("Cost: <b>free</b>: %n image(s) made on this computer by {title}.", "", variants).format(
            title=title
        )
    cost = escape(price(estimate))
    if info.key is not None:
        return Plural.tr("Estimated cost: <b>{price}</b> for %n image(s), paid to {title} with your key.", "",
                         variants).format(price=cost, title=title)  # fmt: skip
    return Plural.tr("Estimated cost: <b>{price}</b> for %n image(s), paid to {title}.", "", variants).format(
        price=cost, title=title
    )


def key_status(info: ProviderInfo, where: str) -> str:
    """The status bar's key part; ``where`` is ``SecretStore.describe(provider_id)``."""
    title = shown(info.title)
    if info.server is not None:
        return translate("ProviderWords", "{title} at {hosts}").format(title=title, hosts=hosts(info))
    if info.key is None:
        return translate("ProviderWords", "{title}: no API key needed").format(title=title)
    return translate("ProviderWords", "API key for {title}: {where}").format(title=title, where=shown(where))
