"""Headshots ▸ New Style… and Edit Style… from the window's menu: the editor, then the gallery shows the style."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from headshot_desktop.app import build_context
from headshot_desktop.ui.dialogs.style_editor import StyleEditor
from tests.support.thread_probe import ThreadProbe
from tests.ui.helpers import accept_provider, shown_window


def fill_editor(name: str) -> None:
    def answer() -> None:
        editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, StyleEditor) and w.isVisible()]
        if not editors:
            QTimer.singleShot(10, answer)
            return
        editors[0].name.setText(name)
        editors[0].prompt.setPlainText("A navy blazer, a harbour softly blurred behind.")
        editors[0].accept()

    QTimer.singleShot(0, answer)


def test_new_style_then_edit_it_and_a_builtin_cannot_be_edited(qtbot, home) -> None:
    window = next(shown_window(qtbot, accept_provider(build_context(environ={}, log_to_file=False))))
    window.gallery.select_style("legal")
    window.actions["edit_style"].trigger()
    assert "Built-in styles cannot be edited" in window.statusBar().currentMessage()

    fill_editor("Sailing club")
    window.actions["new_style"].trigger()
    made = window.current_style()
    assert made is not None and made.name == "Sailing club" and not made.builtin

    fill_editor("Sailing club, winter")
    window.actions["edit_style"].trigger()
    assert window.current_style().name == "Sailing club, winter" and window.current_style().id == made.id
    window.close()


def test_a_style_is_saved_without_the_window_waiting_on_the_disk(qtbot, home) -> None:
    window = next(shown_window(qtbot, accept_provider(build_context(environ={}, log_to_file=False))))
    with ThreadProbe().watching() as probe:
        fill_editor("Sailing club")
        window.actions["new_style"].trigger()
        fill_editor("Sailing club, winter")
        window.actions["edit_style"].trigger()
    assert window.current_style().name == "Sailing club, winter"
    probe.assert_quiet()
    window.close()
