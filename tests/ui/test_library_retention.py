"""Settings ▸ Originals "Move to the trash after generating": the photo on screen stays until the person moves on."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from headshot_desktop.ui.main_window import MainWindow
from tests.support.mounts import read_only_bind
from tests.support.openai_server import Pacing
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import WAIT_MS, drop_file, generate
from tests.unit.intake import corpus


@pytest.fixture
def window(qtbot, api_server, context_for):
    context = accept_provider(context_for(api_server))
    context.settings.originals_retention = "delete_after_generating"
    yield from shown_window(qtbot, context)


def open_photo(window: MainWindow, qtbot, path: Path) -> None:
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        drop_file(window.photo.drop_zone, path)


def settle(window: MainWindow, qtbot) -> None:
    """Every worker task (the retention pass after a run among them) has ended."""
    qtbot.waitUntil(lambda: not window.session.runner.active, timeout=WAIT_MS)


def test_generate_twice_with_the_photo_still_shown(window: MainWindow, qtbot, tmp_path: Path, home: Path) -> None:
    first_file = corpus.write(tmp_path, "astronaut.jpg", corpus.jpeg_full_of_metadata(corpus.photo((900, 1200))))
    open_photo(window, qtbot, first_file)
    first = window.original
    assert generate(window, qtbot, "corporate-grey").state == "done"
    settle(window, qtbot)
    assert first.path.is_file()  # still on screen: not moved out from under the person

    again = generate(window, qtbot, "medical")
    assert again.state == "done", again.status  # was: "the file does not exist"
    settle(window, qtbot)
    assert first.path.is_file()

    # The person moves on to another photo: now the first one goes, to the trash.
    other = corpus.write(tmp_path, "other.jpg", corpus.jpeg_full_of_metadata(corpus.photo((800, 1000), seed=3)))
    open_photo(window, qtbot, other)
    qtbot.waitUntil(lambda: not first.path.exists(), timeout=WAIT_MS)
    assert (home / ".local" / "share" / "Trash" / "files" / first.path.name).is_file()
    assert window.original is not None and window.original.path.is_file()  # the new one is not touched


def test_a_running_job_keeps_its_photo_after_the_person_moves_on(window: MainWindow, qtbot, tmp_path: Path,
                                                                 api_server) -> None:  # fmt: skip
    first_file = corpus.write(tmp_path, "a.jpg", corpus.jpeg_full_of_metadata(corpus.photo((900, 1200))))
    open_photo(window, qtbot, first_file)
    first = window.original
    api_server.pacing = Pacing(6.0)  # the run is still going when the person opens another photo
    window.gallery.select_style("academic")
    with qtbot.waitSignal(window.session.previewArrived, timeout=WAIT_MS):
        window.generate()
    (job,) = window.session.jobs
    other = corpus.write(tmp_path, "b.jpg", corpus.jpeg_full_of_metadata(corpus.photo((800, 1000), seed=3)))
    open_photo(window, qtbot, other)
    assert window.context.apply_retention().originals_trashed == []  # its run still needs it
    assert first.path.is_file() and job.state == "running"
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS):
        pass
    assert job.state == "done", job.status
    qtbot.waitUntil(lambda: not first.path.exists(), timeout=WAIT_MS)  # the run is over and the person moved on


def test_what_retention_could_not_do_is_said(window: MainWindow, qtbot, tmp_path: Path) -> None:
    logs = window.context.paths.log_dir
    logs.mkdir(parents=True, exist_ok=True)
    old_log = logs / "headshot-desktop.log.1"
    old_log.write_text("an old log\n")
    long_ago = time.time() - 400 * 86400
    os.utime(old_log, (long_ago, long_ago))
    open_photo(window, qtbot, corpus.write(tmp_path, "a.jpg", corpus.jpeg_full_of_metadata(corpus.photo((600, 800)))))
    other = corpus.write(tmp_path, "b.jpg", corpus.jpeg_full_of_metadata(corpus.photo((600, 800), seed=3)))
    with read_only_bind(logs):
        open_photo(window, qtbot, other)  # the first photo is let go: retention runs, and cannot delete the log
        qtbot.waitUntil(lambda: "old log file" in window.statusBar().currentMessage(), timeout=WAIT_MS)
        settle(window, qtbot)
    assert str(old_log) in window.statusBar().currentMessage()  # was: only in the report nobody read


def test_retention_that_fails_says_so(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from headshot_desktop.ui import retention

    context = window.context
    unplugged = tmp_path / "a drive that is not connected"
    context.close()
    context.paths = context.paths.with_library(unplugged)
    context.library_must_exist = True  # the saved folder: not made again in its place

    retention.apply_retention(window)  # as at start-up; was: only logged

    qtbot.waitUntil(lambda: "retention" in window.statusBar().currentMessage(), timeout=WAIT_MS)
    assert str(unplugged) in window.statusBar().currentMessage()
