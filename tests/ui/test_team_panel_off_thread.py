"""The Team tab never makes the window wait: kits, photos and the batch are read and written, the batch is priced,
run and exported, all off the window's thread (``tests/support/thread_probe.py`` watches it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import RateLimit
from tests.support.team import make_team
from tests.support.thread_probe import ThreadProbe
from tests.ui.helpers import accept_provider
from tests.ui.team_panel_support import KIT, WAIT_MS, run_to_the_end, settled, team_panel


@pytest.fixture
def probe() -> Iterator[ThreadProbe]:
    watching = ThreadProbe()
    yield watching
    watching.stop()


def test_the_whole_team_flow_leaves_the_windows_thread_free(qtbot, api_server, context_for, probe: ThreadProbe,
                                                            tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 4, broken=(1,))
    kit_file = tmp_path / "kits" / "acme.headshot-kit.json"
    context = accept_provider(context_for(api_server))
    probe.start()  # before the window is made: what it does as it opens counts
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.save_kit_as(kit_file)
    qtbot.waitUntil(lambda: panel.kit_path == kit_file, timeout=WAIT_MS)
    panel.open_kit(kit_file)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4 and "·" in panel.start_button.text(), timeout=WAIT_MS)
    run_to_the_end(qtbot, panel)
    assert panel.model.count("done") == 3
    panel.exports.export_all(tmp_path / "out")
    qtbot.waitUntil(lambda: settled(panel) and bool(panel.exports.written), timeout=WAIT_MS)
    probe.stop()
    window.close()
    probe.assert_quiet()
    assert len(list((tmp_path / "out").iterdir())) == 3


def test_a_rate_limit_pauses_the_batch_and_says_so(qtbot, api_server, context_for, tmp_path: Path) -> None:
    photos = make_team(tmp_path / "team", 3)
    api_server.rate_limit = RateLimit(2, 3.0)  # one person's two variants at a time, then a wait
    context = accept_provider(context_for(api_server))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.progress_label.text().startswith("Waiting for the provider's rate limit · 0:0"),
                    timeout=WAIT_MS)  # fmt: skip
    assert panel.run.running and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.run.running, timeout=WAIT_MS)
    assert panel.model.count("done") == 3  # a rate limit fails nobody
    assert panel.progress.value() == 3
    window.close()
