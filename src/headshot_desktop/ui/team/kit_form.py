"""The kit dialog's first half: how every headshot of the team is made.

Name, provider and model, style or a custom prompt, the features to keep, shape, detail, variants, the seed and
the provider's own options. Only the fields, what the chosen provider offers in them, and the values they hold;
checking the whole kit is the dialog's (``kit_dialog.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.core.generation import MAX_VARIANTS
from headshot_desktop.core.likeness import FEATURES, MAX_KEEP_TEXT
from headshot_desktop.core.styles import MAX_NAME_CHARS
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, number, shown, translate
from headshot_desktop.ui.provider_words import DETAIL_LABELS, detail_label, shape_labels
from headshot_desktop.ui.team.kit_form_choices import capabilities, mnemonic
from headshot_desktop.ui.widgets.option_box import option_box

if TYPE_CHECKING:
    from headshot_desktop.core.styles import Style
    from headshot_desktop.providers.base import OptionSpec
    from headshot_desktop.services.team.kit import TeamKit

CUSTOM = "kit-custom"  # the style list's "Custom prompt" (services.team.kit.CUSTOM_STYLE_ID)
MAX_SEED = 2**31 - 1
# Translated where shown: the translator is installed after this module is imported.
SEED_NOTE = QT_TRANSLATE_NOOP("GenerationForm", "The same seed for everyone keeps the look consistent: each person's "
                              "first variant is made with it, the second with the next number, and so on.")  # fmt: skip
PROMPT_HINT = QT_TRANSLATE_NOOP("GenerationForm", "Say what should change for everyone: clothing, backdrop, lighting, "
                                "framing. The app adds the instructions that keep each face as it is.")  # fmt: skip


def select(box: QComboBox, value: object, missing: str = "") -> None:
    """Choose the item holding ``value``; one the list lacks is added (``missing`` names it) so nothing is lost."""
    index = box.findData(value)
    if index < 0 and missing:
        box.addItem(missing, value)
        index = box.count() - 1
    blocked = box.blockSignals(True)
    box.setCurrentIndex(max(0, index))
    box.blockSignals(blocked)


class GenerationForm(QGroupBox):
    changed = Signal()  # any field: the dialog checks the kit again

    def __init__(self, providers: list[tuple[str, str]], taken: set[str], parent: QWidget | None = None) -> None:
        super().__init__(translate("GenerationForm", "How every headshot is made"), parent)
        self.taken = taken  # the dialog's Alt keys, shared with the export half
        self.name = QLineEdit()
        self.name.setMaxLength(MAX_NAME_CHARS)
        self.name.setPlaceholderText(translate("GenerationForm", "Acme team page"))
        self.name.setAccessibleName(translate("GenerationForm", "Kit name"))
        self.provider = QComboBox()
        self.provider.setAccessibleName(translate("GenerationForm", "Image provider"))
        for provider_id, title in providers:
            self.provider.addItem(shown(title), provider_id)
        self.model = QLineEdit()
        self.model.setPlaceholderText(translate("GenerationForm", "The provider's default model"))
        self.model.setAccessibleName(translate("GenerationForm", "Model"))
        self.style_choice = QComboBox()
        self.style_choice.setAccessibleName(translate("GenerationForm", "Style"))
        self.prompt = QPlainTextEdit()
        self.prompt.setTabChangesFocus(True)  # Tab goes on to the next field, as everywhere else
        self.prompt.setPlaceholderText(translate("GenerationForm", PROMPT_HINT))
        self.prompt.setAccessibleName(translate("GenerationForm", "Custom prompt"))
        self.prompt.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        self.keep = {feature: QCheckBox(shown(label)) for feature, (label, _) in FEATURES.items()}
        keep_box = QWidget()
        grid = QGridLayout(keep_box)
        grid.setContentsMargins(0, 0, 0, 0)
        for place, box in enumerate(self.keep.values()):
            grid.addWidget(box, place // 2, place % 2)
        self.keep_text = QLineEdit()
        self.keep_text.setMaxLength(MAX_KEEP_TEXT)
        self.keep_text.setPlaceholderText(translate("GenerationForm", "e.g. the scar above the left eyebrow"))
        self.keep_text.setAccessibleName(translate("GenerationForm", "Features to keep, in your words"))
        self.shape = QComboBox()
        self.shape.setAccessibleName(translate("GenerationForm", "Shape"))
        self.detail = QComboBox()
        self.detail.setAccessibleName(translate("GenerationForm", "Detail"))
        self.variants = QSpinBox(minimum=1, maximum=MAX_VARIANTS, value=2)
        self.variants.setAccessibleName(translate("GenerationForm", "Variants per person"))
        self.seed = QLineEdit()
        self.seed.setValidator(QRegularExpressionValidator(r"\d{0,10}"))  # digits only; the range is checked
        self.seed.setAccessibleName(translate("GenerationForm", "Seed"))
        self.seed.setAccessibleDescription(translate("GenerationForm", SEED_NOTE))
        self.new_seed = QPushButton(translate("GenerationForm", "New seed"))
        self.new_seed.setToolTip(translate("GenerationForm", "Draw another seed: a new look, the same for everyone."))
        seed_row = QWidget()
        row = QHBoxLayout(seed_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.seed, 1)
        row.addWidget(self.new_seed)
        self.seed_note = QLabel(f"<small>{translate('GenerationForm', SEED_NOTE)}</small>")
        self.seed_note.setWordWrap(True)
        self.option_boxes: dict[str, QComboBox] = {}
        self.option_defaults: dict[str, str] = {}
        self.named_options: set[str] = set()  # the options the kit names: kept, even at their default
        self._offered: tuple[str, str] | None = None  # the provider and model the shapes, levels and options are of

        self.form = QFormLayout()
        self.form.addRow(self._label(translate("GenerationForm", "Name:"), self.name), self.name)
        self.form.addRow(self._label(translate("GenerationForm", "Provider:"), self.provider), self.provider)
        self.form.addRow(self._label(translate("GenerationForm", "Model:"), self.model), self.model)
        self.form.addRow(self._label(translate("GenerationForm", "Style:"), self.style_choice), self.style_choice)
        self.form.addRow(self._label(translate("GenerationForm", "Prompt:"), self.prompt), self.prompt)
        self.form.addRow(self._label(translate("GenerationForm", "Keep:"), next(iter(self.keep.values()))), keep_box)
        self.form.addRow(self._label(translate("GenerationForm", "In your words:"), self.keep_text), self.keep_text)
        self.form.addRow(self._label(translate("GenerationForm", "Shape:"), self.shape), self.shape)
        self.form.addRow(self._label(translate("GenerationForm", "Detail:"), self.detail), self.detail)
        self.form.addRow(self._label(translate("GenerationForm", "Variants:"), self.variants), self.variants)
        self.form.addRow(self._label(translate("GenerationForm", "Seed:"), self.seed), seed_row)
        self.new_seed.setText(mnemonic(self.new_seed.text(), self.taken))
        self.form.addRow("", self.seed_note)
        self.options_title = QLabel()
        self.form.addRow(self.options_title)
        self.options_at = self.form.rowCount()  # the provider's own options go below
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addStretch(1)

        self.provider.currentIndexChanged.connect(self._provider_changed)
        self.model.editingFinished.connect(self._provider_changed)
        self.style_choice.currentIndexChanged.connect(self._style_changed)
        self.new_seed.clicked.connect(self._draw_seed)
        for signal in (self.name.textChanged, self.model.textChanged, self.prompt.textChanged,
                       self.keep_text.textChanged, self.shape.currentIndexChanged, self.detail.currentIndexChanged,
                       self.variants.valueChanged, self.seed.textChanged):  # fmt: skip
            signal.connect(self.changed)
        for box in self.keep.values():
            box.toggled.connect(self.changed)

    def _label(self, text: str, buddy: QWidget, taken: set[str] | None = None) -> QLabel:
        label = QLabel(mnemonic(text, self.taken if taken is None else taken))
        label.setBuddy(buddy)
        return label

    # -- filling -------------------------------------------------------------------------------------
    def offer_styles(self, styles: list[Style]) -> None:
        self.style_choice.clear()
        for style in styles:
            self.style_choice.addItem(shown(style.name), style.id)
        self.style_choice.addItem(translate("GenerationForm", "Custom prompt"), CUSTOM)

    def show_kit(self, kit: TeamKit, seed: int) -> None:
        """The kit's values in the fields (``seed``: the kit's, or one drawn for it)."""
        self.name.setText(kit.name)
        unknown = translate("GenerationForm", "{provider} (not known here)").format(provider=kit.provider)
        select(self.provider, kit.provider, missing=unknown)
        self.model.setText(kit.model)
        missing = translate("GenerationForm", "{style} (not here)").format(style=kit.style) if kit.style else ""
        select(self.style_choice, CUSTOM if kit.prompt.strip() else kit.style, missing=missing)
        self.prompt.setPlainText(kit.prompt)
        for feature, box in self.keep.items():
            box.setChecked(feature in kit.keep)
        self.keep_text.setText(kit.keep_text)
        self.variants.setValue(kit.variants)
        self.seed.setText(str(seed))
        self.named_options = set(kit.options)
        self._offer_provider(kit.shape, kit.detail, kit.options)
        self._style_changed()

    def _draw_seed(self) -> None:
        from headshot_desktop.services.team.kit import new_seed

        self.seed.setText(str(new_seed()))

    def _style_changed(self) -> None:
        custom = self.style_choice.currentData() == CUSTOM
        self.form.setRowVisible(self.prompt, custom)
        self.changed.emit()

    def _provider_changed(self) -> None:
        """Another provider or model: what it offers, keeping the choices it has too and dropping the others."""
        if self._offered == (self.provider.currentData(), self.model.text().strip()):
            return  # the model field left unchanged (Tab through it): nothing to offer anew
        self._offer_provider(self.shape.currentData() or "", self.detail.currentData() or "", self.provider_options(),
                             from_kit=False)  # fmt: skip
        self.changed.emit()

    def _offer_provider(self, shape: str, detail: str, options: Mapping[str, str], *, from_kit: bool = True) -> None:
        """The shapes, detail levels and options of the chosen provider and model. A kit's value the provider lacks
        is listed as it is (``from_kit``), so nothing of the kit is lost and the check says what is wrong."""
        self._offered = (self.provider.currentData(), self.model.text().strip())
        caps = capabilities(*self._offered)
        if not from_kit:
            shape = shape if shape in caps.shapes else ""
            detail = detail if detail in caps.levels else "medium" if "medium" in caps.levels else caps.levels[-1]
            options = {key: value for key, value in options.items()
                       if (spec := caps.option(key)) is not None and value in spec.choices}  # fmt: skip
        self.shape.blockSignals(True)
        self.shape.clear()
        shapes = shape_labels()
        for value, label in shapes.items():
            if not value or value in caps.shapes:
                self.shape.addItem(label, value)
        select(self.shape, shape, missing=_not_offered(shapes.get(shape, shape)) if shape else "")
        self.shape.blockSignals(False)
        self.detail.blockSignals(True)
        self.detail.clear()
        for level in caps.detail_levels:
            self.detail.addItem(detail_label(level), level)
        known = detail_label(detail) if detail in DETAIL_LABELS else detail
        select(self.detail, detail, missing=_not_offered(known) if detail else "")
        self.detail.blockSignals(False)
        for box in self.option_boxes.values():
            self.form.removeRow(box)
        self.option_boxes, self.option_defaults = {}, {}
        title = escape(self.provider.currentText())
        self.options_title.setText(translate("GenerationForm", "<small>{provider}'s own options, the same for "
                                             "everyone:</small>").format(provider=title))  # fmt: skip
        self.form.setRowVisible(self.options_title, bool(caps.options))
        taken = set(self.taken)  # the options change with the provider: their keys are not kept for good
        for spec in caps.options:
            box = self._option_box(spec, options.get(spec.id, spec.default))
            self.option_defaults[spec.id] = spec.default
            label = translate("GenerationForm", "{option}:").format(option=shown(spec.label))
            self._add_option(spec.id, label, box, taken)
        for key, value in options.items():  # an option this provider lacks: kept, and the check says so
            if key not in self.option_boxes:
                box = QComboBox()
                box.addItem(_not_offered(value), value)
                box.setAccessibleName(key)
                self._add_option(key, translate("GenerationForm", "{option}:").format(option=key), box, taken)

    def _add_option(self, key: str, label: str, box: QComboBox, taken: set[str]) -> None:
        self.form.insertRow(self.options_at + len(self.option_boxes), self._label(label, box, taken), box)
        self.option_boxes[key] = box

    def _option_box(self, spec: OptionSpec, value: str) -> QComboBox:
        box = option_box(spec)
        select(box, value, missing=_not_offered(value))
        box.currentIndexChanged.connect(self.changed)
        return box

    # -- reading -------------------------------------------------------------------------------------
    def provider_options(self) -> dict[str, str]:
        """The options the kit names or the person changed: one left at its default stays the provider's default,
        so a kit opened and accepted unchanged is the same kit."""
        return {key: box.currentData() for key, box in self.option_boxes.items()
                if key in self.named_options or box.currentData() != self.option_defaults.get(key)}  # fmt: skip

    def problems(self) -> list[str]:
        """What keeps these fields from making a kit, in the form's words."""
        found = []
        if not self.name.text().strip():
            found.append(translate("GenerationForm", "Give the kit a name, e.g. the team's."))
        if self.style_choice.currentData() == CUSTOM and not self.prompt.toPlainText().strip():
            found.append(translate("GenerationForm", "Write the custom prompt, or choose a style."))
        seed = self.seed.text().strip()
        if not seed:
            found.append(translate("GenerationForm", "Enter a seed (a whole number), or press New seed."))
        elif int(seed) > MAX_SEED:
            found.append(translate("GenerationForm", "The seed must be a whole number from 0 to {largest}.")
                         .format(largest=number(MAX_SEED)))  # fmt: skip
        return found

    def values(self) -> dict[str, Any]:
        """The TeamKit fields these hold (``problems()`` first: the seed must be a number)."""
        custom = self.style_choice.currentData() == CUSTOM
        return {
            "name": self.name.text().strip(), "provider": self.provider.currentData() or "",
            "style": "" if custom else self.style_choice.currentData() or "",
            "prompt": self.prompt.toPlainText().strip() if custom else "", "model": self.model.text().strip(),
            "keep": tuple(feature for feature, box in self.keep.items() if box.isChecked()),
            "keep_text": self.keep_text.text().strip(), "shape": self.shape.currentData() or "",
            "detail": self.detail.currentData() or "", "variants": self.variants.value(),
            "seed": int(self.seed.text()), "options": self.provider_options(),
        }  # fmt: skip

    def focus_chain(self) -> list[QWidget]:
        return [self.name, self.provider, self.model, self.style_choice, self.prompt, *self.keep.values(), self.keep_text,
                self.shape, self.detail, self.variants, self.seed, self.new_seed,
                *self.option_boxes.values()]  # fmt: skip


def _not_offered(value: str) -> str:
    """A kit's value the chosen provider lacks, listed as it is so nothing of the kit is lost."""
    return translate("GenerationForm", "{value} (not offered)").format(value=value)
