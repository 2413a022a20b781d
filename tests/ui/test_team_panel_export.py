"""Export all's Cancel stops between files and leaves only whole files; a person added while the batch runs is
made with the batch's kit before it ends."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from headshot_desktop.library import export as library_export
from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Pacing
from tests.support.team import make_team, who
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.team_panel_support import KIT, WAIT_MS, run_to_the_end, settled, statuses, team_panel

HOLD_S = 20


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def test_cancel_stops_export_all_between_files(qtbot, window: MainWindow, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(make_team(tmp_path / "team", 4))
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    run_to_the_end(qtbot, panel)
    reached, go_on = threading.Event(), threading.Event()
    write = library_export._write

    def held(*args: Any, **kwargs: Any) -> None:  # the worker waits after the first file, until Cancel was pressed
        write(*args, **kwargs)
        reached.set()
        go_on.wait(HOLD_S)

    monkeypatch.setattr(library_export, "_write", held)
    out = tmp_path / "out"
    panel.exports.export_all(out)
    assert not panel.export_cancel.isHidden() and not panel.export_button.isEnabled()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    panel.export_cancel.click()
    go_on.set()
    qtbot.waitUntil(lambda: settled(panel), timeout=WAIT_MS)
    assert panel.export_label.text() == "The export was cancelled. The files written so far are whole."
    assert [p.name for p in out.iterdir()] == ["Person 01.jpg"]
    assert panel.export_cancel.isHidden() and panel.export_button.isEnabled()


def test_someone_added_while_the_batch_runs_is_made_before_it_ends(qtbot, window: MainWindow, api_server,
                                                                   tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 4)
    api_server.pacing = Pacing(0.4)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos[:3])
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.run.running and panel.manifest is not None, timeout=WAIT_MS)
    panel.add_paths(photos[3:])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: panel.run.last_stop is not None and not panel.run.running, timeout=WAIT_MS)
    assert set(statuses(panel).values()) == {"done"}
    asked = [who(request, photos) for request in api_server.requests_to("images/edits")]
    assert sorted(asked) == [0, 0, 1, 1, 2, 2, 3, 3]  # everyone once, both variants, the newcomer too
    assert panel.progress.value() == panel.progress.maximum() == 4
