"""First run: what the app sends and to whom, the age confirmation, then the key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from headshot_desktop import APP_NAME
from headshot_desktop.app import AppContext
from headshot_desktop.ui.widgets.key_editor import KeyEditor

PRIVACY_NOTICE = f"""
<h3>Your photos stay on this computer</h3>
<p>{APP_NAME} has no account, no analytics and no telemetry. Your originals and headshots are kept in a
folder you choose, and nothing is stored anywhere else.</p>
<h3>What is sent, and to whom</h3>
<p>When you press <b>Generate</b>, the photo you chose (downscaled, with all metadata such as location and
camera details removed) and the style's text are sent over HTTPS to <b>OpenAI</b>, using your own API key.
OpenAI processes them only to make the headshot and may keep API inputs and outputs for up to
<b>30 days</b> to check for abuse, under its own policy. Nothing else leaves your computer.</p>
<h3>No biometrics</h3>
<p>The app does no face detection or recognition and creates no face templates.</p>
<h3>Your data, your rights</h3>
<p>You can see every file in the library folder, export all of it as one zip, or delete all of it
(photos, settings, logs and the stored key) from <i>Privacy &amp; data</i> at any time.</p>
"""


class PrivacyPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(f"Welcome to {APP_NAME}")
        text = QLabel(PRIVACY_NOTICE)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.age = QCheckBox("I am 13 years of age or older")
        self.age.setAccessibleName("Confirm you are 13 or older")
        self.age.toggled.connect(self.completeChanged)
        note = QLabel("<small>The app is not intended for children under 13.</small>")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.addWidget(self.age)
        layout.addWidget(note)

    def isComplete(self) -> bool:
        return self.age.isChecked()


class KeyPage(QWizardPage):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setTitle("Your OpenAI API key")
        self.setSubTitle(
            "The key is stored in your system keyring, never in a file. You can also skip this and "
            "set it later in Settings, or set OPENAI_API_KEY in the environment."
        )
        self.editor = KeyEditor(context.secrets)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        # A typed but unsaved key is saved on Finish; an empty field means "later".
        if self.editor.field.text().strip():
            return self.editor.save()
        return True


class FirstRunWizard(QWizard):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Welcome")  # Qt adds the application name
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.privacy = PrivacyPage()
        self.key_page = KeyPage(context)
        self.addPage(self.privacy)
        self.addPage(self.key_page)
        self.resize(640, 560)

    def accept(self) -> None:
        self.context.settings.privacy_accepted = True
        self.context.settings.age_confirmed = True
        self.context.save_settings()
        super().accept()


def needs_first_run(context: AppContext) -> bool:
    return not (context.settings.privacy_accepted and context.settings.age_confirmed)
