"""Who is in the batch: photos and folders dropped on the table, a CSV list, Delete for someone still queued (asked
first), and a person added to a finished batch, who gets the batch's own kit."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.services.team.kit import TeamKit
from headshot_desktop.ui.main_window import MainWindow
from tests.support.team import make_team, who
from tests.ui.helpers import accept_provider, shown_window, when_shown
from tests.ui.team_panel_support import KIT, WAIT_MS, run_to_the_end, statuses, team_panel


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def drop(widget, paths: list[Path]) -> bool:
    """Drag ``paths`` over ``widget`` and drop them, as a file manager does; whether the drag was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, button, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(widget, QDropEvent(QPoint(20, 20), action, mime, button, keys))
    return True


def test_photos_and_folders_dropped_on_the_table_join_the_batch(qtbot, window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "sales"
    make_team(folder, 3, names=("ann_lee", "bo_chen", "cy_diaz"))
    (one,) = make_team(tmp_path / "more", 1, names=("dee_eve",))
    panel = team_panel(qtbot, window)
    assert drop(panel.table.viewport(), [folder, one])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=WAIT_MS)
    assert [p.name for p in panel.model.people()] == ["Ann Lee", "Bo Chen", "Cy Diaz", "Dee Eve"]
    assert panel.model.data(panel.model.index(0, 1)) == "ann_lee.jpg"
    assert not drop(panel.table.viewport(), [])  # nothing to take: the drag is refused


def test_a_csv_list_names_the_people(qtbot, window: MainWindow, tmp_path: Path) -> None:
    make_team(tmp_path / "photos", 2)
    listing = tmp_path / "team.csv"
    listing.write_text("name,photo\nJane Doe,photos/person_01.jpg\nJohn Roe,photos/person_02.jpg\n")
    panel = team_panel(qtbot, window)
    panel.add_csv(listing)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=WAIT_MS)
    assert [p.name for p in panel.model.people()] == ["Jane Doe", "John Roe"]


def test_delete_removes_a_queued_person_once_asked(qtbot, window: MainWindow, tmp_path: Path) -> None:
    make_team(tmp_path / "team", 3)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths([tmp_path / "team"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3 and "·" in panel.start_button.text(), timeout=WAIT_MS)
    assert "3 people" in panel.estimate_label.text()
    panel.table.setFocus()
    panel.table.selectRow(1)
    errors: list[BaseException] = []
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    when_shown(QMessageBox, answer, errors)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    assert not errors and asked == ["Remove Person 02 from the batch?"]
    assert [p.name for p in panel.model.people()] == ["Person 01", "Person 03"]
    qtbot.waitUntil(lambda: "2 people" in panel.estimate_label.text(), timeout=WAIT_MS)  # priced again


def test_someone_added_to_a_finished_batch_gets_its_kit(qtbot, window: MainWindow, api_server,
                                                       tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 3)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos[:2])
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    run_to_the_end(qtbot, panel)
    assert set(statuses(panel).values()) == {"done"}
    manifest = panel.manifest
    assert manifest is not None
    sent = len(api_server.requests_to("images/edits"))

    panel.add_paths(photos[2:])  # a new hire, months later
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3, timeout=WAIT_MS)
    assert panel.manifest is manifest and statuses(panel)["Person 03"] == "queued"
    qtbot.waitUntil(lambda: "for the 1 person left × 2 variants" in panel.estimate_label.text(), timeout=WAIT_MS)
    run_to_the_end(qtbot, panel)
    assert set(statuses(panel).values()) == {"done"}
    later = api_server.requests_to("images/edits")[sent:]
    assert [who(request, photos) for request in later] == [2, 2]  # only the new person, both variants
    assert TeamKit.from_json(manifest.kit) == KIT  # the batch kept its kit
    first_prompt = api_server.requests_to("images/edits")[0].fields["prompt"]
    assert all(request.fields["prompt"] == first_prompt for request in later)
