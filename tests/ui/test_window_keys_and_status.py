"""What a new user met (#14 items 4 and 15): View ▸ Show… and Ctrl+1/2/3, Ctrl+, for Settings, and a status
line (key source · library) that stays when a menu is hovered."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from headshot_desktop.app import build_context
from tests.ui.helpers import accept_provider, shown_window


def open_window(qtbot):
    return next(shown_window(qtbot, accept_provider(build_context(environ={}, log_to_file=False))))


def test_show_create_results_library_by_menu_and_by_key(qtbot, home) -> None:
    window = open_window(qtbot)
    for number, index in ((2, 1), (3, 2), (1, 0)):
        window.actions[f"tab{number}"].trigger()  # the menu item: triggered(checked) must not become the index
        assert window.tabs.currentIndex() == index
    for number in (1, 2, 3):  # the keys: each item carries its Ctrl+number (triggering it is tested above)
        assert QKeySequence(f"Ctrl+{number}") in window.actions[f"tab{number}"].shortcuts()
    window.close()


def test_settings_has_a_shortcut_that_works_here(qtbot, home) -> None:
    window = open_window(qtbot)
    shortcuts = [s for s in window.actions["settings"].shortcuts() if not s.isEmpty()]
    assert shortcuts, "an empty key sequence is no shortcut"
    assert QKeySequence("Ctrl+,") in shortcuts or any(s.toString() for s in shortcuts)
    window.close()


def test_the_status_line_stays_when_a_menu_item_is_hovered(qtbot, home) -> None:
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: "looked up" not in window.status_line.text())  # the keyring answers on a worker
    status = window.status_line.text()
    assert "API key" in status and "Library:" in status
    window.statusBar().showMessage("Open a photo file", 2000)  # a menu item's tip, as hovering shows it
    window.statusBar().clearMessage()  # and leaving it
    assert window.status_line.text() == status and window.status_line.isVisible()
    window.close()


def test_the_first_window_fits_the_screen(qtbot, home) -> None:
    window = open_window(qtbot)  # no saved geometry: the first start
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() + 40 <= room.height(), (window.size(), room)
    assert room.contains(window.geometry().topLeft()) and room.contains(window.geometry().bottomRight())
    window.close()
