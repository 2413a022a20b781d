"""Privacy & data in the window: export everything as one zip, or delete everything.

The questions are asked on the window's thread; the zip, the search of the trash and the deleting run on workers,
with a busy note while they do. One of them at a time per window: a second click while one runs does nothing.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog

from headshot_desktop import APP_NAME
from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import Plural, error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from headshot_desktop.library.trash import TrashedCopy
    from headshot_desktop.ui.session import Session
    from headshot_desktop.ui.window_api import WindowApi

BUSY_SHOWN_AFTER_MS = 300  # a quick export shows no busy note at all
_running: weakref.WeakSet[Any] = weakref.WeakSet()  # the windows exporting or deleting everything right now


def export_all_data(window: WindowApi) -> None:
    """Ask where, then write the zip on the library's worker; a note says when it is there."""
    if window in _running:
        return
    suggested = translate("DataRights", "{app} data", "the export's file name, before .zip").format(app=APP_NAME)
    start = Path(platformdirs.user_documents_dir()) / f"{suggested}.zip"
    name, _ = QFileDialog.getSaveFileName(window, translate("DataRights", "Export all my data"), str(start),
                                          translate("DataRights", "Zip archive (*.zip)"))  # fmt: skip
    if not name:
        return
    target = Path(name)
    context = window.context
    busy = _Busy(window, translate("DataRights", "Saving all your data to {name}…").format(name=target.name))

    def work(_progress: object, _cancel: object) -> Any:
        from headshot_desktop.library import export_all

        return export_all(context.library(), target, overwrite=True, pending=context.pending)

    def done(report: Any) -> None:
        busy.done()
        saved = translate("DataRights", "Saved {originals}, {headshots} and metadata.json to\n{path}").format(
            originals=Plural.tr("%n original(s)", "", report.originals),
            headshots=Plural.tr("%n headshot(s)", "", report.headshots),
            path=report.path,
        )
        QMessageBox.information(window, translate("DataRights", "Export complete"), saved)

    def failed(err: BaseException) -> None:
        busy.done()
        show_error(window, plain_error(err, export_failed))

    export_failed = translate("DataRights", "Your data could not be saved to {path}.").format(path=target)
    export = LibraryOp(window, work, failed=export_failed, label="export all")
    export.success(done).failure(failed).run_in_background()


