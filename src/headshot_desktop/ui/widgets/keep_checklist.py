"""Beside a result: the features the person asked to keep, as a checklist to tick while looking (not saved)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from headshot_desktop.core.likeness import FEATURES
from headshot_desktop.ui.i18n import shown, translate


class KeepChecklist(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(translate("KeepChecklist", "<b>Does it still look like you?</b>"))
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("KeepChecklist", "Features to check in this headshot"))
        self.setMaximumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def show_features(self, features: list[str], text: str) -> None:
        self.list.clear()
        labels = [shown(FEATURES[f][0]) for f in features if f in FEATURES] + ([text.strip()] if text.strip() else [])
        labels = labels or [
            translate("KeepChecklist", "Face and features"),
            translate("KeepChecklist", "Skin tone"),
            translate("KeepChecklist", "Hair"),
            translate("KeepChecklist", "Apparent age"),
        ]
        for label in labels:
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
