"""Take screenshots of the real window on an X server (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py docs/screenshots

The app runs with a throwaway HOME, so the person's own settings and library are
never shown. The picture is grabbed from the X server's root window, as a person
would see it, not rendered by the widget itself.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--themes", default="light,dark")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("no DISPLAY: run this under xvfb-run", file=sys.stderr)
        return 2
    home = tempfile.mkdtemp(prefix="headshot-shots-")
    os.environ.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_CACHE_HOME=f"{home}/.cache",
                      XDG_STATE_HOME=f"{home}/.local/state", XDG_DATA_HOME=f"{home}/.local/share")
    os.environ.pop("OPENAI_API_KEY", None)

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QGuiApplication

    from headshot_desktop.app import build_context
    from headshot_desktop.ui.gui import make_application
    from headshot_desktop.ui.main_window import MainWindow
    from headshot_desktop.ui.theme import apply_theme

    app = make_application()
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 400) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    for theme in args.themes.split(","):
        apply_theme(app, theme)
        window = MainWindow(build_context(log_to_file=False))
        window.resize(1180, 760)
        window.move(40, 20)
        window.show()
        settle()
        frame = window.frameGeometry()
        shot = QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        target = args.out / f"main-window-{theme}.png"
        shot.save(str(target))
        print(target)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
