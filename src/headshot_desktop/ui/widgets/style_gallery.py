"""Style cards: a small illustration in the style's colours, its name and a line of description."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from headshot_desktop.core.styles import Style
from headshot_desktop.ui.i18n import shown, translate
from headshot_desktop.ui.models.style_model import StyleModel, StyleRole

CARD = QSize(188, 232)
ART_HEIGHT = 118


def paint_bust(painter: QPainter, rect: QRectF, background: QColor, accent: QColor, monochrome: bool) -> None:
    """A neutral head-and-shoulders silhouette: an illustration, not anyone's face."""
    if monochrome:
        background = QColor.fromHsl(0, 0, background.lightness())
    # A rectangle drawn, not fillRect: that call's overloads make PySide build QGradient's types (2 ms at start-up).
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(background)
    painter.drawRect(rect)
    cx = rect.center().x()
    head_r = rect.height() * 0.2
    head_c = QPointF(cx, rect.top() + rect.height() * 0.42)
    body = QPainterPath()
    body.moveTo(cx - rect.height() * 0.55, rect.bottom())
    body.cubicTo(
        QPointF(cx - rect.height() * 0.5, rect.bottom() - rect.height() * 0.3),
        QPointF(cx - rect.height() * 0.2, head_c.y() + head_r * 1.1),
        QPointF(cx, head_c.y() + head_r * 1.1),
    )
    body.cubicTo(
        QPointF(cx + rect.height() * 0.2, head_c.y() + head_r * 1.1),
        QPointF(cx + rect.height() * 0.5, rect.bottom() - rect.height() * 0.3),
        QPointF(cx + rect.height() * 0.55, rect.bottom()),
    )
    body.closeSubpath()
    painter.setBrush(accent)
    painter.drawPath(body)
    skin = QColor("#b9b9b9") if monochrome else QColor("#e0b897")
    painter.setBrush(skin)
    painter.drawEllipse(head_c, head_r * 0.85, head_r)


class StyleCardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return CARD

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        style: Style = index.data(StyleRole)
        palette: QPalette = option.palette
        card = QRectF(option.rect.adjusted(5, 5, -5, -5))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPainterPath()
        outline.addRoundedRect(card, 10, 10)
        painter.fillPath(outline, palette.color(QPalette.ColorRole.Base))
        painter.setClipPath(outline)
        art = QRectF(card.left(), card.top(), card.width(), ART_HEIGHT)
        mono = "black-and-white" in style.id or "black and white" in style.name.lower()
        paint_bust(painter, art, QColor(style.preview.background), QColor(style.preview.accent), mono)
        painter.setClipping(False)
        text_rect = QRect(int(card.left()) + 10, int(art.bottom()) + 6, int(card.width()) - 20, 22)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = painter.fontMetrics().elidedText(shown(style.name), Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        desc_rect = QRect(
            text_rect.left(), text_rect.bottom() + 2, text_rect.width(), int(card.bottom()) - text_rect.bottom() - 8
        )
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(desc_rect, flags, shown(style.description))
        pen_colour = palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen_colour)
        pen = painter.pen()
        pen.setWidthF(3 if selected else 1)
        painter.setPen(pen)
        painter.drawPath(outline)
        if not style.builtin:
            painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
            mine = translate("StyleGallery", "Mine", "a style made by the person")
            width = (
                painter.fontMetrics().horizontalAdvance(mine) + 16
            )  # "Les miens", "マイスタイル": as wide as it needs
            badge = QRectF(card.right() - 8 - width, card.top() + 8, width, 18)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(badge, 9, 9)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mine)
        painter.restore()


class StyleGallery(QListView):
    styleChosen = Signal(object)  # Style

    def __init__(self, model: StyleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(StyleCardDelegate(self))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        # Cards wrap to the width, so it only ever scrolls down. A scroll bar that comes and goes is shown or hidden
        # a turn of the event loop after the cards are laid out: the whole gallery was painted twice at start-up.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("StyleGallery", "Styles"))
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.styleChosen.emit(current.data(StyleRole))

    def current_style(self) -> Style | None:
        index = self.currentIndex()
        return index.data(StyleRole) if index.isValid() else None

    def select_style(self, style_id: str) -> None:
        model: StyleModel = self.model()
        row = model.row_of(style_id)
        if row >= 0:
            self.setCurrentIndex(model.index(row))
