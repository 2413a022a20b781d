"""The window's refinements: Refine…, Again and Final in high detail on a result, each with its cost first,
and the versions of a headshot to step between. Kept out of ``main_window.py``; ``attach`` wires it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from headshot_desktop.core.likeness import MAX_INSTRUCTION
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import NotFoundError
from headshot_desktop.library import Headshot
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.provider_words import cost_line
from headshot_desktop.ui.window_api import WindowApi


class RefineDialog(QDialog):
    def __init__(self, headshot: Headshot, cost: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Refine this headshot")
        self.instruction = QLineEdit()
        self.instruction.setMaxLength(MAX_INSTRUCTION)
        self.instruction.setPlaceholderText("What to change, e.g. “tie navy instead of red”, “less smile”")
        self.instruction.setAccessibleName("What to change")
        note = QLabel(f"The app sends {headshot.path.name} with your selfie, so the change keeps your likeness, "
                      "and your features to keep.")  # fmt: skip
        note.setWordWrap(True)
        price = QLabel(cost)
        price.setTextFormat(Qt.TextFormat.RichText)
        price.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Refine")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.instruction.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (note, self.instruction, price, self.buttons):
            layout.addWidget(widget)


def attach(window: WindowApi) -> None:
    results, session = window.results, window.session
    results.refineRequested.connect(lambda h: ask_refine(window, h))
    results.againRequested.connect(lambda h: ask_again(window, h))
    results.finalRequested.connect(lambda h: ask_final(window, h))
    results.headshotChosen.connect(session.lineage)
    session.lineageReady.connect(lambda h, chain: show_versions(window, h, chain))
    results.versions.versionChosen.connect(session.load_version)
    session.versionLoaded.connect(results.show_version)


def show_versions(window: WindowApi, headshot: Headshot, chain: list[Headshot]) -> None:
    """Versions read for a headshot no longer selected (the selection moved on meanwhile) are not shown."""
    if [h.id for h in window.results.selected()] == [headshot.id]:
        window.results.versions.show_chain(chain, headshot.id)


def _style(window: WindowApi, headshot: Headshot) -> Style:
    try:
        return window.context.styles.get(headshot.style_id)
    except NotFoundError:
        return Style(headshot.style_id or "refined", headshot.style_name or "Refined", "PRESERVE: the person.")


def _cost(window: WindowApi, style: Style, options: GenerateOptions) -> str:
    estimate = window.session.estimate(window.provider_id, style, options, None)
    return cost_line(window.context.provider_info(window.provider_id), estimate, options.variants)


def _options(window: WindowApi, **changes: object) -> GenerateOptions:
    return replace(window.options.options(window.context.settings), variants=1, **changes)  # type: ignore[arg-type]


def ask_refine(window: WindowApi, headshot: Headshot) -> None:
    if not provider_choice.ask_consent(window, window.context, window.provider_id):  # type: ignore[arg-type]
        return
    style, options = _style(window, headshot), _options(window)
    dialog = RefineDialog(headshot, _cost(window, style, options), window)  # type: ignore[arg-type]
    if dialog.exec():
        window.session.refine(headshot, dialog.instruction.text().strip(), style, options, window.provider_id)


def _confirm(window: WindowApi, title: str, text: str, cost: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Ok
                      | QMessageBox.StandardButton.Cancel, window)  # type: ignore[arg-type]  # fmt: skip
    box.setInformativeText(cost)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setObjectName("refine-confirm")
    return box.exec() == QMessageBox.StandardButton.Ok


def ask_again(window: WindowApi, headshot: Headshot) -> None:
    if not provider_choice.ask_consent(window, window.context, window.provider_id):  # type: ignore[arg-type]
        return
    style, options = _style(window, headshot), _options(window)
    if _confirm(window, "Again", f"A new variant of {style.name} from the same photo.", _cost(window, style, options)):
        window.session.refine_again(headshot, style, options, window.provider_id)


def ask_final(window: WindowApi, headshot: Headshot) -> None:
    if not provider_choice.ask_consent(window, window.context, window.provider_id):  # type: ignore[arg-type]
        return
    style, options = _style(window, headshot), _options(window, detail="high")
    if _confirm(window, "Final in high detail", f"{headshot.path.name} made again at the highest detail level.",
                _cost(window, style, options)):  # fmt: skip
        window.session.refine(headshot, "", style, options, window.provider_id)
