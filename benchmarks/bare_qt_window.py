"""The yardstick for start-up: a bare PySide6 window, shown, then quit once idle; prints start-up ms.

Timed by the code that times ``headshot-desktop --startup-check`` (``ui/startup_check.py``), so the two compare.
With ``--one-label``, the smallest window that shows text and names one ``Qt`` and one ``QStyle`` enum: what any
real window pays before its own code (PySide6 makes every enum of a Qt class when the class is first named).
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from headshot_desktop.ui.startup_check import report_when_idle


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 760)  # the app's own first size
    if "--one-label" in sys.argv:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QStyle

        label = QLabel("Drop a selfie here")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setProperty("selected", bool(QStyle.StateFlag.State_Selected))
        window.setCentralWidget(label)
    window.show()
    report_when_idle(window, app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
