"""Copy (Edit ▸ Copy, Ctrl+C) and drag-out give the exported pixels, as the last export was made, not the library's
own file: the real clipboard (offscreen) and the data a real drag carries."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QGuiApplication, QKeySequence
from PySide6.QtTest import QTest

from headshot_desktop.library import Headshot, Library, export_headshot
from headshot_desktop.library.crops import Crop
from headshot_desktop.library.presets import PRESETS, find_preset, load_presets
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.models.roles import HeadshotRole
from headshot_desktop.ui.widgets.result_strip import HEADSHOT_ROLE
from tests.support.thread_probe import ThreadProbe
from tests.ui.helpers import accept_provider, shown_window
from tests.unit.intake import corpus
from tests.unit.library.helpers import HEADSHOT_META

WAIT_MS = 30_000
SIZE = (1024, 1536)


@pytest.fixture
def clipboard() -> Iterator[None]:
    yield
    QGuiApplication.clipboard().clear()  # nothing of the test's left on it as the application ends


@pytest.fixture
def window(qtbot, api_server, context_for, clipboard) -> Iterator[MainWindow]:
    context = accept_provider(context_for(api_server))
    with Library.open(context.paths.library_dir) as library:
        for n in range(1, 4):
            library.add_headshot(
                corpus.png(corpus.photo(SIZE, seed=n)), original_id=None, index_in_run=n, **HEADSHOT_META
            )
    context.settings.export_preset, context.settings.export_format = "linkedin", "jpeg"  # the last export's choices
    for shown in shown_window(qtbot, context):
        qtbot.waitUntil(lambda shown=shown: shown.library_model.rowCount() == 3, timeout=WAIT_MS)
        shown.tabs.setCurrentWidget(shown.library)
        yield shown


def exported_dir(window: MainWindow, kind: str) -> Path:
    return window.context.paths.cache_dir / "exported" / kind


def select_in_library(window: MainWindow, count: int) -> list[Headshot]:
    view, proxy = window.library.view, window.library.proxy
    rows = [r for r in range(proxy.rowCount()) if proxy.index(r).data(HeadshotRole) is not None]
    view.clearSelection()
    for row in rows[:count]:
        view.selectionModel().select(proxy.index(row), view.selectionModel().SelectionFlag.Select)
    return window.library.selected()


def clipboard_files() -> list[Path]:
    mime = QGuiApplication.clipboard().mimeData()
    return [Path(url.toLocalFile()) for url in mime.urls()] if mime is not None else []


def linkedin_jpeg(path: Path) -> bool:
    with Image.open(path) as image:
        return image.format == "JPEG" and image.size == PRESETS["linkedin"].size


def test_copy_puts_the_exported_picture_on_the_clipboard(window: MainWindow, qtbot) -> None:
    (shot,) = select_in_library(window, 1)
    window.actions["copy"].trigger()
    qtbot.waitUntil(lambda: bool(clipboard_files()), timeout=WAIT_MS)
    (copied,) = clipboard_files()
    assert copied.parent.parent == exported_dir(window, "clipboard") and copied != shot.path
    assert copied.suffix == ".jpg" and linkedin_jpeg(copied)
    mime = QGuiApplication.clipboard().mimeData()
    picture = mime.imageData()
    assert (picture.width(), picture.height()) == PRESETS["linkedin"].size  # the exported pixels, not the 1024 × 1536
    assert bytes(mime.data("image/jpeg")) == copied.read_bytes()
    said = window.statusBar().currentMessage()
    assert "to the clipboard" in said and copied.name in said


def test_ctrl_c_in_results_copies_and_the_older_copy_is_removed(window: MainWindow, qtbot) -> None:
    assert QKeySequence(QKeySequence.StandardKey.Copy) in window.actions["copy"].shortcuts()
    first, second = window.library.listed_headshots[:2]
    copies = []
    for shot in (first, second):
        window.open_in_results(shot)
        qtbot.waitUntil(lambda shot=shot: window.results.current() is not None and window.results.current().id == shot.id,
                        timeout=WAIT_MS)  # fmt: skip
        QGuiApplication.clipboard().clear()
        window.results.strip.setFocus()
        window.activateWindow()
        QTest.keyClick(window.results.strip, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: bool(clipboard_files()), timeout=WAIT_MS)
        copies += clipboard_files()
    assert all(linkedin_jpeg(path) for path in copies[1:]) and copies[0] != copies[1]
    assert not copies[0].exists(), "the clipboard's older copy is cleaned away"
    assert [p.name for p in exported_dir(window, "clipboard").iterdir()] == [copies[1].parent.name]


def test_copy_with_nothing_selected_says_so(window: MainWindow, qtbot) -> None:
    QGuiApplication.clipboard().setText("the person's own text")
    window.library.view.clearSelection()
    window.actions["copy"].trigger()
    assert window.statusBar().currentMessage() == "Select a headshot in Results or the Library to copy it."
    assert QGuiApplication.clipboard().text() == "the person's own text"


class Drags:
    """The drags the window starts: their data, as a drop target would get it (offscreen has no drag to run)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.mimes: list[QMimeData] = []

        def dropped(drag: QDrag, *_args: object) -> Qt.DropAction:
            self.mimes.append(drag.mimeData())
            return Qt.DropAction.CopyAction

        monkeypatch.setattr(QDrag, "exec", dropped)

    def files(self) -> list[Path]:
        (mime,) = self.mimes
        return [Path(url.toLocalFile()) for url in mime.urls()]


