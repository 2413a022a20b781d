"""A new library folder in Settings: the window offers to move the library there (on a worker, every photo
checked), to use the folder as it is, or to keep the old one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.app import build_context
from headshot_desktop.library.relocate import count_photos
from headshot_desktop.ui import library_move
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from tests.support.thread_probe import ThreadProbe
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import WAIT_MS
from tests.unit.library.helpers import add, prepared


@pytest.fixture
def window(qtbot, api_server, context_for):
    context = accept_provider(context_for(api_server))
    library = context.library()
    for seed in (1, 2):
        original = library.import_original(prepared(seed=seed, name=f"selfie {seed}.jpg"))
        add(library, original.id, seed=seed + 10)
    yield from shown_window(qtbot, context)


POLLING: list[QTimer] = []


@pytest.fixture(autouse=True)
def stop_polling():
    """A test that expects no question leaves its poller running: it must not answer the next test's."""
    yield
    while POLLING:
        POLLING.pop().stop()


def choose_folder_then(folder: Path, answer: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """In Settings, choose ``folder`` and press OK; then ``answer`` the question about the library."""
    poller = QTimer(interval=10)
    POLLING.append(poller)

    def step() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SettingsDialog) and widget.isVisible():
                widget.library.setText(str(folder))
                widget.accept()
            elif isinstance(widget, QMessageBox) and widget.isVisible() and widget.objectName() == "library-move":
                poller.stop()
                seen.append(f"{widget.text()} {widget.informativeText()}")
                answer(widget)
                return

    poller.timeout.connect(step)
    poller.start()


def press(label: str) -> Callable[[QMessageBox], None]:
    def click(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text().replace("&", "") == label]
        assert button.isEnabled(), f"{label} is not offered"
        button.click()

    return click


def listed_under(window) -> list[Path]:
    """The library folder of each headshot the Library tab lists."""
    model = window.library_model
    return [model.headshot(row).path.parents[1] for row in range(model.rowCount())]


def test_the_library_is_moved_to_the_new_folder(window, qtbot, home: Path) -> None:
    old, new = window.context.paths.library_dir, home / "Elsewhere" / "My headshots"
    seen: list[str] = []
    choose_folder_then(new, press("Move"), seen)
    window.open_settings()
    qtbot.waitUntil(lambda: window.context.paths.library_dir == new and "Moved 4 photos" in window.statusBar().currentMessage(), timeout=WAIT_MS)  # fmt: skip
    assert seen and "Move your library (4 photos) to" in seen[0] and str(new) in seen[0]
    assert count_photos(new) == 4 and not old.exists()
    qtbot.waitUntil(lambda: str(new) in window.status_line.text(), timeout=WAIT_MS)  # the key part is read on a worker
    assert build_context(environ={}, log_to_file=False).paths.library_dir == new  # saved for next time
    qtbot.waitUntil(lambda: listed_under(window) == [new, new], timeout=WAIT_MS)  # the headshots, read from there


def test_use_the_new_folder_as_it_is(window, qtbot, home: Path) -> None:
    old, new = window.context.paths.library_dir, home / "Fresh"
    seen: list[str] = []
    choose_folder_then(new, press("Use the new folder as it is"), seen)
    window.open_settings()
    qtbot.waitUntil(lambda: window.context.paths.library_dir == new, timeout=WAIT_MS)
    assert str(old) in seen[0]  # where the photos stay is said
    assert count_photos(old) == 4 and count_photos(new) == 0
    qtbot.waitUntil(lambda: str(new) in window.status_line.text(), timeout=WAIT_MS)


def test_cancel_keeps_the_old_folder(window, qtbot, home: Path) -> None:
    old, new = window.context.paths.library_dir, home / "Fresh"
    seen: list[str] = []
    choose_folder_then(new, lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), seen)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    qtbot.wait(50)
    assert window.context.paths.library_dir == old and not new.exists()
    assert build_context(environ={}, log_to_file=False).paths.library_dir == old


def test_a_folder_holding_other_files_is_said_and_not_offered_for_the_move(window, qtbot, home: Path) -> None:
    new = home / "Documents"
    new.mkdir()
    (new / "letter.odt").write_bytes(b"mine")
    seen: list[str] = []
    offered: list[bool] = []

    def answer(box: QMessageBox) -> None:
        (move,) = [b for b in box.buttons() if b.text() == "&Move"]
        offered.append(move.isEnabled())
        box.button(QMessageBox.StandardButton.Cancel).click()

    choose_folder_then(new, answer, seen)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert offered == [False]
    assert "not empty" in seen[0] and "letter.odt" in seen[0]
    assert sorted(p.name for p in new.iterdir()) == ["letter.odt"]


def test_an_empty_library_changes_folder_without_asking(qtbot, api_server, context_for, home: Path) -> None:
    window = next(shown_window(qtbot, accept_provider(context_for(api_server))))
    new = home / "Fresh"
    seen: list[str] = []
    choose_folder_then(new, press("Move"), seen)
    window.open_settings()
    qtbot.waitUntil(lambda: window.context.paths.library_dir == new, timeout=WAIT_MS)
    assert seen == []
    window.close()


def test_a_folder_inside_the_library_is_offered_for_nothing(window, qtbot) -> None:
    old = window.context.paths.library_dir
    seen: list[str] = []
    enabled: list[str] = []

    def answer(box: QMessageBox) -> None:
        enabled.extend(b.text().replace("&", "") for b in box.buttons() if b.isEnabled())
        box.button(QMessageBox.StandardButton.Cancel).click()

    choose_folder_then(old / "Originals" / "more", answer, seen)
    window.open_settings()
    qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
    assert enabled == ["Cancel"]
    assert "inside the library folder" in seen[0]
    assert window.context.paths.library_dir == old


def test_the_folder_is_checked_and_used_as_it_is_without_the_window_waiting_on_the_disk(window, qtbot, home: Path
                                                                                       ) -> None:  # fmt: skip
    new = home / "Fresh"
    seen: list[str] = []
    used: list[bool] = []
    choose_folder_then(new, press("Use the new folder as it is"), seen)
    with ThreadProbe().watching() as probe:
        library_move.change_library(window, new, then=lambda: used.append(True))
        qtbot.waitUntil(lambda: used == [True], timeout=WAIT_MS)
    assert window.context.paths.library_dir == new and seen
    assert build_context(environ={}, log_to_file=False).paths.library_dir == new  # saved, on a worker
    probe.assert_quiet()  # was: the old library closed and the settings written on the window's thread
