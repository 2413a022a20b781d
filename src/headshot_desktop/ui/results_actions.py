"""What the window does with results: show a run's images as they come, open one from the library, Keep, Delete.

Kept out of ``main_window.py``; ``attach`` wires the session to the results panel. The library's files and index
are read and changed on a worker; the panel only follows.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

from headshot_desktop.errors import HeadshotError, NotFoundError
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import Plural, shown, translate
from headshot_desktop.ui.keep_words import ask_about_kept
from headshot_desktop.ui.library_tools import listed_again_then_said
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Original
    from headshot_desktop.ui.job import Job


def attach(window: WindowApi) -> None:
    session = window.session

    def began(job: Job) -> None:
        # Noted when it is queued, so a pick the person makes before its first image is respected.
        if job.state == "queued":
            window.results.start_run(job.id, refinement=job.original is None)

    def listed(headshots: list[Headshot]) -> None:
        if window.tab_pages.results_built():  # else no copies to bring in step
            window.results.update_headshots(headshots, listed=True)

    session.jobChanged.connect(began)
    # Kept or not is the library's: every listing brings the strip's copies in step.
    session.libraryListed.connect(lambda _originals, headshots: listed(headshots))


def attach_results(window: WindowApi) -> None:
    from headshot_desktop.ui import copy_and_drag  # with the page that needs it, not at start-up

    copy_and_drag.attach_results(window)  # copies and drags out of Results and the Library are exported files


def attach_library(window: WindowApi) -> None:
    from headshot_desktop.ui import copy_and_drag

    copy_and_drag.attach_library(window)


def job_finished(window: WindowApi, job: Job) -> None:
    outcome = job.outcome
    # Variants are separate requests: what was made is shown even when another variant failed.
    made = {h.index_in_run - 1: h for h in outcome.headshots} if outcome is not None else {}
    window.results.finish_run(job.id, made)
    for warning in outcome.warnings if outcome is not None else ():
        window.statusBar().showMessage(shown(warning), 15000)
    window.refresh_estimate()  # the model the run used is priced from now on
    if job.state == "failed" and job.error is not None:
        show_error(window, job.error, open_settings=window.open_settings)  # type: ignore[arg-type]


def open_in_results(window: WindowApi, headshot: Headshot) -> None:
    """Show a library headshot in Results: the one there already, else decoded on a worker and added."""
    from headshot_desktop.ui.previews import load_preview

    window.tabs.setCurrentIndex(1)
    if window.results.select_headshot(headshot):
        return

    def work(_progress: object, _cancel: object) -> tuple[QImage, QImage | None]:
        image = load_preview(headshot.path)
        if image.isNull():
            raise NotFoundError(translate("ResultsActions", "{name} could not be read.").format(name=headshot.name),
                                hint=translate("ResultsActions", "It may have been moved or deleted."))  # fmt: skip
        original = headshot.original_path
        return image, (load_preview(original) if original is not None and original.exists() else None)

    sentence = translate("ResultsActions", "{name} could not be opened.").format(name=headshot.name)
    op = LibraryOp(window, work, failed=sentence, label="open headshot")  # type: ignore[arg-type]
    op.success(lambda found: window.results.open_headshot(headshot, *found)).run_in_background()


def keep_headshots(window: WindowApi, headshots: list[Headshot], kept: bool) -> None:
    """Keep (or no longer keep): shown at once, written on a worker, and the library follows."""
    if not headshots:
        return
    results = window.results
    results.keeping(headshots, kept)

    def work(_progress: object, _cancel: object) -> list[Original | Headshot]:
        library = window.context.library()
        return [library.set_kept(h, kept) for h in headshots]

    def done(updated: list[Headshot]) -> None:
        results.kept_written(headshots, kept, updated)
        window.refresh_library()

    sentence = Plural.tr("The Keep mark(s) could not be changed.", "", len(headshots))

    def failed(err: BaseException) -> None:
        results.kept_written(headshots, kept, headshots)  # as they were; the listing that follows says the rest
        listed_again_then_said(window, sentence)(err)

    op = LibraryOp(window, work, failed=sentence, label="keep")  # type: ignore[arg-type]
    op.success(done).failure(failed).run_in_background()


def delete_headshots(window: WindowApi, headshots: list[Headshot]) -> None:
    """Move to the trash on a worker, kept ones only once the person says so again; what went leaves the strip
    and the viewer."""
    if headshots:
        from headshot_desktop.ui.models.library_model import headshot_title  # with the Library tab, when first used

        ask_about_kept(window, headshots, headshot_title, lambda going: _delete(window, going), delete=True)  # type: ignore[arg-type]


def _delete(window: WindowApi, headshots: list[Headshot]) -> None:
    if not headshots:
        return

    def work(_progress: object, _cancel: object) -> tuple[list[Path], HeadshotError | None]:
        try:
            return window.context.library().delete(headshots), None
        except HeadshotError as err:  # some may have gone before it stopped
            return [h.path for h in headshots if not os.path.lexists(h.path)], err

    def done(result: tuple[list[Path], HeadshotError | None]) -> None:
        removed, err = result
        window.results.forget(set(removed))
        if removed:
            window.statusBar().showMessage(Plural.tr("Moved %n headshot(s) to the trash.", "", len(removed)), 8000)
        window.refresh_library()
        if err is not None:
            show_error(window, err)  # type: ignore[arg-type]

    sentence = translate("ResultsActions", "Not every headshot chosen could be moved to the trash.")
    op = LibraryOp(window, work, failed=sentence, label="delete")  # type: ignore[arg-type]
    op.success(done).failure(listed_again_then_said(window, sentence)).run_in_background()
