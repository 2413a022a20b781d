"""The results strip at 2× scale: thumbnails are drawn at the screen's device pixel ratio, not blown up."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication

    from headshot_desktop.ui.panels.results_panel import ResultsPanel

    app = QApplication([])
    panel = ResultsPanel()
    panel.show()
    image = QImage(1024, 1536, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    panel.show_preview(1, 0, image, "Legal")
    strip = panel.strip
    icon = strip.item(0).icon()
    drawn = icon.pixmap(strip.iconSize(), strip.devicePixelRatioF())
    largest = max(icon.availableSizes(), key=lambda size: size.height())
    print(strip.devicePixelRatioF(), drawn.devicePixelRatio(), largest.width(), largest.height())
    """
)


def test_thumbnails_are_sharp_at_twice_the_scale(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60,
                          cwd=Path(__file__).parents[2])  # fmt: skip
    assert done.returncode == 0, done.stderr
    ratio, drawn_ratio, width, height = done.stdout.split()
    assert float(ratio) == 2.0
    assert float(drawn_ratio) == 2.0
    assert (int(width), int(height)) == (170, 256)  # 96 × 128 points, 2:3, in device pixels
