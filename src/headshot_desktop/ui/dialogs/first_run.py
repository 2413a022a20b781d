"""First run: what the app sends and to which provider, the age confirmation, then that provider's key."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from headshot_desktop.app import AppContext
from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.first_run_notice import PrivacyPage, privacy_notice
from headshot_desktop.ui.provider_choice import needs_first_run
from headshot_desktop.ui.widgets.key_editor import KeyEditor

__all__ = ["FirstRunWizard", "KeyPage", "PrivacyPage", "needs_first_run", "privacy_notice"]


class KeyPage(QWizardPage):
    def __init__(self, context: AppContext, provider_id: str, info: ProviderInfo) -> None:
        super().__init__()
        assert info.key is not None
        self.setTitle(f"Your {info.title} API key")
        self.editor = KeyEditor(context.secrets, provider_id, info)
        # The editor says where else a key can come from, and when there is no keyring.
        kept = " A saved key is kept in your system keyring, never in a file." if self.editor.keyring_available else ""
        self.setSubTitle(f"You can also skip this and enter it later in Settings.{kept}")
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        # A typed but unsaved key is saved on Finish; an empty field means "later".
        if self.editor.field.text().strip():
            return self.editor.save()
        return True


class FirstRunWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None, provider_id: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks: list[Any] = []  # the workers it started (a key test): stopped when it closes
        self.provider_id = provider_id or context.provider_id
        info = context.provider_info(self.provider_id)
        self.setWindowTitle("Welcome")  # Qt adds the application name
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.privacy = PrivacyPage(info)
        self.addPage(self.privacy)
        self.key_page = KeyPage(context, self.provider_id, info) if info.key is not None else None
        if self.key_page is not None:  # a provider without a key: nothing to ask
            self.addPage(self.key_page)
        self.resize(680, 620)

    def accept(self) -> None:
        provider_choice.agree_first_run(self.context, self.provider_id)
        self.context.save_settings()
        super().accept()
