"""First run: what the app sends and to which provider, the age confirmation, then that provider's key."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QVBoxLayout, QWidget, QWizard, QWizardPage

from headshot_desktop.app import AppContext
from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.dialog_ops import save_settings
from headshot_desktop.ui.first_run_notice import PrivacyPage, privacy_notice
from headshot_desktop.ui.i18n import shown, translate
from headshot_desktop.ui.provider_choice import needs_first_run
from headshot_desktop.ui.tasks import Task
from headshot_desktop.ui.widgets.key_editor import KeyEditor

__all__ = ["FirstRunWizard", "KeyPage", "PrivacyPage", "needs_first_run", "privacy_notice"]


class KeyPage(QWizardPage):
    def __init__(
        self, context: AppContext, provider_id: str, info: ProviderInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        assert info.key is not None
        self.setTitle(translate("FirstRunWizard", "Your {provider} API key").format(provider=shown(info.title)))
        self.editor = KeyEditor(context.secrets, provider_id, info, parent=self)
        self.editor.stateKnown.connect(self._say_where_keys_go)
        self._say_where_keys_go()
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def _say_where_keys_go(self) -> None:
        # The editor says where else a key can come from, and when there is no keyring.
        later = translate("FirstRunWizard", "You can also skip this and enter it later in Settings.")
        if self.editor.keyring_available:
            later += " " + translate("FirstRunWizard", "A saved key is kept in your system keyring, never in a file.")
        self.setSubTitle(later)

    def validatePage(self) -> bool:
        """An empty field means "later"; a typed key is saved first (on a worker), then the wizard finishes."""
        if not self.editor.field.text().strip():
            return True
        self.editor.save(then=self._finish)  # if it cannot be saved, the status says why and the page stays
        return False

    def _finish(self) -> None:
        wizard = self.wizard()
        if wizard is not None and wizard.isVisible():
            wizard.accept()


class FirstRunWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None, provider_id: str | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tasks: list[Any] = []  # the workers it started (a key test): stopped when it closes
        self.saving: Task | None = None  # the settings being written, once it is finished
        self.provider_id = provider_id or context.provider_id
        info = context.provider_info(self.provider_id)
        self.setWindowTitle(translate("FirstRunWizard", "Welcome"))  # Qt adds the application name
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.privacy = PrivacyPage(info)
        self.addPage(self.privacy)
        self.key_page = KeyPage(context, self.provider_id, info, self) if info.key is not None else None
        if self.key_page is not None:  # a provider without a key: nothing to ask
            self.addPage(self.key_page)
        self.resize(680, 620)

    def accept(self) -> None:
        provider_choice.agree_first_run(self.context, self.provider_id)
        self.saving = save_settings(self.parentWidget() or self, self.context)  # a failure is said over the window
        super().accept()
