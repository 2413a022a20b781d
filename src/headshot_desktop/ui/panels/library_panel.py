"""The library: every headshot as a thumbnail, filtered, sorted and grouped, following the folder;
and the photos they were made from (Originals), one click away.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QFileSystemWatcher, QLocale, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.library.labels import original_labels
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, date_time, translate
from headshot_desktop.ui.keep_words import keep_tooltip
from headshot_desktop.ui.models.headings_proxy import HeadingsProxy
from headshot_desktop.ui.models.library_model import HeadshotRole, LibraryModel, style_name
from headshot_desktop.ui.panels.originals_panel import OriginalsPanel
from headshot_desktop.ui.photo_names import photo_label
from headshot_desktop.ui.widgets.library_tiles import tile_view

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Library, Original

RESCAN_DELAY_MS = 400
# Marked here, translated where shown: the translator is installed after this module is imported.
ADDED_BY_HAND = QT_TRANSLATE_NOOP("LibraryPanel", "Added by hand")
SORTS = [("newest", QT_TRANSLATE_NOOP("LibraryPanel", "Newest first")),
         ("oldest", QT_TRANSLATE_NOOP("LibraryPanel", "Oldest first")),
         ("style", QT_TRANSLATE_NOOP("LibraryPanel", "By style"))]  # fmt: skip


def _style_name(headshot: Headshot) -> str:
    return style_name(headshot) if headshot.style_name else translate("LibraryPanel", ADDED_BY_HAND)


def date_heading(moment: datetime, now: datetime) -> str:
    """Today, Yesterday, This week (from Monday), else the month (``March 2026``), in the person's language."""
    local, today = moment.astimezone().date(), now.astimezone().date()
    if local == today:
        return translate("LibraryPanel", "Today")
    if local == today - timedelta(days=1):
        return translate("LibraryPanel", "Yesterday")
    if today - timedelta(days=today.weekday()) <= local < today:
        return translate("LibraryPanel", "This week")
    locale = QLocale()  # the month as it stands alone ("März", "март"), not as in a date ("марта")
    year = locale.toString(QDate(local.year, local.month, local.day), "yyyy")
    return translate("LibraryPanel", "{month} {year}", "a heading: the headshots made that month").format(
        month=locale.standaloneMonthName(local.month), year=year
    )


