from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from headshot_desktop.ui.widgets.compare_view import CompareView


def solid(colour: str) -> QImage:
    image = QImage(200, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def pixel(view: CompareView, x: float, y: float) -> QColor:
    return view.grab().toImage().pixelColor(int(x), int(y))


def test_divider_shows_before_left_and_after_right(qtbot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.show()
    view.set_images(solid("#ff0000"), solid("#0000ff"))
    rect = view.image_rect()
    y = rect.center().y() + 60  # below the handle
    assert pixel(view, rect.left() + 10, y) == QColor("#ff0000")
    assert pixel(view, rect.right() - 10, y) == QColor("#0000ff")
    # Drag the divider to the right edge: all "before".
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(int(view.divider_x()), int(y)))
    qtbot.mouseMove(view, QPoint(int(rect.right()) + 20, int(y)))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.right()) + 20, int(y)))
    assert view.split == 1.0
    assert pixel(view, rect.right() - 10, y) == QColor("#ff0000")


def test_keyboard_zoom_and_divider(qtbot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    view.resize(400, 600)
    view.set_images(solid("#ff0000"), solid("#0000ff"))
    width = view.image_rect().width()
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.zoom == 1.25 and view.image_rect().width() > width
    qtbot.keyClick(view, Qt.Key.Key_0)
    assert view.zoom == 1.0
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert abs(view.split - 0.45) < 1e-9


def test_placeholder_without_images(qtbot) -> None:
    view = CompareView()
    qtbot.addWidget(view)
    assert view.image_rect().isEmpty()


def test_before_is_cropped_not_stretched() -> None:
    from PySide6.QtCore import QRectF

    from headshot_desktop.ui.widgets.compare_view import cover_source

    wide = QImage(400, 200, QImage.Format.Format_RGB32)
    source = cover_source(wide, QRectF(0, 0, 100, 150))  # a portrait target
    assert abs(source.width() / source.height() - 100 / 150) < 1e-6
    assert source.height() == 200 and source.left() > 0
