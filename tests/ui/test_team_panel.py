"""The Team tab against the real OpenAI test server: people added, the price before Start, the run's statuses and
progress, a refusal with its reason, export all into one folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from headshot_desktop.services.team.manifest import BatchStore
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.team.people_model import STATUS
from tests.support.team import make_team, refuse_photos
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.team_panel_support import KIT, WAIT_MS, run_to_the_end, settled, statuses, team_panel


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def test_a_team_runs_with_statuses_a_refusal_and_export_all(qtbot, window: MainWindow, api_server,
                                                             tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 6, broken=(4,))  # person 5 is not a photo
    api_server.answer_by(refuse_photos([photos[2]]))  # the provider refuses person 3 (moderation)
    panel = team_panel(qtbot, window)
    assert not panel.start_button.isEnabled()  # no kit, nobody yet
    panel.set_kit(KIT, None)
    assert "Corporate grey" in panel.kit_line.text() and "2 variants" in panel.kit_line.text()
    panel.add_paths([tmp_path / "team"])  # a folder: one person per photo in it
    qtbot.waitUntil(lambda: panel.model.rowCount() == 6 and panel.start_button.text().startswith("St&art · about $"),
                    timeout=WAIT_MS)  # fmt: skip
    # The whole batch's price, before anything is sent.
    assert panel.estimate_label.text().startswith("About $")
    assert "for 6 people × 2 variants" in panel.estimate_label.text()
    assert api_server.requests_to("images/edits") == []

    run_to_the_end(qtbot, panel)

    found = statuses(panel)
    assert found == {"Person 01": "done", "Person 02": "done", "Person 03": "refused", "Person 04": "done",
                     "Person 05": "refused", "Person 06": "done"}  # fmt: skip
    refused = panel.model.person(2)
    row = panel.model.index(2, STATUS)
    assert refused.reason and panel.model.data(row) == f"Refused — {refused.reason}"
    assert panel.model.data(row, Qt.ItemDataRole.ToolTipRole) == refused.reason
    assert panel.model.person(4).reason  # the broken file: the intake's sentence
    assert all(len(p.headshot_ids) == 2 for p in panel.model.people() if p.status == "done")
    assert panel.progress.value() == panel.progress.maximum() == 6
    assert panel.run.last_stop is not None and panel.run.last_stop.reason == "finished"
    assert not panel.resume_bar.isVisible()

    assert panel.export_button.isEnabled()
    out = tmp_path / "out"
    panel.exports.export_all(out)
    qtbot.waitUntil(lambda: settled(panel), timeout=WAIT_MS)
    assert sorted(p.name for p in out.iterdir()) == ["Person 01.jpg", "Person 02.jpg", "Person 04.jpg",
                                                     "Person 06.jpg"]  # fmt: skip
    assert "Exported 4 headshots" in panel.export_label.text()
    assert not panel.reveal_button.isHidden()


def test_enter_opens_the_picker_and_the_choice_is_kept_in_the_batch(qtbot, window: MainWindow,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 2)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    run_to_the_end(qtbot, panel)
    panel.table.setFocus()
    panel.table.selectRow(1)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    picker = panel.side.picker
    assert picker is not None and picker.person.key == panel.model.person(1).key
    assert picker.variants.count() == 2 and picker.variants.hasFocus()
    QTest.keyClick(picker.variants, Qt.Key.Key_2)  # the second variant is the best
    second = panel.model.person(1).headshot_ids[1]
    assert panel.model.person(1).chosen_id == second
    qtbot.waitUntil(lambda: settled(panel), timeout=WAIT_MS)
    assert panel.manifest is not None
    saved = BatchStore(panel.library.root).load(panel.manifest.batch_id)  # type: ignore[union-attr]
    assert saved.person(panel.model.person(1).key).chosen_id == second
    assert panel.side.adjust_button.isEnabled()


def test_moving_to_a_row_shows_that_persons_variants_and_the_bar_waits_for_a_batch(qtbot, window: MainWindow,
                                                                                     tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 2)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    assert panel.progress.isHidden()  # no batch yet: no empty bar
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.run.running, timeout=WAIT_MS)
    assert not panel.progress.isHidden()
    qtbot.waitUntil(lambda: not panel.run.running, timeout=WAIT_MS)
    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    picker = panel.side.picker
    assert picker is not None and picker.person.key == panel.model.person(1).key
    assert panel.table.hasFocus()  # the arrows stay on the table; Enter moves them to the variants


def test_ctrl_4_shows_the_team_tab_and_builds_it(qtbot, window: MainWindow) -> None:
    tab = window.team  # type: ignore[attr-defined]
    assert not tab.is_built()
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is tab and tab.is_built()