class LibraryPanel(QWidget):
    exportRequested = Signal(list)
    deleteRequested = Signal(list)
    keepRequested = Signal(list, bool)  # list[Headshot], kept
    openRequested = Signal(object)  # Headshot
    revealRequested = Signal(object)
    rescanRequested = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._all: list[Headshot] = []
        self._labels: dict[int, str] = {}
        self.proxy = HeadingsProxy(self)
        self.proxy.setSourceModel(model)
        self.view = tile_view(translate("LibraryPanel", "Library"))
        self.view.setModel(self.proxy)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.doubleClicked.connect(self._open)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.by_photo = QComboBox()
        self.by_photo.setAccessibleName(translate("LibraryPanel", "Filter by photo"))
        self.by_style = QComboBox()
        self.by_style.setAccessibleName(translate("LibraryPanel", "Filter by style"))
        self.sort = QComboBox()
        self.sort.setAccessibleName(translate("LibraryPanel", "Sort and group"))
        for key, text in SORTS:
            self.sort.addItem(translate("LibraryPanel", text), key)
        for box in (self.by_photo, self.by_style, self.sort):
            box.currentIndexChanged.connect(self._apply_filter)
        self.count = QLabel()
        self.keep = QPushButton(translate("LibraryPanel", "★ &Keep"))
        self.keep.setCheckable(True)
        self.keep.setToolTip(keep_tooltip())
        self.keep.setAccessibleName(translate("LibraryPanel", "Keep the selected headshots"))
        self.delete = QPushButton(translate("LibraryPanel", "&Delete"))
        self.delete.setToolTip(translate("LibraryPanel", "Move the selected headshots to the trash"))
        self.export = QPushButton(translate("LibraryPanel", "&Export…"))
        self.reveal = QPushButton(translate("LibraryPanel", "Show in &folder"))
        self.keep.clicked.connect(lambda checked: self.keepRequested.emit(self.selected(), checked))
        self.delete.clicked.connect(lambda: self.deleteRequested.emit(self.selected()))  # asks again for kept ones
        self.export.clicked.connect(lambda: self.exportRequested.emit(self.selected()))
        self.reveal.clicked.connect(lambda: self.revealRequested.emit(self.selected()[0]))
        filters = QHBoxLayout()
        for label, box in (
            (translate("LibraryPanel", "Photo:"), self.by_photo),
            (translate("LibraryPanel", "Style:"), self.by_style),
            (translate("LibraryPanel", "Sort:"), self.sort),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(box, 0 if box is self.sort else 1)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.keep, self.delete, self.export, self.reveal):
            actions.addWidget(button)
        actions.addStretch(1)
        headshots_page = QWidget()
        page = QVBoxLayout(headshots_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.addLayout(filters)
        page.addWidget(self.view, 1)
        page.addLayout(actions)

        self.originals = OriginalsPanel(model.loader)
        self.originals.headshotsRequested.connect(self.show_headshots_of)
        self.pages = QStackedWidget()
        self.pages.addWidget(headshots_page)
        self.pages.addWidget(self.originals)
        self.show_headshots = QPushButton(translate("LibraryPanel", "He&adshots"))
        self.show_originals = QPushButton(translate("LibraryPanel", "&Originals"))
        self.show_originals.setToolTip(
            translate("LibraryPanel", "The photos you brought in: see, keep or move them to the trash")
        )
        switch = QHBoxLayout()
        self._switch = QButtonGroup(self)
        for number, button in enumerate((self.show_headshots, self.show_originals)):
            button.setCheckable(True)
            self._switch.addButton(button, number)
            switch.addWidget(button)
        switch.addStretch(1)
        self.show_headshots.setChecked(True)
        self._switch.idClicked.connect(self.pages.setCurrentIndex)
        layout = QVBoxLayout(self)
        layout.addLayout(switch)
        layout.addWidget(self.pages, 1)

        # Changes made in the file manager arrive as bursts of events: rescan once they settle.
        self.watcher = QFileSystemWatcher(self)
        self._debounce = QTimer(self, singleShot=True, interval=RESCAN_DELAY_MS)
        self._debounce.timeout.connect(self.rescanRequested)
        self.watcher.directoryChanged.connect(lambda _path: self._debounce.start())
        self._update_buttons()

    def watch(self, library: Library) -> None:
        self.stop_watching()
        self.watcher.addPaths([str(library.originals_dir), str(library.headshots_dir)])

    def stop_watching(self) -> None:
        self._debounce.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    @property
    def listed_headshots(self) -> list[Headshot]:
        """Every headshot of the last listing, whatever the filters show."""
        return list(self._all)

    def show_library(self, originals: list[Original], headshots: list[Headshot]) -> None:
        self._all = headshots
        self._labels = {key: photo_label(name) for key, name in original_labels(originals).items()}
        photo, style = self.by_photo.currentData(), self.by_style.currentData()
        for box in (self.by_photo, self.by_style):
            box.blockSignals(True)
            box.clear()
        self.by_photo.addItem(translate("LibraryPanel", "All photos"), None)
        for original in originals:
            when = date_time(original.created.astimezone())
            label = translate("LibraryPanel", "{photo} · {time}", "a photo and when it was brought in")
            self.by_photo.addItem(label.format(photo=self._labels[original.id], time=when), original.id)
        self.by_style.addItem(translate("LibraryPanel", "All styles"), None)
        for style_id, name in sorted({(h.style_id, _style_name(h)) for h in headshots}, key=lambda s: s[1]):
            self.by_style.addItem(name, style_id)
        self.by_photo.setCurrentIndex(max(0, self.by_photo.findData(photo)))
        self.by_style.setCurrentIndex(max(0, self.by_style.findData(style)))
        for box in (self.by_photo, self.by_style):
            box.blockSignals(False)
        counts = Counter(h.original_id for h in headshots if h.original_id is not None)
        self.originals.show_originals(originals, dict(counts), self._labels)
        self.show_headshots.setText(translate("LibraryPanel", "He&adshots ({count})").format(count=len(headshots)))
        self.show_originals.setText(translate("LibraryPanel", "&Originals ({count})").format(count=len(originals)))
        self._apply_filter()

    def show_headshots_of(self, original_id: int) -> None:
        """The headshots made from one photo (from the Originals page)."""
        self.by_style.setCurrentIndex(0)
        self.by_photo.setCurrentIndex(max(0, self.by_photo.findData(original_id)))
        self.show_headshots.setChecked(True)
        self.pages.setCurrentIndex(0)

    def _apply_filter(self) -> None:
        photo, style, order = self.by_photo.currentData(), self.by_style.currentData(), self.sort.currentData()
        chosen = {h.id for h in self.selected()}
        visible = [
            h for h in self._all if (photo is None or h.original_id == photo) and (style is None or h.style_id == style)
        ]
        now = datetime.now(UTC)
        if order == "style":
            visible.sort(key=lambda h: h.created, reverse=True)
            visible.sort(key=lambda h: _style_name(h).casefold())  # stable: newest first within a style
            self.proxy.set_grouping(lambda index: _style_name(index.data(HeadshotRole)))
        else:
            visible.sort(key=lambda h: (h.created, h.id), reverse=order != "oldest")
            self.proxy.set_grouping(lambda index: date_heading(index.data(HeadshotRole).created, now))
        self.model.set_headshots(visible, self._labels)
        self._reselect(chosen)
        self.count.setText(
            translate("LibraryPanel", "{shown} of {total}", "headshots shown of all").format(
                shown=len(visible), total=len(self._all)
            )
        )
        self.count.setToolTip("")
        self._update_buttons()

    def _reselect(self, ids: set[int]) -> None:
        """A refresh keeps what the person had selected, where it is still shown."""
        selection = self.view.selectionModel()
        for row in range(self.model.rowCount()):
            if self.model.headshot(row).id in ids:
                selection.select(self.proxy.mapFromSource(self.model.index(row)), selection.SelectionFlag.Select)

    def show_problem(self, text: str) -> None:
        """The library cannot be read: a short word in the filter row, the whole story on hover."""
        self.count.setText(translate("LibraryPanel", "Library unavailable"))
        self.count.setToolTip(text)

    def selected(self) -> list[Headshot]:
        found = [index.data(HeadshotRole) for index in self.view.selectionModel().selectedIndexes()]
        return [h for h in found if h is not None]

    def _open(self, index: QModelIndex) -> None:
        headshot = index.data(HeadshotRole)
        if headshot is not None:
            self.openRequested.emit(headshot)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.keep, self.delete, self.export):
            button.setEnabled(bool(chosen))
        self.reveal.setEnabled(len(chosen) == 1)
        self.keep.setChecked(bool(chosen) and all(h.kept for h in chosen))
