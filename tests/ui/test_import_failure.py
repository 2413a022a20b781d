"""Every failure of a step the window asks for reaches the window: a library folder that went away included."""

from __future__ import annotations

import shutil
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.app import build_context
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import SettingsStore
from headshot_desktop.ui.main_window import MainWindow
from tests.unit.intake import corpus

WAIT_MS = 30_000


def library_on_a_drive(tmp_path: Path) -> Path:
    """The library folder saved in the settings, on a "drive" (a folder) the test can unplug."""
    folder = tmp_path / "drive" / "Headshot Desktop"
    store = SettingsStore(AppPaths.from_platform().settings_file)
    settings = store.load()
    settings.library_dir = str(folder)
    store.save(settings)
    return folder


def window_on(qtbot) -> MainWindow:
    win = MainWindow(build_context(log_to_file=False))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def close_boxes(win: MainWindow) -> None:
    for box in win.findChildren(QMessageBox):
        box.close()


def test_open_a_photo_with_the_library_drive_unplugged_says_so_in_the_panel(qtbot, tmp_path: Path) -> None:
    folder = library_on_a_drive(tmp_path)  # never plugged in: neither the folder nor its parent exists
    selfie = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg(corpus.photo((600, 800))))
    win = window_on(qtbot)
    close_boxes(win)
    with qtbot.waitSignal(win.session.importFailed, timeout=WAIT_MS):
        win.import_source(selfie)
    caption = win.photo.caption.text()
    assert str(folder) in caption and "Reading the photo" not in caption
    assert win.original is None and not folder.exists()  # nothing was created in its place


def test_a_further_photo_with_the_library_drive_unplugged_says_so(qtbot, tmp_path: Path) -> None:
    folder = library_on_a_drive(tmp_path)
    selfie = corpus.write(tmp_path, "me too.jpg", corpus.jpeg(corpus.photo((600, 800))))
    win = window_on(qtbot)
    close_boxes(win)
    with qtbot.waitSignal(win.session.importFailed, timeout=WAIT_MS):
        win.session.import_photo(selfie, reference=True)
    assert str(folder) in win.photo.caption.text() and win.photo.references.photos == []


def test_listing_a_library_whose_drive_went_away_shows_the_problem(qtbot, tmp_path: Path) -> None:
    folder = library_on_a_drive(tmp_path)
    folder.mkdir(parents=True)
    win = window_on(qtbot)
    qtbot.waitUntil(lambda: win.library.count.text() == "0 of 0", timeout=WAIT_MS)
    shutil.rmtree(tmp_path / "drive")  # unplugged while the app runs
    win.refresh_library()
    qtbot.waitUntil(lambda: win.library.count.text() == "Library unavailable", timeout=WAIT_MS)
    assert str(folder) in win.library.count.toolTip()


def test_versions_and_a_version_of_a_headshot_whose_library_went_away_are_explained(qtbot, tmp_path: Path) -> None:
    folder = library_on_a_drive(tmp_path)
    (folder / "Headshots").mkdir(parents=True)
    Image.new("RGB", (300, 400), "teal").save(folder / "Headshots" / "by hand.png")
    win = window_on(qtbot)
    qtbot.waitUntil(lambda: win.library.count.text() == "1 of 1", timeout=WAIT_MS)
    (shot,) = win.context.library().list_headshots()
    shutil.rmtree(tmp_path / "drive")
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    with qtbot.waitSignal(win.session.failed, timeout=WAIT_MS) as versions:
        win.session.lineage(shot)
    assert str(folder) in versions.args[0].user_text()
    with qtbot.waitSignal(win.session.failed, timeout=WAIT_MS) as version:
        win.session.load_version(shot)
    assert "by hand.png" in version.args[0].user_text()
    assert any(str(folder) in m for m in messages) and any("by hand.png" in m for m in messages)
