"""The library's headshots as a Qt list model, with thumbnails loaded lazily off the main thread.

Each tile says what it is (style and number), which photo it was made from and when, and
whether it is marked Keep: two headshots in the same style are told apart at a glance.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt

from headshot_desktop.core.styles import USER_PREFIX
from headshot_desktop.translatable import Template
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, date_time, shown, translate
from headshot_desktop.ui.models.roles import HeadshotRole, KeptRole
from headshot_desktop.ui.models.thumbnails import THUMB_SIZE, ThumbnailLoader
from headshot_desktop.ui.qt_paths import file_url

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, ThumbnailCache

__all__ = ["THUMB_SIZE", "HeadshotRole", "LibraryModel", "headshot_title", "numbered", "style_name"]

Index = QModelIndex | QPersistentModelIndex
ADDED_BY_HAND = QT_TRANSLATE_NOOP("LibraryModel", "added by hand")  # translated where shown


def numbered(style: str, number: int) -> str:
    """``Medical 1``: a style's name and an image's number in its run."""
    return translate("LibraryModel", "{style} {number}", "a style's name and an image's number in its run").format(
        style=shown(style), number=number
    )


def style_name(headshot: Headshot) -> str:
    """The style a headshot was made in, as stored: a built-in one in the person's language, theirs as they named it."""
    if not headshot.style_name or headshot.style_id.startswith(USER_PREFIX):
        return headshot.style_name
    return shown(Template("styles", headshot.style_name))  # the catalogue's words (``core/style_words.py``)


def headshot_title(headshot: Headshot) -> str:
    """``Medical 1``: the style and its number in the run; a file added by hand, its name."""
    return numbered(style_name(headshot), headshot.index_in_run) if headshot.style_name else headshot.path.stem


def _when(headshot: Headshot) -> str:
    return date_time(headshot.created.astimezone())


class LibraryModel(QAbstractListModel):
    def __init__(self, thumbnails: ThumbnailCache, parent: QObject | None = None, workers: int = 2) -> None:
        super().__init__(parent)
        self.loader = ThumbnailLoader(thumbnails, self, workers)
        self.thumbnails = thumbnails
        self._items: list[Headshot] = []
        self._rows: dict[Path, int] = {}
        self._photo_names: dict[int, str] = {}
        self.loader.ready.connect(self._thumbnail_ready)

    def set_headshots(self, headshots: list[Headshot], photo_names: dict[int, str] | None = None) -> None:
        """Show ``headshots`` in this order; ``photo_names``: original id -> the name to show for it."""
        self.beginResetModel()
        self._items = list(headshots)
        self._rows = {h.path: row for row, h in enumerate(self._items)}
        if photo_names is not None:
            self._photo_names = dict(photo_names)
        self.loader.shown_by("headshots", {h.path for h in headshots})
        self.endResetModel()

    def photo_name(self, headshot: Headshot) -> str:
        if headshot.original_id is not None and headshot.original_id in self._photo_names:
            return self._photo_names[headshot.original_id]
        if headshot.original_path is not None:
            return headshot.original_path.name
        return (
            translate("LibraryModel", "no photo") if headshot.style_name else translate("LibraryModel", ADDED_BY_HAND)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        headshot = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:  # three lines: what, from which photo, when
            return "\n".join((headshot_title(headshot), self.photo_name(headshot), _when(headshot)))
        if role == Qt.ItemDataRole.DecorationRole:
            return self.loader.icon(headshot.path)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(headshot)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if headshot.kept:
                said = translate("LibraryModel", "{title}, kept, from {photo}, {time}")
            else:
                said = translate("LibraryModel", "{title}, from {photo}, {time}")
            return said.format(title=headshot_title(headshot), photo=self.photo_name(headshot), time=_when(headshot))
        if role == HeadshotRole:
            return headshot
        if role == KeptRole:
            return headshot.kept
        return None

    def _tooltip(self, headshot: Headshot) -> str:
        made_by = headshot.model or translate("LibraryModel", ADDED_BY_HAND)
        lines = [headshot.path.name, translate("LibraryModel", "From {photo}").format(photo=self.photo_name(headshot)),
                 translate("LibraryModel", "{time} · {model}").format(time=_when(headshot), model=made_by)]  # fmt: skip
        if headshot.kept:
            lines.append(
                translate("LibraryModel", "★ Kept: never removed by the retention setting; Delete asks again.")
            )
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        mime.setUrls([file_url(self._items[i.row()].path) for i in indexes if i.isValid()])
        return mime

    def headshot(self, row: int) -> Headshot:
        return self._items[row]

    # -- thumbnails ---------------------------------------------------------------
    def _thumbnail_ready(self, path: Path) -> None:
        row = self._rows.get(path)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def wait_for_thumbnails(self) -> None:
        """Block until the thumbnails asked for so far are made (tests, benchmarks)."""
        self.loader.wait()

    def shutdown(self) -> None:
        """Stop making thumbnails; the model still answers, with placeholders."""
        self.loader.shutdown()
