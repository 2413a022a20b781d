"""The retention settings applied from the window: at start-up, and when a photo is no longer shown.

It runs on the library pool. What it moved to the trash makes the library be listed again; what it could not
do is said in the status line, not in a dialog: it is tidying the person did not ask for just now, and a
library that cannot be opened is already said by the Library tab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp

if TYPE_CHECKING:
    from headshot_desktop.library import RetentionReport
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.window_api import WindowApi

STATUS_MS = 15000
NOT_APPLIED = QT_TRANSLATE_NOOP("Retention", "The retention settings could not be applied.")


def apply_retention(window: WindowApi) -> Task:
    """Apply the retention settings on a worker, leaving the photos in use (shown, or needed by a run)."""

    def done(report: RetentionReport) -> None:
        if report.originals_trashed:
            window.refresh_library()
        if report.problems:
            problems = " ".join(shown(problem) for problem in report.problems)
            say(window, translate("Retention", "The retention settings could not be applied in full. {problems}")
                .format(problems=problems))  # fmt: skip

    def failed(err: BaseException) -> None:
        not_applied = translate("Retention", NOT_APPLIED)
        said = plain_error(err, not_applied)
        say(window, error_text(said) if said is not err else f"{not_applied} {error_text(said)}")

    def run(_progress: object, _cancel: object) -> RetentionReport:
        return window.context.apply_retention()

    op = LibraryOp(window, run, failed=translate("Retention", NOT_APPLIED), label="retention")  # type: ignore[arg-type]
    return op.success(done).failure(failed).run_in_background()


def say(window: WindowApi, text: str) -> None:
    window.statusBar().showMessage(text, STATUS_MS)
