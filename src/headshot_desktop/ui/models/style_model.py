"""The style catalog as a Qt list model (view-independent)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from headshot_desktop.core.styles import Style, StyleCatalog
from headshot_desktop.ui.i18n import shown

StyleRole = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class StyleModel(QAbstractListModel):
    def __init__(self, catalog: StyleCatalog, parent=None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._styles: list[Style] = catalog.all()

    def reload(self) -> None:
        self.beginResetModel()
        self._styles = self.catalog.all()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._styles)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._styles):
            return None
        style = self._styles[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # a built-in style in the person's language, one of theirs as named
            return shown(style.name)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return shown(style.description or style.name)
        if role == StyleRole:
            return style
        return None

    def style_at(self, row: int) -> Style:
        return self._styles[row]

    def row_of(self, style_id: str) -> int:
        return next((i for i, s in enumerate(self._styles) if s.id == style_id), -1)