def press(view, index_rect_center: QPoint) -> None:
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, index_rect_center)


def test_dragging_tiles_out_of_the_library_carries_exported_files(window: MainWindow, qtbot, monkeypatch) -> None:
    drags = Drags(monkeypatch)
    chosen = select_in_library(window, 2)
    view = window.library.view
    pressed = view.selectionModel().selectedIndexes()[0]
    press(view, view.visualRect(pressed).center())  # on a selected tile: the selection stays, and its files begin
    assert QGuiApplication.mouseButtons() == Qt.MouseButton.LeftButton
    view.startDrag(Qt.DropAction.CopyAction)  # the drag waits for them, the window running meanwhile
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       view.visualRect(pressed).center())  # fmt: skip
    files = drags.files()
    assert len(files) == 2 and {f.parent.parent for f in files} == {exported_dir(window, "drag")}
    assert all(linkedin_jpeg(f) for f in files)
    assert not {f.resolve() for f in files} & {h.path.resolve() for h in chosen}


def test_dragging_a_result_out_carries_the_exported_file_and_picture(window: MainWindow, qtbot, monkeypatch) -> None:
    drags = Drags(monkeypatch)
    shot = window.library.listed_headshots[0]
    window.open_in_results(shot)
    strip = window.results.strip
    qtbot.waitUntil(lambda: strip.count() == 1 and bool(strip.selectedItems()), timeout=WAIT_MS)
    window.tabs.setCurrentIndex(1)
    item = strip.item(0)
    press(strip, strip.visualItemRect(item).center())
    strip.startDrag(Qt.DropAction.CopyAction)
    QTest.mouseRelease(strip.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       strip.visualItemRect(item).center())  # fmt: skip
    (exported,) = drags.files()
    assert linkedin_jpeg(exported) and exported.parent.parent == exported_dir(window, "drag")
    (mime,) = drags.mimes
    assert (mime.imageData().width(), mime.imageData().height()) == PRESETS["linkedin"].size
    assert item.data(HEADSHOT_ROLE).path != exported


def test_a_drag_let_go_before_its_files_are_ready_does_not_start(window: MainWindow, qtbot, monkeypatch) -> None:
    drags = Drags(monkeypatch)
    select_in_library(window, 1)
    view = window.library.view
    gate = threading.Event()
    window.session.runner.submit(lambda _progress, _cancel: gate.wait(10), label="busy")  # the library pool is busy
    center = view.visualRect(view.selectionModel().selectedIndexes()[0]).center()
    press(view, center)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center)
    view.startDrag(Qt.DropAction.CopyAction)
    gate.set()
    assert drags.mimes == []
    qtbot.waitUntil(lambda: not window.session.runner.active, timeout=WAIT_MS)


def test_copy_and_drag_do_nothing_blocking_on_the_windows_thread(window: MainWindow, qtbot, monkeypatch) -> None:
    drags = Drags(monkeypatch)
    select_in_library(window, 1)
    view = window.library.view
    center = view.visualRect(view.selectionModel().selectedIndexes()[0]).center()
    probe = ThreadProbe()
    probe.start()
    try:
        window.actions["copy"].trigger()
        qtbot.waitUntil(lambda: bool(clipboard_files()), timeout=WAIT_MS)
        press(view, center)
        view.startDrag(Qt.DropAction.CopyAction)
        QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, center)
    finally:
        probe.stop()
    assert len(drags.mimes) == 1
    probe.assert_quiet()


def test_copy_uses_the_persons_own_size_and_the_remembered_framing(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """A size of the person's own (their export_presets.json) and the framing they chose in the crop editor."""
    config = window.context.paths.config_dir
    config.mkdir(parents=True, exist_ok=True)
    (config / "export_presets.json").write_text(
        json.dumps({"version": 1, "presets": [{"id": "my-square", "name": "My square", "size": [300, 300]}]}),
        encoding="utf-8",
    )
    window.context.settings.export_preset, window.context.settings.export_format = "my-square", "png"
    (shot,) = select_in_library(window, 1)
    crop = Crop(0.2, 0.1, 0.5, 0.5 * SIZE[0] / SIZE[1])
    window.context.library().crops.set(shot, "my-square", crop)
    window.actions["copy"].trigger()
    qtbot.waitUntil(lambda: bool(clipboard_files()), timeout=WAIT_MS)
    (copied,) = clipboard_files()
    mine = find_preset("my-square", load_presets(config))
    framed = export_headshot(shot, tmp_path / "expected.png", preset=mine, fmt="png", crop=crop)
    with Image.open(copied) as got, Image.open(framed) as want:
        assert got.size == (300, 300) and got.tobytes() == want.tobytes()
    assert "My square (300 × 300), PNG" in window.statusBar().currentMessage()


def test_copy_to_the_team_page_is_at_the_size_the_person_set(window: MainWindow, qtbot) -> None:
    window.context.settings.team_page_size = [450, 600]
    window.context.settings.export_preset, window.context.settings.export_format = "team-page", "webp"
    select_in_library(window, 1)
    window.actions["copy"].trigger()
    qtbot.waitUntil(lambda: bool(clipboard_files()), timeout=WAIT_MS)
    (copied,) = clipboard_files()
    with Image.open(copied) as image:
        assert image.format == "WEBP" and image.size == (450, 600)
