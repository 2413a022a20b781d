"""The export dialog's form: size, format, quality, the round preview, the AI label, the file names and the folder.

Only the fields and their layout; what they do is the dialog's (``export_dialog.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.library.presets import FORMATS
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate
from headshot_desktop.ui.widgets.folder_field import FolderField

if TYPE_CHECKING:
    from headshot_desktop.library.presets import ExportPreset
    from headshot_desktop.system.settings import Settings
    from headshot_desktop.ui.dialogs.export_choices import ExportChoices

MIN_SIDE, MAX_SIDE = 64, 4000  # pixels a side of a team page's picture
# Marked here, translated where they are shown (``ai_label_tip``): the translator comes after the import.
ROUND_PREVIEW_TIP = QT_TRANSLATE_NOOP(
    "ExportForm",
    "LinkedIn and most sites show a profile picture in a circle. This only changes the preview: "
    "the file stays square, and the site crops it.",
)
AI_LABEL_TIP = QT_TRANSLATE_NOOP(
    "ExportForm",
    "Writes one statement in the file: that a trained algorithm made the picture (the IPTC “digital "
    "source type”). LinkedIn and other sites read it to show that a photo was made with AI, and the EU "
    "AI Act asks for such labels from August 2026. Nothing else about you or the photo is written: no "
    "name, place, date or camera.",
)


def ai_label_tip() -> str:
    """What the AI label writes, in the person's language (the team kit's form says it too)."""
    return translate("ExportForm", AI_LABEL_TIP)


class ExportForm(QWidget):
    def __init__(self, settings: Settings, choices: ExportChoices, presets: dict[str, ExportPreset],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.preset = QComboBox()
        self.preset.setAccessibleName(translate("ExportForm", "Size preset"))
        self.add_presets(presets)
        self.preset.setCurrentIndex(max(0, self.preset.findData(settings.export_preset)))
        self.format = QComboBox()
        self.format.setAccessibleName(translate("ExportForm", "File format"))
        for fmt in FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.export_format)))
        self.quality = QSpinBox(minimum=1, maximum=100, value=choices.quality)
        self.quality.setAccessibleName(translate("ExportForm", "Quality"))
        self.circle = QCheckBox(translate("ExportForm", "Preview the round crop of profile sites"))
        self.circle.setToolTip(translate("ExportForm", ROUND_PREVIEW_TIP))
        self.circle.setChecked(choices.round_preview)
        self.ai_label = QCheckBox(translate("ExportForm", "Label the file as made with AI"))
        self.ai_label.setToolTip(ai_label_tip())
        self.ai_label.setAccessibleDescription(ai_label_tip())
        self.ai_label.setChecked(choices.ai_label)
        self.template = QLineEdit(choices.template)
        self.template.setAccessibleName(translate("ExportForm", "File name template"))
        self.template.setToolTip(translate("ExportForm", "Fields: {date} {time} {style} {n} {original} {preset}"))
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.names.setAccessibleName(translate("ExportForm", "Files it will write"))
        self.folder = FolderField(
            settings.last_export_dir or platformdirs.user_pictures_dir(), title=translate("ExportForm", "Export to")
        )
        self.folder.setAccessibleName(translate("ExportForm", "Export folder"))
        # The team page's size is the person's site's: set once here, then used by every export and copy.
        width, height = settings.team_page_size
        pixels = translate("ExportForm", " px")
        self.team_width = QSpinBox(minimum=MIN_SIDE, maximum=MAX_SIDE, value=width, suffix=pixels)
        self.team_width.setAccessibleName(translate("ExportForm", "Team page picture width"))
        self.team_height = QSpinBox(minimum=MIN_SIDE, maximum=MAX_SIDE, value=height, suffix=pixels)
        self.team_height.setAccessibleName(translate("ExportForm", "Team page picture height"))
        self.team_size = QWidget()
        row = QHBoxLayout(self.team_size)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.team_width)
        row.addWidget(QLabel("×"))
        row.addWidget(self.team_height)
        row.addStretch(1)
        self.team_size.setToolTip(translate("ExportForm", "The size your team page shows each person's picture at: "
                                            "ask whoever runs it, or look at one of the pictures there."))  # fmt: skip

        self.form = QFormLayout()
        self.form.addRow(translate("ExportForm", "&Size:"), self.preset)
        self.form.addRow(translate("ExportForm", "&Team page:"), self.team_size)
        self.form.addRow(translate("ExportForm", "&Format:"), self.format)
        self.form.addRow(translate("ExportForm", "&Quality:"), self.quality)
        self.form.addRow("", self.circle)
        self.form.addRow("", self.ai_label)
        self.form.addRow(translate("ExportForm", "File &name:"), self.template)
        self.form.addRow("", self.names)
        folder_label = QLabel(translate("ExportForm", "F&older:"))
        folder_label.setBuddy(self.folder)
        self.form.addRow(folder_label, self.folder)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(self.form)
        column.addStretch(1)  # a preview taller than the form: the space goes below, not between its rows

    def add_presets(self, presets: dict[str, ExportPreset]) -> None:
        """List the presets not listed yet (the person's own come once their file is read), and the labels of
        those listed (the team page's size is the person's)."""
        for preset in presets.values():
            index = self.preset.findData(preset.id)
            if index < 0:
                self.preset.addItem(shown(preset.label), preset.id)
            else:
                self.preset.setItemText(index, shown(preset.label))
