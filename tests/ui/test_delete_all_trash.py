"""Delete All My Data in the window: it offers to remove what the person deleted in the app from the trash."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from headshot_desktop.library.trash import find_trashed
from headshot_desktop.ui import data_rights
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import WAIT_MS
from tests.unit.library.helpers import add, prepared

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test HOME's trash is on Linux")


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def _answer_the_trash_question(button_text: str, asked: list[str]) -> None:
    """Press ``button_text`` in the trash question once it shows, and keep its text."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        asked.append(box.text())
        next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()
        return
    QTimer.singleShot(20, lambda: _answer_the_trash_question(button_text, asked))


@pytest.mark.parametrize("answer", ["Remove from the trash", "Keep them in the trash"])
def test_delete_all_offers_to_empty_the_apps_files_from_the_trash(
    window: MainWindow, qtbot, home: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    library = window.context.library()
    original = library.import_original(prepared(name="me.jpg", seed=5))
    library.delete([add(library, original.id, seed=9), original])  # Delete in the window: to the trash
    assert len(find_trashed(window.context.paths.library_dir)) == 2, "precondition: both are in the trash"
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text))
    asked: list[str] = []
    QTimer.singleShot(0, lambda: _answer_the_trash_question(answer, asked))

    data_rights.delete_all_data(window)  # the trash is read on a worker, then the question comes
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)

    assert asked and "2 photos and headshots you deleted in Headshot Desktop earlier" in asked[0]
    left = find_trashed(window.context.paths.library_dir)
    if answer == "Remove from the trash":
        assert left == [] and "Removed 2 file(s) you had deleted in the app from the system trash." in told[0]
    else:
        assert len(left) == 2 and "2 file(s) you deleted in the app are still in the system trash" in told[0]
