"""Run the real window as ``python -m headshot_desktop`` does, open Qt's own file dialog, close it, quit.

    python -m tests.support.file_dialog_app

Only the event loop is replaced: instead of waiting for a person, it presses "Open a photo…"
(the real ``MainWindow.open_photo``, Qt's own file dialog), cancels the dialog once it shows,
and returns. Qt saves the dialog's state (history, last folder) when the dialog goes away:
the test then looks where that file landed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from headshot_desktop.cli import main
from headshot_desktop.ui.main_window import MainWindow

POLL_MS = 20


def cancel_the_file_dialog() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QFileDialog) and widget.isVisible():
            widget.reject()
            return
    QTimer.singleShot(POLL_MS, cancel_the_file_dialog)


class OneDialogApp(QApplication):
    """The app's QApplication, whose ``exec`` opens a file dialog once instead of waiting."""

    def exec(self) -> int:  # type: ignore[override]
        window = next(w for w in self.topLevelWidgets() if isinstance(w, MainWindow))
        QTimer.singleShot(POLL_MS, cancel_the_file_dialog)
        window.open_photo()
        return 0


if __name__ == "__main__":
    app = OneDialogApp(sys.argv[:1])  # make_application() takes this instance as the app's
    sys.exit(main([]))
