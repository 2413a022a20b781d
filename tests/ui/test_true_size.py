"""True size on this screen: the inch from the screen's physical size, said to be a guess when the screen does not
know its size, and a print drawn at that many pixels an inch."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QImage

from headshot_desktop.library.presets import PRESETS
from headshot_desktop.ui.widgets import true_size
from headshot_desktop.ui.widgets.true_size import TrueSizePreviews, screen_inch
from tests.ui.export_dialog_support import PoolHost


def screen(width_mm: float, height_mm: float, dpi: float, ratio: float = 1.0) -> Any:
    return SimpleNamespace(physicalSize=lambda: QSizeF(width_mm, height_mm), physicalDotsPerInch=lambda: dpi,
                           devicePixelRatio=lambda: ratio)  # fmt: skip


def test_the_inch_is_the_screens_when_it_knows_its_size() -> None:
    assert screen_inch(screen(527, 296, 92.6)) == (92.6, True)  # a 24-inch 1080p monitor
    assert screen_inch(screen(294, 165, 83.0, ratio=2.0)) == (83.0, True)  # a 13-inch laptop at 200 %


def test_the_inch_is_a_guess_when_the_screen_does_not_know() -> None:
    assert screen_inch(None) == (96.0, False)
    assert screen_inch(screen(0, 0, 0)) == (96.0, False)  # no size at all
    assert screen_inch(screen(361, 203, 96.1)) == (96.1, False)  # the X server's 96 dpi, not a measurement
    assert screen_inch(screen(203.2, 203.2, 50.0, ratio=2.0)) == (50.0, False)  # 100 dpi, scaled
    assert screen_inch(screen(10, 10, 3000.0)) == (96.0, False)  # nonsense


def test_a_print_is_drawn_at_the_screens_inch_and_says_so(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(true_size, "screen_inch", lambda _screen: (110.0, True))
    host = PoolHost()
    qtbot.addWidget(host, before_close_func=PoolHost.done)
    previews = TrueSizePreviews(host)
    picture = QImage(1000, 1500, QImage.Format.Format_RGB32)
    picture.fill(QColor(120, 90, 60))
    previews.set_source(picture)
    previews.show_crop(None, 0.8, PRESETS["print-8x10"])
    qtbot.waitUntil(lambda: not previews.print.pixmap().isNull())
    pixmap = previews.print.pixmap()
    assert (pixmap.width(), pixmap.height()) == (880, 1100)
    note = previews.print_note.text()
    assert "8 × 10 inches" in note and "110 pixels an inch" in note and "approximate" not in note
    previews.show_crop(None, 1.0, PRESETS["linkedin"])  # not a print: it says how to see one
    assert "Choose a print size" in previews.print_note.text() and previews.print.isHidden()
