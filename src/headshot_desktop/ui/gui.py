"""Start the Qt application around an ``AppContext``."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from headshot_desktop import APP_NAME, DESKTOP_FILE_ID, __version__
from headshot_desktop.app import AppContext
from headshot_desktop.ui import languages
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.qt_settings import keep_qt_settings_in
from headshot_desktop.ui.startup_check import report_when_idle
from headshot_desktop.ui.theme import apply_theme

# Workers run Python between C calls; with the default 5 ms GIL switch interval the
# window's thread waited up to several intervals per event. 1 ms halved the longest
# stall while importing (benchmarks/bench_responsiveness.py); 0.2 ms kept those stalls and
# cut the wait each new worker thread costs the window (it takes the lock on its first
# steps): the turns after the first frame, when the background work starts, took 3 ms less.
GIL_SWITCH_INTERVAL_S = 0.0002


def make_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setDesktopFileName(DESKTOP_FILE_ID)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    return app


def collect_from_now_on() -> None:
    """What start-up made lives as long as the app: kept out of every later collection, then collection resumes."""
    gc.freeze()
    gc.enable()


def run_gui(context: AppContext, *, startup_check: bool = False, photos: list[Path] | None = None) -> int:
    app = make_application()
    keep_qt_settings_in(context.paths.config_dir)  # the file dialog's history, with the app's own files
    languages.install(app, context.settings.language)
    apply_theme(app, context.settings.theme)
    # In "system" mode, follow the desktop when the person switches light/dark.
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app, context.settings.theme))
    window = MainWindow(context)
    window.show()
    QTimer.singleShot(0, collect_from_now_on)  # after the first frame
    if startup_check:
        report_when_idle(window, app)
    else:
        from headshot_desktop.ui import recovery, retention  # what a start-up check never needs

        QTimer.singleShot(0, window.maybe_first_run)
        QTimer.singleShot(0, lambda: recovery.show_notices(window))
        QTimer.singleShot(0, lambda: recovery.offer_recovery(window))
        if photos:  # "Open with Headshot Desktop" from the file manager
            window.import_source(photos[0])
        retention.apply_retention(window)  # once per start, on the library pool; a problem is said
    code = app.exec()
    window.close()  # stops the workers, if the loop ended without closing the window (the start-up check)
    context.close()
    # The window goes now, while Python is whole, with the results its workers sent too late to be
    # delivered (they hold Python objects): not at finalization, in whatever order that frees things.
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return code
