"""The library: every headshot as a thumbnail, filtered by photo and style, following the folder."""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.library import Headshot, Library, Original
from headshot_desktop.ui.models.library_model import HeadshotRole, LibraryModel

RESCAN_DELAY_MS = 400


class LibraryPanel(QWidget):
    exportRequested = Signal(list)
    deleteRequested = Signal(list)
    openRequested = Signal(object)  # Headshot
    revealRequested = Signal(object)
    rescanRequested = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._all: list[Headshot] = []
        self.view = QListView()
        self.view.setModel(model)
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setIconSize(QSize(128, 170))
        self.view.setGridSize(QSize(156, 210))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setAccessibleName("Library")
        self.view.doubleClicked.connect(lambda index: self.openRequested.emit(index.data(HeadshotRole)))
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.by_photo = QComboBox()
        self.by_photo.setAccessibleName("Filter by photo")
        self.by_style = QComboBox()
        self.by_style.setAccessibleName("Filter by style")
        self.by_photo.currentIndexChanged.connect(self._apply_filter)
        self.by_style.currentIndexChanged.connect(self._apply_filter)
        self.count = QLabel()
        self.delete = QPushButton("&Delete")
        self.delete.setToolTip("Move the selected headshots to the trash")
        self.export = QPushButton("&Export…")
        self.reveal = QPushButton("Show in &folder")
        self.delete.clicked.connect(lambda: self.deleteRequested.emit(self.selected()))
        self.export.clicked.connect(lambda: self.exportRequested.emit(self.selected()))
        self.reveal.clicked.connect(lambda: self.revealRequested.emit(self.selected()[0]))
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Photo:"))
        filters.addWidget(self.by_photo, 1)
        filters.addWidget(QLabel("Style:"))
        filters.addWidget(self.by_style, 1)
        filters.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.delete, self.export, self.reveal):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)

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

    def show_library(self, originals: list[Original], headshots: list[Headshot]) -> None:
        self._all = headshots
        photo, style = self.by_photo.currentData(), self.by_style.currentData()
        for box in (self.by_photo, self.by_style):
            box.blockSignals(True)
            box.clear()
        self.by_photo.addItem("All photos", None)
        for original in originals:
            self.by_photo.addItem(original.source_name or original.name, original.id)
        self.by_style.addItem("All styles", None)
        for style_id, name in sorted(
            {(h.style_id, h.style_name or "Added by hand") for h in headshots}, key=lambda s: s[1]
        ):
            self.by_style.addItem(name, style_id)
        self.by_photo.setCurrentIndex(max(0, self.by_photo.findData(photo)))
        self.by_style.setCurrentIndex(max(0, self.by_style.findData(style)))
        for box in (self.by_photo, self.by_style):
            box.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        photo, style = self.by_photo.currentData(), self.by_style.currentData()
        shown = [
            h for h in self._all if (photo is None or h.original_id == photo) and (style is None or h.style_id == style)
        ]
        self.model.set_headshots(shown)
        self.count.setText(f"{len(shown)} of {len(self._all)}")
        self.count.setToolTip("")
        self._update_buttons()

    def show_problem(self, text: str) -> None:
        """The library cannot be read: a short word in the filter row, the whole story on hover."""
        self.count.setText("Library unavailable")
        self.count.setToolTip(text)

    def selected(self) -> list[Headshot]:
        return [index.data(HeadshotRole) for index in self.view.selectionModel().selectedIndexes()]

    def _update_buttons(self) -> None:
        chosen = self.view.selectionModel().selectedIndexes()
        self.delete.setEnabled(bool(chosen))
        self.export.setEnabled(bool(chosen))
        self.reveal.setEnabled(len(chosen) == 1)
