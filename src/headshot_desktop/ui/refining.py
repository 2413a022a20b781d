"""The window's refinements: Refine…, Again and Final in high detail on a result, each with its cost first,
and the versions of a headshot to step between. Kept out of ``main_window.py``; ``attach`` wires it, and
``wire_export`` the export dialog's "Final in high detail", asked at the size a destination needs."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from headshot_desktop.core.generation import LARGEST, shape_of
from headshot_desktop.core.likeness import MAX_INSTRUCTION
from headshot_desktop.core.style_words import REFINED
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import NotFoundError
from headshot_desktop.providers.base import Capabilities
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.i18n import shown, translate
from headshot_desktop.ui.provider_words import cost_line
from headshot_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot
    from headshot_desktop.library.presets import NeedsMorePixels
    from headshot_desktop.services.refine import FinalPlan
    from headshot_desktop.ui.dialogs.export_dialog import ExportDialog


class RefineDialog(QDialog):
    def __init__(self, headshot: Headshot, cost: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Refining", "Refine this headshot"))
        self.instruction = QLineEdit()
        self.instruction.setMaxLength(MAX_INSTRUCTION)
        self.instruction.setPlaceholderText(
            translate("Refining", "What to change, e.g. “tie navy instead of red”, “less smile”")
        )
        self.instruction.setAccessibleName(translate("Refining", "What to change"))
        note = QLabel(translate("Refining", "The app sends {name} with your selfie, so the change keeps your likeness, "
                                "and your features to keep.").format(name=headshot.path.name))  # fmt: skip
        note.setWordWrap(True)
        price = QLabel(cost)
        price.setTextFormat(Qt.TextFormat.RichText)
        price.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Refining", "&Refine"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.instruction.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (note, self.instruction, price, self.buttons):
            layout.addWidget(widget)


def attach_results(window: WindowApi) -> None:
    """Once Results is built (ui/tab_pages.py): what its refine, again, final and versions ask for."""
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
        name = headshot.style_name or REFINED  # stored in English, shown in the person's language
        return Style(headshot.style_id or "refined", name, "PRESERVE: the person.")


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
    text = translate("Refining", "A new variant of {style} from the same photo.").format(style=shown(style.name))
    if _confirm(window, translate("Refining", "Again"), text, _cost(window, style, options)):
        window.session.refine_again(headshot, style, options, window.provider_id)


def ask_final(window: WindowApi, headshot: Headshot, shortfall: NeedsMorePixels | None = None) -> None:
    """Make ``headshot`` again at the highest detail, its cost asked first; for a ``shortfall`` (a destination that
    needs more pixels), at the level that reaches its size, or the largest the provider makes."""
    if not provider_choice.ask_consent(window, window.context, window.provider_id):  # type: ignore[arg-type]
        return
    style, options = _style(window, headshot), _options(window, detail="high")
    text = translate("Refining", "{name} made again at the highest detail level.").format(name=headshot.path.name)
    if shortfall is not None:
        plan = final_plan(window, shortfall)
        shape = shape_of(*shortfall.source_size)
        options = replace(options, detail=plan.level, shape=shape if shape in _caps(window).shapes else options.shape)
        text = _size_words(window, headshot, plan, shortfall)
    if _confirm(window, translate("Refining", "Final in high detail"), text, _cost(window, style, options)):
        window.session.refine(headshot, "", style, options, window.provider_id)


# -- the export dialog's "Final in high detail" ------------------------------------------------------------------
def wire_export(window: WindowApi, dialog: ExportDialog) -> None:
    """The dialog says what this provider can make for a size that needs more pixels; its "Final in high detail"
    is asked (with its cost) once the dialog has closed, at the level that reaches that size."""
    dialog.more_pixels.reach = lambda err: reach(window, err)

    def final(headshot: Headshot) -> None:
        shortfall = dialog.more_pixels.shortfall
        QTimer.singleShot(0, lambda: ask_final(window, headshot, shortfall))

    dialog.finalRequested.connect(final)


def _caps(window: WindowApi) -> Capabilities:
    """What the provider makes with the model the person chose, or the one the key was found to use."""
    model = (window.context.settings.provider_section(window.provider_id)["model"]
             or window.session.discovered_models.get(window.provider_id, ""))  # fmt: skip
    caps: Capabilities = window.context.provider_module(window.provider_id).capabilities(model)
    return caps


def final_plan(window: WindowApi, err: NeedsMorePixels) -> FinalPlan:
    from headshot_desktop.services.refine import final_plan as plan

    return plan(_caps(window), shape_of(*err.source_size), err.needed, err.available, err.source_size)


def _pixels(size: tuple[int, int]) -> str:
    return f"{size[0]} × {size[1]}"


def reach(window: WindowApi, err: NeedsMorePixels) -> tuple[str, bool]:
    """A sentence on what the provider can make for ``err``'s size, and whether a final would give more pixels."""
    title = shown(window.context.provider_info(window.provider_id).title)
    plan = final_plan(window, err)
    if plan.size is None:
        return translate("Refining", "{provider} does not say how large an image it makes, so a final may still fall "
                         "short.").format(provider=title) + " ", True  # fmt: skip
    if plan.enough:
        return translate("Refining", "{provider} can make it again at {size} pixels, which is enough.").format(
            provider=title, size=_pixels(plan.size)) + " ", True  # fmt: skip
    framed = plan.framed or err.available
    if framed[0] <= err.available[0] and framed[1] <= err.available[1]:
        return translate("Refining", "The largest image {provider} makes is {size} pixels, no more than this headshot "
                         "has.").format(provider=title, size=_pixels(plan.size)) + " ", False  # fmt: skip
    return translate("Refining", "The largest image {provider} makes is {size} pixels, which frames to {framed}: "
                     "closer, but still short.").format(provider=title, size=_pixels(plan.size),
                                                        framed=_pixels(framed)) + " ", True  # fmt: skip


def _size_words(window: WindowApi, headshot: Headshot, plan: FinalPlan, err: NeedsMorePixels) -> str:
    """The final's question: made again how large, and whether that is enough for the destination."""
    name = headshot.path.name
    if plan.size is None:
        return translate("Refining", "{name} made again at the highest detail level (the provider does not say at "
                         "what size).").format(name=name)  # fmt: skip
    title = shown(window.context.provider_info(window.provider_id).title)
    if plan.level == LARGEST:
        made = translate("Refining", "{name} made again at the highest detail level, at the largest size {provider} "
                         "makes: {size} pixels.").format(name=name, provider=title, size=_pixels(plan.size))  # fmt: skip
    else:
        made = translate("Refining", "{name} made again at the highest detail level, at {size} pixels.").format(
            name=name, size=_pixels(plan.size))  # fmt: skip
    destination = shown(err.preset.title)
    if plan.enough:
        return made + " " + translate("Refining", "That is enough for {destination}.").format(destination=destination)
    short = translate("Refining", "{destination} needs {needed}: it will still be enlarged, from about {framed}.")
    framed = _pixels(plan.framed or err.available)
    return made + " " + short.format(destination=destination, needed=_pixels(err.needed), framed=framed)
