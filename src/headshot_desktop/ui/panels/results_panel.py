"""Step 4: the results. Big before/after view, the run's images in a strip, and what to do with them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.library import Headshot
from headshot_desktop.ui.qt_paths import file_url, load_image
from headshot_desktop.ui.widgets.compare_grid import CompareGrid
from headshot_desktop.ui.widgets.compare_view import CompareView
from headshot_desktop.ui.widgets.keep_checklist import KeepChecklist
from headshot_desktop.ui.widgets.versions_bar import VersionsBar

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
HEADSHOT_ROLE = Qt.ItemDataRole.UserRole + 2
IMAGE_ROLE = Qt.ItemDataRole.UserRole + 3


class ResultStrip(QListWidget):
    """The run's images; finished ones can be dragged out to the desktop or another app."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.ViewMode.IconMode)
        self.setFlow(QListWidget.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(QSize(96, 128))
        self.setFixedHeight(170)
        self.setMovement(QListWidget.Movement.Static)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAccessibleName("Results")

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        mime = QMimeData()
        paths = [item.data(HEADSHOT_ROLE).path for item in items if item.data(HEADSHOT_ROLE) is not None]
        mime.setUrls([file_url(p) for p in paths])
        return mime

    def mimeTypes(self) -> list[str]:
        return ["text/uri-list"]


class ResultsPanel(QWidget):
    exportRequested = Signal(list)  # list[Headshot]
    deleteRequested = Signal(list)
    keepRequested = Signal(list, bool)
    revealRequested = Signal(object)  # Headshot
    headshotChosen = Signal(object)  # Headshot: one was selected (its versions are looked up)
    refineRequested = Signal(object)  # Headshot
    againRequested = Signal(object)  # Headshot
    finalRequested = Signal(object)  # Headshot

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.before: QImage | None = None
        self.view = CompareView()
        self.strip = ResultStrip()
        self.strip.itemSelectionChanged.connect(self._selection_changed)
        self.keep = QPushButton("&Keep")
        self.keep.setCheckable(True)
        self.keep.setToolTip("Kept items are never removed by the retention settings")
        self.delete = QPushButton("&Delete")
        self.delete.setToolTip("Move to the trash")
        self.export = QPushButton("&Export…")
        self.reveal = QPushButton("Show in &folder")
        self.keep.clicked.connect(lambda checked: self.keepRequested.emit(self.selected(), checked))
        self.delete.clicked.connect(lambda: self.deleteRequested.emit(self.selected()))
        self.export.clicked.connect(lambda: self.exportRequested.emit(self.selected()))
        self.reveal.clicked.connect(lambda: self.selected() and self.revealRequested.emit(self.selected()[0]))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.version: Headshot | None = None  # an earlier version shown from the versions bar
        self.versions = VersionsBar()
        self.refine = QPushButton("&Refine…")
        self.refine.setToolTip("Change this headshot as you say (say what), keeping your likeness")
        self.again = QPushButton("A&gain")
        self.again.setToolTip("A new variant of the same style and photo")
        self.final = QPushButton("&Final in high detail")
        self.final.setToolTip("Make this one again at the highest detail level")
        for button, signal in ((self.refine, self.refineRequested), (self.again, self.againRequested),
                               (self.final, self.finalRequested)):  # fmt: skip
            button.clicked.connect(lambda _=False, s=signal: self.current() and s.emit(self.current()))
        changes, actions = QHBoxLayout(), QHBoxLayout()
        for button in (self.refine, self.again, self.final):
            changes.addWidget(button)
        changes.addStretch(1)
        for button in (self.keep, self.delete, self.export, self.reveal):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.checklist = KeepChecklist()
        beside = QHBoxLayout()
        beside.addWidget(self.view, 1)
        beside.addWidget(self.checklist)
        layout.addLayout(beside, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.versions)
        self.grid = CompareGrid()
        layout.addWidget(self.grid)
        layout.addWidget(self.strip)
        layout.addLayout(changes)
        layout.addLayout(actions)
        self._selection_changed()

    def set_before(self, image: QImage | None) -> None:
        self.before = image

    def _item(self, key: tuple[int, int]) -> QListWidgetItem:
        for row in range(self.strip.count()):
            item = self.strip.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        self.strip.insertItem(0, item)
        return item

    def show_preview(self, job_id: int, index: int, image: QImage, label: str) -> None:
        if image is None or image.isNull():
            return
        item = self._item((job_id, index))
        item.setIcon(QIcon(QPixmap.fromImage(image.scaled(96, 128, Qt.AspectRatioMode.KeepAspectRatio))))
        item.setText(f"{label} {index + 1}")
        item.setData(IMAGE_ROLE, image)
        if not self.strip.selectedItems() or self.strip.selectedItems()[0] is item:
            self.strip.setCurrentItem(item)
            self.view.set_images(self.before, image)

    def show_headshot(self, job_id: int, index: int, headshot: Headshot, image: QImage | None = None) -> None:
        item = self._item((job_id, index))
        item.setData(HEADSHOT_ROLE, headshot)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        if image is not None:
            item.setData(IMAGE_ROLE, image)
        if item.data(IMAGE_ROLE) is None:  # opened from the library: decode it now, once
            item.setData(IMAGE_ROLE, load_image(headshot.path))
        item.setIcon(
            QIcon(QPixmap.fromImage(item.data(IMAGE_ROLE).scaled(96, 128, Qt.AspectRatioMode.KeepAspectRatio)))
        )
        item.setText(headshot.style_name + f" {index + 1}")
        item.setToolTip(str(headshot.path))
        self._selection_changed()

    def drop_job(self, job_id: int, keep: set[int] | frozenset[int] = frozenset()) -> None:
        """Remove the previews of a run's images that were not kept (cancelled or failed), all but ``keep``."""
        for row in reversed(range(self.strip.count())):
            run, index = self.strip.item(row).data(KEY_ROLE)
            if run == job_id and index not in keep:
                self.strip.takeItem(row)
        self._selection_changed()

    def forget(self, paths: set[Path]) -> None:
        for row in reversed(range(self.strip.count())):
            headshot = self.strip.item(row).data(HEADSHOT_ROLE)
            if headshot is not None and headshot.path in paths:
                self.strip.takeItem(row)
        self._selection_changed()

    def selected(self) -> list[Headshot]:
        return [i.data(HEADSHOT_ROLE) for i in self.strip.selectedItems() if i.data(HEADSHOT_ROLE) is not None]

    def current(self) -> Headshot | None:
        """The headshot the view shows: an earlier version chosen in the versions bar, else the selected one."""
        chosen = self.selected()
        if self.version is not None:
            return self.version
        return chosen[0] if len(chosen) == 1 else None

    def show_version(self, headshot: Headshot, image: QImage) -> None:
        self.version = headshot
        self.view.set_images(self.before, image)
        said = f" · “{headshot.instruction}”" if headshot.instruction else ""
        self.info.setText(f"{headshot.path.name}{said}")

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.version = None
        for button in (self.refine, self.again, self.final):
            button.setEnabled(len(chosen) == 1)
        if len(chosen) == 1:
            self.headshotChosen.emit(chosen[0])
        for button in (self.keep, self.delete, self.export):
            button.setEnabled(bool(chosen))
        self.reveal.setEnabled(len(chosen) == 1)
        self.keep.setChecked(bool(chosen) and all(h.kept for h in chosen))
        items = self.strip.selectedItems()
        if items:
            headshot, image = items[0].data(HEADSHOT_ROLE), items[0].data(IMAGE_ROLE)
            if image is not None and image is not self.view.after:
                self.view.set_images(self.before, image)
            if headshot is not None:
                self.info.setText(
                    f"{headshot.path.name} · {headshot.model} · {headshot.quality}"
                    + (f" · ${headshot.cost_usd:.3f}" if headshot.cost_usd else "")
                )
            elif image is not None:
                self.info.setText("Rendering…")
        elif not self.strip.count():
            self.info.setText("")
