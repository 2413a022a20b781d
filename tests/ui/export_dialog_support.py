"""What the export dialog's tests share: a real library with headshots as large as the providers make them, the
dialog in a host with a real library pool, exporting and waiting for the end, and answering its question."""

from __future__ import annotations

import io
import random
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from headshot_desktop.library import Headshot, Library
from headshot_desktop.library.crops import crop_pixels
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from headshot_desktop.ui.tasks import TaskRunner
from headshot_desktop.ui.widgets.crop_editor import MARGIN, CropEditor
from headshot_desktop.ui.widgets.crop_geometry import View, view_for
from tests.unit.library.helpers import HEADSHOT_META

SIZE = (1024, 1536)  # as the providers make a portrait headshot: enough pixels for every size but print


@pytest.fixture
def library(home: Any) -> Iterator[Library]:
    lib = Library.open(AppPaths.from_platform().library_dir)
    yield lib
    lib.close()


def picture(seed: int, size: tuple[int, int] = SIZE) -> Image.Image:
    """A flat colour of its own (quick to encode) with a patch of noise, so every seed is a different file."""
    rng = random.Random(seed)
    image = Image.new("RGB", size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    image.paste(Image.frombytes("RGB", (16, 16), rng.randbytes(16 * 16 * 3)), (0, 0))
    return image


def add_picture(library: Library, image: Image.Image, *, n: int = 1, **meta: object) -> Headshot:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    return library.add_headshot(buffer.getvalue(), original_id=None, index_in_run=n, **{**HEADSHOT_META, **meta})


def add_large(library: Library, seed: int = 7, *, n: int = 1, size: tuple[int, int] = SIZE) -> Headshot:
    return add_picture(library, picture(seed, size), n=n)


def same_named(library: Library, count: int) -> list[Headshot]:
    """``count`` headshots the default template names alike: same day, same style, each the first of its run."""
    return [add_large(library, seed=seed, n=1) for seed in range(count)]


class PoolHost(QWidget):
    """Stands in for the window the dialog opens from: its session's library pool, a real one-worker TaskRunner,
    and, given a ``library``, the context the dialog finds it in (where framings are remembered)."""

    alive: list[PoolHost] = []  # pytest-qt keeps only a weak reference, and the host owns the dialog

    def __init__(self, library: Library | None = None) -> None:
        super().__init__()
        context = None if library is None else SimpleNamespace(library=lambda: library,
                                                                paths=AppPaths.from_platform())  # fmt: skip
        self.session = SimpleNamespace(runner=TaskRunner(max_workers=1, parent=self), context=context)
        PoolHost.alive.append(self)

    def done(self) -> None:
        self.session.runner.shutdown()
        PoolHost.alive.remove(self)


def open_dialog(qtbot: Any, headshots: list[Headshot], settings: Settings | None = None,
                library: Library | None = None) -> ExportDialog:  # fmt: skip
    host = PoolHost(library)
    qtbot.addWidget(host, before_close_func=PoolHost.done)
    dialog = ExportDialog(headshots, settings or Settings(), host)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export_and_wait(qtbot: Any, dialog: ExportDialog, timeout: int = 20_000) -> list[Path]:
    """Press Export and wait until that press is over (written, failed, stopped or gone back): what it wrote."""
    with qtbot.waitSignal(dialog.exported, timeout=timeout) as blocker:
        dialog.accept()
    return blocker.args[0]


class Questions:
    """Answers every question box the dialog asks with ``answer`` (a button's text), and keeps what was asked."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.asked: list[dict[str, Any]] = []
        self._timer = QTimer(interval=20)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        buttons = {b.text().replace("&", ""): b for b in box.buttons()}
        default = box.defaultButton()
        self.asked.append({"text": box.text() + "\n" + box.informativeText(), "buttons": sorted(buttons),
                           "default": default.text().replace("&", "") if default else None})  # fmt: skip
        if self.answer in buttons:
            buttons[self.answer].click()
        else:  # Escape, or a box without that answer: close it rather than hang the test
            QTest.keyClick(box, Qt.Key.Key_Escape)
            if box.isVisible():
                box.done(0)

    def stop(self) -> None:
        self._timer.stop()


# -- the crop editor, as a person moves it ---------------------------------------------------------------------
def editor_view(editor: CropEditor) -> View:
    size = editor.image_size
    assert size is not None, "the picture is not in yet"
    return view_for(*size, editor.width(), editor.height(), MARGIN)


def frame_centre(editor: CropEditor) -> QPoint:
    """Where the middle of the frame is on the screen."""
    size = editor.image_size
    assert size is not None
    left, top, right, bottom = crop_pixels(editor.crop(), *size)
    x, y = editor_view(editor).to_widget((left + right) / 2, (top + bottom) / 2)
    return QPoint(round(x), round(y))


def drag(editor: CropEditor, start: QPoint, by: QPoint) -> None:
    QTest.mousePress(editor, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(editor, start + by)
    QTest.mouseRelease(editor, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + by)


def wheel(widget: QWidget, at: QPoint, notches: int) -> None:
    """Turn the mouse wheel ``notches`` (negative: towards the person) with the mouse at ``at``."""
    event = QWheelEvent(QPointF(at), QPointF(widget.mapToGlobal(at)), QPoint(0, 0), QPoint(0, 120 * notches),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)  # fmt: skip
    QApplication.sendEvent(widget, event)
