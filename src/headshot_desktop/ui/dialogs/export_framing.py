"""One headshot's framing in the export dialog: the crop editor, Reset, what the frame holds, and the true-size
previews beside it (built here, placed by the dialog).

The picture is decoded, its full size read and the framings remembered for it (``Library.crops``, one per size)
looked up on the library pool, once. A framing changed for one size is kept while the dialog is open, so going
back to that size shows it again; the one exported is remembered for next time (``export_run``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui import previews
from headshot_desktop.ui.i18n import number, translate
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.widgets.crop_editor import CropEditor
from headshot_desktop.ui.widgets.true_size import TrueSizePreviews

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Library
    from headshot_desktop.library.crops import Crop
    from headshot_desktop.library.presets import ExportPreset, NeedsMorePixels

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Loaded:
    image: QImage  # at screen size, for the editor and the previews
    size: tuple[int, int]  # the headshot's own pixels
    crops: dict[str, Crop]  # remembered, by preset id


def full_size(path: Path, image: QImage) -> tuple[int, int]:
    """The headshot's own size from the file's header, turned as the decoded picture is."""
    size = QImageReader(str(path)).size()
    if not size.isValid():
        return image.width(), image.height()
    width, height = size.width(), size.height()
    if (width > height) != (image.width() > image.height()) and width != height:
        width, height = height, width  # the reader applied a rotation the header does not show
    return width, height


def load(headshot: Headshot, preset_ids: Iterable[str], library: Callable[[], Library] | None) -> Loaded:
    """On the library pool: the picture, its size, and its remembered framings."""
    image = previews.load_preview(headshot.path)
    size = full_size(headshot.path, image) if not image.isNull() else (0, 0)
    crops: dict[str, Crop] = {}
    if library is not None:
        memory = library().crops
        crops = {pid: crop for pid in preset_ids if (crop := memory.get(headshot, pid)) is not None}
    return Loaded(image, size, crops)


class Framing(QWidget):
    changed = Signal()  # the frame moved or the picture came: the pixel count may have changed

    def __init__(self, headshot: Headshot, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headshot = headshot
        self.editor = CropEditor()
        self.previews = TrueSizePreviews()
        self.reset_button = QPushButton(translate("ExportFraming", "&Reset framing"))
        self.reset_button.setToolTip(
            translate("ExportFraming", "Back to the usual framing: centred across, a little more cut from the bottom.")
        )
        self.reset_button.clicked.connect(self.editor.reset)
        self.info = QLabel()
        self.info.setAccessibleName(translate("ExportFraming", "What the frame holds"))
        self.info.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.reset_button)
        row.addWidget(self.info, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.editor, 1)
        column.addLayout(row)
        self._framings: dict[str, Crop] = {}
        self._preset: ExportPreset | None = None
        self.editor.cropChanged.connect(self._crop_changed)

    def load(self, preset_ids: Iterable[str], library: Callable[[], Library] | None) -> None:
        headshot, ids = self.headshot, list(preset_ids)
        failed = translate("ExportFraming", "The headshot could not be read.")
        (
            LibraryOp(self, lambda _progress, _cancel: load(headshot, ids, library),
                      failed=failed, label="export framing")
            .success(self._loaded)
            .failure(self._not_loaded)
            .run_in_background()
        )  # fmt: skip

    def _loaded(self, loaded: Loaded) -> None:
        if loaded.image.isNull():
            self._not_loaded(None)
            return
        self._framings = {**loaded.crops, **self._framings}  # one changed meanwhile is the person's
        if self._preset is not None:
            self.editor.set_crop(self._framings.get(self._preset.id))
        self.previews.set_source(loaded.image)
        self.editor.set_image(loaded.image, loaded.size)

    def _not_loaded(self, err: BaseException | None) -> None:
        if err is not None:
            log.warning("the export framing of %s could not be read", self.headshot.path.name, exc_info=err)
        self.editor.set_message(
            translate("ExportFraming", "No preview: “{name}” could not be read.").format(name=self.headshot.path.name)
        )
        self.reset_button.setEnabled(False)

    def show_preset(self, preset: ExportPreset) -> None:
        """Frame for ``preset``: the framing kept or remembered for it, else the default one."""
        from headshot_desktop.library.presets import aspect

        if self._preset is not None and self.editor.ready:
            self._framings[self._preset.id] = self.editor.crop()
        self._preset = preset
        self.editor.set_aspect(aspect(preset))
        self.editor.set_crop(self._framings.get(preset.id))
        self._crop_changed(self.editor.crop())

    def redraw(self) -> None:
        """The previews again (the screen's pixel ratio changed, say)."""
        if self._preset is not None:
            self._crop_changed(self.editor.crop())

    def crop(self) -> Crop | None:
        """The framing to export; None until the picture is in (the export then uses the remembered one)."""
        return self.editor.crop() if self.editor.ready else None

    def shortfall(self) -> NeedsMorePixels | None:
        """What the size needs that the frame does not have, or None."""
        from headshot_desktop.library.presets import shortfall

        pixels = self.editor.frame_pixels()
        if self._preset is None or pixels is None:
            return None
        return shortfall(self._preset, pixels, self.editor.image_size)

    def _crop_changed(self, crop: Crop) -> None:
        if self._preset is None:
            return
        from headshot_desktop.library.presets import aspect

        pixels, size = self.editor.frame_pixels(), self.editor.image_size
        if pixels is not None and size is not None:
            holds = translate("ExportFraming", "The frame holds {width} × {height} of the headshot's {full_width} × "
                              "{full_height} pixels (zoom {zoom}×).")  # fmt: skip
            self.info.setText(holds.format(width=pixels[0], height=pixels[1], full_width=size[0], full_height=size[1],
                                           zoom=number(self.editor.zoom_level(), 1)))  # fmt: skip
        prints = self._preset if self._preset.dpi else None
        self.previews.show_crop(crop if self.editor.ready else None, aspect(self._preset), prints)
        self.changed.emit()
