"""Black Forest Labs in the real window: queued jobs with live progress, stored, exported; its terms before the first photo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.providers import registry
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.provider_choice import consent_box
from tests.support.bfl_server import BflTestServer, Poll, bfl_server
from tests.ui.helpers import export_linkedin_jpeg, provider_window
from tests.ui.test_flow import bring_photo, error_box, generate


@pytest.fixture
def server() -> Iterator[BflTestServer]:
    with bfl_server() as running:
        yield running


@pytest.fixture
def window(qtbot, server, context_for) -> Iterator[MainWindow]:
    yield from provider_window(qtbot, context_for, server, "bfl")


def test_progress_moves_the_bar_then_the_headshots_are_stored_and_exported(window, qtbot, tmp_path: Path,
                                                                          server) -> None:  # fmt: skip
    assert window.provider_id == "bfl" and set(window.options.option_boxes) == {"region", "output_format"}
    bring_photo(window, qtbot, tmp_path)
    assert f"paid to {window.context.provider_info().title} with your key" in window.options.estimate.text()
    seen: list[int] = []
    window.session.jobChanged.connect(lambda job: seen.append(window.jobs.rows[job.id].bar.value())
                                      if job.id in window.jobs.rows else None)  # fmt: skip
    job = generate(window, qtbot, "legal")
    assert job.state == "done", job.status
    partial = [v for v in seen if 0 < v < 200]
    assert partial and partial == sorted(partial), f"the bar moved while BFL worked: {seen}"
    assert window.jobs.rows[job.id].bar.value() == 200 and window.jobs.rows[job.id].bar.text() == "2 of 2"
    assert len(server.submits()) == 2 and all(r.host == "api" for r in server.submits())
    assert all("x-key" not in r.headers for r in server.downloads())
    shot = job.outcome.headshots[0]
    with Image.open(shot.path) as stored:
        assert stored.size == (896, 1120) and stored.format == "PNG"
    written = export_linkedin_jpeg(window, qtbot, shot, tmp_path / "exports")
    with Image.open(written) as img:
        assert img.format == "JPEG"


def test_a_moderated_result_reaches_the_window_in_words(window, qtbot, tmp_path: Path, server) -> None:
    bring_photo(window, qtbot, tmp_path)
    server.script_polls(Poll.pending(0.4), Poll.status("Content Moderated"))
    server.script_polls(Poll.pending(0.4), Poll.status("Content Moderated"))
    job = generate(window, qtbot, "medical")
    assert job.state == "failed" and window.results.strip.count() == 0
    box = error_box(window, "safety")
    assert "flagged the headshot it made" in box.text() and "does not charge" in box.text()
    assert server.downloads() == []
    for each in window.findChildren(QMessageBox):
        each.close()


def test_the_consent_names_both_hosts_and_says_retention_is_unconfirmed(qtbot) -> None:
    box = consent_box(None, registry.info("bfl"))
    qtbot.addWidget(box)
    text = box.informativeText()
    for phrase in ("api.eu.bfl.ai", "delivery", "10 minutes", "without your key", "could not confirm",
                   "https://bfl.ai/legal/flux-api-service-terms", "2026-11-30"):  # fmt: skip
        assert phrase in text, phrase
    assert box.checkBox() is None and box.use_button.isEnabled()  # nothing to tick for BFL
