"""Take a selfie with the webcam: live viewfinder, capture, retake, use.

Every frame, from a real camera or from a test, arrives through one
``QVideoSink``; the captured frame leaves as PNG bytes and goes through the same
intake path as a file. Without a camera (none found, access denied, it stopped)
the dialog offers to open or paste a photo instead, so it is never a dead end.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

# Marked here, translated where they are shown: the translator is installed after this module is imported.
NO_CAMERA = QT_TRANSLATE_NOOP("CameraDialog", "No camera found. Connect a webcam, or open or paste a photo instead.")
DENIED = QT_TRANSLATE_NOOP(
    "CameraDialog",
    "Camera access denied. Allow Headshot Desktop to use the camera in your system's privacy settings, "
    "then open this window again.",
)


class CameraDialog(QDialog):
    photoTaken = Signal(QImage)  # the chosen frame; encoded for intake on a worker
    openRequested = Signal()  # "Open a photo…" instead: the dialog has closed
    pasteRequested = Signal()  # "Paste a photo" instead: the dialog has closed

    def __init__(self, parent: QWidget | None = None, *, start_camera: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CameraDialog", "Take a selfie"))
        self.resize(720, 600)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self.on_frame)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoSink(self.sink)
        self.camera: QCamera | None = None
        self.latest: QImage | None = None
        self.captured: QImage | None = None

        self.view = QLabel(translate("CameraDialog", "Starting the camera…"))
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setMinimumSize(480, 360)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.view.setAccessibleName(translate("CameraDialog", "Camera viewfinder"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("CameraDialog", "Camera message"))
        self.devices = QComboBox()
        self.devices.setAccessibleName(translate("CameraDialog", "Camera"))
        self.devices.currentIndexChanged.connect(self._device_chosen)
        self.capture_button = QPushButton(translate("CameraDialog", "&Capture"))
        self.capture_button.setShortcut(Qt.Key.Key_Space)
        self.retake_button = QPushButton(translate("CameraDialog", "&Retake"))
        self.use_button = QPushButton(translate("CameraDialog", "&Use this photo"))
        self.use_button.setDefault(True)
        cancel = QPushButton(translate("CameraDialog", "Cancel"))
        self.capture_button.clicked.connect(self.capture)
        self.retake_button.clicked.connect(self.retake)
        self.use_button.clicked.connect(self.use)
        cancel.clicked.connect(self.reject)
        self.open_button = QPushButton(translate("CameraDialog", "&Open a photo…"))
        self.paste_button = QPushButton(translate("CameraDialog", "&Paste a photo"))
        self.open_button.clicked.connect(lambda: self._instead(self.openRequested))
        self.paste_button.clicked.connect(lambda: self._instead(self.pasteRequested))
        self.alternatives = QWidget()  # shown only when there is no picture from a camera
        instead = QHBoxLayout(self.alternatives)
        instead.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        instead.addWidget(self.open_button)
        instead.addWidget(self.paste_button)
        self.alternatives.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.devices, 1)
        for button in (self.capture_button, self.retake_button, self.use_button, cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.alternatives, 1)  # the view's text ends mid-height, the buttons start there
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self.media_devices = QMediaDevices(self)
        self.media_devices.videoInputsChanged.connect(self._fill_devices)
        self._update_buttons()
        if start_camera:
            self._check_permission()

    # -- camera ----------------------------------------------------------------
    def _check_permission(self) -> None:
        app = QApplication.instance()
        try:
            from PySide6.QtCore import QCameraPermission
        except ImportError:  # very old Qt: no permission API, access is decided by the OS
            self._fill_devices()
            return
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(permission, self, lambda _p: self._check_permission())
        elif status == Qt.PermissionStatus.Denied:
            self.show_problem(translate("CameraDialog", DENIED))
        else:
            self._fill_devices()

    def _fill_devices(self) -> None:
        inputs = QMediaDevices.videoInputs()
        self.devices.blockSignals(True)
        self.devices.clear()
        for device in inputs:
            self.devices.addItem(device.description(), device)
        self.devices.blockSignals(False)
        if not inputs:
            self._stop_camera()
            self.show_problem(translate("CameraDialog", NO_CAMERA))
            return
        default = QMediaDevices.defaultVideoInput()
        index = next((i for i, d in enumerate(inputs) if d.id() == default.id()), 0)
        self.devices.setCurrentIndex(index)
        self._start(inputs[index])

    def _device_chosen(self, index: int) -> None:
        device = self.devices.itemData(index)
        if isinstance(device, QCameraDevice):
            self._start(device)

    def _start(self, device: QCameraDevice) -> None:
        self._stop_camera()
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(
            lambda _e, text: self.show_problem(
                translate("CameraDialog", "The camera stopped: {reason}").format(reason=text)
            )
        )
        self.session.setCamera(self.camera)
        self.camera.start()
        self.message.clear()
        self.alternatives.hide()
        self.view.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.devices.setEnabled(True)

    def _stop_camera(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)
            self.camera.deleteLater()
            self.camera = None

    def show_problem(self, text: str) -> None:
        self.view.setText(text)
        self.view.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        self.message.clear()
        self.devices.setEnabled(self.devices.count() > 0)
        self.alternatives.show()
        self.open_button.setDefault(True)
        self._update_buttons()

    def offer_instead(self, open_photo: Callable[[], None], paste_photo: Callable[[], None]) -> None:
        """What "Open a photo…" and "Paste a photo" do once the dialog has closed."""
        self.openRequested.connect(open_photo)
        self.pasteRequested.connect(paste_photo)

    def _instead(self, signal: Signal) -> None:
        self.reject()  # closed first: the file dialog or the import must not open behind it
        signal.emit()

    # -- frames ------------------------------------------------------------------
    def on_frame(self, frame: QVideoFrame) -> None:
        if self.captured is not None or not frame.isValid():
            return
        image = frame.toImage()
        if image.isNull():
            return
        self.latest = image
        self._show(image)
        self._update_buttons()

    def _show(self, image: QImage) -> None:
        pixmap = QPixmap.fromImage(image).scaled(
            self.view.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.view.setPixmap(pixmap)

    def capture(self) -> None:
        if self.latest is None:
            return
        self.captured = self.latest.copy()
        self._show(self.captured)
        self.message.setText(translate("CameraDialog", "Captured. Use this photo, or retake it."))
        self._update_buttons()

    def retake(self) -> None:
        self.captured = None
        self.message.clear()
        self._update_buttons()

    def use(self) -> None:
        if self.captured is None:
            return
        self.photoTaken.emit(self.captured)
        self.accept()

    def _update_buttons(self) -> None:
        live = self.latest is not None
        self.capture_button.setEnabled(live and self.captured is None)
        self.retake_button.setEnabled(self.captured is not None)
        self.use_button.setEnabled(self.captured is not None)

    def done(self, result: int) -> None:
        self._stop_camera()
        super().done(result)


def push_frame(dialog: CameraDialog, image: QImage) -> None:
    """Feed one frame into the dialog exactly as the camera would (used by tests and demos)."""
    dialog.sink.setVideoFrame(QVideoFrame(image))


__all__ = ["CameraDialog", "push_frame", "NO_CAMERA", "DENIED"]
