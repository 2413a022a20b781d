"""One person of a team batch: their variants side by side, the one to export marked, and their own photo beside
them to answer "does it look like them?".

A click, the arrow keys or 1–4 choose a variant; ``chosen(person key, headshot id)`` says so (the panel keeps it
in the batch). The pictures are read and decoded at thumbnail size on the library pool, never on the window's
thread; a person shown again with the same headshots keeps the thumbnails already made.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui import previews
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.widgets.result_strip import THUMBNAIL, thumbnail

if TYPE_CHECKING:
    from headshot_desktop.library import Library
    from headshot_desktop.services.team.manifest import PersonState

log = logging.getLogger(__name__)

THUMB_SIDE = 320  # decoded pixels a side: sharp at THUMBNAIL's size on a 2× screen
ORIGINAL = QSize(72, 96)  # the person's photo, small: it is there to compare, not to look at
ID_ROLE = Qt.ItemDataRole.UserRole + 1
# Translated where shown: the translator is installed after this module is imported.
HELP = QT_TRANSLATE_NOOP("VariantPicker", "Click a headshot or press its number (1–4) to choose the one to export.")
COMPARE = QT_TRANSLATE_NOOP("VariantPicker", "Does each still look like them? Compare it with their photo on the left.")
NUMBER_KEYS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


@dataclass(frozen=True)
class Pictures:
    """One person's pictures at thumbnail size (a null QImage: that file could not be read)."""

    original: QImage | None
    variants: list[tuple[int, QImage]] = field(default_factory=list)


def _decode(path: Any) -> QImage:
    try:
        return previews.load_preview(path, THUMB_SIDE)
    except OSError as err:
        log.info("no thumbnail for %s: %s", path, err)
        return QImage()


def read_pictures(library: Library, original_id: int | None, headshot_ids: list[int]) -> Pictures:
    """On the library pool: where the files are, then each decoded at thumbnail size."""
    original = None
    if original_id is not None:
        try:
            original = _decode(library.get_original(original_id).path)
        except HeadshotError:
            original = QImage()  # gone from the library since (deleted): said as such
    variants = []
    for headshot_id in headshot_ids:
        try:
            image = _decode(library.get_headshot(headshot_id).path)
        except HeadshotError:
            image = QImage()
        variants.append((headshot_id, image))
    return Pictures(original, variants)


