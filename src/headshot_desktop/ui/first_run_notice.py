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
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate
from headshot_desktop.ui.provider_words import sending_html

NOTICE_NAME = "first-run-notice"
UNDER_13 = QT_TRANSLATE_NOOP("FirstRunNotice", "The app is not intended for children under 13.")


def privacy_notice(info: ProviderInfo) -> str:
    """The first-run notice, true for the provider chosen now: where the photo goes and what it keeps."""
    if info.key is not None:
        rights = translate("FirstRunNotice", "You can see every file in the library folder, export all of it as one "
                           "zip, or delete all of it (photos, settings, logs and the stored keys) from "
                           "<i>Privacy &amp; data</i> at any time.")  # fmt: skip
    else:
        rights = translate("FirstRunNotice", "You can see every file in the library folder, export all of it as one "
                           "zip, or delete all of it (photos, settings, logs and any stored keys) from "
                           "<i>Privacy &amp; data</i> at any time.")  # fmt: skip
    biometrics = translate("FirstRunNotice", "The app does no face detection or recognition and creates no face "
                           "templates.")  # fmt: skip
    kept = translate("FirstRunNotice", "{app} has no account, no analytics and no telemetry. Your originals and "
                     "headshots are kept in a folder you choose; the app keeps no copy anywhere else.")  # fmt: skip
    parts = (
        ("h3", translate("FirstRunNotice", "Your library stays on this computer")),
        ("p", kept.format(app=APP_NAME)),
        ("h3", translate("FirstRunNotice", "What is sent, and to whom")),
        ("", sending_html(info)),
        ("h3", translate("FirstRunNotice", "No biometrics")),
        ("p", biometrics),
        ("h3", translate("FirstRunNotice", "Your data, your rights")),
        ("p", rights),
    )
    return "\n" + "".join(f"<{tag}>{text}</{tag}>\n" if tag else f"{text}\n" for tag, text in parts)


class PrivacyPage(QWizardPage):
    def __init__(self, info: ProviderInfo) -> None:
        super().__init__()
        self.setTitle(translate("FirstRunNotice", "Welcome to {app}").format(app=APP_NAME))
        self.text = QLabel(privacy_notice(info))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        what = translate("FirstRunNotice", "What is sent to {provider}, and what it keeps")
        self.text.setAccessibleName(what.format(provider=shown(info.title)))
        self.age = QCheckBox(translate("FirstRunNotice", "I am 13 years of age or older"))
        self.age.setAccessibleName(translate("FirstRunNotice", "Confirm you are 13 or older"))
        self.age.toggled.connect(self.completeChanged)
        note = QLabel("<small>" + translate("FirstRunNotice", UNDER_13) + "</small>")
        # A provider's own condition (a key on a paid plan, say), ticked before any photo goes.
        self.confirm = QCheckBox(shown(info.must_confirm)) if info.must_confirm else None
        # A provider's notes make the notice longer than the page: it scrolls, the boxes stay in view.
        # It takes the focus (the keys scroll it), so its frame shows where the focus is.
        self.scroll = QScrollArea()
        self.scroll.setObjectName("first-run-text")
        self.scroll.setAccessibleName(translate("FirstRunNotice", "The notice (the arrow keys scroll it)"))
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
    notice.setWindowTitle(translate("FirstRunNotice", "Before anything is sent"))
    notice.setWizardStyle(QWizard.WizardStyle.ModernStyle)
    notice.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
    notice.setButtonText(
        QWizard.WizardButton.FinishButton,
        translate("FirstRunNotice", "&Accept and use {provider}").format(provider=shown(info.title)),
    )
    page = PrivacyPage(info)
    page.setSubTitle(
        translate("FirstRunNotice", "Nothing leaves this computer until you have read this and confirmed your age.")
    )
    notice.addPage(page)
    notice.resize(680, 620)
    try:
        return notice.exec() == QWizard.DialogCode.Accepted
    finally:
        notice.deleteLater()
