"""A run that waits shows that it is alive: a moving bar and the time it has taken so far (#15)."""

from __future__ import annotations

import re
from pathlib import Path

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Pacing
from tests.ui.test_flow import WAIT_MS, bring_photo
from tests.ui.test_flow import window as window  # fixture by name


def test_a_waiting_run_shows_a_moving_bar_and_its_elapsed_time(window: MainWindow, qtbot, tmp_path: Path,
                                                               api_server) -> None:  # fmt: skip
    bring_photo(window, qtbot, tmp_path)
    api_server.pacing = Pacing(8.0)
    window.gallery.select_style("corporate-grey")
    window.generate()
    qtbot.waitUntil(lambda: bool(window.jobs.rows), timeout=WAIT_MS)
    (row,) = window.jobs.rows.values()
    qtbot.waitUntil(lambda: row.job.state == "running", timeout=WAIT_MS)

    assert row.bar.maximum() == 0  # busy, not a bar stuck at 0 %
    qtbot.waitUntil(lambda: "· 0:02" in row.status.text(), timeout=WAIT_MS)  # the clock moves on by itself
    assert row.job.state == "running" and row.job.images_ready == 0

    window.session.cancel_all()
    qtbot.waitUntil(lambda: not row.job.active, timeout=WAIT_MS)
    assert row.bar.maximum() > 0 and not re.search(r"· \d+:\d\d$", row.status.text())  # ended: the clock is gone
