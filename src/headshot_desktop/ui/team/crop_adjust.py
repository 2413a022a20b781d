"""Adjust one person's crop in a team batch: the crop editor over that headshot, for the kit's export size.

It starts from the crop remembered for that headshot and size, else the kit's framing, else the size's usual
one. OK remembers it in the library (``Library.crops``), where "export all" finds it; "Back to the kit's
framing" then OK forgets it, so that headshot follows the kit again. The picture is decoded, the sizes and the
remembered crop read, and the crop written on the library pool.

    adjust_crop(window, context, headshot_or_id, kit.export.preset, kit.export.framing)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui.dialogs.export_sizes import read_presets, team_page
from headshot_desktop.ui.dialogs.export_status import ErrorLine
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.widgets.crop_editor import CropEditor

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot
    from headshot_desktop.library.crops import Crop
    from headshot_desktop.library.presets import ExportPreset
    from headshot_desktop.ui.dialogs.export_framing import Loaded

# Translated where said: the translator is installed after this module is imported.
NOT_READ = QT_TRANSLATE_NOOP("CropAdjust", "The headshot could not be read.")
NOT_SAVED = QT_TRANSLATE_NOOP("CropAdjust", "The crop could not be saved.")


@dataclass(frozen=True)
class Opened:
    headshot: Headshot
    preset: ExportPreset
    loaded: Loaded  # the picture at screen size, its own size, the crop remembered for the preset


def open_headshot(context: Any, headshot: Headshot | int, preset_id: str) -> Opened:
    """On the library pool: the headshot, the export size (built in or the person's own), the picture and the
    crop remembered for it."""
    from headshot_desktop.library.presets import find_preset
    from headshot_desktop.ui.dialogs.export_framing import load

    library = context.library()
    shot = library.get_headshot(headshot) if isinstance(headshot, int) else headshot
    presets, _notices = read_presets(context.paths.config_dir, team_page(context.settings))
    return Opened(shot, find_preset(preset_id, presets), load(shot, [preset_id], lambda: library))


class CropAdjust(QDialog):
    saved = Signal(object)  # the crop remembered (None: forgotten, the kit's framing again)

    def __init__(self, parent: QWidget | None, context: Any, headshot: Headshot | int, preset_id: str,
                 kit_framing: Crop | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.context = context
        self.preset_id = preset_id
        self.kit_framing = kit_framing
        self.headshot: Headshot | None = None
        self._own = False  # the person moved the frame (or had before): remembered for this headshot
        self._quiet = False  # the frame moved by the dialog itself, not the person
        self.setWindowTitle(translate("CropAdjust", "Adjust the crop"))
        self.note = QLabel(translate("CropAdjust", "This crop is for this headshot only: everyone else keeps the kit's "
                                     "framing."))  # fmt: skip
        self.note.setWordWrap(True)
        self.editor = CropEditor()
        self.reset_button = QPushButton(translate("CropAdjust", "&Back to the kit's framing") if kit_framing else
                                        translate("CropAdjust", "&Back to the usual framing"))  # fmt: skip
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self._reset)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setAccessibleName(translate("CropAdjust", "What the frame holds"))
        self.error = ErrorLine()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.reset_button)
        row.addWidget(self.info, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.editor.cropChanged.connect(self._moved)
        (
            LibraryOp(self, lambda _progress, _cancel: open_headshot(context, headshot, preset_id),
                      failed=translate("CropAdjust", NOT_READ), label="adjust crop")
            .success(self._opened)
            .failure(lambda err: self._say(error_text(plain_error(err, translate("CropAdjust", NOT_READ)))))
            .run_in_background()
        )  # fmt: skip

    def _opened(self, opened: Opened) -> None:
        from headshot_desktop.library.presets import aspect

        self.headshot = opened.headshot
        loaded = opened.loaded
        if loaded.image.isNull():
            self.editor.set_message(translate("CropAdjust", "No preview: “{name}” could not be read.")
                                    .format(name=opened.headshot.path.name))  # fmt: skip
            return
        remembered = loaded.crops.get(self.preset_id)
        self._own = remembered is not None
        self._quiet = True
        self.editor.set_aspect(aspect(opened.preset))
        self.editor.set_crop(remembered or self.kit_framing)  # the editor shows either as the export cuts it
        self.editor.set_image(loaded.image, loaded.size)
        self._quiet = False
        self._show_pixels()
        self.reset_button.setEnabled(True)
        self.ok.setEnabled(True)
        self.editor.setFocus()

    def _moved(self, _crop: Crop) -> None:
        if not self._quiet:
            self._own = True
        self._show_pixels()

    def _show_pixels(self) -> None:
        pixels, size = self.editor.frame_pixels(), self.editor.image_size
        if pixels is not None and size is not None:
            self.info.setText(translate("CropAdjust", "The frame holds {width} × {height} of the headshot's "
                                        "{full_width} × {full_height} pixels.")
                              .format(width=pixels[0], height=pixels[1], full_width=size[0],
                                      full_height=size[1]))  # fmt: skip

    def _reset(self) -> None:
        self._quiet = True
        if self.kit_framing is None:
            self.editor.reset()
        else:
            self.editor.set_crop(self.kit_framing)
        self._quiet = False
        self._own = False
        self.editor.setFocus()

    def _say(self, text: str) -> None:
        self.error.say(text)

    def crop(self) -> Crop | None:
        """What OK remembers: the frame as the person left it, or None to follow the kit's framing."""
        return self.editor.crop() if self._own and self.editor.ready else None

    def accept(self) -> None:
        if self.headshot is None or not self.ok.isEnabled():
            return
        headshot, preset_id, crop, context = self.headshot, self.preset_id, self.crop(), self.context
        self.ok.setEnabled(False)
        self._say("")
        (
            LibraryOp(self, lambda _progress, _cancel: context.library().crops.set(headshot, preset_id, crop),
                      failed=translate("CropAdjust", NOT_SAVED), label="save crop")
            .success(lambda _none: self._saved(crop))
            .failure(self._not_saved)
            .run_in_background()
        )  # fmt: skip

    def _saved(self, crop: Crop | None) -> None:
        self.saved.emit(crop)
        super().accept()

    def _not_saved(self, err: BaseException) -> None:
        self.ok.setEnabled(True)
        self._say(error_text(plain_error(err, translate("CropAdjust", NOT_SAVED))))


def adjust_crop(parent: QWidget, context: Any, headshot: Headshot | int, preset_id: str, kit_framing: Crop | None,
                on_saved: Callable[[Crop | None], None] | None = None) -> CropAdjust:  # fmt: skip
    """Open the crop of one headshot over ``parent``'s window (window-modal); ``on_saved(crop)`` once OK wrote it."""
    dialog = CropAdjust(parent, context, headshot, preset_id, kit_framing)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.saved.connect(on_saved)
    dialog.resize(480, 640)
    dialog.open()
    return dialog
