"""The engines of one comparison as tiles: each one's picture, provider, model, time and cost, or why it failed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

TILE = 72  # small: the tiles sit over the results strip, and the window must still fit a 768-pixel screen


class EngineTile(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QLabel("…")
        self.picture.setFixedSize(TILE, TILE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(f"<b>{title}</b>")
        self.caption.setWordWrap(True)
        self.caption.setMinimumWidth(140)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture)
        layout.addWidget(self.caption)
        self.setAccessibleName(title)

    def show_image(self, image: QImage) -> None:
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(image.scaled(int(TILE * ratio), int(TILE * ratio), Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setPixmap(pixmap)


class CompareGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tiles: dict[int, EngineTile] = {}  # job id -> its tile
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.setVisible(False)

    def start(self, jobs: list[tuple[int, str]]) -> None:
        """A new comparison: one tile per (job id, provider title)."""
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles = {}
        for column, (job_id, title) in enumerate(jobs):
            self.tiles[job_id] = EngineTile(title)
            self._grid.addWidget(self.tiles[job_id], 0, column)
        self.setVisible(bool(jobs))

    def update_tile(self, job_id: int, text: str, image: QImage | None = None) -> None:
        tile = self.tiles.get(job_id)
        if tile is None:
            return
        tile.caption.setText(f"<b>{tile.accessibleName()}</b><br>{text}")
        if image is not None and not image.isNull():
            tile.show_image(image)
