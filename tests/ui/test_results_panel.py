"""The results panel by itself: what leaves the strip leaves the viewer, an earlier version included."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QImage

from headshot_desktop.library import Headshot
from headshot_desktop.ui.panels.results_panel import ResultsPanel


def picture(colour: str, size: tuple[int, int] = (64, 96)) -> QImage:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    return image


def headshot(number: int, parent: int | None = None) -> Headshot:
    return Headshot(number, Path(f"/library/Headshots/Legal {number}.png"), datetime.now(UTC), style_name="Legal",
                    parent_id=parent, instruction="less smile" if parent else "")  # fmt: skip


def test_a_cancelled_runs_preview_leaves_the_viewer(qtbot) -> None:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    panel.set_before(picture("grey"))
    panel.start_run(1)
    panel.show_preview(1, 0, picture("teal"), "Legal")
    assert panel.view.after is not None and panel.info.text() == "Rendering…"
    panel.drop_job(1)  # cancelled: nothing was kept
    assert panel.strip.count() == 0
    assert panel.view.after is None and panel.info.text() == ""


def test_deleting_the_headshot_whose_earlier_version_is_shown_clears_the_viewer(qtbot) -> None:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    first, refined = headshot(1), headshot(2, parent=1)
    panel.start_run(1)
    panel.show_headshot(1, 0, refined, picture("teal"))
    panel.versions.show_chain([first, refined], refined.id)
    panel.show_version(first, picture("navy"))
    assert panel.current() == first and "Legal 1.png" in panel.info.text()

    panel.forget({refined.path})
    assert panel.current() is None
    assert panel.view.after is None and panel.info.text() == ""
    assert panel.versions.isHidden()


def test_a_version_read_after_the_selection_moved_on_is_not_shown(qtbot) -> None:
    panel = ResultsPanel()
    qtbot.addWidget(panel)
    first, refined, other = headshot(1), headshot(2, parent=1), headshot(3)
    panel.start_run(1)
    panel.show_headshot(1, 0, refined, picture("teal"))
    panel.versions.show_chain([first, refined], refined.id)
    panel.show_headshot(1, 1, other, picture("olive"))
    # The person picks the other one before the earlier version was read.
    panel.strip.setCurrentRow(0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert panel.current() == other
    panel.show_version(first, picture("navy"))
    assert panel.current() == other and "Legal 3.png" in panel.info.text()
