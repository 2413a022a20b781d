"""Gemini in the real window: a photo in, headshots made by the Gemini test server, stored, shown, exported."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.ui.main_window import MainWindow
from tests.support.gemini_server import GeminiTestServer, Reply, gemini_server
from tests.ui.helpers import export_linkedin_jpeg, provider_window
from tests.ui.test_flow import bring_photo, error_box, generate


@pytest.fixture
def server() -> Iterator[GeminiTestServer]:
    with gemini_server() as running:
        yield running


@pytest.fixture
def window(qtbot, server, context_for) -> Iterator[MainWindow]:
    yield from provider_window(qtbot, context_for, server, "gemini")


def made_requests(server: GeminiTestServer) -> int:
    return len([r for r in server.generate_requests() if r.path.endswith(":generateContent")])


def test_make_store_show_and_export_with_gemini(window: MainWindow, qtbot, tmp_path: Path, server) -> None:
    assert window.provider_id == "gemini"
    bring_photo(window, qtbot, tmp_path)
    assert f"paid to {window.context.provider_info().title} with your key" in window.options.estimate.text()
    job = generate(window, qtbot, "legal")
    assert job.state == "done", job.status
    shots = [window.results.strip.item(i).data(Qt.ItemDataRole.UserRole + 2) for i in range(2)]
    for shot in shots:
        with Image.open(shot.path) as stored:
            assert stored.size == (896, 1152)  # Gemini's 4:5 at 1K, stored as it came
    assert made_requests(server) == 2 and job.outcome.cost_usd > 0

    written = export_linkedin_jpeg(window, qtbot, shots[0], tmp_path / "exports")
    with Image.open(written) as img:
        assert img.format == "JPEG" and img.size == (800, 800)


@pytest.mark.parametrize(
    "reply, kind, words",
    [
        (Reply.text_only("I can't change a real person's photo like that."), "safety", "I can't change a real"),
        (Reply.finish("NO_IMAGE"), "no_image", "made no image"),
        (Reply.bad_key(), "auth", "did not accept the API key"),
    ],
)
def test_gemini_failures_reach_the_window_in_words(window, qtbot, tmp_path, server, reply, kind, words) -> None:
    bring_photo(window, qtbot, tmp_path)
    server.script(reply, reply)  # each variant is a request of its own
    job = generate(window, qtbot, "medical")
    assert job.state == "failed" and window.results.strip.count() == 0
    box = error_box(window, kind)
    assert words in box.text() and "Traceback" not in box.text()
    assert made_requests(server) == 2, "none of these is retried"
    for each in window.findChildren(QMessageBox):
        each.close()
