"""Create or edit one of the person's own styles."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.core.styles import Style, StyleCatalog
from headshot_desktop.errors import HeadshotError

SHAPE_LABELS = {
    "portrait": "Portrait (taller than wide)",
    "square": "Square",
    "landscape": "Landscape (wider than tall)",
}


class StyleEditor(QDialog):
    def __init__(self, catalog: StyleCatalog, style: Style | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.style_being_edited = style
        self.saved: Style | None = None
        self.setWindowTitle("Edit style" if style else "New style")
        self.resize(560, 460)
        self.name = QLineEdit(style.name if style else "")
        self.name.setAccessibleName("Style name")
        self.description = QLineEdit(style.description if style else "")
        self.description.setAccessibleName("Style description")
        self.prompt = QPlainTextEdit(style.prompt if style else "")
        self.prompt.setAccessibleName("Style prompt")
        self.prompt.setPlaceholderText(
            "Say what should change: clothing, backdrop, lighting, framing. "
            "The app adds the instructions that keep your face as it is."
        )
        self.shape = QComboBox()
        self.shape.setAccessibleName("Shape")
        for value, label in SHAPE_LABELS.items():
            self.shape.addItem(label, value)
        if style:
            self.shape.setCurrentIndex(max(0, self.shape.findData(style.shape)))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text)")
        form = QFormLayout()
        form.addRow("&Name:", self.name)
        form.addRow("&Description:", self.description)
        form.addRow("&Prompt:", self.prompt)
        form.addRow("&Shape:", self.shape)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        name, prompt = self.name.text().strip(), self.prompt.toPlainText().strip()
        shape, description = self.shape.currentData(), self.description.text().strip()
        try:
            if self.style_being_edited is None:
                self.saved = self.catalog.add(name, prompt, shape, description)
            else:
                self.saved = self.catalog.update(
                    self.style_being_edited.id, name=name, prompt=prompt, shape=shape, description=description
                )
        except (HeadshotError, ValueError) as err:
            self.error.setText(err.user_text() if isinstance(err, HeadshotError) else str(err))
            return
        super().accept()
