"""In the dark theme an unticked radio button, a check box and a text field still show their edges,
and keyboard focus is a ring you can see (#14 items 27 and 29)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QRadioButton, QWidget

from headshot_desktop.ui.style import ClearStyle
from headshot_desktop.ui.theme import apply_theme, dark_palette
from headshot_desktop.ui.widgets.drop_zone import DropZone


@pytest.fixture
def dark(qapp: QApplication):
    apply_theme(qapp, "dark")
    yield qapp
    apply_theme(qapp, "light")


def brightest_edge(widget: QWidget) -> int:
    """The largest lightness step between the window colour and any pixel of the widget."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    window = dark_palette().color(QPalette.ColorRole.Window).lightness()
    return max(
        abs(QColor(image.pixel(x, y)).lightness() - window) for x in range(image.width()) for y in range(image.height())
    )


@pytest.mark.parametrize("kind", [QRadioButton, QCheckBox])
def test_unticked_indicators_stand_out_on_dark(dark: QApplication, qtbot, kind) -> None:
    button = kind("")  # no text: only the indicator is drawn
    qtbot.addWidget(button)
    button.resize(button.sizeHint())
    assert isinstance(QApplication.style(), ClearStyle)
    assert brightest_edge(button) >= 90


def test_a_text_field_has_a_visible_edge_on_dark(dark: QApplication, qtbot) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.resize(120, field.sizeHint().height())
    assert brightest_edge(field) >= 60


def focus_pixels(widget: QWidget, qtbot) -> int:
    """Pixels in the highlight colour once ``widget`` has keyboard focus, minus those without it."""
    highlight = widget.palette().color(QPalette.ColorRole.Highlight)

    def count() -> int:
        image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        return sum(
            1
            for x in range(image.width())
            for y in range(image.height())
            if max(
                abs(a - b) for a, b in zip(QColor(image.pixel(x, y)).getRgb()[:3], highlight.getRgb()[:3], strict=True)
            )
            < 40
        )

    before = count()
    widget.window().activateWindow()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return count() - before


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_keyboard_focus_is_a_clear_ring(qapp: QApplication, qtbot, theme: str) -> None:
    apply_theme(qapp, theme)
    try:
        host = QWidget()
        qtbot.addWidget(host)
        button, zone = QPushButton("Generate", host), DropZone(host)
        button.setGeometry(10, 10, 160, 36)
        zone.setGeometry(10, 60, 260, 220)
        host.resize(300, 300)
        host.show()
        qtbot.waitExposed(host)
        # A 2-pixel ring around the button is at least its perimeter; the zone's border turns solid highlight.
        assert focus_pixels(button, qtbot) >= 2 * (160 + 36)
        assert focus_pixels(zone, qtbot) >= 2 * (260 + 220)
    finally:
        apply_theme(qapp, "light")


def test_an_error_box_is_as_wide_as_its_title(qtbot) -> None:
    from headshot_desktop.errors import ErrorKind, HeadshotError
    from headshot_desktop.ui.errors import TITLES, show_error

    parent = QWidget()
    qtbot.addWidget(parent)
    box = show_error(parent, HeadshotError("No.", kind=ErrorKind.KEYRING))
    qtbot.waitExposed(box)
    assert box.width() >= box.fontMetrics().horizontalAdvance(TITLES[ErrorKind.KEYRING]) + 100
    box.close()
