"""The photos a person brought in (``Originals/``) as a Qt list model: name, date, how many headshots."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from headshot_desktop.library.labels import photo_name
from headshot_desktop.ui.i18n import Plural, date_time, translate
from headshot_desktop.ui.models.roles import KeptRole, OriginalRole
from headshot_desktop.ui.models.thumbnails import ThumbnailLoader
from headshot_desktop.ui.photo_names import photo_label

if TYPE_CHECKING:
    from headshot_desktop.library import Original

Index = QModelIndex | QPersistentModelIndex


def headshot_count(count: int, first: bool = False) -> str:
    """``no headshots yet``, ``2 headshots``; ``first``: it begins a line (``No headshots yet``)."""
    if count == 0:
        if first:
            return translate("OriginalsModel", "No headshots yet")
        return translate("OriginalsModel", "no headshots yet")
    return Plural.tr("%n headshot(s)", "", count)


def _when(original: Original) -> str:
    return date_time(original.created.astimezone())


class OriginalsModel(QAbstractListModel):
    def __init__(self, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.loader = loader
        self._items: list[Original] = []
        self._rows: dict[Path, int] = {}
        self._counts: dict[int, int] = {}
        self._labels: dict[int, str] = {}
        loader.ready.connect(self._thumbnail_ready)

    def set_originals(self, originals: list[Original], counts: dict[int, int], labels: dict[int, str]) -> None:
        """``counts``: original id -> headshots made from it; ``labels``: original id -> a name no other has."""
        self.beginResetModel()
        self._items, self._counts, self._labels = list(originals), dict(counts), dict(labels)
        self._rows = {o.path: row for row, o in enumerate(self._items)}
        self.loader.shown_by("originals", {o.path for o in originals})
        self.endResetModel()

    def original(self, row: int) -> Original:
        return self._items[row]

    def label(self, original: Original) -> str:
        return self._labels.get(original.id) or photo_label(photo_name(original))

    def count(self, original: Original) -> int:
        return self._counts.get(original.id, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        original = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # three lines: which photo, when it came in, what it made
            return "\n".join((self.label(original), _when(original), headshot_count(self.count(original))))
        if role == Qt.ItemDataRole.DecorationRole:
            return self.loader.icon(original.path)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(original, "\n" if role == Qt.ItemDataRole.ToolTipRole else ", ")
        if role == OriginalRole:
            return original
        if role == KeptRole:
            return original.kept
        return None

    def _describe(self, original: Original, joiner: str) -> str:
        parts = [self.label(original), translate("OriginalsModel", "Brought in {time}").format(time=_when(original)),
                 headshot_count(self.count(original), first=True),
                 translate("OriginalsModel", "File: {name}").format(name=original.name)]  # fmt: skip
        if original.kept:
            parts.append(translate("OriginalsModel", "★ Kept: never removed by the retention setting"))
        if original.damaged:
            parts.append(translate("OriginalsModel", "The file cannot be read"))
        return joiner.join(parts)

    def _thumbnail_ready(self, path: Path) -> None:
        row = self._rows.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
