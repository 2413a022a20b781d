"""True-size previews: the export as LinkedIn shows it (circles of 400, 200 and 56 pixels), as a team-page tile,
and as a print at its size on paper on this screen. Redrawn while the frame moves, on the library pool: the
newest framing wins, and the window's thread only shows the pictures.

A print is shown at its size using the screen's physical dots per inch. Many screens (and every virtual one)
do not report their real size, and then the size is said to be approximate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPalette, QPixmap, QScreen
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import Plural, number, shown, translate
from headshot_desktop.ui.newest_drawing import NewestDrawing
from headshot_desktop.ui.widgets.crop_drawing import circle, crop_rect, scaled

if TYPE_CHECKING:
    from headshot_desktop.library.crops import Crop
    from headshot_desktop.library.presets import ExportPreset

log = logging.getLogger(__name__)

LINKEDIN_SIDES = (400, 200, 56)
TILE_WIDTH = 240  # a team page's tile, in the page's pixels
GUESSED_DPI = 96.0
FALLBACK_DPIS = (72.0, 96.0, 100.0)  # what systems report when they do not know the screen's size
PLAUSIBLE_DPI = (40.0, 700.0)


def screen_inch(screen: QScreen | None) -> tuple[float, bool]:
    """How many of the window's pixels make an inch on ``screen``, and whether the screen said so (not a guess)."""
    if screen is None:
        return GUESSED_DPI, False
    size = screen.physicalSize()
    dpi = screen.physicalDotsPerInch()  # in the window's (device-independent) pixels
    device_dpi = dpi * screen.devicePixelRatio()
    if size.width() <= 0 or size.height() <= 0 or not PLAUSIBLE_DPI[0] <= device_dpi <= PLAUSIBLE_DPI[1]:
        return GUESSED_DPI / screen.devicePixelRatio(), False
    if any(abs(device_dpi - fallback) < 1.0 for fallback in FALLBACK_DPIS):
        return dpi, False
    return dpi, True


@dataclass(frozen=True)
class TrueSizeChoice:
    crop: Crop | None  # None: the default framing for ``aspect``
    aspect: float | None
    ratio: float  # the screen's pixel ratio: drawn sharp at 2×
    print_size: tuple[float, float] | None = None  # the print's size in the window's pixels, if a print is chosen


@dataclass(frozen=True)
class TrueSizeImages:
    circles: tuple[QImage, ...]
    tile: QImage
    print: QImage | None


def render(source: QImage, choice: TrueSizeChoice) -> TrueSizeImages:
    """On a worker: every preview of ``choice`` from the decoded picture, at the screen's pixels."""
    part = crop_rect(source, choice.crop, choice.aspect)
    ratio = choice.ratio
    circles = tuple(circle(source, part, max(1, round(side * ratio))) for side in LINKEDIN_SIDES)
    tile_height = TILE_WIDTH * part.height() / part.width()
    tile = scaled(source, part, round(TILE_WIDTH * ratio), max(1, round(tile_height * ratio)))
    printed = None
    if choice.print_size is not None:
        width, height = choice.print_size
        printed = scaled(source, part, max(1, round(width * ratio)), max(1, round(height * ratio)))
    return TrueSizeImages(circles, tile, printed)


