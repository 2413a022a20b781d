"""Library tiles say which photo and when, carry a star when kept, and come sorted under date or style headings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from headshot_desktop.library import Library
from headshot_desktop.ui.i18n import date_time
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.models.roles import HeadingRole, HeadshotRole, KeptRole
from headshot_desktop.ui.widgets.library_tiles import STAR_COLOUR, TILE
from tests.ui.helpers import accept_provider, shown_window
from tests.unit.library.helpers import add, prepared

WAIT_MS = 30_000
NOW = datetime.now(UTC)
LONG_AGO = NOW - timedelta(days=60)


def _fill(root) -> dict[str, int]:
    """Two photos both called astronaut.jpg, and a "Medical 1" from each: today, yesterday, two months ago."""
    made: dict[str, int] = {}
    for key, moment, seed in (("long ago", LONG_AGO, 1), ("yesterday", NOW - timedelta(days=1), 2)):
        with Library.open(root, clock=lambda moment=moment: moment) as library:
            photo = library.import_original(prepared(seed=seed, name="astronaut.jpg"))
            made[key] = add(library, photo.id, seed=10 + seed, style_id="medical", style_name="Medical").id
            made[f"photo {key}"] = photo.id
    with Library.open(root, clock=lambda: NOW) as library:
        shot = add(library, made["photo yesterday"], seed=20, style_id="legal", style_name="Legal")
        made["today"] = library.set_kept(shot).id
    return made


@pytest.fixture
def filled(qtbot, api_server, context_for):
    context = accept_provider(context_for(api_server))
    made = _fill(context.paths.library_dir)
    for window in shown_window(qtbot, context):
        open_library(window, qtbot)
        yield window, made


def open_library(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 3, timeout=WAIT_MS)


def rows(window: MainWindow) -> list[str | int]:
    """What the view shows, top to bottom: a heading's text, or a headshot's id."""
    proxy = window.library.proxy
    return [proxy.index(r).data() if proxy.index(r).data(HeadingRole) else proxy.index(r).data(HeadshotRole).id
            for r in range(proxy.rowCount())]  # fmt: skip


def text_of(window: MainWindow, headshot_id: int) -> str:
    model = window.library_model
    (row,) = [r for r in range(model.rowCount()) if model.headshot(r).id == headshot_id]
    return (
        model.index(row).data(Qt.ItemDataRole.DisplayRole) + "\n" + model.index(row).data(Qt.ItemDataRole.ToolTipRole)
    )


def test_two_medical_1_tiles_are_told_apart(filled) -> None:
    window, made = filled
    older, newer = text_of(window, made["long ago"]), text_of(window, made["yesterday"])
    assert older.startswith("Medical 1\n") and newer.startswith("Medical 1\n")
    # The photo (the repeated name numbered) and when the headshot was made.
    assert older.split("\n")[1:3] == ["astronaut.jpg", date_time(LONG_AGO.astimezone())]  # the locale's way
    assert newer.split("\n")[1] == "astronaut.jpg (2)"


def test_sorted_and_grouped_under_headings(filled) -> None:
    window, made = filled
    month = f"{LONG_AGO.astimezone():%B %Y}"
    assert rows(window) == ["Today", made["today"], "Yesterday", made["yesterday"], month, made["long ago"]]
    sort = window.library.sort
    sort.setCurrentIndex(sort.findData("oldest"))
    assert rows(window) == [month, made["long ago"], "Yesterday", made["yesterday"], "Today", made["today"]]
    sort.setCurrentIndex(sort.findData("style"))
    assert rows(window) == ["Legal", made["today"], "Medical", made["yesterday"], made["long ago"]]
    # Headings cannot be selected: Select all picks the headshots only.
    window.library.view.selectAll()
    assert {h.id for h in window.library.selected()} == {made["today"], made["yesterday"], made["long ago"]}


def test_a_heading_has_a_line_of_its_own(filled, qtbot) -> None:
    window, _made = filled
    view, proxy = window.library.view, window.library.proxy
    heading, tile, next_heading = (view.visualRect(proxy.index(r)) for r in range(3))
    assert heading.width() > 2 * TILE.width()  # as wide as the view
    assert tile.top() >= heading.bottom() and tile.size() == TILE
    assert next_heading.top() >= tile.bottom()  # the next group starts under the tile, not beside it


def test_a_kept_headshot_wears_a_star(filled, qtbot) -> None:
    window, made = filled
    proxy, view = window.library.proxy, window.library.view
    kept_row = rows(window).index(made["today"])
    plain_row = rows(window).index(made["yesterday"])
    assert proxy.index(kept_row).data(KeptRole) and not proxy.index(plain_row).data(KeptRole)
    assert "Kept" in proxy.index(kept_row).data(Qt.ItemDataRole.ToolTipRole)
    picture = view.viewport().grab().toImage()

    def gold_pixels(row: int) -> int:
        rect = view.visualRect(proxy.index(row))
        return sum(
            1 for x in range(rect.left(), rect.right(), 2) for y in range(rect.top(), rect.top() + 60, 2)
            if _near(picture.pixelColor(x, y), STAR_COLOUR)
        )  # fmt: skip

    assert gold_pixels(kept_row) > 10 and gold_pixels(plain_row) == 0


def _near(colour: QColor, wanted: QColor) -> bool:
    return all(abs(a - b) < 30 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3], strict=True))


def test_keep_from_the_library_is_written_and_shown(filled, qtbot) -> None:
    window, made = filled
    panel, proxy = window.library, window.library.proxy
    row = rows(window).index(made["yesterday"])
    panel.view.selectionModel().select(proxy.index(row), panel.view.selectionModel().SelectionFlag.ClearAndSelect)
    assert not panel.keep.isChecked() and panel.keep.isEnabled()
    assert "never removed by the retention setting" in panel.keep.toolTip()
    panel.keep.click()
    qtbot.waitUntil(lambda: window.context.library().get_headshot(made["yesterday"]).kept, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: proxy.index(rows(window).index(made["yesterday"])).data(KeptRole), timeout=WAIT_MS)
    assert panel.keep.isChecked()  # the selection survived the new listing
