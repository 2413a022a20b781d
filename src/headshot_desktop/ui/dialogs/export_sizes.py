"""The export dialog's sizes: the built-in presets at once, the person's own once their file is read on the pool.

Also where the dialog finds the window's AppContext (through the session its pool comes from): the config folder
for the person's presets, and the library, whose ``crops`` remember each headshot's framing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from headshot_desktop.library.presets import PRESETS, TEAM_PAGE, ExportPreset, with_team_page
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp, session_of

if TYPE_CHECKING:
    from headshot_desktop.library import Library
    from headshot_desktop.system.settings import Settings
    from headshot_desktop.ui.dialogs.export_form import ExportForm

NOT_READ = QT_TRANSLATE_NOOP("ExportSizes", "Your own export sizes could not be read.")  # translated where said


def team_page(settings: Settings) -> tuple[int, int]:
    width, height = settings.team_page_size
    return int(width), int(height)


def window_context(widget: QWidget) -> Any:
    """The window's AppContext (None in a host without one, as in a test of the dialog alone)."""
    try:
        return getattr(session_of(widget), "context", None)
    except LookupError:
        return None


def library_opener(widget: QWidget) -> Callable[[], Library] | None:
    """How to open the library on the pool, where framings are remembered; None: they are not."""
    context = window_context(widget)
    return None if context is None else context.library


def read_presets(config_dir: Path, size: tuple[int, int]) -> tuple[dict[str, ExportPreset], list[str]]:
    """On the library pool: the built-in presets and the person's own, and what was wrong with their file."""
    from headshot_desktop.library.presets import load_presets

    notices: list[str] = []
    return load_presets(config_dir, team_page=size, notices=notices), notices


class Sizes:
    def __init__(self, owner: QWidget, settings: Settings) -> None:
        self.owner = owner
        self.settings = settings
        self.presets = with_team_page(dict(PRESETS), team_page(settings))

    def chosen(self, form: ExportForm) -> ExportPreset:
        return self.presets[form.preset.currentData()]

    def follow_team_page(self, form: ExportForm, changed: Callable[[], None]) -> None:
        """The team page's size is shown with that preset only; a new size is the person's from now on
        (kept in the settings), relabels the preset and, through ``changed``, reframes and re-checks it."""

        def shown() -> None:
            form.form.setRowVisible(form.team_size, form.preset.currentData() == TEAM_PAGE)

        def resized() -> None:
            size = (form.team_width.value(), form.team_height.value())
            self.settings.team_page_size = list(size)
            self.presets = with_team_page(self.presets, size)
            form.add_presets(self.presets)
            changed()

        form.preset.currentIndexChanged.connect(shown)
        for box in (form.team_width, form.team_height):
            box.valueChanged.connect(resized)
        shown()

    def load(self, form: ExportForm, then: Callable[[list[str]], None]) -> None:
        """Read the person's own sizes, list them (and choose the one saved, if it is theirs), then ``then``
        with what was wrong with their file."""

        def read(found: tuple[dict[str, ExportPreset], list[str]]) -> None:
            presets, notices = found
            self.presets = {**self.presets, **presets}
            form.add_presets(self.presets)
            saved = self.settings.export_preset
            if saved not in PRESETS and saved in presets:  # the person's own size, chosen last time
                form.preset.setCurrentIndex(form.preset.findData(saved))
            then(notices)

        context = window_context(self.owner)
        if context is None:
            read((self.presets, []))
            return
        config_dir, size = context.paths.config_dir, team_page(self.settings)
        failed = translate("ExportSizes", NOT_READ)
        (
            LibraryOp(self.owner, lambda _progress, _cancel: read_presets(config_dir, size), failed=failed,
                      label="export sizes")
            .success(read)
            .failure(lambda err: read((self.presets, [error_text(plain_error(err, failed))])))
            .run_in_background()
        )  # fmt: skip
