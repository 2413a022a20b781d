"""Headings between groups of a list ("Today", "Yesterday", "Medical"), as rows of their own.

A proxy over a flat list model: the source keeps one row per item (its tests and its users
count items), the view shows a heading row wherever ``group_of`` changes from one item to
the next. Heading rows are enabled but cannot be selected or dragged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from headshot_desktop.ui.models.roles import HeadingRole

Index = QModelIndex | QPersistentModelIndex
GroupOf = Callable[[QModelIndex], str]


class HeadingsProxy(QAbstractProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._group_of: GroupOf | None = None
        self._rows: list[int | str] = []  # a source row, or a heading's text
        self._from_source: list[int] = []  # source row -> proxy row

    def set_grouping(self, group_of: GroupOf | None) -> None:
        """``group_of(source index)``: the heading an item falls under; None: no headings. Takes effect at once."""
        self.beginResetModel()
        self._group_of = group_of
        self._rebuild()
        self.endResetModel()

    def setSourceModel(self, source: QAbstractItemModel) -> None:  # noqa: N802 - Qt's name
        self.beginResetModel()
        super().setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)
        self._rebuild()
        self.endResetModel()

    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        source = self.sourceModel()
        self._rows, self._from_source = [], []
        if source is None:
            return
        previous: str | None = None
        for row in range(source.rowCount()):
            if self._group_of is not None:
                group = self._group_of(source.index(row, 0))
                if group != previous:
                    self._rows.append(group)
                    previous = group
            self._from_source.append(len(self._rows))
            self._rows.append(row)

    def _source_changed(self, first: QModelIndex, last: QModelIndex, roles: Sequence[int] = ()) -> None:
        for row in range(first.row(), last.row() + 1):
            index = self.mapFromSource(self.sourceModel().index(row, 0))
            self.dataChanged.emit(index, index, list(roles))

    # -- the proxy's shape: a flat list ------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: Index = QModelIndex()) -> QModelIndex:
        if parent.isValid() or column != 0 or not 0 <= row < len(self._rows):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, _child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def mapToSource(self, proxy: Index) -> QModelIndex:
        if not proxy.isValid() or not 0 <= proxy.row() < len(self._rows):
            return QModelIndex()
        row = self._rows[proxy.row()]
        return QModelIndex() if isinstance(row, str) else self.sourceModel().index(row, 0)

    def mapFromSource(self, source: Index) -> QModelIndex:
        if not source.isValid() or not 0 <= source.row() < len(self._from_source):
            return QModelIndex()
        return self.createIndex(self._from_source[source.row()], 0)

    def is_heading(self, index: Index) -> bool:
        return index.isValid() and isinstance(self._rows[index.row()], str)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if isinstance(row, str):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return row
            return True if role == HeadingRole else None
        return self.sourceModel().index(row, 0).data(role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.is_heading(index):
            return Qt.ItemFlag.ItemIsEnabled
        return super().flags(index)
