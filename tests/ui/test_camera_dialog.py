"""The camera dialog, fed frames through the same sink a real camera feeds (there is no camera here)."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtGui import QColor, QImage

from headshot_desktop.ui.dialogs.camera import NO_CAMERA, CameraDialog, push_frame
from headshot_desktop.ui.previews import image_to_png


def frame(colour: str, w: int = 640, h: int = 480) -> QImage:
    image = QImage(w, h, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def test_no_camera_is_said_clearly(qtbot) -> None:
    dialog = CameraDialog()
    qtbot.addWidget(dialog)
    # This machine has no video input, so the real device scan finds none.
    assert dialog.view.text() == NO_CAMERA
    assert not dialog.capture_button.isEnabled()


def test_capture_retake_use_goes_out_as_png(qtbot) -> None:
    dialog = CameraDialog(start_camera=False)
    qtbot.addWidget(dialog)
    dialog.show()
    push_frame(dialog, frame("#204080"))
    assert dialog.capture_button.isEnabled() and not dialog.use_button.isEnabled()
    dialog.capture()
    push_frame(dialog, frame("#c03030"))  # frames after the capture do not replace it
    assert dialog.use_button.isEnabled()
    dialog.retake()
    push_frame(dialog, frame("#30a050"))
    dialog.capture()
    with qtbot.waitSignal(dialog.photoTaken) as blocker:
        dialog.use()
    png = image_to_png(blocker.args[0])  # as the import's worker encodes it
    with Image.open(io.BytesIO(png)) as img:
        assert img.format == "PNG" and img.size == (640, 480)
        assert img.convert("RGB").getpixel((10, 10)) == (0x30, 0xA0, 0x50)
