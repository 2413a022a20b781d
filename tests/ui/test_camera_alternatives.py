"""Without a camera the Camera dialog is no dead end: it offers to open or paste a photo instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog

from headshot_desktop.ui.dialogs.camera import NO_CAMERA, CameraDialog
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import WAIT_MS
from tests.unit.intake import corpus


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def _the_camera_dialog(window: MainWindow, qtbot) -> CameraDialog:
    window.open_camera()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CameraDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    # This machine has no video input: the real device scan finds none.
    qtbot.waitUntil(lambda: dialog.view.text() == NO_CAMERA, timeout=WAIT_MS)
    return dialog


def test_no_camera_offers_to_open_a_photo(window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    selfie = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg_full_of_metadata(corpus.photo((600, 800))))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(selfie), "Photos"))
    dialog = _the_camera_dialog(window, qtbot)
    assert dialog.open_button.isVisible() and dialog.open_button.isEnabled()

    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        dialog.open_button.click()

    assert not dialog.isVisible()
    assert window.original is not None and window.original.source_name == "selfie.jpg"


@pytest.fixture
def clipboard():
    yield QGuiApplication.clipboard()
    # Emptied while Python runs: data left on the clipboard is freed by Qt after the interpreter, a crash at exit.
    QGuiApplication.clipboard().clear()


def test_no_camera_offers_to_paste_a_photo(window: MainWindow, qtbot, clipboard) -> None:
    picture = QImage(320, 400, QImage.Format.Format_RGB32)
    picture.fill(QColor("#806040"))
    mime = QMimeData()
    mime.setImageData(picture)
    clipboard.setMimeData(mime)
    dialog = _the_camera_dialog(window, qtbot)
    assert dialog.paste_button.isVisible()

    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        dialog.paste_button.click()

    assert not dialog.isVisible() and window.original is not None
