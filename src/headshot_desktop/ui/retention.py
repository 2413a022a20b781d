"""The retention settings applied from the window: at start-up, and when a photo is no longer shown.

It runs on the library pool. What it moved to the trash makes the library be listed again; what it could not
do is said in the status line, not in a dialog: it is tidying the person did not ask for just now, and a
library that cannot be opened is already said by the Library tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp

if TYPE_CHECKING:
    from headshot_desktop.library import RetentionReport
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.window_api import WindowApi

STATUS_MS = 15000
NOT_APPLIED = "The retention settings could not be applied."


def apply_retention(window: WindowApi) -> Task:
    """Apply the retention settings on a worker, leaving the photos in use (shown, or needed by a run)."""

    def done(report: RetentionReport) -> None:
        if report.originals_trashed:
            window.refresh_library()
        if report.problems:
            say(window, "The retention settings could not be applied in full. " + " ".join(report.problems))

    def failed(err: BaseException) -> None:
        said = plain_error(err, NOT_APPLIED)
        say(window, said.user_text() if said is not err else f"{NOT_APPLIED} {said.user_text()}")

    def run(_progress: object, _cancel: object) -> RetentionReport:
        return window.context.apply_retention()

    op = LibraryOp(window, run, failed=NOT_APPLIED, label="retention")  # type: ignore[arg-type]
    return op.success(done).failure(failed).run_in_background()


def say(window: WindowApi, text: str) -> None:
    window.statusBar().showMessage(text, STATUS_MS)
