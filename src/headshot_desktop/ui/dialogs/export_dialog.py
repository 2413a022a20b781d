"""Export headshots: preset, format and quality, a round preview for profile pictures, a file name template."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library import (
    DEFAULT_TEMPLATE,
    FORMATS,
    PRESETS,
    FileExistsStorageError,
    Headshot,
    export_headshot,
)
from headshot_desktop.library.export import crop_box
from headshot_desktop.system.pending import PendingWrites
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.qt_paths import load_image

PREVIEW_SIZE = 220


def preview_pixmap(source: QImage, aspect: float | None, circle: bool) -> QPixmap:
    """The crop the export will make, with the outside of a circle dimmed for profile pictures."""
    if aspect is not None:
        left, top, right, bottom = crop_box(source.width(), source.height(), aspect)
        source = source.copy(left, top, right - left, bottom - top)
    scaled = source.scaled(
        PREVIEW_SIZE, PREVIEW_SIZE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    pixmap = QPixmap.fromImage(scaled)
    if circle:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outside = QPainterPath()
        outside.addRect(QRectF(pixmap.rect()))
        ring = QPainterPath()
        side = min(pixmap.width(), pixmap.height())
        ring.addEllipse(QRectF((pixmap.width() - side) / 2, (pixmap.height() - side) / 2, side, side))
        painter.fillPath(outside.subtracted(ring), QColor(0, 0, 0, 150))
        painter.end()
    return pixmap


class ExportDialog(QDialog):
    def __init__(self, headshots: list[Headshot], settings: Settings, parent: QWidget | None = None,
                 pending: PendingWrites | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.headshots = headshots
        self.settings = settings
        self._pending = pending
        self.written: list[Path] = []
        self.setWindowTitle("Export headshot" if len(headshots) == 1 else f"Export {len(headshots)} headshots")
        self.source = load_image(headshots[0].path)
        self.preset = QComboBox()
        self.preset.setAccessibleName("Size preset")
        for preset in PRESETS.values():
            self.preset.addItem(preset.label, preset.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(settings.export_preset)))
        self.format = QComboBox()
        self.format.setAccessibleName("File format")
        for fmt in FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.export_format)))
        self.quality = QSpinBox(minimum=1, maximum=100, value=90)
        self.quality.setAccessibleName("Quality")
        self.circle = QCheckBox("Show as a round profile picture")
        self.circle.setChecked(True)
        self.ai_label = QCheckBox('Label the file as "AI-generated" (XMP)')
        self.template = QLineEdit(DEFAULT_TEMPLATE)
        self.template.setAccessibleName("File name template")
        self.template.setToolTip("Fields: {date} {time} {style} {n} {original} {preset}")
        folder = settings.last_export_dir or platformdirs.user_pictures_dir()
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName("Export folder")
        browse = QPushButton("Choose…")
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName("Export preview")
        self.error = QLabel()
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Size:", self.preset)
        form.addRow("&Format:", self.format)
        form.addRow("&Quality:", self.quality)
        form.addRow("", self.circle)
        form.addRow("", self.ai_label)
        form.addRow("File &name:", self.template)
        folder_label = QLabel("F&older:")
        folder_label.setBuddy(self.folder)  # a row whose field is a layout gets no buddy by itself
        form.addRow(folder_label, folder_row)
        top = QHBoxLayout()
        top.addWidget(self.preview)
        top.addLayout(form, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for signal in (self.preset.currentIndexChanged, self.format.currentIndexChanged, self.circle.toggled):
            signal.connect(self._refresh)
        self._refresh()

    def _refresh(self) -> None:
        preset = PRESETS[self.preset.currentData()]
        aspect = None if preset.size is None else preset.size[0] / preset.size[1]
        self.preview.setPixmap(preview_pixmap(self.source, aspect, self.circle.isChecked()))
        self.quality.setEnabled(self.format.currentData() != "png")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export to", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _export_one(self, headshot: Headshot, folder: Path, overwrite: bool) -> Path:
        return export_headshot(
            headshot,
            folder,
            preset=self.preset.currentData(),
            fmt=self.format.currentData(),
            quality=self.quality.value(),
            template=self.template.text().strip() or DEFAULT_TEMPLATE,
            overwrite=overwrite,
            ai_label=self.ai_label.isChecked(),
            pending=self._pending,
        )

    def accept(self) -> None:
        folder = Path(self.folder.text()).expanduser()
        self.written = []
        for headshot in self.headshots:
            try:
                try:
                    self.written.append(self._export_one(headshot, folder, overwrite=False))
                except FileExistsStorageError as exists:
                    answer = QMessageBox.question(self, "Replace the file?", f"{exists.message} Replace it?")
                    if answer != QMessageBox.StandardButton.Yes:
                        continue
                    self.written.append(self._export_one(headshot, folder, overwrite=True))
            except HeadshotError as err:
                self.error.setText(err.user_text())
                return
        self.settings.last_export_dir = str(folder)
        self.settings.export_preset = self.preset.currentData()
        self.settings.export_format = self.format.currentData()
        super().accept()
