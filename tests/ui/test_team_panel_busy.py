"""One batch made once: Continue in a window while a command (or another window) makes the batch says so and sends
nothing; Delete while the window's own batch runs removes nobody."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from headshot_desktop.services.team.manifest import BatchStore
from headshot_desktop.services.team.people import Person
from tests.support.openai_server import Pacing
from tests.support.team import make_team
from tests.ui.helpers import accept_provider
from tests.ui.team_panel_support import KIT, WAIT_MS, team_panel
from tests.ui.test_team_panel_resume import open_window

BUSY = "This batch is being made in another window or command"


def test_continue_while_a_command_makes_the_batch_says_so_and_sends_nothing(qtbot, api_server, context_for,
                                                                             tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 3)
    context = accept_provider(context_for(api_server))
    other = BatchStore(context.library().root)  # `batch --resume` in a terminal: its own store, its own lock
    made = other.create(KIT, None, [Person(f"P{i}", p) for i, p in enumerate(photos)], tmp_path / "out", None)
    window = open_window(qtbot, context)
    panel = team_panel(qtbot, window)
    qtbot.waitUntil(panel.resume_bar.isVisible, timeout=WAIT_MS)
    before = other.path_of(made.batch_id).read_bytes()
    with other.held(made):
        qtbot.waitUntil(panel.continue_button.isEnabled, timeout=WAIT_MS)
        panel.continue_button.click()
        qtbot.waitUntil(lambda: panel.run.last_stop is not None and not panel.run.running, timeout=WAIT_MS)
        assert BUSY in panel.progress_label.text()
        assert panel.run.last_stop is not None and BUSY in panel.run.last_stop.message
        assert panel.resume_bar.isVisible() and panel.continue_button.isEnabled()  # it can be continued later
    assert api_server.requests_to("images/edits") == []
    assert other.path_of(made.batch_id).read_bytes() == before  # nothing changed
    window.close()


def test_delete_while_the_batch_runs_removes_nobody(qtbot, api_server, context_for, tmp_path: Path) -> None:
    photos = make_team(tmp_path / "team", 6)
    api_server.pacing = Pacing(0.8)
    window = open_window(qtbot, accept_provider(context_for(api_server)))
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.run.running and panel.model.count("running") > 0, timeout=WAIT_MS)
    queued_row = next(i for i, p in enumerate(panel.model.people()) if p.status == "queued")
    panel.table.setFocus()
    panel.table.selectRow(queued_row)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert panel.progress_label.text() == "Stop the batch first to remove people."
    assert panel.model.rowCount() == 6
    qtbot.waitUntil(lambda: not panel.run.running, timeout=WAIT_MS)
    assert panel.manifest is not None and len(panel.manifest.people) == 6
    assert panel.manifest.counts()["done"] == 6
    window.close()


def mnemonic(text: str) -> str:
    """The letter after a single "&" (Alt+letter), lower case; "" when there is none."""
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_the_team_tab_s_alt_keys_clash_with_no_menu_no_tab_and_no_other_button(qtbot, api_server,
                                                                                context_for) -> None:  # fmt: skip
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = open_window(qtbot, context_for(api_server))
    panel = team_panel(qtbot, window)
    menus = [mnemonic(action.text()) for action in window.menuBar().actions()]
    tabs = [mnemonic(window.tabs.tabText(i)) for i in range(window.tabs.count())]
    buttons = [mnemonic(b.text()) for b in panel.findChildren(QAbstractButton) if mnemonic(b.text())]
    labels = [mnemonic(label.text()) for label in panel.findChildren(QLabel) if label.buddy() is not None]
    assert mnemonic(panel.retry_button.text()) not in menus
    team = buttons + labels
    assert sorted(k for k in set(team) if team.count(k) > 1 or k in menus + tabs) == []
