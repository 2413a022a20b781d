"""Generate in the window: the run asked for, the key looked up before any card is made, a question before the
same paid run is started twice, and the run cards' Retry, Dismiss and Clear finished. Kept out of
``main_window.py``; ``attach`` wires it, ``generate`` is the Generate button."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import error_text, translate
from headshot_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from headshot_desktop.ui.job import Job

FAILURE_SHOWN_MS = 20_000


def attach(window: WindowApi) -> None:
    session = window.session
    session.jobChanged.connect(lambda job: window.jobs.update_job(job))  # the first run builds Results
    session.jobDismissed.connect(lambda job: window.jobs.remove_job(job))
    session.generateRefused.connect(lambda err: show_error(window, err, open_settings=window.open_settings))  # type: ignore[arg-type]
    session.failed.connect(lambda err: window.statusBar().showMessage(error_text(err), FAILURE_SHOWN_MS))
    session.libraryFailed.connect(lambda err: library_unavailable(window, err))


def attach_results(window: WindowApi) -> None:
    session, jobs = window.session, window.jobs
    jobs.retryRequested.connect(lambda job: retry(window, job))
    jobs.dismissRequested.connect(session.dismiss)
    jobs.clearRequested.connect(session.clear_finished)


def library_unavailable(window: WindowApi, err: HeadshotError) -> None:
    window.library.show_problem(error_text(err))
    window.statusBar().showMessage(error_text(err), FAILURE_SHOWN_MS)


def generate(window: WindowApi) -> None:
    from headshot_desktop.ui.job import same_work

    style, original = window.current_style(), window.original
    if style is None or original is None:
        window.refresh_estimate()
        return
    # A provider chosen outside the window (--provider, the environment) asks before the photo goes.
    if not provider_choice.ask_consent(window, window.context, window.provider_id):  # type: ignore[arg-type]
        return
    settings = window.context.settings
    options = window.options.options(settings)
    window.options.remember(settings)
    settings.extra["last_style"] = style.id
    provider_id, references = window.provider_id, window.photo.references.originals()

    def start() -> None:
        window.session.generate_when_ready(original, style, options, provider_id, references,
                                           then=lambda _job: window.tabs.setCurrentIndex(1))  # fmt: skip

    unless_running(window, same_work(original, style, options, provider_id, references), start)


def retry(window: WindowApi, job: Job) -> None:
    unless_running(window, job.work, lambda: window.session.retry(job))


def unless_running(window: WindowApi, work: tuple[object, ...] | None, start: Callable[[], None]) -> None:
    """``start`` at once; when the same paid run is queued or running, only if the person says so (No first)."""
    from PySide6.QtWidgets import QMessageBox

    if not window.session.in_progress(work):
        start()
        return
    box = QMessageBox(QMessageBox.Icon.Question, translate("Generating", "Run it again?"),
                      translate("Generating", "This exact run is already in progress. Run it again and pay again?"),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)  # type: ignore[arg-type]  # fmt: skip
    box.setInformativeText(translate("Generating", "Its card is on the Results tab. Change the style or an option to "
                                     "make a different run."))  # fmt: skip
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("same-run")
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.finished.connect(lambda _answer: start() if box.clickedButton() is yes else None)
    box.open()
