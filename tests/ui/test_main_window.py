from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from headshot_desktop.app import build_context
from headshot_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, home: Path) -> MainWindow:
    context = build_context(log_to_file=False)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def drop(widget, mime: QMimeData) -> QDropEvent:
    event = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)
    return event


def test_window_shows_key_source_and_library(window: MainWindow, home: Path, qtbot) -> None:
    # Where the key is comes from the keyring, asked on a worker.
    qtbot.waitUntil(lambda: "API key for OpenAI: not set" in window.status_line.text())
    assert str(home / "Pictures" / "Headshot Desktop") in window.status_line.text()


def test_the_window_icon_is_drawn_crisp_at_small_and_large_sizes(window: MainWindow) -> None:
    icon = window.windowIcon()
    for side in (16, 256):
        image = icon.pixmap(side, side).toImage()
        assert image.width() == side  # drawn at that size, not a small picture scaled up
        # The app's mark: opaque pixels inside, transparent corners.
        assert image.pixelColor(side // 2, side // 2).alpha() == 255 and image.pixelColor(0, 0).alpha() == 0


def test_dropping_files_emits_their_paths(window: MainWindow, qtbot, tmp_path: Path) -> None:
    photo = tmp_path / "me.jpg"
    photo.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    with qtbot.waitSignal(window.drop_zone.filesDropped) as blocker:
        drop(window.drop_zone, mime)
    assert blocker.args == [[photo]]


def test_geometry_is_saved_on_close(window: MainWindow, home: Path) -> None:
    window.resize(700, 500)
    window.close()
    saved = build_context(log_to_file=False).settings.window_geometry
    assert saved
    again = MainWindow(build_context(log_to_file=False))
    assert again.size().width() == 700
    again.deleteLater()


@pytest.mark.parametrize("theme, dark", [("dark", True), ("light", False)])
def test_theme_is_applied(qapp, theme: str, dark: bool) -> None:
    from headshot_desktop.ui.theme import apply_theme, is_dark

    apply_theme(qapp, theme)
    try:
        assert is_dark(qapp) is dark
    finally:
        apply_theme(qapp, "system")


def test_work_submitted_after_shutdown_never_runs(qtbot) -> None:
    from headshot_desktop.ui.tasks import TaskRunner

    runner = TaskRunner(max_workers=1)
    runner.shutdown()
    ran = []
    task = runner.submit(lambda progress, cancel: ran.append(1), on_done=ran.append)
    qtbot.wait(50)
    assert task.cancelled and ran == [] and runner.active == []


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="per-thread nice is Linux only")
def test_workers_yield_the_cpu_to_the_window(qtbot) -> None:
    import os
    import threading

    from headshot_desktop.ui.tasks import BACKGROUND_NICE, TaskRunner

    runner = TaskRunner(max_workers=1)
    seen = []
    work = lambda progress, cancel: os.getpriority(os.PRIO_PROCESS, threading.get_native_id())  # noqa: E731
    with qtbot.waitSignal(runner.activeChanged, check_params_cb=lambda n: n == 0):
        runner.submit(work, on_done=seen.append)
    runner.shutdown()
    main_nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    assert seen == [main_nice + BACKGROUND_NICE] or seen == [19]


def test_a_missing_library_folder_is_reported_and_reloaded(qtbot, home: Path, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from headshot_desktop.system.paths import AppPaths
    from headshot_desktop.system.settings import SettingsStore

    folder = tmp_path / "unplugged drive" / "Headshots"
    store = SettingsStore(AppPaths.from_platform().settings_file)
    settings = store.load()
    settings.library_dir = str(folder)
    store.save(settings)
    win = MainWindow(build_context(log_to_file=False))
    qtbot.addWidget(win)
    win.show()

    def boxes() -> list[QMessageBox]:
        return [b for b in win.findChildren(QMessageBox) if b.objectName() == "error-config" and b.isVisible()]

    qtbot.waitUntil(lambda: len(boxes()) == 1)
    box = boxes()[0]
    assert str(folder) in box.text() and "connect" in box.informativeText()
    assert "Open settings" in [b.text() for b in box.buttons()]
    assert win.library.count.text() == "Library unavailable" and str(folder) in win.library.count.toolTip()
    box.close()
    win.refresh_library()  # a later refresh does not repeat the same message
    qtbot.wait(200)
    assert boxes() == [] and not folder.exists()

    folder.mkdir(parents=True)  # the drive is back: View ▸ Reload Library (F5)
    win.actions["reload"].trigger()
    qtbot.waitUntil(lambda: win.library.count.text() == "0 of 0")
    assert (folder / "Originals").is_dir() and boxes() == [] and win.library.count.toolTip() == ""
