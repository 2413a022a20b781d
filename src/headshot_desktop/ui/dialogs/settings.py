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
from headshot_desktop.ui.tasks import Task

RETENTION_CHOICES = [
    ("keep", "Keep them"),
    ("delete_after_generating", "Move to the trash after generating, once you move on to another photo"),
    ("delete_after_days", "Move to the trash after a number of days"),
]


def _combo(choices: list[tuple[str, str]], current: str, name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value, label in choices:
        box.addItem(label, value)
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
        self.setWindowTitle("Settings")
        self.resize(640, 500)
        s = context.settings
        self.tabs = QTabWidget()

        self.provider_page = ProviderPage(context, provider_id or context.provider_id, models, parent=self)
        self.provider_page.testKeyRequested.connect(self.testKeyRequested)
        self.key_editor = self.provider_page.key_editor
        self.model = self.provider_page.model
        self.previews = self.provider_page.previews
        self.tabs.addTab(self.provider_page, "Provider && &key")

        self.library = QLineEdit(str(context.paths.library_dir))
        self.library.setAccessibleName("Library folder")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_library)
        row = QHBoxLayout()
        row.addWidget(self.library, 1)
        row.addWidget(browse)
        self.originals = _combo(RETENTION_CHOICES, s.originals_retention, "What happens to originals")
        self.originals_days = QSpinBox(minimum=1, maximum=3650, value=s.originals_retention_days)
        self.originals_days.setSuffix(" days")
        self.originals_days.setAccessibleName("Days to keep originals")
        self.log_days = QSpinBox(minimum=1, maximum=MAX_LOG_RETENTION_DAYS, value=s.log_retention_days)
        self.log_days.setSuffix(" days")
        self.log_days.setAccessibleName("Days to keep logs")
        self.originals.currentIndexChanged.connect(self._sync_retention)
        library = QFormLayout()
        folder_label = QLabel("&Folder:")
        folder_label.setBuddy(self.library)  # a row whose field is a layout gets no buddy by itself
        library.addRow(folder_label, row)
        library.addRow("&Originals:", self.originals)
        library.addRow("…after:", self.originals_days)
        kept = QLabel("<small>Originals marked Keep (Library ▸ Originals), and the originals of kept headshots, always "
                      "stay. Headshots themselves are never removed by this setting.</small>")  # fmt: skip
        kept.setWordWrap(True)
        library.addRow("", kept)
        library.addRow("&Logs kept for:", self.log_days)
        self.tabs.addTab(self._page(library), "&Library")
        self._sync_retention()

        self.theme = _combo([("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")], s.theme, "Theme")
        appearance = QFormLayout()
        appearance.addRow("&Theme:", self.theme)
        self.tabs.addTab(self._page(appearance), "&Appearance")

        self.tabs.addTab(self._privacy_page(), "&Privacy && data")

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
            "Everything the app keeps is on this computer: the library folder, thumbnails, logs, settings "
            "and the API keys in the system keyring. Nothing is sent anywhere except the photo you generate "
            "from, to the image provider you chose."
        )
        text.setWordWrap(True)
        export = QPushButton("&Export all my data…")
        export.setAccessibleName("Export all my data as a zip file")
        export.clicked.connect(self.exportAllRequested)
        delete = QPushButton("&Delete all my data…")
        delete.setAccessibleName("Delete all my data")
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
        folder = QFileDialog.getExistingDirectory(self, "Choose the library folder", self.library.text())
        if folder:
            self.library.setText(folder)

    def apply(self) -> None:
        s = self.context.settings
        self.provider_page.apply()
        s.originals_retention = self.originals.currentData()
        s.originals_retention_days = self.originals_days.value()
        s.log_retention_days = self.log_days.value()
        s.theme = self.theme.currentData()
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
