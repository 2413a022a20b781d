"""The people table: arrows move, Delete asks to remove the selected queued people, Enter opens the picker, and
photos or folders dropped on it join the batch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.team.people_model import NAME, PHOTO, STATUS, PeopleModel

OWN_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class PeopleTable(QTableView):
    pathsDropped = Signal(list)  # list[Path]: files and folders
    removeRequested = Signal(list)  # list[PersonState]: the selected people
    openRequested = Signal(object)  # PersonState: Enter or a double click

    def __init__(self, model: PeopleModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(translate("PeopleTable", "People in the batch"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(NAME, 180)
        self.setColumnWidth(PHOTO, 180)
        self.doubleClicked.connect(lambda index: self.openRequested.emit(model.person(index.row())))

    def people_model(self) -> PeopleModel:
        model = self.model()
        assert isinstance(model, PeopleModel)
        return model

    def selected_people(self) -> list:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.people_model().person(row) for row in rows]

    def event(self, event: QEvent) -> bool:
        # The window's Delete moves the Results' selection to the trash: here, Delete is this table's own.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and event.key() in OWN_KEYS:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_people():
            self.removeRequested.emit(self.selected_people())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.people_model().person(self.currentIndex().row()))
            return
        super().keyPressEvent(event)

    # -- drops: files and folders from the file manager -------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if _local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.pathsDropped.emit(paths)


def _local_paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    mime = event.mimeData()
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
