"""Copy (Edit ▸ Copy, Ctrl+C) and drag-out of headshots: the exported pixels, never the library's own file.

Both export into the app's cache on the library pool, as the person's last export did (``exported_copies``); the
clipboard gets the file's address, and for one headshot its picture and bytes; a drag the same.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from headshot_desktop.ui.i18n import Plural, error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.previews import load_preview
from headshot_desktop.ui.widgets.exported_drag import Exported, mime_data, wait_while_held

if TYPE_CHECKING:
    from headshot_desktop.app import AppContext
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.library import Headshot
    from headshot_desktop.ui.exported_copies import CopyChoices
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.window_api import WindowApi

FULL_SIZE = 1 << 16  # a side no export reaches: the clipboard's picture is never scaled down
SAID_MS = 8000


def exported(headshots: list[Headshot], context: AppContext, kind: str, choices: CopyChoices, cancel: CancelToken,
             progress: Any = None) -> Exported:  # fmt: skip
    """On the library pool: the headshots exported into the cache, each with its remembered framing; one file's
    picture and bytes read too."""
    from headshot_desktop.ui.exported_copies import export_copies  # the export's modules, on the first copy or drag

    paths = context.paths
    files, preset = export_copies(headshots, paths.cache_dir, kind, choices, config_dir=paths.config_dir,
                                  crops=context.library().crops, cancel=cancel, progress=progress)  # fmt: skip
    made_as = translate("CopyAndDrag", "{preset}, {format}", "an export size, then a file format").format(
        preset=shown(preset.label), format=choices.fmt.upper()
    )
    if len(files) != 1:
        return Exported(files, made_as=made_as)
    data = files[0].read_bytes()
    return Exported(files, load_preview(data, side=FULL_SIZE), data, made_as)


def shown_selection(window: WindowApi) -> list[Headshot]:
    """The headshots selected on the tab shown: Results, or the Library's headshots; none on another tab."""
    shown, built = window.tabs.currentWidget(), window.tab_pages
    if built.library_built() and shown is window.library:
        return window.library.selected() if window.library.pages.currentIndex() == 0 else []
    if built.results_built() and shown is not None and shown.isAncestorOf(window.results):
        return window.results.selected()
    return []


def copy_selected(window: WindowApi) -> None:
    """Edit ▸ Copy: the selected headshots, exported as last time, on the clipboard."""
    headshots = shown_selection(window)
    if not headshots:
        window.statusBar().showMessage(
            translate("CopyAndDrag", "Select a headshot in Results or the Library to copy it."), SAID_MS
        )
        return
    from headshot_desktop.ui.exported_copies import CLIPBOARD, CopyChoices

    choices, context = CopyChoices.last_used(window.context.settings), window.context

    def copied(result: Exported) -> None:
        QGuiApplication.clipboard().setMimeData(mime_data(result))
        if len(result.files) == 1:
            said = translate("CopyAndDrag", "Copied “{name}” to the clipboard as {made_as}.").format(
                name=result.files[0].name, made_as=result.made_as
            )
        else:
            said = Plural.tr("Copied %n headshot(s) to the clipboard as {made_as}.", "", len(result.files)).format(
                made_as=result.made_as
            )
        window.statusBar().showMessage(said, SAID_MS)

    window.statusBar().showMessage(translate("CopyAndDrag", "Copying…"), SAID_MS)
    failed = Plural.tr("The %n headshot(s) could not be copied.", "", len(headshots))
    op = LibraryOp(window, lambda _progress, cancel: exported(headshots, context, CLIPBOARD, choices, cancel),
                   failed=failed, label="copy")  # type: ignore[arg-type]  # fmt: skip
    op.success(copied).run_in_background()


class ExportedDrags(QObject):
    """The drag-out source of the library grid and the results strip: one export at a time, for the last press."""

    def __init__(self, window: WindowApi) -> None:
        super().__init__(window)  # type: ignore[arg-type]
        self._window = window
        self._key: tuple[Any, ...] | None = None  # what is being (or was) exported: headshots and choices
        self._task: Task | None = None
        self._result: Exported | None = None
        self._error: BaseException | None = None

    def prepare(self, headshots: list[Headshot]) -> None:
        """Begin exporting ``headshots`` for a drag (a press on them), unless that is done or under way."""
        if not headshots:
            return
        from headshot_desktop.ui.exported_copies import DRAG, CopyChoices

        choices = CopyChoices.last_used(self._window.context.settings)
        key = (tuple((h.id, str(h.path), h.file_hash) for h in headshots), choices)
        if key == self._key and self._error is None:
            return
        if self._task is not None:
            self._task.cancel()
        self._key, self._result, self._error = key, None, None
        context, total = self._window.context, len(headshots)

        def work(progress: Any, cancel: CancelToken) -> Exported:
            return exported(headshots, context, DRAG, choices, cancel, progress)

        failed = Plural.tr("The %n headshot(s) could not be made ready to drag.", "", total)
        op = LibraryOp(self._window, work, failed=failed, label="export for dragging")  # type: ignore[arg-type]
        op.progress(lambda number: self._said(number + 1, total))
        op.success(lambda result: self._ended(key, result, None))
        op.failure(lambda err: self._ended(key, None, err))  # said only if a drag waits for it
        self._task = op.run_in_background()

    def _said(self, number: int, total: int) -> None:
        if total > 1:
            text = Plural.tr("Making {number} of %n headshot(s) ready to drag…", "", total).format(number=number)
            self._window.statusBar().showMessage(text, SAID_MS)

    def _ended(self, key: tuple[Any, ...], result: Exported | None, error: BaseException | None) -> None:
        if key == self._key:
            self._task, self._result, self._error = None, result, error

    def wait_for(self, headshots: list[Headshot]) -> Exported | None:
        """The exported files for ``headshots``, once ready; None if the button was let go first, or it failed."""
        self.prepare(headshots)
        key = self._key

        def ended() -> bool:
            return self._key != key or self._result is not None or self._error is not None

        if not ended():
            QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                wait_while_held(ended)
            finally:
                QApplication.restoreOverrideCursor()
        if self._key != key:
            return None
        if self._error is not None:
            sentence = Plural.tr("The %n headshot(s) could not be dragged out.", "", len(headshots))
            self._window.statusBar().showMessage(error_text(plain_error(self._error, sentence)), 15000)
            return None
        return self._result


def _drags(window: WindowApi) -> ExportedDrags:
    """The window's one drag-out source, made with the first tab that needs it."""
    drags = window.findChild(ExportedDrags)  # type: ignore[attr-defined]
    return drags if drags is not None else ExportedDrags(window)


def attach_results(window: WindowApi) -> None:
    """Drags out of the results strip carry exported files."""
    window.results.strip.exported_drag = _drags(window)


def attach_library(window: WindowApi) -> None:
    """Drags out of the library grid carry exported files."""
    window.library.view.exported_drag = _drags(window)
