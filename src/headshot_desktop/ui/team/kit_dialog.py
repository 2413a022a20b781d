"""Make or change a team kit: how every headshot of a team is made and exported, so they all match.

The styles and the export sizes (the person's own are files) are read on the library pool before the form
fills, or handed in by the caller; the window's thread reads no file. Every change is checked at once
(``TeamKit.validated`` and ``TeamKit.check``): what is wrong is said under the form in sentences, and OK waits
until there is nothing left to say.

    open_kit_dialog(window, context, kit, on_done=lambda kit: ...)   # window-modal; on_done when accepted
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.dialogs.export_status import ErrorLine
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.team.kit_form import CUSTOM, GenerationForm
from headshot_desktop.ui.team.kit_form_choices import KitChoices, builtin_choices, providers_offered, read_choices
from headshot_desktop.ui.team.kit_form_export import KitExportForm

if TYPE_CHECKING:
    from headshot_desktop.services.team.kit import TeamKit

NOT_READ = QT_TRANSLATE_NOOP(
    "KitDialog", "Your own styles and export sizes could not be read; the built-in ones are offered."
)  # translated where said: the translator is installed after this import


def new_kit(context: Any) -> TeamKit:
    """A kit to start from: the window's provider and its saved choices (variants, detail, features to keep,
    the export size), and the first style."""
    from headshot_desktop.services.team.kit import KitExport, TeamKit

    options, settings = context.generate_options(), context.settings
    export = KitExport(preset=settings.export_preset, ai_label=settings.export_ai_label)
    return TeamKit(name="", provider=context.provider_id, model=options.model, keep=tuple(options.keep),
                   keep_text=options.keep_text, shape=options.shape, detail=options.detail,
                   variants=options.variants, options=dict(options.provider_options), export=export)  # fmt: skip


class KitDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: Any, kit: TeamKit | None,
                 choices: KitChoices | None = None) -> None:  # fmt: skip
        from headshot_desktop.services.team.kit import new_seed

        super().__init__(parent)
        self.context = context
        self.start = kit if kit is not None else new_kit(context)
        # A kit keeps one seed for everyone; a kit without one gets it now, once, and keeps it when saved.
        self.seed = self.start.seed if self.start.seed is not None else new_seed()
        self.choices: KitChoices | None = None
        self._made: TeamKit | None = None
        self.setWindowTitle(translate("KitDialog", "Team kit") if kit is not None else
                            translate("KitDialog", "New team kit"))  # fmt: skip
        taken: set[str] = set()  # the Alt keys the labels took, so that no two share one
        self.generation = GenerationForm(providers_offered(context), taken)
        self.export = KitExportForm(taken)
        self.reading = QLabel(translate("KitDialog", "Reading your styles and export sizes…"))
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.hide()
        self.problems = ErrorLine()
        self.problems.setAccessibleName(translate("KitDialog", "What keeps the kit from being used"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.ok.setEnabled(False)
        self.forms = QWidget()
        row = QHBoxLayout(self.forms)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.generation, 1)
        row.addWidget(self.export, 1)
        self.forms.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.forms, 1)
        layout.addWidget(self.reading)
        layout.addWidget(self.notices)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        if choices is not None:
            self._fill(choices)
        else:
            (
                LibraryOp(self, lambda _progress, _cancel: read_choices(context),
                          failed=translate("KitDialog", NOT_READ), label="kit choices")
                .success(self._fill)
                .failure(self._not_read)
                .run_in_background()
            )  # fmt: skip

    # -- filling -------------------------------------------------------------------------------------
    def _not_read(self, err: BaseException) -> None:
        choices = builtin_choices(self.context)
        said = error_text(plain_error(err, translate("KitDialog", NOT_READ)))
        self._fill(dataclasses.replace(choices, notices=(said,)))

    def _fill(self, choices: KitChoices) -> None:
        self.choices = choices
        self.generation.offer_styles(choices.styles.all())
        self.export.offer_presets(choices.presets)
        self.generation.show_kit(self.start, self.seed)
        self.export.show_export(self.start.export)
        self.reading.hide()
        self.notices.setText(" ".join(shown(notice) for notice in choices.notices))
        self.notices.setVisible(bool(choices.notices))
        self.forms.setEnabled(True)
        self.generation.changed.connect(self._changed)
        self.export.changed.connect(self._changed)
        self._changed()
        self.generation.name.setFocus()

    def _focus_chain(self) -> None:
        """Tab goes down the first half, then the second, then the buttons (the provider's options included)."""
        chain = [*self.generation.focus_chain(), *self.export.focus_chain(), self.ok, self.cancel]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- checking ------------------------------------------------------------------------------------
    def _style_name(self) -> str:
        """The style's name as the files get it (not as the list says it, which may be in another language)."""
        chosen = self.generation.style_choice.currentData()
        if chosen == CUSTOM:
            return self.generation.name.text().strip()
        names = {style.id: style.name for style in self.choices.styles.all()} if self.choices is not None else {}
        return str(names.get(chosen, self.generation.style_choice.currentText()))

    def _changed(self) -> None:
        self._focus_chain()  # the provider's options may have changed
        found = self.generation.problems()
        for said in (self.export.crop_problem(), self.export.show_example(self._style_name())):
            if said:
                found.append(said)
        self._made = None
        if not found:
            found = self._check()
        self.problems.say("\n".join(dict.fromkeys(found)))
        self.ok.setEnabled(self._made is not None)

    def _check(self) -> list[str]:
        """The kit the fields make, checked as a saved one would be and against this app's providers, styles and
        sizes; sentences for what is wrong (``self._made`` holds the kit when nothing is)."""
        assert self.choices is not None
        export = dataclasses.replace(self.start.export, **self.export.values())
        kit = dataclasses.replace(self.start, **self.generation.values(), export=export)
        try:
            kit = kit.validated(translate("KitDialog", "“{name}”").format(name=kit.name))
        except HeadshotError as err:
            return [error_text(err)]
        problems = kit.check(self.choices.styles, self.choices.presets)
        if not problems:
            self._made = kit
        return [shown(problem) for problem in problems]

    # -- the answer ----------------------------------------------------------------------------------
    def kit(self) -> TeamKit:
        """The kit as entered (after OK, or while OK may be pressed)."""
        if self._made is None:
            raise ValueError("The team kit is not complete yet: " + self.problems.text())
        return self._made

    def accept(self) -> None:
        if self._made is None:
            return  # Enter while something is still wrong: the sentences under the form say what
        super().accept()


def open_kit_dialog(parent: QWidget, context: Any, kit: TeamKit | None, on_done: Callable[[TeamKit], None],
                    choices: KitChoices | None = None) -> KitDialog:  # fmt: skip
    """Open the kit dialog over ``parent``'s window (window-modal); ``on_done(kit)`` once it is accepted.
    ``choices``: the styles and sizes, when the caller has read them (else they are read on the pool)."""
    dialog = KitDialog(parent, context, kit, choices)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_done(dialog.kit()))
    dialog.open()
    return dialog
