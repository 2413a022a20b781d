"""A run that waits shows that it is alive: a moving bar and the time it has taken so far (#15)."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime
from pathlib import Path

from headshot_desktop.core.styles import Style
from headshot_desktop.library import Original
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui.job import Job
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.panels.jobs_panel import JobsPanel
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


def test_a_run_says_it_waits_for_the_provider_by_name_while_the_server_holds_the_answer(
    window: MainWindow, qtbot, tmp_path: Path, api_server
) -> None:
    bring_photo(window, qtbot, tmp_path)
    api_server.pacing = Pacing(120.0)  # held far longer than the test runs: it cancels
    window.gallery.select_style("corporate-grey")
    window.generate()
    qtbot.waitUntil(lambda: bool(window.jobs.rows), timeout=WAIT_MS)
    (row,) = window.jobs.rows.values()
    # The provider's own name as its client goes by it: a server that is not the provider's is named by its host.
    qtbot.waitUntil(lambda: re.search(r"^Waiting for 127\.0\.0\.1 · \d+:\d\d$", row.status.text().replace("\u200b", ""))
                    is not None, timeout=WAIT_MS)  # fmt: skip
    # The words can come a moment before the server has parsed the form: wait for it to have read each request.
    variants = row.job.options.variants
    qtbot.waitUntil(lambda: len(api_server.requests_to("images/edits")) == variants, timeout=WAIT_MS)
    assert all(edit.sent == [] for edit in api_server.requests_to("images/edits"))  # every answer is still held
    assert row.bar.maximum() == 0

    window.session.cancel_all()
    qtbot.waitUntil(lambda: not row.job.active, timeout=WAIT_MS)


def test_a_run_that_waits_for_a_free_slot_says_it_is_queued_not_waiting(qtbot) -> None:
    panel = JobsPanel()
    qtbot.addWidget(panel)
    original = Original(1, Path("/nowhere/selfie.jpg"), datetime.now(UTC), source_name="selfie.jpg")
    queued = Job(1, original, Style("grey", "Grey", "PRESERVE: the person."), GenerateOptions(), "openai")
    queued.started = time.monotonic()  # as the session makes it: no worker has taken it yet
    panel.update_job(queued)
    assert panel.rows[1].status.text() == "Queued · 0:00"  # "Waiting for …" is the provider at work
