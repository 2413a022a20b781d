"""Step 4: the results. Big before/after view, the run's images in a strip, and what to do with them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, money, translate
from headshot_desktop.ui.keep_words import keep_tooltip
from headshot_desktop.ui.models.library_model import headshot_title, numbered
from headshot_desktop.ui.widgets.compare_grid import CompareGrid
from headshot_desktop.ui.widgets.compare_view import CompareView
from headshot_desktop.ui.widgets.keep_checklist import KeepChecklist
from headshot_desktop.ui.widgets.result_strip import BEFORE_ROLE, HEADSHOT_ROLE, IMAGE_ROLE, KEY_ROLE, ResultStrip
from headshot_desktop.ui.widgets.versions_bar import VersionsBar

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot

# Marked here, translated where shown: the translator is installed after this module is imported.
EMPTY_VIEW = QT_TRANSLATE_NOOP("ResultsPanel", "Your headshots appear here.")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("ResultsPanel", "Choose a result below to see it here.")
QUALITIES = (QT_TRANSLATE_NOOP("ResultsPanel", "low"), QT_TRANSLATE_NOOP("ResultsPanel", "medium"),
             QT_TRANSLATE_NOOP("ResultsPanel", "high"))  # a headshot's detail level, as stored  # fmt: skip


@dataclass
class _Run:
    picks: int  # how many picks the person had made when the run began
    before: QImage | None  # the selfie its images are compared with
    shown: bool = False  # its first image has arrived


def same_headshot(a: Headshot, b: Headshot) -> bool:
    """The same stored headshot, maybe read at another time (kept since, renamed by a scan)."""
    return a.id == b.id and (a.path == b.path or (bool(a.file_hash) and a.file_hash == b.file_hash))


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
        self._runs: dict[int, _Run] = {}
        self._picks = 0  # selections the person made (not the panel's own)
        self._steering = 0  # >0 while the panel changes the selection itself
        self._chosen: Headshot | None = None  # the one headshot selected, whose versions were asked for
        self._keeping: dict[int, bool] = {}  # headshot id -> the Keep state being written to the library
        self._opened = 0  # headshots opened from the library so far
        self.view = CompareView()
        self.strip = ResultStrip()
        self.strip.itemSelectionChanged.connect(self._selection_changed)
        self.strip.itemPressed.connect(self._picked)  # a click on the one shown is a pick too
        self.keep = QPushButton(translate("ResultsPanel", "★ &Keep"))
        self.keep.setCheckable(True)
        self.keep.setToolTip(keep_tooltip())
        self.delete = QPushButton(translate("ResultsPanel", "&Delete"))
        self.delete.setToolTip(translate("ResultsPanel", "Move to the trash"))
        self.export = QPushButton(translate("ResultsPanel", "&Export…"))
        self.reveal = QPushButton(translate("ResultsPanel", "Show in &folder"))
        self.keep.clicked.connect(lambda checked: self.keepRequested.emit(self.selected(), checked))
        self.delete.clicked.connect(lambda: self.deleteRequested.emit(self.selected()))
        self.export.clicked.connect(lambda: self.exportRequested.emit(self.selected()))
        self.reveal.clicked.connect(lambda: self.selected() and self.revealRequested.emit(self.selected()[0]))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.version: Headshot | None = None  # an earlier version shown from the versions bar
        self.versions = VersionsBar()
        self.refine = QPushButton(translate("ResultsPanel", "&Refine…"))
        self.refine.setToolTip(
            translate("ResultsPanel", "Change this headshot as you say (say what), keeping your likeness")
        )
        self.again = QPushButton(translate("ResultsPanel", "A&gain"))
        self.again.setToolTip(translate("ResultsPanel", "A new variant of the same style and photo"))
        self.final = QPushButton(translate("ResultsPanel", "&Final in high detail"))
        self.final.setToolTip(translate("ResultsPanel", "Make this one again at the highest detail level"))
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
        self._refresh()

    def set_before(self, image: QImage | None) -> None:
        """The photo the next runs start from."""
        self.before = image

    # -- runs ---------------------------------------------------------------------------
    def start_run(self, job_id: int, refinement: bool = False) -> None:
        """A run began: its first image comes forward unless the person picks something meanwhile.

        A refinement is compared with the selfie of the headshot it was made from, which is the one selected.
        """
        before = self.before
        if refinement and self.strip.selectedItems() and self.strip.selectedItems()[0].data(BEFORE_ROLE) is not None:
            before = self.strip.selectedItems()[0].data(BEFORE_ROLE)
        self._runs.setdefault(job_id, _Run(self._picks, before))

    def show_preview(self, job_id: int, index: int, image: QImage, label: str) -> None:
        if image is None or image.isNull():
            return
        item = self._item((job_id, index))
        item.setData(IMAGE_ROLE, image)
        self.strip.paint_item(item, numbered(label, index + 1))
        self._arrived(job_id, item)

    def show_headshot(self, job_id: int, index: int, headshot: Headshot, image: QImage | None = None) -> None:
        item = self._item((job_id, index))
        item.setData(HEADSHOT_ROLE, headshot)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        if image is not None:
            item.setData(IMAGE_ROLE, image)
        self.strip.paint_item(item, headshot_title(headshot))
        self._arrived(job_id, item)

    def finish_run(self, job_id: int, made: dict[int, Headshot]) -> None:
        """The run ended: its stored headshots stay, previews of the images that were not made go."""
        self.drop_job(job_id, keep=set(made))
        for index, headshot in made.items():
            self.show_headshot(job_id, index, headshot)
        self._runs.pop(job_id, None)

    def _arrived(self, job_id: int, item: QListWidgetItem) -> None:
        run = self._runs.setdefault(job_id, _Run(self._picks, self.before))
        first, run.shown = not run.shown, True
        if (first and run.picks == self._picks) or not self.strip.selectedItems():
            self._select(item)
        else:
            self._refresh()

    def drop_job(self, job_id: int, keep: set[int] | frozenset[int] = frozenset()) -> None:
        """Remove the previews of a run's images that were not kept (cancelled or failed), all but ``keep``."""
        with self._steer():
            for row in reversed(range(self.strip.count())):
                run, index = self.strip.item(row).data(KEY_ROLE)
                if run == job_id and index not in keep:
                    self.strip.takeItem(row)
        self._refresh()

    # -- headshots from elsewhere --------------------------------------------------------------
    def select_headshot(self, headshot: Headshot) -> bool:
        """The person asked to see ``headshot``: selected if the strip shows it already (False if it does not)."""
        item = self._find(headshot)
        if item is None:
            return False
        self._picks += 1
        self._select(item)
        return True

    def open_headshot(self, headshot: Headshot, image: QImage, before: QImage | None) -> None:
        """A headshot from the library, decoded, shown and selected (once, however often it is opened)."""
        if self.select_headshot(headshot):
            return
        self._opened += 1
        item = self._item((-self._opened, 0), before)  # below every run's id: no run's end removes it
        item.setData(HEADSHOT_ROLE, headshot)
        item.setData(IMAGE_ROLE, image)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.strip.paint_item(item, headshot_title(headshot))
        self._picks += 1
        self._select(item)

    def keeping(self, headshots: list[Headshot], kept: bool) -> None:
        """Keep was pressed: shown at once, while the library is written."""
        self._keeping.update((h.id, kept) for h in headshots)
        self.update_headshots([replace(h, kept=kept) for h in headshots])

    def kept_written(self, asked: list[Headshot], kept: bool, now: list[Headshot]) -> None:
        """The library answered: ``now``, the headshots as stored (or as they were, when it failed)."""
        for headshot in asked:
            if self._keeping.get(headshot.id) == kept:  # not if pressed again meanwhile
                del self._keeping[headshot.id]
        self.update_headshots([h for h in now if h.id not in self._keeping])

    def update_headshots(self, headshots: Iterable[Headshot], listed: bool = False) -> None:
        """The stored headshots as now read (kept or not): the strip's copies follow, its stars too.

        ``listed``: read by a listing, which may have begun before a Keep being written: those wait for it.
        """
        fresh = {h.id: h for h in headshots if not (listed and h.id in self._keeping)}
        for row in range(self.strip.count()):
            item = self.strip.item(row)
            old = item.data(HEADSHOT_ROLE)
            new = fresh.get(old.id) if old is not None else None
            if new is not None and same_headshot(old, new) and new != old:
                item.setData(HEADSHOT_ROLE, new)
                self.strip.paint_item(item, item.text())
        self._refresh()

    def forget(self, paths: set[Path]) -> None:
        """Headshots that are gone (deleted): out of the strip, and out of the viewer."""
        if self.version is not None and self.version.path in paths:
            self.version = None
        with self._steer():
            for row in reversed(range(self.strip.count())):
                headshot = self.strip.item(row).data(HEADSHOT_ROLE)
                if headshot is not None and headshot.path in paths:
                    self.strip.takeItem(row)
        self._refresh()

    # -- what is chosen ---------------------------------------------------------------------
    def selected(self) -> list[Headshot]:
        return [i.data(HEADSHOT_ROLE) for i in self.strip.selectedItems() if i.data(HEADSHOT_ROLE) is not None]

    def current(self) -> Headshot | None:
        """The headshot the view shows: an earlier version chosen in the versions bar, else the selected one."""
        chosen = self.selected()
        if self.version is not None:
            return self.version
        return chosen[0] if len(chosen) == 1 else None

    def show_version(self, headshot: Headshot, image: QImage) -> None:
        """An earlier version, chosen in the versions bar (not if the selection has moved on since)."""
        if self._chosen is None or self.versions.isHidden() or headshot.id not in {h.id for h in self.versions.chain}:
            return
        self.version = headshot
        self._show(self.view.before, image)
        if headshot.instruction:
            said = translate("ResultsPanel", "{file} · “{instruction}”", "a headshot's file and what changed it")
            self.info.setText(said.format(file=headshot.path.name, instruction=headshot.instruction))
        else:
            self.info.setText(headshot.path.name)

    # -- inside ---------------------------------------------------------------------------
    @contextmanager
    def _steer(self) -> Iterator[None]:
        self._steering += 1
        try:
            yield
        finally:
            self._steering -= 1

    def _item(self, key: tuple[int, int], before: QImage | None = None) -> QListWidgetItem:
        for row in range(self.strip.count()):
            item = self.strip.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        item = QListWidgetItem()
        item.setData(KEY_ROLE, key)
        run = self._runs.get(key[0])
        item.setData(BEFORE_ROLE, before if before is not None or run is None else run.before)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled)
        with self._steer():  # the selection moves along one place: not a pick
            self.strip.insertItem(0, item)
        return item

    def _find(self, headshot: Headshot) -> QListWidgetItem | None:
        for row in range(self.strip.count()):
            shown = self.strip.item(row).data(HEADSHOT_ROLE)
            if shown is not None and same_headshot(shown, headshot):
                return self.strip.item(row)
        return None

    def _select(self, item: QListWidgetItem) -> None:
        with self._steer():
            self.strip.setCurrentItem(item, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.strip.scrollToItem(item)
        self.version = None
        self._refresh()

    def _picked(self) -> None:
        self._picks += 1

    def _selection_changed(self) -> None:
        if not self._steering:
            self._picked()
            self.version = None
            self._refresh()

    def _show(self, before: QImage | None, after: QImage | None) -> None:
        """Only a changed picture is handed to the view: it re-renders, and resets its zoom for a new size."""
        if _key(before) != _key(self.view.before) or _key(after) != _key(self.view.after):
            self.view.set_images(before, after)

    def _refresh(self) -> None:
        """Buttons, Keep, the viewer and the details, from what is selected now."""
        chosen = self.selected()
        for button in (self.refine, self.again, self.final):
            button.setEnabled(len(chosen) == 1)
        for button in (self.keep, self.delete, self.export):
            button.setEnabled(bool(chosen))
        self.reveal.setEnabled(len(chosen) == 1)
        self.keep.setChecked(bool(chosen) and all(h.kept for h in chosen))
        single = chosen[0] if len(chosen) == 1 else None
        if single is None or self._chosen is None or single.id != self._chosen.id:
            self.version = None  # an earlier version of what was selected before
            self.versions.setVisible(False)  # another headshot's versions; its own are asked for
            if single is not None:
                self.headshotChosen.emit(single)
        self._chosen = single
        if self.version is not None:
            return  # an earlier version is on screen: it stays, with its words
        items = self.strip.selectedItems()
        if not items:
            self.view.placeholder = translate("ResultsPanel", NOTHING_CHOSEN if self.strip.count() else EMPTY_VIEW)
            self._show(None, None)
            self.view.update()
            self.info.setText("")
            return
        headshot, image = items[0].data(HEADSHOT_ROLE), items[0].data(IMAGE_ROLE)
        before = items[0].data(BEFORE_ROLE)
        if image is not None:
            self._show(before if before is not None else self.before, image)
        if headshot is not None:
            self.info.setText(details(headshot))
        elif image is not None:
            self.info.setText(translate("ResultsPanel", "Rendering…"))


def details(headshot: Headshot) -> str:
    """The file, the model, the detail level, what it cost, Kept: what the line under the view says."""
    parts = [headshot.path.name, headshot.model, translate("ResultsPanel", headshot.quality)]
    if headshot.cost_usd:
        parts.append(money(headshot.cost_usd, 3))
    if headshot.kept:
        parts.append(translate("ResultsPanel", "Kept"))
    return " · ".join(parts)


def _key(image: QImage | None) -> int | None:
    return None if image is None else image.cacheKey()


__all__ = ["HEADSHOT_ROLE", "IMAGE_ROLE", "KEY_ROLE", "ResultsPanel"]