def delete_all_data(window: WindowApi, settings_dialog: QDialog | None = None) -> None:
    """Ask, look in the trash on a worker (and ask again if the app's files are there), then delete on a worker."""
    if window in _running:
        return
    everything = translate("DataRights", "This deletes every original and headshot in the library, its team batches, "
                           "the thumbnails, logs, settings and the API keys stored in the system keyring. It cannot "
                           "be undone.")  # fmt: skip
    answer = QMessageBox.warning(
        window,
        translate("DataRights", "Delete all my data?"),
        everything,
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    if settings_dialog is not None:
        settings_dialog.reject()
    busy = _Busy(window, translate("DataRights", "Looking for what you deleted earlier in the system trash…"))
    folder = window.context.paths.library_dir

    def look(_progress: object, _cancel: object) -> list[TrashedCopy]:
        from headshot_desktop.library.trash import find_trashed

        return find_trashed(folder)

    def found(copies: list[TrashedCopy]) -> None:
        busy.pause()  # the question may follow; the note comes back for the deleting
        _erase(window, busy, _empty_the_trash_too(window, copies))

    def failed(err: BaseException) -> None:
        busy.done()
        show_error(window, plain_error(err, look_failed))

    look_failed = translate("DataRights", "Nothing was deleted: the system trash could not be read.")
    LibraryOp(window, look, failed=look_failed, label="find trashed").success(found).failure(failed).run_in_background()


def _erase(window: WindowApi, busy: _Busy, empty_trash: bool) -> None:
    context = window.context
    window.session.cancel_all()
    window.forget_everything()  # from here on the window writes nothing, not even its position
    busy.resume(translate("DataRights", "Deleting all your data…"))

    def work(_progress: object, _cancel: object) -> Any:
        from headshot_desktop.library import delete_all

        return delete_all(context.paths, context.secrets, confirm=True, library_must_exist=context.library_must_exist,
                          providers=context.key_providers(), empty_trash=empty_trash)  # fmt: skip

    def done(report: Any) -> None:
        busy.done()
        said = translate("DataRights", "{summary}\n\n{app} will close now.").format(summary=shown(report.summary()),
                                                                                 app=APP_NAME)  # fmt: skip
        QMessageBox.information(window, translate("DataRights", "Your data was deleted"), said)
        window.close()

    def refused(err: BaseException) -> None:
        busy.done()
        # A HeadshotError comes before anything goes (another window or command has the library open).
        if isinstance(err, HeadshotError):
            title = translate("DataRights", "Nothing was deleted")
        else:
            title = translate("DataRights", "Not everything was deleted")
        said = error_text(plain_error(err, failed))
        QMessageBox.warning(window, title, translate("DataRights", "{summary}\n\n{app} will close now.").format(
            summary=said, app=APP_NAME))  # fmt: skip
        window.close()

    failed = translate("DataRights", "Your data could not all be deleted.")
    erase = _AfterTheWindowsWorkers(window, work, failed=failed, label="delete all")
    erase.success(done).failure(refused).run_in_background()


class _AfterTheWindowsWorkers(LibraryOp[Any]):
    """Runs once the window has stopped its own workers (``forget_everything``): on a worker of its own."""

    def pool(self, session: Session) -> TaskRunner:
        runner = TaskRunner(max_workers=1, parent=self.parent)
        # Its one task done (the count drops to 0 before the answer is handed on), its thread goes too.
        runner.activeChanged.connect(lambda active: runner.shutdown() if not active else None)
        return runner


class _Busy:
    """A note with a moving bar that keeps the window from starting anything else; shown only if it takes a while.

    The window counts as busy from the first question on, so a second click meanwhile does nothing.
    """

    def __init__(self, window: WindowApi, text: str) -> None:
        _running.add(window)
        self.window = window
        self.dialog = QProgressDialog(text, "", 0, 0, window)
        self.dialog.setWindowTitle(translate("DataRights", "Privacy & data"))
        self.dialog.setCancelButton(None)  # neither the zip nor the deleting can stop half way
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.reset()  # its own timer would show it after 4 s, whatever happens meanwhile
        self.wanted = True
        QTimer.singleShot(BUSY_SHOWN_AFTER_MS, self.dialog, self._show)

    def _show(self) -> None:
        if self.wanted:
            self.dialog.show()

    def pause(self) -> None:
        """Out of the way of a question."""
        self.wanted = False
        self.dialog.hide()

    def resume(self, text: str) -> None:
        self.dialog.setLabelText(text)
        self.wanted = True
        self.dialog.show()

    def done(self) -> None:
        _running.discard(self.window)
        self.wanted = False
        self.dialog.close()
        self.dialog.deleteLater()


def _empty_the_trash_too(window: WindowApi, copies: list[TrashedCopy]) -> bool:
    """When what the person deleted in the app is still in the system trash, ask whether that goes too."""
    if not copies:
        return False
    still = Plural.tr("%n photo(s) and headshot(s) you deleted in {app} earlier are still in the system trash.", "",
                      len(copies)).format(app=APP_NAME)  # fmt: skip
    box = QMessageBox(QMessageBox.Icon.Question, translate("DataRights", "Empty these from the trash too?"), still,
                      parent=window)  # fmt: skip
    box.setInformativeText(translate("DataRights", "Remove them from the trash as well? Only these files go; "
                                     "everything else in the trash stays."))  # fmt: skip
    remove = box.addButton(translate("DataRights", "Remove from the trash"), QMessageBox.ButtonRole.YesRole)
    box.addButton(translate("DataRights", "Keep them in the trash"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(remove)
    box.exec()
    return box.clickedButton() is remove
