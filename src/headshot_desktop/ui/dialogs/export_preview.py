"""What the export dialog shows before anything is written: the crop, and the names of the files.

The picture is decoded and drawn on the library pool (a full-size decode would stall the window); the window's
thread only turns the finished image into a pixmap. One drawing runs at a time, and a choice changed meanwhile
is drawn next: an older picture is never shown over a newer choice (``NewestDrawing``). With many headshots this
is the first one, framed as the person last framed it for the chosen size (or the default framing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from headshot_desktop.ui import previews
from headshot_desktop.ui.dialogs.export_sizes import library_opener
from headshot_desktop.ui.i18n import Plural, translate
from headshot_desktop.ui.newest_drawing import NewestDrawing
from headshot_desktop.ui.widgets.crop_drawing import crop_rect, dim_outside_circle, fitted

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot
    from headshot_desktop.library.crops import Crop

log = logging.getLogger(__name__)

PREVIEW_SIZE = 220
NAMES_IN_TEXT = 3  # the label names the first few; its tooltip names up to NAMES_IN_TOOLTIP
NAMES_IN_TOOLTIP = 60


@dataclass(frozen=True)
class PreviewChoice:
    aspect: float | None  # width / height of the export's crop; None: the picture's own shape
    circle: bool  # dim the outside of the round crop profile sites show
    ratio: float  # the screen's pixel ratio: drawn sharp at 2×
    preset: str = ""  # whose remembered framing of the headshot to show


def preview_image(source: QImage, choice: PreviewChoice, crop: Crop | None = None) -> QImage:
    """The crop the export will make (``crop``, or the default for the aspect), at the screen's pixels, with the
    outside of a circle dimmed where profile pictures are shown round. Safe on a worker: QImage and a painter on
    it are."""
    side = round(PREVIEW_SIZE * choice.ratio)
    image = fitted(source, crop_rect(source, crop, choice.aspect), side, side)
    return dim_outside_circle(image) if choice.circle else image


def draw(path: Path, source: QImage | None, choice: PreviewChoice,
         remembered: Callable[[str], Crop | None] | None = None) -> tuple[QImage, QImage]:  # fmt: skip
    """On the library pool: the decoded picture (decoded once, then reused) and the preview drawn from it."""
    if source is None:
        source = previews.load_preview(path)
    crop = remembered(choice.preset) if remembered is not None else None
    return source, (QImage() if source.isNull() else preview_image(source, choice, crop))


class ExportPreview:
    """Keeps ``label`` showing the newest choice, drawn off the window's thread. ``remembered(preset)`` (called on
    the pool) gives the framing the person chose for the headshot, if any."""

    def __init__(self, owner: QWidget, label: QLabel, path: Path,
                 remembered: Callable[[str], Crop | None] | None = None) -> None:  # fmt: skip
        self.owner = owner  # the dialog: its window's session has the library pool
        self.label = label
        self.path = path
        self._source: QImage | None = None
        self._remembered = remembered
        self._drawing: NewestDrawing[PreviewChoice, tuple[QImage, QImage]] = NewestDrawing(
            owner, self._job, self._drawn, self._not_drawn, label="export preview", every=self._keep
        )

    def show(self, choice: PreviewChoice) -> None:
        self._drawing.ask(choice)

    def _job(self, choice: PreviewChoice) -> Callable[[], tuple[QImage, QImage]]:
        source, path, remembered = self._source, self.path, self._remembered
        return lambda: draw(path, source, choice, remembered)

    def _keep(self, drawn: tuple[QImage, QImage]) -> None:
        self._source = drawn[0]

    def _drawn(self, choice: PreviewChoice, drawn: tuple[QImage, QImage]) -> None:
        image = drawn[1]
        if image.isNull():
            self.label.setText(self._unread())
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(choice.ratio)
            self.label.setPixmap(pixmap)

    def _not_drawn(self, err: BaseException) -> None:
        log.warning("the export preview of %s could not be drawn", self.path.name, exc_info=err)
        self.label.setText(self._unread())

    def _unread(self) -> str:
        return translate("ExportPreview", "No preview: “{name}” could not be read.").format(name=self.path.name)


def first_of_many(owner: QWidget, first: Headshot) -> tuple[QLabel, ExportPreview]:
    """An export of many: a square showing the first, as each will be framed (its remembered framing, or the
    default one), and what keeps it drawn."""
    label = QLabel()
    label.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)  # "No preview: … could not be read." fits in its square
    label.setAccessibleName(translate("ExportPreview", "Export preview"))
    library = library_opener(owner)
    remembered_crop = None if library is None else (lambda preset_id: library().crops.get(first, preset_id))
    return label, ExportPreview(owner, label, first.path, remembered_crop)


def names_text(targets: list[Path]) -> tuple[str, str]:
    """The sentence naming the files an export will write, and a tooltip with the names the sentence leaves out."""
    if not targets:
        return translate("ExportPreview", "Nothing left to write."), ""
    if len(targets) == 1:
        return translate("ExportPreview", "Writes “{name}”.").format(name=targets[0].name), ""
    named = ", ".join(translate("ExportPreview", "“{name}”").format(name=t.name) for t in targets[:NAMES_IN_TEXT])
    rest = len(targets) - NAMES_IN_TEXT
    if rest > 0:
        named = Plural.tr("{names} and %n more", "", rest).format(names=named)
    text = Plural.tr("Writes %n file(s): {names}.", "", len(targets)).format(names=named)
    lines = [t.name for t in targets[:NAMES_IN_TOOLTIP]]
    if len(targets) > NAMES_IN_TOOLTIP:
        lines.append(Plural.tr("and %n more", "", len(targets) - NAMES_IN_TOOLTIP))
    return text, "\n".join(lines)
