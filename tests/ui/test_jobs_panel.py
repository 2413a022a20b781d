"""The run cards fit their column: long names and messages wrap or are cut short, Cancel stays in sight."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtWidgets import QScrollArea

from headshot_desktop.core.styles import Style
from headshot_desktop.library import Original
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui.job import Job
from headshot_desktop.ui.panels.jobs_panel import JobsPanel
from tests.ui.helpers import accept_provider, shown_window
from tests.unit.intake import corpus

LONG_NAME = "IMG_20240612_143501_HDR_portrait_mode_edited_final_version_two_copy_for_the_website.jpg"
LONG_WORD = "/media/someone/External_Drive_With_A_Long_Name/Pictures/Headshot_Desktop/Headshots/x.png"


def job(job_id: int, state: str, status: str) -> Job:
    original = Original(job_id, Path("/nowhere") / LONG_NAME, datetime.now(UTC), source_name=LONG_NAME)
    style = Style("corporate-grey", "Corporate grey with a very long style name", "PRESERVE: the person.")
    made = Job(job_id, original, style, GenerateOptions(), "openai", state=state, status=status)
    made.restart = lambda: made  # as Session sets it: the same run again
    return made


def in_sight(widget, viewport) -> bool:
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_long_names_and_messages_never_push_the_buttons_out_of_sight(qtbot) -> None:
    panel = JobsPanel()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(panel)
    qtbot.addWidget(scroll)
    scroll.resize(270, 600)  # the jobs column's narrowest
    scroll.show()
    qtbot.waitExposed(scroll)
    running, failed = job(1, "running", f"Rendering image 1 of 2… {LONG_WORD}"), job(2, "failed", LONG_WORD * 2)
    panel.update_job(running)
    panel.update_job(failed)
    qtbot.waitUntil(lambda: panel.rows[1].cancel.isVisible() and panel.rows[2].retry.isVisible())
    viewport = scroll.viewport()
    assert panel.width() <= viewport.width() and scroll.horizontalScrollBar().maximum() == 0
    for button in (panel.rows[1].cancel, panel.rows[2].retry, panel.rows[2].dismiss, panel.clear):
        assert in_sight(button, viewport), button.text()
    assert LONG_NAME in panel.rows[1].title.toolTip()  # the whole name is a hover away


def test_cancel_is_in_sight_in_the_window_on_a_1366_by_768_screen(qtbot, api_server, context_for,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    from tests.support.openai_server import Reply
    from tests.ui.test_flow import WAIT_MS

    window = next(shown_window(qtbot, accept_provider(context_for(api_server))))
    window.resize(1180, 708)  # the first window on a 1366 × 768 screen
    selfie = corpus.write(tmp_path, LONG_NAME, corpus.jpeg(corpus.photo((600, 800))))
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        window.import_source(selfie)
    stall = Reply.stall(seconds=60, after_partials=1)
    api_server.script(stall, stall)
    window.gallery.select_style("corporate-grey")
    with qtbot.waitSignal(window.session.previewArrived, timeout=WAIT_MS):
        window.generate()
    (running,) = window.session.jobs
    row = window.jobs.rows[running.id]
    viewport = window.jobs.parentWidget()
    qtbot.waitUntil(lambda: row.cancel.isVisible())
    assert in_sight(row.cancel, viewport)
    window.close()
