"""What the export dialog shows before anything is written: the crop, and the names of the files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap

from headshot_desktop.library.export import crop_box

PREVIEW_SIZE = 220
NAMES_IN_TEXT = 3  # the label names the first few; its tooltip names up to NAMES_IN_TOOLTIP
NAMES_IN_TOOLTIP = 60


def preview_pixmap(source: QImage, aspect: float | None, circle: bool, ratio: float = 1.0) -> QPixmap:
    """The crop the export will make, drawn at the screen's pixel ratio (sharp at 2×), with the outside of a circle
    dimmed where profile pictures are shown round."""
    if aspect is not None:
        left, top, right, bottom = crop_box(source.width(), source.height(), aspect)
        source = source.copy(left, top, right - left, bottom - top)
    side = round(PREVIEW_SIZE * ratio)
    scaled = source.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap.fromImage(scaled)
    pixmap.setDevicePixelRatio(ratio)
    if circle:
        size = pixmap.deviceIndependentSize()  # a painter on the pixmap draws in these units
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outside = QPainterPath()
        outside.addRect(QRectF(0, 0, size.width(), size.height()))
        ring = QPainterPath()
        diameter = min(size.width(), size.height())
        ring.addEllipse(QRectF((size.width() - diameter) / 2, (size.height() - diameter) / 2, diameter, diameter))
        painter.fillPath(outside.subtracted(ring), QColor(0, 0, 0, 150))
        painter.end()
    return pixmap


def names_text(targets: list[Path]) -> tuple[str, str]:
    """The sentence naming the files an export will write, and a tooltip with the names the sentence leaves out."""
    if not targets:
        return "Nothing left to write.", ""
    if len(targets) == 1:
        return f"Writes “{targets[0].name}”.", ""
    shown = ", ".join(f"“{t.name}”" for t in targets[:NAMES_IN_TEXT])
    rest = len(targets) - NAMES_IN_TEXT
    text = f"Writes {len(targets)} files: {shown}" + (f" and {rest} more." if rest > 0 else ".")
    lines = [t.name for t in targets[:NAMES_IN_TOOLTIP]]
    if len(targets) > NAMES_IN_TOOLTIP:
        lines.append(f"and {len(targets) - NAMES_IN_TOOLTIP} more")
    return text, "\n".join(lines)
