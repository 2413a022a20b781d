"""How the library's tiles and headings are drawn: a thumbnail, a star when kept, and a few lines of text.

A heading row is as wide as the view, so in icon mode it starts a line of its own and the
tiles of its group follow under it.
"""

from __future__ import annotations

from math import cos, pi, sin
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPainterPath, QPalette, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from headshot_desktop.ui.models.roles import HeadingRole, HeadshotRole, KeptRole
from headshot_desktop.ui.widgets.exported_drag import drag_selection, prepare_on_press

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot
    from headshot_desktop.ui.widgets.exported_drag import DragSource

Index = QModelIndex | QPersistentModelIndex

ICON = QSize(128, 170)
TILE = QSize(156, 238)
STAR_COLOUR = QColor(245, 180, 20)


def star_path(centre: QPointF, outer: float) -> QPainterPath:
    """A five-pointed star around ``centre``."""
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else outer * 0.45
        angle = -pi / 2 + i * pi / 5
        points.append(QPointF(centre.x() + radius * cos(angle), centre.y() + radius * sin(angle)))
    path = QPainterPath()
    path.addPolygon(QPolygonF(points))
    path.closeSubpath()
    return path


def paint_star(painter: QPainter, corner: QRect) -> None:
    """The Keep badge: a gold star on a dark round patch, readable on any photo, in the corner given."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(0, 0, 0, 150))
    painter.drawEllipse(corner)
    painter.setBrush(STAR_COLOUR)
    painter.drawPath(star_path(QPointF(corner.center()), corner.width() * 0.4))
    painter.restore()


class TileDelegate(QStyledItemDelegate):
    """Tiles: the decoration, a star if ``KeptRole``, the DisplayRole's lines (the first in bold)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        if index.data(HeadingRole):
            width = self._view.viewport().width() - 2 * self._view.spacing() - 4
            return QSize(max(width, TILE.width()), option.fontMetrics.height() * 2)
        return QSize(TILE)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(HeadingRole):
            self._paint_heading(painter, option, str(index.data()))
            return
        style = option.widget.style() if option.widget is not None else QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if option.state & QStyle.StateFlag.State_HasFocus:  # where the keyboard is, for those who use it
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect.adjusted(1, 1, -1, -1)
            focus.palette = option.palette
            focus.state = option.state
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)
        rect = option.rect
        icon_rect = QRect(rect.x() + (rect.width() - ICON.width()) // 2, rect.y() + 6, ICON.width(), ICON.height())
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, icon_rect, Qt.AlignmentFlag.AlignCenter)
        if index.data(KeptRole):
            paint_star(painter, QRect(icon_rect.right() - 30, icon_rect.top() + 4, 26, 26))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        lines = str(index.data() or "").split("\n")
        top = icon_rect.bottom() + 6
        for number, line in enumerate(lines):
            font = QFont(option.font)
            if number == 0:
                font.setBold(True)
            else:
                font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
            painter.save()
            painter.setFont(font)
            colour = option.palette.color(group, text_role)
            if number and not selected:
                colour.setAlphaF(0.75)
            painter.setPen(colour)
            metrics = painter.fontMetrics()
            line_rect = QRect(rect.x() + 4, top, rect.width() - 8, metrics.height())
            painter.drawText(line_rect, Qt.AlignmentFlag.AlignHCenter, metrics.elidedText(
                line, Qt.TextElideMode.ElideMiddle, line_rect.width()))  # fmt: skip
            painter.restore()
            top += metrics.height()

    @staticmethod
    def _paint_heading(painter: QPainter, option: QStyleOptionViewItem, text: str) -> None:
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        rect = option.rect.adjusted(4, 0, -4, 0)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, text)
        line = QColor(option.palette.color(QPalette.ColorRole.Text))
        line.setAlphaF(0.25)
        painter.setPen(line)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()


class TileView(QListView):
    """The grid; given an ``exported_drag``, headshots dragged out of it are exported files, not the library's."""

    def __init__(self) -> None:
        super().__init__()
        self.exported_drag: DragSource | None = None

    def selected_headshots(self) -> list[Headshot]:
        found = [index.data(HeadshotRole) for index in self.selectionModel().selectedIndexes()]
        return [headshot for headshot in found if headshot is not None]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        pressed = self.indexAt(event.position().toPoint()).data(HeadshotRole) is not None
        prepare_on_press(self.exported_drag, pressed, self.selected_headshots)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        icon = self.currentIndex().data(Qt.ItemDataRole.DecorationRole)
        drag_selection(self, self.exported_drag, self.selected_headshots(),
                       lambda: icon.pixmap(ICON) if icon is not None else QPixmap(),
                       lambda: super(TileView, self).startDrag(supportedActions))  # fmt: skip


def tile_view(accessible_name: str) -> TileView:
    """A wrapping grid of tiles (and full-width headings), items selectable together."""
    view = TileView()
    view.setViewMode(QListView.ViewMode.IconMode)
    view.setIconSize(ICON)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setMovement(QListView.Movement.Static)
    view.setSpacing(6)
    view.setUniformItemSizes(False)  # headings are wider than tiles
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setAccessibleName(accessible_name)
    view.setItemDelegate(TileDelegate(view))
    return view
