"""The run cards in the real window: the key asked for first, Retry, Dismiss, Clear finished, and no paid
run started twice without a word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Reply
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import bring_photo, error_box

WAIT_MS = 30_000


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def same_run_boxes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "same-run" and b.isVisible()]


def finish(window: MainWindow, qtbot, start) -> object:
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS) as finished:
        start()
    return finished.args[0]


def test_generate_without_a_key_asks_for_it_first_and_makes_no_card(qtbot, api_server, context_for,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    window = next(shown_window(qtbot, accept_provider(context_for(api_server, OPENAI_API_KEY=""))))
    bring_photo(window, qtbot, tmp_path)
    window.gallery.select_style("medical")
    window.generate()
    qtbot.waitUntil(lambda: any(b.objectName() == "error-no_key" for b in window.findChildren(QMessageBox)),
                    timeout=WAIT_MS)  # fmt: skip
    box = error_box(window, "no_key")
    assert any(b.text() == "Open settings" for b in box.buttons())
    assert window.session.jobs == [] and window.jobs.rows == {} and api_server.requests_to("images/edits") == []
    box.close()

    # The key is entered; Generate now starts the run.
    window.context.secrets.set(api_server.api_key, "openai", session_only=True)
    job = finish(window, qtbot, window.generate)
    assert job.state == "done" and list(window.jobs.rows) == [job.id]
    window.close()


def test_retry_runs_the_same_photo_style_options_and_provider_again(window: MainWindow, qtbot, tmp_path: Path,
                                                                    api_server) -> None:  # fmt: skip
    bring_photo(window, qtbot, tmp_path)
    blocked = Reply.error(400, "moderation_blocked", "Your request was rejected by the safety system.")
    api_server.script(blocked, blocked)
    window.gallery.select_style("legal")
    failed = finish(window, qtbot, window.generate)
    assert failed.state == "failed"
    error_box(window, "safety").close()
    row = window.jobs.rows[failed.id]
    assert row.retry.isVisible() and not row.cancel.isVisible()
    window.gallery.select_style("startup")  # what the window shows now does not change what is retried

    again = finish(window, qtbot, lambda: qtbot.mouseClick(row.retry, Qt.MouseButton.LeftButton))
    assert again is not failed and again.state == "done"
    assert (again.original, again.style, again.options, again.provider_id, again.references) == (
        failed.original, failed.style, failed.options, failed.provider_id, failed.references)  # fmt: skip
    assert len(api_server.requests_to("images/edits")) == 4


def test_dismiss_one_card_and_clear_the_finished_ones(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    window.gallery.select_style("legal")
    done = finish(window, qtbot, window.generate)
    stall = Reply.stall(seconds=60, after_partials=1)
    api_server.script(stall, stall)
    window.gallery.select_style("academic")
    with qtbot.waitSignal(window.session.previewArrived, timeout=WAIT_MS):
        window.generate()
    running = window.session.jobs[-1]
    window.gallery.select_style("startup")
    other = finish(window, qtbot, window.generate)
    panel = window.jobs
    assert panel.rows[done.id].dismiss.isVisible() and not panel.rows[running.id].dismiss.isVisible()
    assert panel.clear.isEnabled()

    qtbot.mouseClick(panel.rows[done.id].dismiss, Qt.MouseButton.LeftButton)
    assert set(panel.rows) == {running.id, other.id} and done not in window.session.jobs

    qtbot.mouseClick(panel.clear, Qt.MouseButton.LeftButton)
    assert set(panel.rows) == {running.id} and window.session.jobs == [running]
    assert not panel.clear.isEnabled()
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS):
        qtbot.mouseClick(panel.rows[running.id].cancel, Qt.MouseButton.LeftButton)
    assert panel.clear.isEnabled()


def test_the_same_run_again_while_it_is_in_progress_asks_first(qtbot, tmp_path: Path, api_server,
                                                               context_for) -> None:  # fmt: skip
    window = next(shown_window(qtbot, accept_provider(context_for(api_server, OPENAI_API_KEY=""))))
    window.context.secrets.set(api_server.api_key, "openai", session_only=True)  # looked up on a worker
    bring_photo(window, qtbot, tmp_path)
    stall = Reply.stall(seconds=60, after_partials=1)
    api_server.script(stall, stall, stall, stall)
    window.gallery.select_style("academic")
    window.generate()
    window.generate()  # pressed again at once, while the first run waits for its key check
    qtbot.waitUntil(lambda: len(same_run_boxes(window)) == 1, timeout=WAIT_MS)
    (box,) = same_run_boxes(window)
    assert "already in progress" in box.text() and "pay" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: len(window.session.jobs) == 1, timeout=WAIT_MS)

    window.generate()  # asked again, and this time the person wants it twice
    qtbot.waitUntil(lambda: len(same_run_boxes(window)) == 1, timeout=WAIT_MS)
    same_run_boxes(window)[0].button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: len(window.session.jobs) == 2, timeout=WAIT_MS)

    window.gallery.select_style("startup")  # another style is another run: no question
    window.generate()
    qtbot.waitUntil(lambda: len(window.session.jobs) == 3, timeout=WAIT_MS)
    assert same_run_boxes(window) == []
    window.close()
