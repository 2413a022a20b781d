"""A new library folder chosen in Settings: move the library there, use the folder as it is, or keep the old one.

The photos are counted, and the new folder checked, on a worker; the move runs on one
too (``library.relocate``: copy, verify, then remove the old), with a progress dialog
whose Cancel leaves the library where it was.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from headshot_desktop.errors import CancelledError, HeadshotError
from headshot_desktop.library import relocate
from headshot_desktop.ui.errors import fit_title, show_error

if TYPE_CHECKING:
    from headshot_desktop.ui.window_api import WindowApi

MOVE, AS_IS = "move", "as is"


def change_library(window: WindowApi, folder: Path | None, then: Callable[[], None]) -> None:
    """``folder`` was chosen as the library folder (None: it was not changed); ``then`` runs once it is used."""
    if folder is None:
        return
    old = window.context.paths.library_dir

    def survey(_progress: object, _cancel: object) -> tuple[int, HeadshotError | None]:
        photos = relocate.count_photos(old)
        try:
            relocate.check_target(old, folder)
        except HeadshotError as err:
            return photos, err
        return photos, None

    def surveyed(result: tuple[int, HeadshotError | None]) -> None:
        photos, problem = result
        answer = ask(window, old, folder, photos, problem) if photos else AS_IS
        if answer == MOVE:
            move(window, old, folder, then)
        elif answer == AS_IS:
            use_as_is(window, folder, then)

    window.session.runner.submit(survey, label="library size", on_done=surveyed,
                                 on_error=lambda err: _failed(window, err))  # fmt: skip


def ask(window: WindowApi, old: Path, folder: Path, photos: int, problem: HeadshotError | None) -> str:
    """MOVE, AS_IS or "" (Cancel: the library stays in ``old``).

    A folder inside the library is offered for neither: the library would hold another library.
    """
    nested = relocate.inside(folder, old)
    box = QMessageBox(window)  # type: ignore[arg-type]
    box.setObjectName("library-move")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Move your library?")
    fit_title(box, box.windowTitle())
    box.setText(f"Move your library ({photos} photos) to {folder}?")
    stays = "" if nested else f"With the new folder as it is, your photos stay in {old}."
    if problem is None:
        box.setInformativeText(
            "Each photo is copied and checked before the old one is removed, so none is lost if the move is "
            f"interrupted. {stays}"
        )
    else:
        box.setInformativeText(f"{problem.user_text()} {stays}".strip())
    move_button = box.addButton("&Move", QMessageBox.ButtonRole.AcceptRole)
    move_button.setEnabled(problem is None)
    as_is = box.addButton("&Use the new folder as it is", QMessageBox.ButtonRole.ActionRole)
    as_is.setEnabled(not nested)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(move_button if problem is None else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return MOVE if clicked is move_button else AS_IS if clicked is as_is else ""


def use_as_is(window: WindowApi, folder: Path, then: Callable[[], None]) -> None:
    context = window.context
    context.settings.library_dir = str(folder)
    context.switch_library(folder)
    context.save_settings()
    window.refresh_library()
    then()


def move(window: WindowApi, old: Path, folder: Path, then: Callable[[], None]) -> None:
    if any(job.active for job in window.session.jobs):
        _failed(window, HeadshotError(
            "The library cannot be moved while headshots are being made: they are saved into it.",
            hint="Wait for the runs to finish (or cancel them), then choose the folder again in Settings.",
        ))  # fmt: skip
        return
    context = window.context
    progress = QProgressDialog(f"Moving your library to {folder}…", "Cancel", 0, 0, window)  # type: ignore[arg-type]
    progress.setObjectName("library-move-progress")
    progress.setWindowTitle("Moving your library")
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
        context.close()  # the move needs the library to itself
        return relocate.move_library(old, folder, on_progress=report, cancel=cancel, commit=commit)  # type: ignore[arg-type]

    def advanced(event: relocate.MoveProgress) -> None:
        progress.setMaximum(event.total)
        progress.setValue(event.done)
        progress.setLabelText(
            f"Moving your library to {folder}…\n{event.done} of {event.total} files copied and checked."
        )

    def moved(report: relocate.MoveReport) -> None:
        progress.close()
        progress.deleteLater()
        window.refresh_library()
        then()
        window.statusBar().showMessage(f"Moved {report.photos} photos to {folder}.", 15000)
        if report.left_behind:
            listed = ", ".join(str(p) for p in report.left_behind[:5])
            _failed(window, HeadshotError(
                f"The library is now in {folder}, but these could not be removed from {old}: {listed}.",
                hint="They are copies or files of your own; remove them by hand if you no longer need them.",
            ))  # fmt: skip

    def failed(err: BaseException) -> None:
        progress.close()
        progress.deleteLater()
        window.refresh_library()  # the library where it was, opened again
        then()
        if isinstance(err, CancelledError):
            window.statusBar().showMessage(f"The move was cancelled; your library stays in {old}.", 15000)
        else:
            _failed(window, err)

    task = window.session.runner.submit(work, label="move library", on_done=moved, on_error=failed,
                                        on_progress=advanced)  # fmt: skip
    progress.canceled.connect(task.cancel)
    progress.show()


def _failed(window: WindowApi, err: BaseException) -> None:
    if not isinstance(err, HeadshotError):
        err = HeadshotError(f"The library could not be moved: {err}.", hint="Nothing was removed from it.")
    show_error(window, err)  # type: ignore[arg-type]