class VariantList(QListWidget):
    """The variants in a row; 1–4 choose one as a click does."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = NUMBER_KEYS.get(Qt.Key(event.key()))
        if row is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if row < self.count():
                self.setCurrentRow(row)
            event.accept()
            return
        super().keyPressEvent(event)


class VariantPicker(QWidget):
    chosen = Signal(str, int)  # the person's key, the headshot id chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person: PersonState | None = None
        self._loaded: tuple[str, int | None, tuple[int, ...]] | None = None  # whose pictures the list shows
        self._asked = 0  # a newer person shown meanwhile: an older answer is dropped
        self._filling = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.original = QLabel()
        self.original.setFixedSize(ORIGINAL)
        self.original.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.original.setAccessibleName(translate("VariantPicker", "Their photo"))
        self.original.setFrameShape(QLabel.Shape.StyledPanel)
        caption = QLabel(translate("VariantPicker", "<small>Their photo</small>"))
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.variants = VariantList()
        self.variants.setViewMode(QListWidget.ViewMode.IconMode)
        self.variants.setFlow(QListWidget.Flow.LeftToRight)
        self.variants.setWrapping(False)
        self.variants.setIconSize(THUMBNAIL)
        self.variants.setMovement(QListWidget.Movement.Static)
        self.variants.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.variants.setFixedHeight(THUMBNAIL.height() + 48)
        self.variants.setAccessibleName(translate("VariantPicker", "Variants"))
        self.variants.setAccessibleDescription(translate("VariantPicker", HELP))
        self.variants.setToolTip(translate("VariantPicker", HELP))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("VariantPicker", "About this person's headshots"))
        photo = QVBoxLayout()
        photo.addWidget(self.original)
        photo.addWidget(caption)
        photo.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(photo)
        row.addWidget(self.variants, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addLayout(row)
        column.addWidget(self.message)
        self.variants.currentRowChanged.connect(self._row_chosen)
        self.clear()

    # -- what it shows -------------------------------------------------------------------------------
    def clear(self) -> None:
        """Nobody shown."""
        self.person, self._loaded = None, None
        self._asked += 1
        self.title.setText(translate("VariantPicker", "<b>Choose a person</b> to see their headshots."))
        self._fill_variants([])
        self.original.clear()
        self.message.setText("")

    def show_person(self, person: PersonState, library: Library | Callable[[], Library]) -> None:
        """``person``'s variants (``library``: the library, or how to open it on the pool) and their photo."""
        self.person = person
        name = escape(person.name)
        if person.headshot_ids:
            said = translate("VariantPicker", "<b>{name}</b> · {help}")
            self.title.setText(said.format(name=name, help=translate("VariantPicker", HELP)))
        else:
            self.title.setText(f"<b>{name}</b>")
        wanted = (person.key, person.original_id, tuple(person.headshot_ids))
        if wanted == self._loaded:
            self._mark(person.picked_id)  # the same pictures: only the choice may have changed
            return
        self._asked += 1
        asked, original_id, ids = self._asked, person.original_id, list(person.headshot_ids)
        self._fill_variants(ids)
        self.original.setText("…" if original_id is not None else "")
        if ids:
            self.message.setText(translate("VariantPicker", COMPARE))
        else:
            self.message.setText(shown(person.reason) or translate("VariantPicker", "No headshots of this person yet."))
        if original_id is None and not ids:
            self._loaded = wanted
            return
        opened = library if callable(library) else (lambda: library)
        (
            LibraryOp(self, lambda _progress, _cancel: read_pictures(opened(), original_id, ids),
                      failed=translate("VariantPicker", "The headshots of {name} could not be read.")
                      .format(name=person.name), label="variant thumbnails")
            .success(lambda pictures: self._pictures(asked, wanted, pictures))
            .run_in_background()
        )  # fmt: skip

    def _pictures(self, asked: int, wanted: tuple[str, int | None, tuple[int, ...]], pictures: Pictures) -> None:
        if asked != self._asked:
            return  # another person is shown now
        self._loaded = wanted
        ratio = self.devicePixelRatioF()
        if pictures.original is not None:
            if pictures.original.isNull():
                self.original.setText(translate("VariantPicker", "Not in the library"))
            else:
                scaled = pictures.original.scaled(ORIGINAL * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                                  Qt.TransformationMode.SmoothTransformation)  # fmt: skip
                pixmap = QPixmap.fromImage(scaled)
                pixmap.setDevicePixelRatio(ratio)
                self.original.setPixmap(pixmap)
        for row, (_headshot_id, image) in enumerate(pictures.variants):
            item = self.variants.item(row)
            if item is not None and not image.isNull():
                item.setIcon(thumbnail(image, ratio))
            elif item is not None:
                item.setToolTip(translate("VariantPicker", "This headshot could not be read."))

    def _fill_variants(self, headshot_ids: list[int]) -> None:
        self._filling = True
        self.variants.clear()
        for headshot_id in headshot_ids:
            item = QListWidgetItem()
            item.setData(ID_ROLE, headshot_id)
            item.setSizeHint(QSize(THUMBNAIL.width() + 16, THUMBNAIL.height() + 36))
            self.variants.addItem(item)
        self._filling = False
        self._mark(self.person.picked_id if self.person is not None else None)

    def _mark(self, headshot_id: int | None) -> None:
        """The chosen variant selected and said so ("2 · chosen"); the others by their number."""
        self._filling = True
        for row in range(self.variants.count()):
            item = self.variants.item(row)
            picked = item.data(ID_ROLE) == headshot_id
            number = row + 1
            if picked:
                item.setText(translate("VariantPicker", "{number} · chosen").format(number=number))
                said = translate("VariantPicker", "Variant {number}, chosen").format(number=number)
            else:
                item.setText(str(number))
                said = translate("VariantPicker", "Variant {number}").format(number=number)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, said)
            if picked:
                self.variants.setCurrentRow(row)
        self._filling = False

    def chosen_id(self) -> int | None:
        item = self.variants.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _row_chosen(self, row: int) -> None:
        if self._filling or self.person is None or row < 0:
            return
        headshot_id = int(self.variants.item(row).data(ID_ROLE))
        self._mark(headshot_id)  # the panel keeps it in the batch, and shows the person again with it
        self.chosen.emit(self.person.key, headshot_id)
