"""The Library tab's Originals: every photo brought in, with Keep, Move to trash and its headshots.

The panel only shows and asks; the window's library tools do the work on a worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import Plural, translate
from headshot_desktop.ui.keep_words import keep_original_tooltip
from headshot_desktop.ui.models.originals_model import OriginalsModel
from headshot_desktop.ui.models.roles import OriginalRole
from headshot_desktop.ui.models.thumbnails import ThumbnailLoader
from headshot_desktop.ui.widgets.library_tiles import tile_view

if TYPE_CHECKING:
    from headshot_desktop.library import Original


class OriginalsPanel(QWidget):
    keepRequested = Signal(list, bool)  # list[Original], kept
    trashRequested = Signal(list)  # list[Original]
    headshotsRequested = Signal(int)  # an original's id: show the headshots made from it
    revealRequested = Signal(object)  # Original

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = OriginalsModel(loader, self)
        self.view = tile_view(translate("OriginalsPanel", "Original photos"))
        self.view.setModel(self.model)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.view.doubleClicked.connect(lambda index: self.headshotsRequested.emit(index.data(OriginalRole).id))
        intro = QLabel(translate("OriginalsPanel", "<small>The photos you brought in, without their metadata. "
                                 "Headshots are made from these.</small>"))  # fmt: skip
        intro.setWordWrap(True)
        self.count = QLabel()
        self.keep = QPushButton(translate("OriginalsPanel", "★ &Keep"))
        self.keep.setCheckable(True)
        self.keep.setToolTip(keep_original_tooltip())
        self.keep.setAccessibleName(translate("OriginalsPanel", "Keep the selected photos"))
        self.trash = QPushButton(translate("OriginalsPanel", "Move to &trash…"))
        self.trash.setToolTip(
            translate(
                "OriginalsPanel", "Move the selected photos to the trash; you choose whether their headshots go too"
            )
        )
        self.headshots = QPushButton(translate("OriginalsPanel", "Show &its headshots"))
        self.reveal = QPushButton(translate("OriginalsPanel", "Show in &folder"))
        self.keep.clicked.connect(lambda checked: self.keepRequested.emit(self.selected(), checked))
        self.trash.clicked.connect(lambda: self.trashRequested.emit(self.selected()))
        self.headshots.clicked.connect(lambda: self.headshotsRequested.emit(self.selected()[0].id))
        self.reveal.clicked.connect(lambda: self.revealRequested.emit(self.selected()[0]))
        top = QHBoxLayout()
        top.addWidget(intro, 1)
        top.addWidget(self.count)
        actions = QHBoxLayout()
        for button in (self.keep, self.trash, self.headshots, self.reveal):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(actions)
        self._update_buttons()

    def show_originals(self, originals: list[Original], counts: dict[int, int], labels: dict[int, str]) -> None:
        chosen = {o.id for o in self.selected()}
        self.model.set_originals(originals, counts, labels)
        selection = self.view.selectionModel()
        for row in range(self.model.rowCount()):
            if self.model.original(row).id in chosen:
                selection.select(self.model.index(row), selection.SelectionFlag.Select)
        self.count.setText(Plural.tr("%n photo(s)", "", len(originals)))
        self._update_buttons()

    def selected(self) -> list[Original]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedIndexes())
        return [self.model.original(row) for row in rows]

    def _update_buttons(self) -> None:
        chosen = self.selected()
        for button in (self.keep, self.trash):
            button.setEnabled(bool(chosen))
        self.headshots.setEnabled(len(chosen) == 1 and self.model.count(chosen[0]) > 0)
        self.reveal.setEnabled(len(chosen) == 1)
        self.keep.setChecked(bool(chosen) and all(o.kept for o in chosen))
