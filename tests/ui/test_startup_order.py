"""The window paints its first frame before the library, the key and the price are asked for (#15).

The workers' imports (keyring, SQLite, Pillow) hold Python's lock: started before the first paint, they
slow the window's own layout and paint down.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from headshot_desktop.app import build_context
from headshot_desktop.ui import copy_and_drag, data_rights, recovery, style_actions
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown_window


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_background_work_starts_only_after_the_first_frame_is_painted(qtbot, home: Path) -> None:
    window = MainWindow(build_context(log_to_file=False))
    qtbot.addWidget(window)
    counter = PaintCounter()
    window.installEventFilter(counter)
    paints_when_listed: list[int] = []
    list_library = window.session.list_library
    window.session.list_library = lambda: (paints_when_listed.append(counter.paints), list_library())[1]
    window.show()
    qtbot.waitUntil(lambda: window.background_started, timeout=10_000)
    assert paints_when_listed and paints_when_listed[0] >= 1  # the window had painted before the library was asked
    window.close()


def test_background_work_starts_once_however_often_the_window_paints(qtbot, home: Path) -> None:
    window = MainWindow(build_context(log_to_file=False))
    qtbot.addWidget(window)
    listed: list[bool] = []
    list_library = window.session.list_library
    window.session.list_library = lambda: (listed.append(True), list_library())[1]
    window.show()
    qtbot.waitUntil(lambda: window.background_started and not window.session.runner.active, timeout=10_000)
    for _ in range(3):
        window.repaint()
        qtbot.wait(20)
    assert listed == [True]
    window.close()


# Each menu item whose module is imported on first use (ui/actions.py) reaches that module's function.
LATER_ACTIONS = [
    ("copy", copy_and_drag, "copy_selected"),
    ("recover", recovery, "recover"),
    ("new_style", style_actions, "new_style"),
    ("edit_style", style_actions, "edit_style"),
    ("export_all", data_rights, "export_all_data"),
    ("delete_all", data_rights, "delete_all_data"),
]


@pytest.mark.parametrize("action, module, function", LATER_ACTIONS)
def test_a_menu_item_whose_module_loads_on_first_use_reaches_it(qtbot, home: Path, monkeypatch, action, module,
                                                                 function) -> None:  # fmt: skip
    window = next(shown_window(qtbot, build_context(log_to_file=False)))
    called: list[object] = []
    monkeypatch.setattr(module, function, called.append)
    window.actions[action].trigger()
    assert called == [window]
    window.close()


class ResizedAfterPaint(QObject):
    """Counts the resizes a widget gets after its first paint: each one repaints all of it."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False
        self.resizes = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        elif event.type() == QEvent.Type.Resize and self.painted:
            self.resizes += 1
        return False


def test_the_style_cards_are_not_laid_out_again_after_the_first_frame(qtbot, home: Path) -> None:
    """A scroll bar shown a turn after the cards were laid out narrowed the gallery: every card was painted twice."""
    window = MainWindow(build_context(log_to_file=False))
    qtbot.addWidget(window)
    window.resize(1180, 760)  # the first size: more cards than fit, so the gallery scrolls
    watch = ResizedAfterPaint()
    window.gallery.viewport().installEventFilter(watch)
    window.show()
    qtbot.waitUntil(lambda: watch.painted)
    qtbot.wait(150)  # the turns of the event loop in which a scroll bar would come and narrow the view
    assert window.gallery.verticalScrollBar().maximum() > 0
    assert watch.resizes == 0


def test_the_key_line_has_its_words_before_the_window_shows(qtbot, home: Path) -> None:
    """Set only once the background work started, the line grew from empty: the whole window was laid out and
    painted again before it went idle. Its first words now come with the window; the answer only changes them."""
    window = MainWindow(build_context(log_to_file=False))
    qtbot.addWidget(window)
    assert "API key for OpenAI: being looked up" in window.status_line.text()
    window.show()
    qtbot.waitUntil(lambda: "not set" in window.status_line.text(), timeout=10_000)


def test_the_start_up_check_counts_the_background_work_starting(qtbot, capsys, monkeypatch) -> None:
    """``--startup-check`` reports only once the window has started its background work, whatever the order of
    its turns: a window idle before its workers start would be timed without them."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    from headshot_desktop.ui import startup_check

    window = QWidget()
    qtbot.addWidget(window)
    window.background_started = False  # type: ignore[attr-defined]
    quits: list[bool] = []
    app = QCoreApplication.instance()
    monkeypatch.setattr(app, "quit", lambda: quits.append(True))
    window.show()
    qtbot.waitExposed(window)
    startup_check.report_when_idle(window, app)
    qtbot.wait(50)
    assert quits == [] and capsys.readouterr().out == ""
    window.background_started = True  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: quits == [True])
    assert capsys.readouterr().out.strip().isdigit()
