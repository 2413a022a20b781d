"""A new library folder chosen in Settings: move the library there, use the folder as it is, or keep the old one.

The photos are counted, and the new folder checked, on the library pool; the switch and the move run
there too (``library.relocate``: copy, verify, then remove the old), the move with a progress dialog
whose Cancel leaves the library where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from headshot_desktop.errors import CancelledError, HeadshotError
from headshot_desktop.ui.errors import fit_title, show_error
from headshot_desktop.ui.i18n import Plural, error_text, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp

if TYPE_CHECKING:
    from headshot_desktop.library import relocate
    from headshot_desktop.ui.window_api import WindowApi

MOVE, AS_IS = "move", "as is"


@dataclass(frozen=True)
class Survey:
    """What the question needs to know, found on a worker."""

    photos: int  # in the library now
    problem: HeadshotError | None  # why the library cannot be moved to the new folder, if it cannot
    nested: bool  # the new folder is inside the library


def change_library(window: WindowApi, folder: Path | None, then: Callable[[], None]) -> None:
    """``folder`` was chosen as the library folder (None: it was not changed); ``then`` runs once it is used."""
    if folder is None:
        return
    old = window.context.paths.library_dir

    def survey(_progress: object, _cancel: object) -> Survey:
        from headshot_desktop.library import relocate  # the library's modules load when a move is asked for

        photos, nested = relocate.count_photos(old), relocate.inside(folder, old)
        try:
            relocate.check_target(old, folder)
        except HeadshotError as err:
            return Survey(photos, err, nested)
        return Survey(photos, None, nested)

    def surveyed(found: Survey) -> None:
        answer = ask(window, old, folder, found) if found.photos else AS_IS
        if answer == MOVE:
            move(window, old, folder, then)
        elif answer == AS_IS:
            use_as_is(window, folder, then)

    sentence = translate("LibraryMove", "The folder {folder} could not be checked.").format(folder=folder)
    LibraryOp(window, survey, failed=sentence, label="library size").success(surveyed).run_in_background()  # type: ignore[arg-type]


def ask(window: WindowApi, old: Path, folder: Path, found: Survey) -> str:
    """MOVE, AS_IS or "" (Cancel: the library stays in ``old``).

    A folder inside the library is offered for neither: the library would hold another library.
    """
    photos, problem, nested = found.photos, found.problem, found.nested
    box = QMessageBox(window)  # type: ignore[arg-type]
    box.setObjectName("library-move")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LibraryMove", "Move your library?"))
    fit_title(box, box.windowTitle())
    box.setText(Plural.tr("Move your library (%n photo(s)) to {folder}?", "", photos).format(folder=folder))
    stays = "" if nested else translate("LibraryMove", "With the new folder as it is, your photos stay in {old}.")
    stays = stays.format(old=old)
    if problem is None:
        safe = translate("LibraryMove", "Each photo is copied and checked before the old one is removed, so none is "
                         "lost if the move is interrupted.")  # fmt: skip
        box.setInformativeText(f"{safe} {stays}")
    else:
        box.setInformativeText(f"{error_text(problem)} {stays}".strip())
    move_button = box.addButton(translate("LibraryMove", "&Move"), QMessageBox.ButtonRole.AcceptRole)
    move_button.setEnabled(problem is None)
    as_is = box.addButton(translate("LibraryMove", "&Use the new folder as it is"), QMessageBox.ButtonRole.ActionRole)
    as_is.setEnabled(not nested)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(move_button if problem is None else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return MOVE if clicked is move_button else AS_IS if clicked is as_is else ""


def use_as_is(window: WindowApi, folder: Path, then: Callable[[], None]) -> None:
    """Use ``folder`` from now on, the photos left where they are; closing the old library and saving the
    settings wait for the disk, so they run on the library pool."""
    context = window.context

    def switch(_progress: object, _cancel: object) -> None:
        context.settings.library_dir = str(folder)
        context.switch_library(folder)
        context.save_settings()

    sentence = translate("LibraryMove", "The library folder could not be changed to {folder}.").format(folder=folder)

    def switched(err: BaseException | None = None) -> None:
        window.refresh_library()  # the library in use now, the new one or the old
        then()
        if err is not None:
            show_error(window, plain_error(err, sentence))  # type: ignore[arg-type]

    op = LibraryOp(window, switch, failed=sentence, label="use library folder")  # type: ignore[arg-type]
    op.success(lambda _none: switched()).failure(switched).run_in_background()


def move(window: WindowApi, old: Path, folder: Path, then: Callable[[], None]) -> None:
    if any(job.active for job in window.session.jobs):
        show_error(window, HeadshotError(  # type: ignore[arg-type]
            translate("LibraryMove", "The library cannot be moved while headshots are being made: they are saved "
                      "into it."),
            hint=translate("LibraryMove", "Wait for the runs to finish (or cancel them), then choose the folder again "
                           "in Settings."),
        ))  # fmt: skip
        return
    context = window.context
    moving = translate("LibraryMove", "Moving your library to {folder}…").format(folder=folder)
    progress = QProgressDialog(moving, translate("LibraryMove", "Cancel"), 0, 0, window)  # type: ignore[arg-type]
    progress.setObjectName("library-move-progress")
    progress.setWindowTitle(translate("LibraryMove", "Moving your library"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    window.library.stop_watching()  # the old folder is about to empty: its watcher must not react

    def commit() -> None:  # on the worker, once every photo is in the new folder and checked
        context.settings.library_dir = str(folder)
        context.save_settings()
        context.switch_library(folder)

    def work(report: Callable[[object], None], cancel: object) -> relocate.MoveReport:
        from headshot_desktop.library import relocate

        context.close()  # the move needs the library to itself
        return relocate.move_library(old, folder, on_progress=report, cancel=cancel, commit=commit)  # type: ignore[arg-type]

    def advanced(event: relocate.MoveProgress) -> None:
        progress.setMaximum(event.total)
        progress.setValue(event.done)
        progress.setLabelText(
            Plural.tr("Moving your library to {folder}…\n{done} of %n file(s) copied and checked.", "", event.total)
            .format(folder=folder, done=event.done)
        )  # fmt: skip

    def moved(report: relocate.MoveReport) -> None:
        progress.close()
        progress.deleteLater()
        window.refresh_library()
        then()
        window.statusBar().showMessage(Plural.tr("Moved %n photo(s) to {folder}.", "", report.photos).format(folder=folder),
                                       15000)  # fmt: skip
        if report.left_behind:
            listed = ", ".join(str(p) for p in report.left_behind[:5])
            show_error(window, HeadshotError(  # type: ignore[arg-type]
                translate("LibraryMove", "The library is now in {folder}, but these could not be removed from {old}: "
                          "{listed}.").format(folder=folder, old=old, listed=listed),
                hint=translate("LibraryMove", "They are copies or files of your own; remove them by hand if you no "
                               "longer need them."),
            ))  # fmt: skip

    def failed(err: BaseException) -> None:
        progress.close()
        progress.deleteLater()
        window.refresh_library()  # the library where it was, opened again
        then()
        if isinstance(err, CancelledError):
            window.statusBar().showMessage(
                translate("LibraryMove", "The move was cancelled; your library stays in {old}.").format(old=old), 15000
            )
        else:
            show_error(window, plain_error(err, sentence))  # type: ignore[arg-type]

    sentence = translate("LibraryMove", "The library could not be moved to {folder}; nothing was removed from {old}.")
    sentence = sentence.format(folder=folder, old=old)
    op = LibraryOp(window, work, failed=sentence, label="move library")  # type: ignore[arg-type]
    task = op.success(moved).failure(failed).progress(advanced).run_in_background()
    progress.canceled.connect(task.cancel)
    progress.show()
