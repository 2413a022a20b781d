"""Choosing the image provider in the window: which ones are offered, its consent, making the choice.

The options panel and the Settings dialog both offer the providers of the
registry (the developer-only ones only with the developer flag); a provider
whose privacy notice the person has not accepted yet asks for consent first.
Nothing is sent before the first-run notice is accepted and the age confirmed:
``ask_consent``, called before every send, shows that notice again until it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from headshot_desktop.app import AppContext
from headshot_desktop.errors import HeadshotError
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Capabilities, ProviderInfo
from headshot_desktop.ui.i18n import shown, translate
from headshot_desktop.ui.provider_words import sending_html

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox


def choices(context: AppContext) -> list[tuple[str, str]]:
    """(id, title) of every provider the person may choose here."""
    developer = registry.developer_mode(context.environ)
    return [(p, shown(registry.title(p))) for p in registry.ids(developer=developer)]


def starting_provider(context: AppContext) -> tuple[str, HeadshotError | None]:
    """The provider the window starts with; an unusable choice (unknown, developer-only) falls back to the default."""
    try:
        context.provider_module()
    except HeadshotError as err:
        context.provider_override = registry.DEFAULT_PROVIDER
        return registry.DEFAULT_PROVIDER, err
    return context.provider_id, None


def capabilities(context: AppContext, provider_id: str) -> Capabilities:
    """What the provider can do with the person's model for it (no network)."""
    model = context.settings.provider_section(provider_id)["model"]
    caps: Capabilities = context.provider_module(provider_id).capabilities(model)
    return caps


def use(context: AppContext, provider_id: str) -> None:
    """Make ``provider_id`` the chosen provider: saved for next time, and for this run even over
    ``--provider`` or ``HEADSHOT_DESKTOP_PROVIDER`` (the person just chose it in the window)."""
    context.settings.provider = provider_id
    if context.provider_id != provider_id:
        context.provider_override = provider_id


def needs_first_run(context: AppContext) -> bool:
    """True until the first-run notice is accepted and the age confirmed."""
    return not (context.settings.privacy_accepted and context.settings.age_confirmed)


def accepted(context: AppContext, provider_id: str) -> bool:
    return provider_id in context.settings.accepted_providers


def consented(context: AppContext, provider_id: str) -> bool:
    """True when something may be sent to ``provider_id`` without asking (the first run done, its notice read)."""
    return not needs_first_run(context) and accepted(context, provider_id)


def agree_first_run(context: AppContext, provider_id: str) -> None:
    """The first-run notice, which named ``provider_id``, was accepted and the age confirmed (saved with the
    settings)."""
    context.settings.privacy_accepted = True
    context.settings.age_confirmed = True
    accept(context, provider_id)


def accept(context: AppContext, provider_id: str) -> None:
    """Record the consent (saved with the settings: the window's thread does not write files)."""
    if not accepted(context, provider_id):
        context.settings.accepted_providers = [*context.settings.accepted_providers, provider_id]


def consent_box(parent: QWidget | None, info: ProviderInfo) -> QMessageBox:
    from html import escape  # html.entities: not on the way to the first paint

    from PySide6.QtWidgets import QCheckBox, QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("provider-consent")
    box.setIcon(QMessageBox.Icon.Question)
    title = shown(info.title)
    box.setWindowTitle(translate("ProviderChoice", "Use {title}?").format(title=title))
    box.setTextFormat(Qt.TextFormat.RichText)
    if info.photos_leave_computer:
        text = translate(
            "ProviderChoice", "<b>Before your photos go there, please read what {title} does with them.</b>"
        )
    else:
        text = translate("ProviderChoice", "<b>Please read what {title} does with them.</b>")
    box.setText(text.format(title=escape(title)))
    box.setInformativeText(sending_html(info))
    use = translate("ProviderChoice", "Use {title}").format(title=title)
    box.use_button = box.addButton(use, QMessageBox.ButtonRole.AcceptRole)  # type: ignore[attr-defined]
    if info.must_confirm:  # said, and ticked, before the first photo goes
        # Parented and kept: QMessageBox.setCheckBox does not take ownership in PySide, so the
        # box would otherwise point at a check box Python has already freed.
        confirm = box.confirm = QCheckBox(shown(info.must_confirm), box)  # type: ignore[attr-defined]
        confirm.setObjectName("provider-confirm")
        box.setCheckBox(confirm)
        box.use_button.setEnabled(False)  # type: ignore[attr-defined]
        confirm.toggled.connect(box.use_button.setEnabled)  # type: ignore[attr-defined]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_consent(parent: QWidget | None, context: AppContext, provider_id: str) -> bool:
    """True when the person has accepted the first-run notice (the age confirmed) and the provider's privacy
    notice, now or before. Called before anything is sent."""
    if needs_first_run(context):
        from headshot_desktop.ui import first_run_notice

        if not first_run_notice.ask(parent, context.provider_info(provider_id)):
            return False
        agree_first_run(context, provider_id)
        return True
    if accepted(context, provider_id):
        return True
    box = consent_box(parent, context.provider_info(provider_id))
    box.exec()
    if box.clickedButton() is not box.use_button:  # type: ignore[attr-defined]
        return False
    accept(context, provider_id)
    return True
