"""``--startup-check``: print the milliseconds since the process started, once the window is idle, and quit.

Kept apart from the window so the start-up benchmark's bare PySide6 window is timed by the very same code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QWidget

from headshot_desktop.system.process import seconds_since_start


def report_when_idle(window: QWidget, app: QCoreApplication) -> None:
    """Print start-up milliseconds once ``window`` is exposed, has started its background work (the app's window;
    a bare one has none) and the event queue is empty, then quit ``app``."""

    def check() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(5, check)
            return
        if not getattr(window, "background_started", True):  # counted in: it starts after the first frames
            QTimer.singleShot(0, check)
            return
        # A zero timer runs only after every pending event (layout, paint) is processed.
        QTimer.singleShot(0, finish)

    def finish() -> None:
        print(f"{seconds_since_start() * 1000:.0f}", flush=True)
        app.quit()

    QTimer.singleShot(0, check)
