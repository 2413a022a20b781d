"""The first-run notice: what the app sends and to which provider, and the age confirmation.

Shown as the first page of the first-run wizard, and again on its own before
anything is sent while it has not been accepted (the wizard can be cancelled).
It knows nothing of how the consent is recorded: ``provider_choice`` does that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget, QWizard, QWizardPage

from headshot_desktop import APP_NAME
from headshot_desktop.providers.base import ProviderInfo
from headshot_desktop.ui.provider_words import sending_html

NOTICE_NAME = "first-run-notice"
UNDER_13 = "The app is not intended for children under 13."


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
        note = QLabel(f"<small>{UNDER_13}</small>")
        # A provider's own condition (a key on a paid plan, say), ticked before any photo goes.
        self.confirm = QCheckBox(info.must_confirm) if info.must_confirm else None
        # A provider's notes make the notice longer than the page: it scrolls, the boxes stay in view.
        # It takes the focus (the keys scroll it), so its frame shows where the focus is.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("first-run-text")
        self.scroll.setAccessibleName("The notice (the arrow keys scroll it)")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.text)
        self.scroll.setStyleSheet(
            "#first-run-text { border: 2px solid transparent; border-radius: 3px; }"
            " #first-run-text:focus { border-color: palette(highlight); }"
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        if self.confirm is not None:
            self.confirm.setObjectName("provider-confirm")
            self.confirm.toggled.connect(self.completeChanged)
            layout.addWidget(self.confirm)
        layout.addWidget(self.age)
        layout.addWidget(note)

    def isComplete(self) -> bool:
        return self.age.isChecked() and (self.confirm is None or self.confirm.isChecked())


def ask(parent: QWidget | None, info: ProviderInfo) -> bool:
    """The notice on its own, before anything is sent: True once read, the age confirmed and (its
    condition ticked) accepted."""
    notice = QWizard(parent)
    notice.setObjectName(NOTICE_NAME)
    notice.setWindowTitle("Before anything is sent")
    notice.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    notice.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
    notice.setButtonText(QWizard.WizardButton.FinishButton, f"&Accept and use {info.title}")
    page = PrivacyPage(info)
    page.setSubTitle("Nothing leaves this computer until you have read this and confirmed your age.")
    notice.addPage(page)
    notice.resize(680, 620)
    try:
        return notice.exec() == QWizard.DialogCode.Accepted
    finally:
        notice.deleteLater()
