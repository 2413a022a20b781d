"""A run that waits shows that it is alive: a moving bar and the time it has taken so far (#15)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Pacing
from tests.ui.helpers import accept_provider, shown_window
from tests.unit.intake import corpus

WAIT_MS = 30_000


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def test_a_waiting_run_shows_a_moving_bar_and_its_elapsed_time(window: MainWindow, qtbot, tmp_path: Path,
                                                               api_server) -> None:  # fmt: skip
    photo = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg(corpus.photo((900, 1200))))
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        window.import_source(photo)
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
