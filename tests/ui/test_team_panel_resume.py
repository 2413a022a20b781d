"""Stop keeps the batch: the window opened again finds it, says how far it got, and Continue pays only for the rest.
The spending cap stops a batch before it would be passed."""

from __future__ import annotations

import re
from pathlib import Path

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Pacing
from tests.support.team import make_team, who
from tests.ui.helpers import accept_provider
from tests.ui.team_panel_support import KIT, WAIT_MS, run_to_the_end, statuses, team_panel


def open_window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_stop_then_continue_in_a_new_window_pays_only_for_the_rest(qtbot, api_server, context_for,
                                                                    tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 6)
    api_server.pacing = Pacing(0.6)  # each image takes a moment: Stop lands mid-batch
    context = accept_provider(context_for(api_server))
    first = open_window(qtbot, context)
    panel = team_panel(qtbot, first)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.model.count("done") >= 2, timeout=WAIT_MS)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: not panel.run.running, timeout=WAIT_MS)
    assert panel.run.last_stop is not None and panel.run.last_stop.reason == "cancelled"
    assert "running" not in statuses(panel).values()  # those in flight went back to the queue
    done_before = {name for name, status in statuses(panel).items() if status == "done"}
    assert 2 <= len(done_before) < 6
    assert panel.resume_bar.isVisible()
    sent_before = len(api_server.requests_to("images/edits"))
    first.close()

    second = open_window(qtbot, context)  # as after quitting: the batch is found in the library
    panel = team_panel(qtbot, second)
    qtbot.waitUntil(panel.resume_bar.isVisible, timeout=WAIT_MS)
    assert panel.resume_text.text() == f"This batch stopped with {len(done_before)} of 6 done."
    assert panel.kit is not None and panel.kit.name == KIT.name  # the batch's own kit
    assert {p.name for p in panel.model.people() if p.status == "done"} == done_before
    qtbot.waitUntil(lambda: f"for the {6 - len(done_before)} people left" in panel.estimate_label.text(),
                    timeout=WAIT_MS)  # fmt: skip
    panel.continue_button.click()
    qtbot.waitUntil(lambda: panel.run.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.run.running, timeout=WAIT_MS)
    assert set(statuses(panel).values()) == {"done"}
    assert not panel.resume_bar.isVisible()
    later = api_server.requests_to("images/edits")[sent_before:]
    asked_for = {f"Person {who(request, photos) + 1:02d}" for request in later}  # type: ignore[operator]
    assert asked_for == {f"Person {n:02d}" for n in range(1, 7)} - done_before  # nobody done is paid for again
    second.close()


def test_the_cap_stops_the_batch_before_it_is_passed(qtbot, api_server, context_for, tmp_path: Path) -> None:
    photos = make_team(tmp_path / "team", 6)
    window = open_window(qtbot, accept_provider(context_for(api_server)))
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    whole = float(re.search(r"\$(\d+\.\d+)", panel.estimate_label.text()).group(1))  # type: ignore[union-attr]
    cap = round(whole / 6 * 2.5, 2)  # room for two people by the estimate, never for six
    panel.cap.setValue(cap)
    run_to_the_end(qtbot, panel)
    assert panel.run.last_stop is not None and panel.run.last_stop.reason == "cap"
    assert panel.progress_label.text() == panel.run.last_stop.message
    assert panel.manifest is not None and panel.manifest.cap_usd == cap and panel.manifest.spent_usd <= cap
    found = list(statuses(panel).values())
    # The cap counts what was paid and what the next person would cost: some done, the rest still queued.
    assert 2 <= found.count("done") < 6 and found.count("queued") == 6 - found.count("done")
    assert panel.resume_bar.isVisible() and panel.continue_button.isEnabled()
    window.close()
