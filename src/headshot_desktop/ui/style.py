"""Fusion with outlines that show on a dark palette and a focus ring that can be seen from across the room.

Fusion derives its outlines from the window colour, darker still: on a dark palette the edge of a
radio button, a check box or a text field all but vanishes, and its focus hint is a faint tint.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

FOCUS_WIDTH = 2.0
DARK_EDGE = "#9a9da1"  # at least 3:1 against the dark window and field colours
_INDICATORS = (QStyle.PrimitiveElement.PE_IndicatorRadioButton, QStyle.PrimitiveElement.PE_IndicatorCheckBox)
# The only parts drawn over; Fusion's own drawing of every other part is left as it is, without a painter save.
_DRAWN_OVER = frozenset(
    (*_INDICATORS, QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_FrameFocusRect,
     QStyle.PrimitiveElement.PE_PanelButtonCommand)
)  # fmt: skip


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pen(colour: QColor, width: float) -> QPen:
    pen = QPen(colour, width)
    pen.setCosmetic(True)
    return pen


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class ClearStyle(QProxyStyle):
    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:  # fmt: skip
        super().drawPrimitive(element, option, painter, widget)
        if element not in _DRAWN_OVER:
            return
        palette = option.palette
        box = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element in _INDICATORS and _dark(palette):
            painter.setPen(_pen(QColor(DARK_EDGE), 1.0))
            if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
                painter.drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5))
            else:
                painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        elif element == QStyle.PrimitiveElement.PE_FrameLineEdit and _dark(palette) and not _focused(option):
            painter.setPen(_pen(QColor(DARK_EDGE).darker(130), 1.0))
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        elif element == QStyle.PrimitiveElement.PE_FrameFocusRect or (
            element == QStyle.PrimitiveElement.PE_PanelButtonCommand and _focused(option)
        ):
            painter.setPen(_pen(palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH))
            painter.drawRoundedRect(box, 3, 3)
        painter.restore()
