"""The main window: where a selfie comes in and a headshot goes out."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop import APP_NAME, __version__
from headshot_desktop.app import AppContext
from headshot_desktop.ui.widgets.drop_zone import DropZone

log = logging.getLogger(__name__)

PHOTO_FILTER = "Photos (*.jpg *.jpeg *.png *.webp *.heic *.heif *.tif *.tiff *.bmp *.gif);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.drop_zone = DropZone()
        self.drop_zone.clicked.connect(self.open_photo)
        self.drop_zone.filesDropped.connect(self.add_photos)
        self.drop_zone.imageDropped.connect(self.add_image)
        self._build_layout()
        self._build_actions()
        self._restore_geometry()
        self._show_key_status()

    # -- layout ------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        title = QLabel("<h2>1 · Your photo</h2>")
        left_layout.addWidget(title)
        left_layout.addWidget(self.drop_zone, 1)
        privacy = QLabel(
            "Your photo stays on this computer. It is sent only to the image provider you "
            "choose, over HTTPS, when you press Generate. No account, no tracking."
        )
        privacy.setWordWrap(True)
        privacy.setObjectName("privacyNote")
        left_layout.addWidget(privacy)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel("<h2>2 · Style</h2>"))
        self.styles_placeholder = QLabel("Styles appear here.")
        self.styles_placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        right_layout.addWidget(self.styles_placeholder, 1)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = QAction("&Open Photo…", self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_photo)
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction(f"&About {APP_NAME}", self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _show_key_status(self) -> None:
        source = self.context.secrets.source()
        self.statusBar().showMessage(
            f"API key: {source.describe()} · Library: {self.context.paths.library_dir}"
        )

    # -- actions -----------------------------------------------------------
    def open_photo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Open a selfie", str(Path.home()), PHOTO_FILTER)
        if name:
            self.add_photos([Path(name)])

    def add_photos(self, paths: list[Path]) -> None:
        log.info("photos chosen: %d", len(paths))
        self.statusBar().showMessage(f"Chosen: {', '.join(p.name for p in paths)}")

    def add_image(self, image: QImage) -> None:
        self.statusBar().showMessage(f"Image received ({image.width()}×{image.height()})")

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            f"About {APP_NAME}",
            f"<h3>{APP_NAME} {__version__}</h3><p>Professional headshots from a selfie, "
            "made privately on your own computer.</p>",
        )

    # -- window state --------------------------------------------------------
    def _restore_geometry(self) -> None:
        saved = self.context.settings.window_geometry
        if saved:
            self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii")))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
        try:
            self.context.save_settings()
        except OSError:
            log.warning("could not save the window position", exc_info=True)
        super().closeEvent(event)