def _picture(name: str) -> QLabel:
    label = QLabel()
    label.setAccessibleName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def _words(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _page(content: QWidget, *, whole: bool = False) -> QScrollArea:
    """``content``, scrolled when it is larger than the tab; ``whole``: the tab is made large enough to show it all
    (LinkedIn's circles: seen together, without scrolling, on a 1366 × 768 screen)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    if whole:
        area.setMinimumSize(content.minimumSizeHint() + QSize(4, content.fontMetrics().height() * 2))
    return area


class TrueSizePreviews(QTabWidget):
    """Tabs of the export at its true sizes; ``set_source`` once the picture is decoded, then ``show_crop``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("TrueSizePreviews", "True-size previews"))
        self._source: QImage | None = None
        self._last: tuple[Crop | None, float | None, ExportPreset | None] | None = None
        self._drawing: NewestDrawing[TrueSizeChoice, TrueSizeImages] = NewestDrawing(
            self, self._job, self._drawn, self._not_drawn, label="true-size previews"
        )
        self.circles = [_picture(Plural.tr("LinkedIn circle, %n pixel(s)", "", side)) for side in LINKEDIN_SIDES]
        self.tile = _picture(translate("TrueSizePreviews", "Team page tile"))
        self.print = _picture(translate("TrueSizePreviews", "Print at its size on paper"))
        self.linkedin_note = _words()
        self.print_note = _words()
        self.addTab(_page(self._linkedin_page(), whole=True), translate("TrueSizePreviews", "&LinkedIn"))
        self.addTab(_page(self._team_page()), translate("TrueSizePreviews", "&Team page"))
        self.addTab(self._print_page(), translate("TrueSizePreviews", "&Print"))

    def _linkedin_page(self) -> QWidget:
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(self.linkedin_note, 0, 0, 1, 2)
        large, middle, small_side = LINKEDIN_SIDES
        captions = [
            QLabel(Plural.tr("%n pixel(s) across", "", large)),
            QLabel(Plural.tr("%n pixel(s)", "", middle)),
            QLabel(Plural.tr("%n pixel(s), as beside a comment", "", small_side)),
        ]
        for label, side in zip(self.circles, LINKEDIN_SIDES, strict=True):
            label.setFixedSize(side, side)
        grid.addWidget(self.circles[0], 1, 0, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(captions[0], 4, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        small = QVBoxLayout()
        for label, caption in zip(self.circles[1:], captions[1:], strict=True):
            small.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            small.addWidget(caption, 0, Qt.AlignmentFlag.AlignHCenter)
            small.addSpacing(12)
        small.addStretch(1)
        grid.addLayout(small, 1, 1, 4, 1)
        grid.setRowStretch(5, 1)
        grid.setColumnStretch(2, 1)
        return page

    def _team_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(_words(Plural.tr("As a tile on a team page, %n pixel(s) wide. The same framing for "
                                          "everyone makes the heads the same size.", "", TILE_WIDTH)))  # fmt: skip
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setBackgroundRole(QPalette.ColorRole.Base)  # a web page's card, light or dark
        card.setAutoFillBackground(True)
        inside = QVBoxLayout(card)
        inside.addWidget(self.tile)
        name = QLabel(translate("TrueSizePreviews", "<b>Your name</b>"))
        role = QLabel(translate("TrueSizePreviews", "Your role"))
        for line in (name, role):
            line.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            inside.addWidget(line)
        column.addWidget(card, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        return page

    def _print_page(self) -> QWidget:
        """The note above, always in view; the print below it, scrolled (a print is larger than most screens)."""
        paper = QWidget()
        inside = QVBoxLayout(paper)
        self.print.setFrameShape(QFrame.Shape.Box)  # the paper's edge
        inside.addWidget(self.print, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inside.addStretch(1)
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(self.print_note)
        column.addWidget(_page(paper), 1)
        return page

    # -- what it shows ------------------------------------------------------------------------------
    def set_source(self, image: QImage) -> None:
        self._source = image
        if self._last is not None:
            self.show_crop(*self._last)

    def show_crop(self, crop: Crop | None, aspect: float | None, print_preset: ExportPreset | None) -> None:
        """Draw the previews of ``crop`` (fractions; None: the default framing); a print when the preset has a dpi."""
        self._last = (crop, aspect, print_preset)
        if aspect is not None and abs(aspect - 1) < 0.01:
            note = translate("TrueSizePreviews", "As LinkedIn shows it: in a circle, from the profile page down to "
                             "the size beside a comment.")  # fmt: skip
        else:
            note = translate("TrueSizePreviews", "As LinkedIn shows it: in a circle, from the profile page down to "
                             "the size beside a comment. LinkedIn keeps the middle square of a picture that is not "
                             "square.")  # fmt: skip
        self.linkedin_note.setText(note)
        print_size = self._print_words(print_preset)
        if self._source is None or self._source.isNull():
            return
        self._drawing.ask(TrueSizeChoice(crop, aspect, self.devicePixelRatioF(), print_size))

    def _print_words(self, preset: ExportPreset | None) -> tuple[float, float] | None:
        if preset is None or preset.dpi is None or preset.size is None:
            self.print_note.setText(translate("TrueSizePreviews", "Choose a print size, such as Print 8 × 10 or "
                                              "Casting 5 × 7, to see it at its size on paper."))  # fmt: skip
            self.print.clear()
            self.print.hide()
            return None
        inch, real = screen_inch(self.screen())
        inches = (preset.size[0] / preset.dpi, preset.size[1] / preset.dpi)
        size = translate("TrueSizePreviews", "{width} × {height} inches").format(
            width=_number(inches[0]), height=_number(inches[1])
        )
        title, dpi = shown(preset.title), round(inch)
        if real:
            note = Plural.tr("{preset} at its size on paper, {size}, as this screen reports its size (%n pixel(s) "
                             "an inch). Hold a ruler to it to check.", "", dpi)  # fmt: skip
        else:
            note = Plural.tr("{preset} at about its size on paper, {size}. This screen does not report its real "
                             "size, so the app takes %n pixel(s) an inch: the size shown is approximate.",
                             "", dpi)  # fmt: skip
        self.print_note.setText(note.format(preset=title, size=size))
        self.print.show()
        return inches[0] * inch, inches[1] * inch

    def _job(self, choice: TrueSizeChoice) -> Callable[[], TrueSizeImages]:
        source = self._source
        assert source is not None
        return lambda: render(source, choice)

    def _drawn(self, choice: TrueSizeChoice, images: TrueSizeImages) -> None:
        def show(label: QLabel, image: QImage) -> None:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(choice.ratio)
            label.setPixmap(pixmap)

        for label, image in zip(self.circles, images.circles, strict=True):
            show(label, image)
        show(self.tile, images.tile)
        if images.print is not None:
            show(self.print, images.print)

    def _not_drawn(self, err: BaseException) -> None:
        log.warning("the true-size previews could not be drawn", exc_info=err)

    @property
    def drawing(self) -> bool:
        return self._drawing.running


def _number(value: float) -> str:
    """Inches to a tenth, without a trailing zero (8, 8.5), written the locale's way."""
    tenths = float(f"{value:.1f}")
    return number(tenths, 0) if tenths == int(tenths) else number(tenths, 1)
