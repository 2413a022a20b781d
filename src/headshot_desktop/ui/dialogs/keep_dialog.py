"""Features to keep: a checklist the person ticks once (and the app remembers), plus their own words."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from headshot_desktop.core.likeness import FEATURES, MAX_KEEP_TEXT
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.i18n import shown, translate


class KeepDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(translate("KeepDialog", "Features to keep"))
        intro = QLabel(translate("KeepDialog", "Tick what must stay as it is in every headshot. The app adds it to "
                                 "every style's instructions; nothing here looks at your face."))  # fmt: skip
        intro.setWordWrap(True)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for number, (feature_id, (label, _clause)) in enumerate(FEATURES.items()):
            box = QCheckBox(shown(label))
            box.setChecked(feature_id in settings.keep_features)
            self.boxes[feature_id] = box
            grid.addWidget(box, number // 2, number % 2)
        self.text = QLineEdit(settings.keep_text)
        self.text.setMaxLength(MAX_KEEP_TEXT)
        self.text.setPlaceholderText(
            translate("KeepDialog", "Anything else, in your words (e.g. “my scar above the left eyebrow”)")
        )
        self.text.setAccessibleName(translate("KeepDialog", "What else to keep, in your words"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Into the settings (saved with them; the window's thread writes no file)."""
        self.settings.keep_features = [f for f, box in self.boxes.items() if box.isChecked()]
        self.settings.keep_text = self.text.text().strip()
        super().accept()
