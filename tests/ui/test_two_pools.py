"""A photo import never waits behind runs that take minutes: the library has its own worker (#15)."""

from __future__ import annotations

import time
from pathlib import Path

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Pacing
from tests.ui.test_flow import WAIT_MS, bring_photo
from tests.ui.test_flow import window as window  # fixture by name
from tests.unit.intake import corpus

SLOW_RUN_S = 20.0
IMPORT_WITHIN_S = 1.0  # far longer than an import; the runs are cancelled once the import is in


def test_an_import_finishes_while_two_slow_runs_hold_the_provider(window: MainWindow, qtbot, tmp_path: Path,
                                                                  api_server) -> None:  # fmt: skip
    bring_photo(window, qtbot, tmp_path)
    api_server.pacing = Pacing(SLOW_RUN_S)
    window.gallery.select_style("corporate-grey")
    window.generate()
    window.gallery.select_style("navy-suit")
    window.generate()
    qtbot.waitUntil(lambda: len(api_server.requests_to("images/edits")) >= 2, timeout=WAIT_MS)
    assert sum(j.state in ("queued", "running") for j in window.session.jobs) == 2

    second = corpus.write(tmp_path, "second.jpg", corpus.jpeg(corpus.photo((1200, 900))))
    started = time.monotonic()
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        window.import_source(second)
    took = time.monotonic() - started
    # The bound: well within a second, where waiting behind a run would take the run's 20 s.
    assert took < IMPORT_WITHIN_S, f"the import took {took:.2f} s"

    assert window.original is not None and window.original.source_name == "second.jpg"
    # Both runs were still on their way: the import did not wait for either of them.
    assert all(j.state in ("queued", "running") for j in window.session.jobs)
    window.session.cancel_all()
