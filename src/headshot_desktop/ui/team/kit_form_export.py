"""The kit dialog's second half: how every headshot is exported.

The size (an export preset), format and quality, the file-name template with a live example ("Jane Doe.jpg"),
the AI label, and the framing: each size's usual one, or the same crop of every headshot (fractions x,y,w,h).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library.presets import FORMATS
from headshot_desktop.ui.dialogs.export_form import ai_label_tip
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, shown, translate
from headshot_desktop.ui.team.kit_form import select
from headshot_desktop.ui.team.kit_form_choices import mnemonic

if TYPE_CHECKING:
    from headshot_desktop.library.crops import Crop
    from headshot_desktop.library.presets import ExportPreset
    from headshot_desktop.services.team.kit import KitExport

EXAMPLE_NAME = QT_TRANSLATE_NOOP("KitExportForm", "Jane Doe")  # the person the example file name is of
EXAMPLE_ORIGINAL = QT_TRANSLATE_NOOP("KitExportForm", "jane_doe")  # their photo's file name, without its extension
# Translated where shown: the translator is installed after this module is imported.
FRAMING_NOTE = QT_TRANSLATE_NOOP("KitExportForm", "Fractions of each headshot's width and height: 0.1,0.05,0.8,0.8 "
                                 "keeps the middle 80 % across and cuts a little off the top. After the batch you "
                                 "can still adjust one person's crop.")  # fmt: skip
FIELDS_HINT = QT_TRANSLATE_NOOP("KitExportForm", "Use {name}, {date}, {time}, {style}, {n}, {original} or {preset}.")


class KitExportForm(QGroupBox):
    changed = Signal()

    def __init__(self, taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(translate("KitExportForm", "How every headshot is exported"), parent)
        self.taken = taken
        self.presets: dict[str, ExportPreset] = {}
        self.preset = QComboBox()
        self.preset.setAccessibleName(translate("KitExportForm", "Export size"))
        self.format = QComboBox()
        self.format.setAccessibleName(translate("KitExportForm", "File format"))
        self.format.addItem(translate("KitExportForm", "As the size says"), "")
        for fmt in FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        self.quality = QSpinBox(minimum=1, maximum=100, value=90)
        self.quality.setAccessibleName(translate("KitExportForm", "Quality"))
        self.template = QLineEdit("{name}")
        self.template.setAccessibleName(translate("KitExportForm", "File name template"))
        self.template.setToolTip(translate("KitExportForm", FIELDS_HINT))
        self.example = QLabel()
        self.example.setWordWrap(True)
        self.example.setAccessibleName(translate("KitExportForm", "Example file name"))
        self.ai_label = QCheckBox(translate("KitExportForm", "Label the files as made with AI"))
        self.ai_label.setToolTip(ai_label_tip())
        self.ai_label.setAccessibleDescription(ai_label_tip())
        self.ai_label.setChecked(True)
        self.framing = QComboBox()
        self.framing.setAccessibleName(translate("KitExportForm", "Framing"))
        self.framing.addItem(translate("KitExportForm", "Each size's usual framing"), False)
        self.framing.addItem(translate("KitExportForm", "The same crop of every headshot"), True)
        self.crop = QLineEdit()
        self.crop.setPlaceholderText("x,y,w,h")
        self.crop.setAccessibleName(translate("KitExportForm", "Crop of every headshot, as fractions x,y,w,h"))
        self.crop.setAccessibleDescription(translate("KitExportForm", FRAMING_NOTE))
        self.crop_note = QLabel(f"<small>{translate('KitExportForm', FRAMING_NOTE)}</small>")
        self.crop_note.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self._label(translate("KitExportForm", "Size:"), self.preset), self.preset)
        self.form.addRow(self._label(translate("KitExportForm", "Format:"), self.format), self.format)
        self.form.addRow(self._label(translate("KitExportForm", "Quality:"), self.quality), self.quality)
        self.form.addRow(self._label(translate("KitExportForm", "File name:"), self.template), self.template)
        self.form.addRow("", self.example)
        self.form.addRow(self._label(translate("KitExportForm", "Framing:"), self.framing), self.framing)
        self.form.addRow(self._label(translate("KitExportForm", "Crop:"), self.crop), self.crop)
        self.form.addRow("", self.crop_note)
        self.ai_label.setText(mnemonic(self.ai_label.text(), self.taken))
        self.form.addRow("", self.ai_label)
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addStretch(1)
        self.framing.currentIndexChanged.connect(self._framing_changed)
        for signal in (self.preset.currentIndexChanged, self.format.currentIndexChanged, self.quality.valueChanged,
                       self.template.textChanged, self.crop.textChanged, self.ai_label.toggled):  # fmt: skip
            signal.connect(self.changed)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.preset.currentIndexChanged.connect(self._format_changed)
        self._framing_changed()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(mnemonic(text, self.taken))
        label.setBuddy(buddy)
        return label

    # -- filling -------------------------------------------------------------------------------------
    def offer_presets(self, presets: dict[str, ExportPreset]) -> None:
        self.presets = dict(presets)
        self.preset.clear()
        for preset in presets.values():
            self.preset.addItem(shown(preset.label), preset.id)

    def show_export(self, export: KitExport) -> None:
        select(self.preset, export.preset,
               missing=translate("KitExportForm", "{preset} (not here)").format(preset=export.preset))  # fmt: skip
        select(self.format, export.fmt)
        self.quality.setValue(export.quality)
        self.template.setText(export.template)
        self.ai_label.setChecked(export.ai_label)
        self.crop.setText("" if export.framing is None else str(export.framing))
        select(self.framing, export.framing is not None)
        self._framing_changed()
        self._format_changed()

    def _framing_changed(self) -> None:
        own = bool(self.framing.currentData())
        self.form.setRowVisible(self.crop, own)
        self.form.setRowVisible(self.crop_note, own)
        self.changed.emit()

    def _format_changed(self) -> None:
        self.quality.setEnabled(self.file_format() != "png")  # PNG is lossless: no quality to choose

    # -- reading -------------------------------------------------------------------------------------
    def file_format(self) -> str:
        """The format the files get: the one chosen, else the size's own, else PNG."""
        preset = self.presets.get(self.preset.currentData() or "")
        return self.format.currentData() or (preset.format if preset is not None else None) or "png"

    def example_name(self, style_name: str) -> str:
        """The file one person's headshot would get ("Jane Doe.jpg"); ``HeadshotError`` for a bad template."""
        from headshot_desktop.errors import ConfigError
        from headshot_desktop.library.export import file_name  # names only: it reads nothing from disk

        template = self.template.text().strip()
        if not template:
            raise ConfigError(translate("KitExportForm", "Enter a file name template, e.g. {name}."),
                              hint=translate("KitExportForm", FIELDS_HINT))  # fmt: skip
        now = datetime.now().astimezone()
        fields = {"date": now.strftime("%Y-%m-%d"), "time": now.strftime("%H.%M"), "style": style_name or "Headshot",
                  "n": 1, "original": translate("KitExportForm", EXAMPLE_ORIGINAL),
                  "preset": self.preset.currentData() or "", "name": translate("KitExportForm", EXAMPLE_NAME)}  # fmt: skip
        try:
            stem = file_name(template, fields)
        except HeadshotError as err:
            raise ConfigError(shown(err.message), hint=translate("KitExportForm", FIELDS_HINT)) from None
        return stem + FORMATS[self.file_format()][1]

    def show_example(self, style_name: str) -> str:
        """The example under the template; the sentence that says what is wrong with it, or ""."""
        try:
            name = self.example_name(style_name)
        except HeadshotError as err:
            said = error_text(err)
            self.example.setText(f"<small>{said}</small>")
            return said
        self.example.setText(translate("KitExportForm", "<small>For example: {name}</small>").format(name=name))
        return ""

    def crop_problem(self) -> str:
        if not self.framing.currentData():
            return ""
        try:
            self.chosen_crop()
        except ValueError as err:
            problem = err.args[0] if err.args and isinstance(err.args[0], str) else str(err)
            return shown(problem)  # the sentence names the crop itself
        return ""

    def chosen_crop(self) -> Crop | None:
        from headshot_desktop.library.crops import parse_crop

        return parse_crop(self.crop.text()) if self.framing.currentData() else None

    def values(self) -> dict[str, Any]:
        """The KitExport fields these hold (the crop checked first)."""
        return {"preset": self.preset.currentData() or "", "fmt": self.format.currentData() or "",
                "quality": self.quality.value(), "framing": self.chosen_crop(),
                "template": self.template.text().strip(), "ai_label": self.ai_label.isChecked()}  # fmt: skip

    def focus_chain(self) -> list[QWidget]:
        return [self.preset, self.format, self.quality, self.template, self.framing, self.crop, self.ai_label]
