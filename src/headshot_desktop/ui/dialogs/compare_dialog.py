"""Compare engines: one photo and one style made by several providers (or models) at once, each priced first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from headshot_desktop.app import AppContext
from headshot_desktop.core.styles import Style
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.i18n import shown, translate


class CompareDialog(QDialog):
    def __init__(self, context: AppContext, style: Style, options: GenerateOptions, prices: dict[str, str],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(translate("CompareDialog", "Compare providers"))
        intro = QLabel(translate("CompareDialog", "Make <b>{style}</b> from this photo with each provider you tick, "
                                 "side by side: one image each. A provider that refuses or fails says why; the others "
                                 "go on.").format(style=shown(style.name)))  # fmt: skip
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        self.models: dict[str, QLineEdit] = {}
        for row, (provider_id, title) in enumerate(provider_choice.choices(context)):
            title = shown(title)
            box = QCheckBox(title)
            model = QLineEdit(context.settings.provider_section(provider_id)["model"])
            model.setPlaceholderText(translate("CompareDialog", "its default model"))
            model.setAccessibleName(translate("CompareDialog", "Model for {provider}").format(provider=title))
            price = QLabel(prices.get(provider_id, ""))
            price.setTextFormat(Qt.TextFormat.RichText)
            self.boxes[provider_id], self.models[provider_id] = box, model
            grid.addWidget(box, row, 0)
            grid.addWidget(model, row, 1)
            grid.addWidget(price, row, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("CompareDialog", "&Compare"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[tuple[str, str]]:
        """(provider id, model or "") for every ticked provider."""
        return [(p, self.models[p].text().strip()) for p, box in self.boxes.items() if box.isChecked()]
