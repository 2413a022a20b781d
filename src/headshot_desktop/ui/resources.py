"""Icons for the window, drawn from the SVG so they stay crisp on HiDPI screens."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from headshot_desktop.system.resources import resource_bytes

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_svg(data: bytes, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(data))
    image = QImage(QSize(size, size), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return QPixmap.fromImage(image)


def app_icon() -> QIcon:
    data = resource_bytes("icons", "headshot-desktop.svg")
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(render_svg(data, size))
    return icon
