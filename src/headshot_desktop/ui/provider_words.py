"""What the window says about the chosen provider: built from its ``ProviderInfo``, never written per provider.

Every sentence about where a photo goes, what it costs and what the provider keeps
comes from here, so it is true for the provider chosen right now.
"""

from __future__ import annotations

from html import escape

from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.providers.base import ProviderInfo

DETAIL_LABELS = {"low": "Draft (low)", "medium": "Good (medium)", "high": "Best (high)"}
SHAPE_LABELS = {"": "As the style says", "portrait": "Portrait", "square": "Square", "landscape": "Landscape"}


def hosts(info: ProviderInfo) -> str:
    return ", ".join(info.hosts)


def where_photos_go(info: ProviderInfo) -> str:
    """One line under the options: when and where the photo goes (rich text)."""
    title = escape(info.title)
    if info.server is not None:
        return (f"Your photo goes only to {title} at {escape(hosts(info))} when you press Generate; nothing is "
                "sent to any cloud service. No account, no tracking.")  # fmt: skip
    if info.photos_leave_computer:
        to = f"{title} ({escape(hosts(info))})" if info.hosts else title
        return (f"Your photo stays on this computer until you press Generate; then only its pixels go to {to} "
                "over HTTPS. No account, no tracking.")  # fmt: skip
    return f"Your photo never leaves this computer: {title} makes the headshots here. No account, no tracking."


def sending_html(info: ProviderInfo) -> str:
    """Paragraphs for a notice: what is sent, to whom, and what that provider keeps."""
    title = escape(info.title)
    if info.server is not None:
        where = "on this computer" if not info.photos_leave_computer else "on your network"
        sent = (f"When you press <b>Generate</b>, the photo you chose (downscaled, with all metadata such as location "
                f"and camera details removed) and the style's text go to <b>{title}</b> at "
                f"<b>{escape(hosts(info))}</b> ({where}). Nothing is sent to any cloud service.")  # fmt: skip
    elif info.photos_leave_computer:
        at = f" ({escape(hosts(info))})" if info.hosts else ""
        key = ", using your own API key" if info.key is not None else ""
        sent = (f"When you press <b>Generate</b>, the photo you chose (downscaled, with all metadata such as "
                f"location and camera details removed) and the style's text are sent over HTTPS to "
                f"<b>{title}</b>{at}{key}. Nothing else leaves your computer.")  # fmt: skip
    else:
        at = f" at {escape(hosts(info))}" if info.hosts else ""
        sent = (f"When you press <b>Generate</b>, <b>{title}</b>{at} makes the headshot on this computer: "
                "your photo does not leave it.")  # fmt: skip
    html = f"<p>{sent}</p><p><b>What {title} keeps:</b> {escape(info.privacy)}</p>"
    if info.privacy_notes:
        html += "<ul>" + "".join(f"<li>{escape(note)}</li>" for note in info.privacy_notes) + "</ul>"
    if info.output_note:
        html += f"<p>{escape(info.output_note)}</p>"
    if info.privacy_checked:
        html += f"<p><small>{title}'s terms as read on {escape(info.privacy_checked)}.</small></p>"
    return html


def cost_line(info: ProviderInfo, estimate: CostEstimate, variants: int) -> str:
    """The cost before you spend it, naming who is paid (rich text)."""
    images = f"{variants} image" + ("" if variants == 1 else "s")
    title = escape(info.title)
    if info.server is not None:
        return (f"Cost: <b>free</b>: {images} made on your server at {escape(hosts(info))}; nothing is sent to any "
                "cloud service.")  # fmt: skip
    if not info.photos_leave_computer and estimate.total_usd == 0:
        return f"Cost: <b>free</b>: {images} made on this computer by {title}."
    paid = f"paid to {title} with your key" if info.key is not None else f"paid to {title}"
    return f"Estimated cost: <b>{escape(estimate.describe())}</b> for {images}, {paid}."


def key_status(info: ProviderInfo, where: str) -> str:
    """The status bar's key part; ``where`` is ``SecretStore.describe(provider_id)``."""
    if info.server is not None:
        return f"{info.title} at {hosts(info)}"
    if info.key is None:
        return f"{info.title}: no API key needed"
    return f"API key for {info.title}: {where}"
