"""First run: what the app sends and to which provider, the age confirmation, then that provider's key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from headshot_desktop import APP_NAME
from headshot_desktop.app import AppContext
from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.provider_words import sending_html
from headshot_desktop.ui.widgets.key_editor import KeyEditor


def privacy_notice(info: ProviderInfo) -> str:
    """The first-run notice, true for the provider chosen now: where the photo goes and what it keeps."""
    stored = "and the stored keys" if info.key is not None else "and any stored keys"
    return f"""
<h3>Your library stays on this computer</h3>
<p>{APP_NAME} has no account, no analytics and no telemetry. Your originals and headshots are kept in a
folder you choose; the app keeps no copy anywhere else.</p>
<h3>What is sent, and to whom</h3>
{sending_html(info)}
<h3>No biometrics</h3>
<p>The app does no face detection or recognition and creates no face templates.</p>
<h3>Your data, your rights</h3>
<p>You can see every file in the library folder, export all of it as one zip, or delete all of it
(photos, settings, logs {stored}) from <i>Privacy &amp; data</i> at any time.</p>
"""


class PrivacyPage(QWizardPage):
    def __init__(self, info: ProviderInfo) -> None:
        super().__init__()
        self.setTitle(f"Welcome to {APP_NAME}")
        self.text = QLabel(privacy_notice(info))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setAccessibleName(f"What is sent to {info.title}, and what it keeps")
        self.age = QCheckBox("I am 13 years of age or older")
        self.age.setAccessibleName("Confirm you are 13 or older")
        self.age.toggled.connect(self.completeChanged)
        note = QLabel("<small>The app is not intended for children under 13.</small>")
        # A provider's own condition (a key on a paid plan, say), ticked before any photo goes.
        self.confirm = QCheckBox(info.must_confirm) if info.must_confirm else None
        # A provider's notes make the notice longer than the page: it scrolls, the boxes stay in view.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        if self.confirm is not None:
            self.confirm.setObjectName("provider-confirm")
            self.confirm.toggled.connect(self.completeChanged)
            layout.addWidget(self.confirm)
        layout.addWidget(self.age)
        layout.addWidget(note)

    def isComplete(self) -> bool:
        return self.age.isChecked() and (self.confirm is None or self.confirm.isChecked())


class KeyPage(QWizardPage):
    def __init__(self, context: AppContext, provider_id: str, info: ProviderInfo) -> None:
        super().__init__()
        assert info.key is not None
        self.setTitle(f"Your {info.title} API key")
        self.setSubTitle(
            "The key is stored in your system keyring, never in a file. You can also skip this and "
            f"set it later in Settings, or set {' or '.join(info.key.env_vars)} in the environment."
        )
        self.editor = KeyEditor(context.secrets, provider_id, info)
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
        self.context.settings.privacy_accepted = True
        self.context.settings.age_confirmed = True
        provider_choice.accept(self.context, self.provider_id)
        self.context.save_settings()
        super().accept()


def needs_first_run(context: AppContext) -> bool:
    return not (context.settings.privacy_accepted and context.settings.age_confirmed)
