"""What the export dialog shows before anything is written: the crop, and the names of the files.

The picture is decoded and drawn on the library pool (a full-size decode would stall the window); the window's
thread only turns the finished image into a pixmap. One drawing runs at a time, and a choice changed meanwhile
is drawn next: an older picture is never shown over a newer choice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from headshot_desktop.ui import previews
from headshot_desktop.ui.operations import LibraryOp

log = logging.getLogger(__name__)

PREVIEW_SIZE = 220
NAMES_IN_TEXT = 3  # the label names the first few; its tooltip names up to NAMES_IN_TOOLTIP
NAMES_IN_TOOLTIP = 60


@dataclass(frozen=True)
class PreviewChoice:
    aspect: float | None  # width / height of the export's crop; None: the picture's own shape
    circle: bool  # dim the outside of the round crop profile sites show
    ratio: float  # the screen's pixel ratio: drawn sharp at 2×


def preview_image(source: QImage, choice: PreviewChoice) -> QImage:
    """The crop the export will make, at the screen's pixels, with the outside of a circle dimmed where profile
    pictures are shown round. Safe on a worker: QImage and a painter on it are."""
    from headshot_desktop.library.export import crop_box

    if choice.aspect is not None:
        left, top, right, bottom = crop_box(source.width(), source.height(), choice.aspect)
        source = source.copy(left, top, right - left, bottom - top)
    side = round(PREVIEW_SIZE * choice.ratio)
    image = source.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
    if choice.circle:
        image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
        width, height = image.width(), image.height()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outside = QPainterPath()
        outside.addRect(QRectF(0, 0, width, height))
        ring = QPainterPath()
        diameter = min(width, height)
        ring.addEllipse(QRectF((width - diameter) / 2, (height - diameter) / 2, diameter, diameter))
        painter.fillPath(outside.subtracted(ring), QColor(0, 0, 0, 150))
        painter.end()
    return image


def draw(path: Path, source: QImage | None, choice: PreviewChoice) -> tuple[QImage, QImage]:
    """On the library pool: the decoded picture (decoded once, then reused) and the preview drawn from it."""
    if source is None:
        source = previews.load_preview(path)
    return source, (QImage() if source.isNull() else preview_image(source, choice))


class ExportPreview:
    """Keeps ``label`` showing the newest choice, drawn off the window's thread."""

    def __init__(self, owner: QWidget, label: QLabel, path: Path) -> None:
        self.owner = owner  # the dialog: its window's session has the library pool
        self.label = label
        self.path = path
        self._source: QImage | None = None
        self._wanted: PreviewChoice | None = None
        self._running = False

    def show(self, choice: PreviewChoice) -> None:
        self._wanted = choice
        if self._running:
            return  # drawn as soon as the drawing under way is done
        self._running = True
        source, path = self._source, self.path
        (
            LibraryOp(self.owner, lambda _progress, _cancel: draw(path, source, choice),
                      failed="The preview could not be drawn.", label="export preview")
            .success(lambda drawn: self._drawn(choice, drawn))
            .failure(self._not_drawn)
            .run_in_background()
        )  # fmt: skip

    def _drawn(self, choice: PreviewChoice, drawn: tuple[QImage, QImage]) -> None:
        self._running = False
        self._source, image = drawn
        if self._wanted is not None and choice != self._wanted:
            self.show(self._wanted)  # the choice changed while this one was drawn: never show the older
        elif image.isNull():
            self.label.setText(f"No preview: “{self.path.name}” could not be read.")
        else:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(choice.ratio)
            self.label.setPixmap(pixmap)

    def _not_drawn(self, err: BaseException) -> None:
        self._running = False
        log.warning("the export preview of %s could not be drawn", self.path.name, exc_info=err)
        self.label.setText(f"No preview: “{self.path.name}” could not be read.")


def names_text(targets: list[Path]) -> tuple[str, str]:
    """The sentence naming the files an export will write, and a tooltip with the names the sentence leaves out."""
    if not targets:
        return "Nothing left to write.", ""
    if len(targets) == 1:
        return f"Writes “{targets[0].name}”.", ""
    shown = ", ".join(f"“{t.name}”" for t in targets[:NAMES_IN_TEXT])
    rest = len(targets) - NAMES_IN_TEXT
    text = f"Writes {len(targets)} files: {shown}" + (f" and {rest} more." if rest > 0 else ".")
    lines = [t.name for t in targets[:NAMES_IN_TOOLTIP]]
    if len(targets) > NAMES_IN_TOOLTIP:
        lines.append(f"and {len(targets) - NAMES_IN_TOOLTIP} more")
    return text, "\n".join(lines)
