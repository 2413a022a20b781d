"""The yardstick for start-up: a bare PySide6 window, shown, then quit once idle; prints start-up ms.

Timed by the code that times ``headshot-desktop --startup-check`` (``ui/startup_check.py``), so the two compare.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMainWindow

from headshot_desktop.ui.startup_check import report_when_idle


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1180, 760)  # the app's own first size
    window.show()
    report_when_idle(window, app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
