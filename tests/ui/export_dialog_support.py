"""What the export dialog's tests share: a real library with headshots, the dialog in a host with a real library
pool, exporting and waiting for the end, and answering its question."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from headshot_desktop.library import Headshot, Library
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from headshot_desktop.ui.tasks import TaskRunner
from tests.unit.library.helpers import add


@pytest.fixture
def library(home: Any) -> Iterator[Library]:
    lib = Library.open(AppPaths.from_platform().library_dir)
    yield lib
    lib.close()


def same_named(library: Library, count: int) -> list[Headshot]:
    """``count`` headshots the default template names alike: same day, same style, each the first of its run."""
    return [add(library, seed=seed, n=1) for seed in range(count)]


class PoolHost(QWidget):
    """Stands in for the window the dialog opens from: its session's library pool, a real one-worker TaskRunner."""

    alive: list[PoolHost] = []  # pytest-qt keeps only a weak reference, and the host owns the dialog

    def __init__(self) -> None:
        super().__init__()
        self.session = SimpleNamespace(runner=TaskRunner(max_workers=1, parent=self))
        PoolHost.alive.append(self)

    def done(self) -> None:
        self.session.runner.shutdown()
        PoolHost.alive.remove(self)


def open_dialog(qtbot: Any, headshots: list[Headshot], settings: Settings | None = None) -> ExportDialog:
    host = PoolHost()
    qtbot.addWidget(host, before_close_func=PoolHost.done)
    dialog = ExportDialog(headshots, settings or Settings(), host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_and_wait(qtbot: Any, dialog: ExportDialog, timeout: int = 20_000) -> list[Path]:
    """Press Export and wait until that press is over (written, failed, stopped or gone back): what it wrote."""
    with qtbot.waitSignal(dialog.exported, timeout=timeout) as blocker:
        dialog.accept()
    return blocker.args[0]


class Questions:
    """Answers every question box the dialog asks with ``answer`` (a button's text), and keeps what was asked."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[dict[str, Any]] = []
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        default = box.defaultButton()
        self.asked.append({"text": box.text() + "\n" + box.informativeText(), "buttons": sorted(buttons),
                           "default": default.text().replace("&", "") if default else None})  # fmt: skip
        if self.answer in buttons:
            buttons[self.answer].click()
        else:  # Escape, or a box without that answer: close it rather than hang the test
            QTest.keyClick(box, Qt.Key.Key_Escape)
            if box.isVisible():
                box.done(0)

    def stop(self) -> None:
        self._timer.stop()
