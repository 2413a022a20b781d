"""Settings: the image provider (its key, model, previews), library and retention, appearance, privacy & data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.app import AppContext
from headshot_desktop.system.settings import MAX_LOG_RETENTION_DAYS
from headshot_desktop.ui.dialog_ops import save_settings
from headshot_desktop.ui.dialogs.provider_page import ProviderPage
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from headshot_desktop.ui.languages import LANGUAGES, SYSTEM, system_language
from headshot_desktop.ui.tasks import Task

# Marked here, translated when the list is made: the translator is installed after this module is imported.
RETENTION_CHOICES = [
    ("keep", QT_TRANSLATE_NOOP("SettingsDialog", "Keep them")),
    (
        "delete_after_generating",
        QT_TRANSLATE_NOOP("SettingsDialog", "Move to the trash after generating, once you move on to another photo"),
    ),
    ("delete_after_days", QT_TRANSLATE_NOOP("SettingsDialog", "Move to the trash after a number of days")),
]


def _combo(choices: list[tuple[str, str]], current: str, name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value, label in choices:
        box.addItem(translate("SettingsDialog", label), value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


class SettingsDialog(QDialog):
    exportAllRequested = Signal()
    deleteAllRequested = Signal()
    testKeyRequested = Signal()

    def __init__(self, context: AppContext, models: Mapping[str, Sequence[str]] | None = None,
                 parent: QWidget | None = None, provider_id: str | None = None) -> None:  # fmt: skip
        """``models``: model names to offer, by provider id; ``provider_id``: the one the window uses now."""
        super().__init__(parent)
        self.context = context
        self.tasks: list[Any] = []  # the workers it started (key test, model list): stopped when it closes
        self.saving: Task | None = None  # the settings being written, once OK is pressed
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.resize(640, 500)
        s = context.settings
        self.tabs = QTabWidget()

        self.provider_page = ProviderPage(context, provider_id or context.provider_id, models, parent=self)
        self.provider_page.testKeyRequested.connect(self.testKeyRequested)
        self.key_editor = self.provider_page.key_editor
        self.model = self.provider_page.model
        self.previews = self.provider_page.previews
        self.tabs.addTab(self.provider_page, translate("SettingsDialog", "Provider && &key"))

        self.library = QLineEdit(str(context.paths.library_dir))
        self.library.setAccessibleName(translate("SettingsDialog", "Library folder"))
        browse = QPushButton(translate("SettingsDialog", "Choose…"))
        browse.clicked.connect(self._choose_library)
        row = QHBoxLayout()
        row.addWidget(self.library, 1)
        row.addWidget(browse)
        self.originals = _combo(
            RETENTION_CHOICES, s.originals_retention, translate("SettingsDialog", "What happens to originals")
        )
        self.originals_days = QSpinBox(minimum=1, maximum=3650, value=s.originals_retention_days)
        self.originals_days.setSuffix(translate("SettingsDialog", " days"))
        self.originals_days.setAccessibleName(translate("SettingsDialog", "Days to keep originals"))
        self.log_days = QSpinBox(minimum=1, maximum=MAX_LOG_RETENTION_DAYS, value=s.log_retention_days)
        self.log_days.setSuffix(translate("SettingsDialog", " days"))
        self.log_days.setAccessibleName(translate("SettingsDialog", "Days to keep logs"))
        self.originals.currentIndexChanged.connect(self._sync_retention)
        library = QFormLayout()
        folder_label = QLabel(translate("SettingsDialog", "&Folder:"))
        folder_label.setBuddy(self.library)  # a row whose field is a layout gets no buddy by itself
        library.addRow(folder_label, row)
        library.addRow(translate("SettingsDialog", "&Originals:"), self.originals)
        library.addRow(translate("SettingsDialog", "…after:"), self.originals_days)
        kept = QLabel(translate("SettingsDialog", "<small>Originals marked Keep (Library ▸ Originals), and the "
                                "originals of kept headshots, always stay. Headshots themselves are never removed "
                                "by this setting.</small>"))  # fmt: skip
        kept.setWordWrap(True)
        library.addRow("", kept)
        library.addRow(translate("SettingsDialog", "&Logs kept for:"), self.log_days)
        self.tabs.addTab(self._page(library), translate("SettingsDialog", "&Library"))
        self._sync_retention()

        themes = [("system", QT_TRANSLATE_NOOP("SettingsDialog", "Follow the system")),
                  ("light", QT_TRANSLATE_NOOP("SettingsDialog", "Light")),
                  ("dark", QT_TRANSLATE_NOOP("SettingsDialog", "Dark"))]  # fmt: skip
        self.theme = _combo(themes, s.theme, translate("SettingsDialog", "Theme"))
        self.language = self._language_box(s.language)
        appearance = QFormLayout()
        appearance.addRow(translate("SettingsDialog", "&Theme:"), self.theme)
        appearance.addRow(translate("SettingsDialog", "La&nguage:"), self.language)
        restart = QLabel(translate("SettingsDialog", "<small>A new language applies the next time the app starts."
                                   "</small>"))  # fmt: skip
        restart.setWordWrap(True)
        appearance.addRow("", restart)
        self.tabs.addTab(self._page(appearance), translate("SettingsDialog", "&Appearance"))

        self.tabs.addTab(self._privacy_page(), translate("SettingsDialog", "&Privacy && data"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    @property
    def provider_id(self) -> str:
        return self.provider_page.provider_id

    @staticmethod
    def _language_box(current: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(translate("SettingsDialog", "Language"))
        system = LANGUAGES[system_language()]
        box.addItem(translate("SettingsDialog", "As the system ({language})").format(language=system), SYSTEM)
        for code, name in LANGUAGES.items():  # each in its own words, untranslated
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(current)))
        return box

    @staticmethod
    def _page(content) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if isinstance(content, QWidget):
            layout.addWidget(content)
        else:
            layout.addLayout(content)
        layout.addStretch(1)
        return page

    def _privacy_page(self) -> QWidget:
        text = QLabel(
            translate(
                "SettingsDialog",
                "Everything the app keeps is on this computer: the library folder, "
                "thumbnails, logs, settings and the API keys in the system keyring. Nothing is sent anywhere "
                "except the photo you generate from, to the image provider you chose.",
            )
        )
        text.setWordWrap(True)
        export = QPushButton(translate("SettingsDialog", "&Export all my data…"))
        export.setAccessibleName(translate("SettingsDialog", "Export all my data as a zip file"))
        export.clicked.connect(self.exportAllRequested)
        delete = QPushButton(translate("SettingsDialog", "&Delete all my data…"))
        delete.setAccessibleName(translate("SettingsDialog", "Delete all my data"))
        delete.clicked.connect(self.deleteAllRequested)
        page = QWidget()
        layout = QVBoxLayout(page)
        for widget in (text, export, delete):
            layout.addWidget(widget)
        layout.addStretch(1)
        return page

    def _sync_retention(self) -> None:
        self.originals_days.setEnabled(self.originals.currentData() == "delete_after_days")

    def _choose_library(self) -> None:
        title = translate("SettingsDialog", "Choose the library folder")
        folder = QFileDialog.getExistingDirectory(self, title, self.library.text())
        if folder:
            self.library.setText(folder)

    def apply(self) -> None:
        s = self.context.settings
        self.provider_page.apply()
        s.originals_retention = self.originals.currentData()
        s.originals_retention_days = self.originals_days.value()
        s.log_retention_days = self.log_days.value()
        s.theme = self.theme.currentData()
        s.language = self.language.currentData()
        # Written on a worker; its failure is said over the window, since this dialog is closing.
        self.saving = save_settings(self.parentWidget() or self, self.context)

    def chosen_library(self) -> Path | None:
        """The library folder typed or chosen here, when it is another one than the library's now.

        Not saved by ``apply``: the window asks first whether to move the library there.
        """
        text = self.library.text().strip()
        if not text:
            return None
        chosen = Path(text).expanduser().absolute()
        return None if chosen == self.context.paths.library_dir.expanduser().absolute() else chosen

    def accept(self) -> None:
        self.apply()
        super().accept()
