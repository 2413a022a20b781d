"""Step 3: how many, how good, what shape; the cost before you spend it; Generate."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.core.workflow import ORIENTATION_SIZES, GenerateOptions
from headshot_desktop.system.settings import Settings

QUALITY_LABELS = [("low", "Draft (low)"), ("medium", "Good (medium)"), ("high", "Best (high)")]


class OptionsPanel(QWidget):
    changed = Signal()
    generateRequested = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.variants = QSpinBox(minimum=1, maximum=4, value=settings.variants)
        self.variants.setAccessibleName("Number of variants")
        self.quality = QComboBox()
        self.quality.setAccessibleName("Quality")
        for value, label in QUALITY_LABELS:
            self.quality.addItem(label, value)
        self.quality.setCurrentIndex(max(0, self.quality.findData(settings.quality)))
        self.portrait = QRadioButton("Portrait")
        self.square = QRadioButton("Square")
        self.portrait.setChecked(settings.orientation != "square")
        self.square.setChecked(settings.orientation == "square")
        shape = QButtonGroup(self)
        shape.addButton(self.portrait)
        shape.addButton(self.square)
        shape_row = QHBoxLayout()
        shape_row.addWidget(self.portrait)
        shape_row.addWidget(self.square)
        shape_row.addStretch(1)
        self.model = QLabel()
        self.model.setAccessibleName("Model")
        self.estimate = QLabel("Choose a photo and a style.")
        self.estimate.setWordWrap(True)
        self.estimate.setAccessibleName("Cost estimate")
        self.generate = QPushButton("&Generate  (Ctrl+Enter)")
        self.generate.setAccessibleName("Generate headshots")
        self.generate.setDefault(True)
        self.generate.setMinimumHeight(40)
        self.generate.clicked.connect(self.generateRequested)

        form = QFormLayout()
        form.addRow("&Variants:", self.variants)
        form.addRow("&Quality:", self.quality)
        form.addRow("Shape:", shape_row)
        form.addRow("Model:", self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel("<h3>3 · Options</h3>"))
        layout.addLayout(form)
        layout.addWidget(self.estimate)
        layout.addWidget(self.generate)
        for signal in (self.variants.valueChanged, self.quality.currentIndexChanged, self.portrait.toggled):
            signal.connect(self.changed)

    def options(self, settings: Settings) -> GenerateOptions:
        orientation = "square" if self.square.isChecked() else "portrait"
        return GenerateOptions(
            variants=self.variants.value(),
            quality=self.quality.currentData(),
            size=ORIENTATION_SIZES[orientation],
            model=settings.model,
            partial_previews=settings.partial_previews,
        )

    def remember(self, settings: Settings) -> None:
        settings.variants = self.variants.value()
        settings.quality = self.quality.currentData()
        settings.orientation = "square" if self.square.isChecked() else "portrait"

    def show_model(self, text: str) -> None:
        self.model.setText(text)

    def show_estimate(self, text: str, can_generate: bool) -> None:
        self.estimate.setText(text)
        self.generate.setEnabled(can_generate)
