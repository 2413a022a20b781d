"""Export All My Data while it takes a while: a busy note shows, and a second click meanwhile starts nothing."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

import headshot_desktop.library
from headshot_desktop.ui import data_rights
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import WAIT_MS, bring_photo


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def test_export_all_shows_it_is_busy_and_starts_once(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    bring_photo(window, qtbot, tmp_path)
    archive = tmp_path / "everything.zip"
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (asked.append("where") or str(archive), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, *a, **k: told.append(title))
    go_on = threading.Event()
    export_all = headshot_desktop.library.export_all

    def slow_export(*args, **kwargs):
        go_on.wait(30)  # a big library: the zip takes a while
        return export_all(*args, **kwargs)

    monkeypatch.setattr(headshot_desktop.library, "export_all", slow_export)

    data_rights.export_all_data(window)
    busy = window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: busy.isVisible(), timeout=WAIT_MS)
    assert "Saving all your data to everything.zip" in busy.labelText()
    data_rights.export_all_data(window)  # clicked again meanwhile
    assert asked == ["where"]  # not even asked where: one export at a time

    go_on.set()
    qtbot.waitUntil(lambda: told == ["Export complete"], timeout=WAIT_MS)
    assert not any(note.isVisible() for note in window.findChildren(QProgressDialog))  # the note went
    with zipfile.ZipFile(archive) as zf:
        assert sum(n.startswith("Originals/") for n in zf.namelist()) == 1
    data_rights.export_all_data(window)  # once done, it can be done again
    assert asked == ["where", "where"]
    qtbot.waitUntil(lambda: told == ["Export complete"] * 2, timeout=WAIT_MS)
