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

from headshot_desktop.core.styles import Style, StyleCatalog, validate
from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.dialog_ops import SettingsOp
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate

# Marked here, translated when the list is made: the translator is installed after this module is imported.
SHAPE_LABELS = {
    "portrait": QT_TRANSLATE_NOOP("StyleEditor", "Portrait (taller than wide)"),
    "square": QT_TRANSLATE_NOOP("StyleEditor", "Square"),
    "landscape": QT_TRANSLATE_NOOP("StyleEditor", "Landscape (wider than tall)"),
}


class StyleEditor(QDialog):
    def __init__(self, catalog: StyleCatalog, style: Style | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self.style_being_edited = style
        self.saved: Style | None = None
        self.setWindowTitle(translate("StyleEditor", "Edit style") if style else translate("StyleEditor", "New style"))
        self.resize(560, 460)
        self.name = QLineEdit(style.name if style else "")
        self.name.setAccessibleName(translate("StyleEditor", "Style name"))
        self.description = QLineEdit(style.description if style else "")
        self.description.setAccessibleName(translate("StyleEditor", "Style description"))
        self.prompt = QPlainTextEdit(style.prompt if style else "")
        self.prompt.setAccessibleName(translate("StyleEditor", "Style prompt"))
        self.prompt.setPlaceholderText(
            translate(
                "StyleEditor",
                "Say what should change: clothing, backdrop, lighting, framing. "
                "The app adds the instructions that keep your face as it is.",
            )
        )
        self.shape = QComboBox()
        self.shape.setAccessibleName(translate("StyleEditor", "Shape"))
        for value, label in SHAPE_LABELS.items():
            self.shape.addItem(translate("StyleEditor", label), value)
        if style:
            self.shape.setCurrentIndex(max(0, self.shape.findData(style.shape)))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(bright-text)")
        form = QFormLayout()
        form.addRow(translate("StyleEditor", "&Name:"), self.name)
        form.addRow(translate("StyleEditor", "&Description:"), self.description)
        form.addRow(translate("StyleEditor", "&Prompt:"), self.prompt)
        form.addRow(translate("StyleEditor", "&Shape:"), self.shape)
        buttons = self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Checked here at once; written to the styles file on the library pool, then the dialog closes."""
        name, prompt = self.name.text().strip(), self.prompt.toPlainText().strip()
        shape, description = self.shape.currentData(), self.description.text().strip()
        try:
            validate(name, prompt, shape)
        except (HeadshotError, ValueError) as err:
            self._said(err)
            return
        if not self.buttons.isEnabled():
            return  # a save is on its way
        editing, catalog = self.style_being_edited, self.catalog

        def save(_progress, _cancel) -> Style:
            if editing is None:
                return catalog.add(name, prompt, shape, description)
            return catalog.update(editing.id, name=name, prompt=prompt, shape=shape, description=description)

        self.buttons.setEnabled(False)
        self.error.setText(translate("StyleEditor", "Saving…"))
        failed = translate("StyleEditor", "The style could not be saved.")
        SettingsOp(self, save, failed=failed, label="save style").success(self._saved).failure(
            self._said
        ).run_in_background()

    def _saved(self, style: Style) -> None:
        self.saved = style
        super().accept()

    def _said(self, err: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(err) if isinstance(err, HeadshotError) else str(err))
