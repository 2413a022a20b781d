"""The window offers to bring kept (paid) headshots into the library, and names damaged settings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.app import build_context
from headshot_desktop.library import Library
from headshot_desktop.library.recovery import RecoveryBox
from headshot_desktop.ui import recovery
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown_window
from tests.unit.library.helpers import image_bytes, prepared


@pytest.fixture
def window(qtbot, home: Path):
    context = build_context(log_to_file=False)
    yield from shown_window(qtbot, context)
    context.close()


def test_kept_headshots_are_offered_and_moved_into_the_library(window, qtbot, monkeypatch) -> None:
    box = RecoveryBox(window.context.paths.recovery_dir)
    meta = {"style_id": "corporate-navy", "style_name": "Corporate navy", "cost_usd": 0.05, "model": "m"}
    box.keep(image_bytes(80, 120, seed=3), ".png", meta)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _w, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: told.append(text))

    recovery.offer_recovery(window)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)

    assert "1 headshot you paid for was kept in" in asked[0]
    assert told == ["Moved 1 headshot into the library."]
    headshots = window.context.library().list_headshots()
    assert [(h.style_id, h.cost_usd) for h in headshots] == [("corporate-navy", 0.05)]
    assert box.items() == []


def test_damaged_settings_are_named_in_the_window(qtbot, home: Path, monkeypatch) -> None:
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b'{"theme": "caf\xe9"}')
    context = build_context(log_to_file=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: shown.append(text))
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        recovery.show_notices(win)
        assert len(shown) == 1 and "settings.json" in shown[0] and "settings.json.bad" in shown[0]
        assert json.loads(settings.with_name("settings.json.bad").read_bytes().decode("latin-1"))
    finally:
        win.close()
        context.close()


def test_a_rebuilt_index_is_told_in_the_status_bar(window, qtbot) -> None:
    library = window.context.library()
    library.import_original(prepared(seed=4))
    index = library.index_path
    window.context.close()
    for path in (index, index.with_name(index.name + "-wal"), index.with_name(index.name + "-shm")):
        path.unlink(missing_ok=True)
    (window.context.paths.library_dir / "Headshots" / "by hand.png").write_bytes(image_bytes(90, 90, seed=5))
    notices: list[str] = []
    window.session.libraryNotice.connect(notices.append)
    window.session.rescan()
    qtbot.waitUntil(lambda: bool(notices), timeout=10_000)
    assert "rebuilt" in notices[0] and "by hand.png" in notices[0]
    qtbot.waitUntil(lambda: "rebuilt" in window.statusBar().currentMessage(), timeout=5_000)


def test_reload_reopens_a_library_whose_folder_came_back(window, qtbot, tmp_path) -> None:
    library = window.context.library()
    root = library.root
    library.import_original(prepared(seed=6))
    window.context.close()  # (the window's own handle; the test keeps `library` to ask it)
    library = Library.open(root, scan=False)
    # The drive is pulled out and plugged in again: the same files, a new folder (a new inode) at the path.
    copy = shutil.copytree(root, tmp_path / "the stick again")
    library.close()
    shutil.rmtree(root)
    Path(copy).rename(root)
    assert not library.still_there()
    window.context._library = library  # as if the window had it open all along
    listed: list[int] = []
    window.session.libraryListed.connect(lambda originals, _headshots: listed.append(len(originals)))
    window.reload_library()
    qtbot.waitUntil(lambda: bool(listed) and listed[-1] == 1, timeout=10_000)
    assert window.context.library() is not library and window.context.library().still_there()


def _error_boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName().startswith("error-") and b.isVisible()]


def test_a_recovery_folder_that_cannot_be_read_is_said_at_start(window, qtbot) -> None:
    folder = window.context.paths.recovery_dir
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"")  # a file where the folder should be: it cannot be listed

    recovery.offer_recovery(window)  # was: the failure was dropped, and paid headshots there never mentioned

    qtbot.waitUntil(lambda: bool(_error_boxes(window)), timeout=10_000)
    (box,) = _error_boxes(window)
    assert "read the recovery folder" in box.text() and str(folder) in box.text()
    box.close()


def test_kept_headshots_that_cannot_be_moved_are_said_in_the_window(window, qtbot, monkeypatch) -> None:
    folder = window.context.paths.recovery_dir
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_bytes(b"")
    waited: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: waited.append(text))

    recovery.recover(window)

    qtbot.waitUntil(lambda: bool(_error_boxes(window)), timeout=10_000)
    (box,) = _error_boxes(window)
    assert str(folder) in box.text()
    assert waited == []  # not a box the window has to wait on
    box.close()
