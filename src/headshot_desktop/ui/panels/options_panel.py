"""Step 3: which provider, how many, how detailed, what shape, the provider's own options; the cost; Generate.

Only what the chosen provider offers is shown: its detail levels, the shapes it
makes and its options (``Capabilities.options``, one combo box each, under "More
options", so the column fits a 768-pixel-high screen). The panel
shows and asks; the window decides (consent before switching provider, the estimate).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.providers.base import Capabilities, OptionSpec
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.i18n import Plural, shown, translate
from headshot_desktop.ui.keep_summary import summary as keep_summary
from headshot_desktop.ui.provider_words import detail_label, shape_labels
from headshot_desktop.ui.widgets.option_box import option_box


class OptionsPanel(QWidget):
    changed = Signal()
    generateRequested = Signal()
    keepRequested = Signal()
    compareRequested = Signal()
    providerRequested = Signal(str)  # the person picked another provider: the window asks, then set_provider()

    def __init__(self, settings: Settings, providers: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.provider_id = ""
        self.provider = QComboBox()
        self.provider.setAccessibleName(translate("OptionsPanel", "Image provider"))
        for provider_id, title in providers:
            self.provider.addItem(shown(title), provider_id)
        self.provider.activated.connect(self._provider_picked)
        self.variants = QSpinBox(minimum=1, maximum=4, value=settings.variants)
        self.variants.setAccessibleName(translate("OptionsPanel", "Number of variants"))
        self.detail = QComboBox()
        self.detail.setAccessibleName(translate("OptionsPanel", "Detail"))
        self.shape = QComboBox()
        self.shape.setAccessibleName(translate("OptionsPanel", "Shape"))
        self.option_boxes: dict[str, QComboBox] = {}
        self.model = QLabel()
        self.model.setAccessibleName(translate("OptionsPanel", "Model"))
        self.estimate = QLabel(translate("OptionsPanel", "Choose a photo and a style."))
        self.estimate.setWordWrap(True)
        self.estimate.setAccessibleName(translate("OptionsPanel", "Cost estimate"))
        self.generate = QPushButton(translate("OptionsPanel", "&Generate  (Ctrl+Enter)"))
        self.generate.setAccessibleName(translate("OptionsPanel", "Generate headshots"))
        self.generate.setDefault(True)
        self.generate.setMinimumHeight(40)
        self.generate.clicked.connect(self.generateRequested)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setAccessibleName(translate("OptionsPanel", "Where your photo goes"))
        self.keep = QPushButton()
        self.show_keep(*keep_summary(settings))
        self.keep.setAccessibleName(translate("OptionsPanel", "Features to keep in every headshot"))
        self.keep.clicked.connect(self.keepRequested)
        self.compare = QPushButton(translate("OptionsPanel", "C&ompare…"))
        side_by_side = translate("OptionsPanel", "Make this style with several providers at once, side by side")
        self.compare.setToolTip(side_by_side)
        self.compare.setAccessibleName(side_by_side)
        self.compare.clicked.connect(self.compareRequested)

        self.more = QToolButton()
        self.more.setText(translate("OptionsPanel", "&More options"))
        self.more.setCheckable(True)
        self.more.setAutoRaise(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setChecked(bool(settings.extra.get("more_options", False)))
        self.more_box = QWidget()
        self.more.toggled.connect(self._show_more)

        self.form = QFormLayout()
        self.form.addRow(translate("OptionsPanel", "&Provider:"), self.provider)
        self.form.addRow(translate("OptionsPanel", "&Variants:"), self.variants)
        self.form.addRow(translate("OptionsPanel", "&Detail:"), self.detail)
        self.form.addRow(translate("OptionsPanel", "Sh&ape:"), self.shape)
        self.form.addRow(translate("OptionsPanel", "Model:"), self.model)
        self.more_form = QFormLayout(self.more_box)
        self.more_form.setContentsMargins(12, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(translate("OptionsPanel", "<h3>3 · Options</h3>")))
        layout.addLayout(self.form)
        likeness_row = QHBoxLayout()
        likeness_row.addWidget(self.keep)
        likeness_row.addWidget(self.compare)
        layout.addLayout(likeness_row)
        layout.addWidget(self.more)
        layout.addWidget(self.more_box)
        layout.addWidget(self.estimate)
        layout.addWidget(self.generate)
        layout.addWidget(self.privacy)
        for signal in (self.variants.valueChanged, self.detail.currentIndexChanged, self.shape.currentIndexChanged):
            signal.connect(self.changed)
        self._show_more(self.more.isChecked())

    def _show_more(self, shown: bool) -> None:
        self.more.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.more_box.setVisible(shown and bool(self.option_boxes))

    # -- the provider -----------------------------------------------------------
    def _provider_picked(self, index: int) -> None:
        chosen = self.provider.itemData(index)
        self._select(self.provider, self.provider_id)  # stays until the window has asked and switched
        if chosen != self.provider_id:
            self.providerRequested.emit(chosen)

    def set_provider(self, provider_id: str, caps: Capabilities, settings: Settings) -> None:
        """Show ``provider_id`` with only what it offers, set to the person's saved choices for it."""
        self.provider_id = provider_id
        self._select(self.provider, provider_id)
        self.detail.blockSignals(True)
        self.detail.clear()
        for level in caps.detail_levels:
            self.detail.addItem(detail_label(level), level)
        wanted = settings.detail if settings.detail in caps.detail_levels else caps.detail_levels[-1]
        self._select(self.detail, wanted)
        self.detail.blockSignals(False)
        self.form.setRowVisible(self.detail, len(caps.detail_levels) > 1)

        self.shape.blockSignals(True)
        self.shape.clear()
        for shape, label in shape_labels().items():
            if not shape or shape in caps.shapes:
                self.shape.addItem(label, shape)
        self._select(self.shape, settings.shape if settings.shape in caps.shapes else "")
        self.shape.blockSignals(False)

        for box in self.option_boxes.values():
            self.more_form.removeRow(box)
        saved = settings.provider_section(provider_id)["options"]
        self.option_boxes = {spec.id: self._option_box(spec, saved.get(spec.id, spec.default)) for spec in caps.options}
        for row, spec in enumerate(caps.options):
            label = translate("OptionsPanel", "{option}:", "a provider's option, before its choices")
            self.more_form.insertRow(row, label.format(option=shown(spec.label)), self.option_boxes[spec.id])
        title, count = self.provider.currentText(), len(caps.options)
        self.more.setText(translate("OptionsPanel", "&More options ({count})").format(count=count))
        said = Plural.tr("More options: the %n option(s) {provider} has", "", count)
        self.more.setAccessibleName(said.format(provider=title))
        self.more.setVisible(bool(caps.options))  # a provider without options of its own: nothing more
        self._show_more(self.more.isChecked())

    def _option_box(self, spec: OptionSpec, value: str) -> QComboBox:
        box = option_box(spec)
        self._select(box, value if value in spec.choices else spec.default)
        box.currentIndexChanged.connect(self.changed)
        return box

    @staticmethod
    def _select(box: QComboBox, value: str) -> None:
        blocked = box.blockSignals(True)
        box.setCurrentIndex(max(0, box.findData(value)))
        box.blockSignals(blocked)

    # -- what was asked ------------------------------------------------------------
    def provider_options(self) -> dict[str, str]:
        return {option_id: box.currentData() for option_id, box in self.option_boxes.items()}

    def show_keep(self, text: str, tooltip: str) -> None:
        self.keep.setText(text)
        self.keep.setToolTip(tooltip)

    def options(self, settings: Settings) -> GenerateOptions:
        """The saved settings (model, previews, features to keep) with what this panel shows now."""
        return GenerateOptions.from_settings(settings, self.provider_id, variants=self.variants.value(),
                                             detail=self.detail.currentData(), shape=self.shape.currentData(),
                                             provider_options=self.provider_options())  # fmt: skip

    def remember(self, settings: Settings) -> None:
        settings.variants = self.variants.value()
        if self.detail.count() > 1:  # a provider with one level says nothing about the person's preference
            settings.detail = self.detail.currentData()
        settings.shape = self.shape.currentData()
        settings.extra["more_options"] = self.more.isChecked()
        if self.provider_id:
            saved = settings.provider_section(self.provider_id)["options"]
            settings.set_provider_section(self.provider_id, options={**saved, **self.provider_options()})

    # -- what the window tells ---------------------------------------------------------
    def show_model(self, text: str) -> None:
        self.model.setText(text)

    def show_privacy(self, text: str) -> None:
        self.privacy.setText(f"<small>{text}</small>")

    def show_estimate(self, text: str, can_generate: bool) -> None:
        self.estimate.setText(text)
        self.generate.setEnabled(can_generate)
