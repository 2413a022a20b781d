"""Run the real app as ``python -m headshot_desktop PHOTO`` does, and quit it at a chosen moment.

    python -m tests.support.quit_app PHOTO --after-ms 400 --mode midrun

The only change to the real app is the window class: it accepts the provider's terms (as
the first-run wizard would), and once the photo is imported it presses Generate ``--runs``
times and then quits the way a person does: ``midrun`` closes the window (File ▸ Quit) ``after-ms`` after
Generate; ``delete-all`` answers Yes to "Delete all my data" at that moment, which closes
the window itself. Everything after that, the shutdown of workers, the end of the event
loop and the interpreter's finalization, is the app's own code, run from ``cli.main``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.app import AppContext
from headshot_desktop.cli import main
from headshot_desktop.ui import data_rights, gui
from headshot_desktop.ui.main_window import MainWindow

MODES = ("midrun", "delete-all")
ANSWER_EVERY_MS = 20


AGREE = (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole)


def answer_message_boxes() -> None:
    """Press Yes (or OK, or the box's own "go ahead") on any open message box, as a person agreeing to all."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        agree = [button for button in box.buttons() if box.buttonRole(button) in AGREE]
        if agree:
            agree[0].click()


def driven_window(mode: str, after_ms: int, runs: int = 1) -> type[MainWindow]:
    class DrivenWindow(MainWindow):
        def __init__(self, context: AppContext) -> None:
            settings = context.settings
            settings.privacy_accepted = settings.age_confirmed = True
            if context.provider_id not in settings.accepted_providers:
                settings.accepted_providers.append(context.provider_id)
            super().__init__(context)
            self.session.photoImported.connect(self._start_then_quit)
            self._boxes = QTimer(self, interval=ANSWER_EVERY_MS)
            self._boxes.timeout.connect(answer_message_boxes)
            self._boxes.start()

        def _start_then_quit(self) -> None:
            for _ in range(runs):
                self.generate()
            print("generating", file=sys.stderr, flush=True)
            QTimer.singleShot(after_ms, self._quit)

        def _quit(self) -> None:
            running = sum(job.state in ("queued", "running") for job in self.session.jobs)
            print(f"quitting ({mode}) with {running} run(s) going", file=sys.stderr, flush=True)
            if mode == "midrun":
                self.close()
            else:
                data_rights.delete_all_data(self)

    return DrivenWindow


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("photo", type=Path)
    parser.add_argument("--after-ms", type=int, default=300)
    parser.add_argument("--mode", choices=MODES, default="midrun")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args(argv)
    gui.MainWindow = driven_window(args.mode, args.after_ms, args.runs)  # type: ignore[misc]
    return main([str(args.photo)])


if __name__ == "__main__":
    raise SystemExit(run(sys.argv[1:]))
