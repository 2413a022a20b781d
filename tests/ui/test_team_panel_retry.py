"""A person a server fault stopped can be tried again from the Team tab; the refused and the paid stay as they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Reply
from tests.support.team import make_team, refuse_photos, who
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.team_panel_support import KIT, WAIT_MS, run_to_the_end, settled, statuses, team_panel


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def test_try_failed_again_makes_only_the_person_a_fault_stopped(qtbot, window: MainWindow, api_server,
                                                                tmp_path: Path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 4)
    api_server.answer_by(refuse_photos([photos[1]], Reply.server_error()))  # person 2: the server fails, every try
    api_server.answer_by(refuse_photos([photos[2]]))  # person 3: refused by moderation
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths(photos)
    qtbot.waitUntil(lambda: "·" in panel.start_button.text(), timeout=WAIT_MS)
    assert panel.retry_button.isHidden()
    run_to_the_end(qtbot, panel)
    assert statuses(panel) == {"Person 01": "done", "Person 02": "failed", "Person 03": "refused",
                               "Person 04": "done"}  # fmt: skip
    assert not panel.retry_button.isHidden() and panel.retry_button.isEnabled()
    assert not panel.start_button.isEnabled()  # nobody is waiting until the failed are queued again

    api_server.answer_by(None)
    api_server.answer_by(refuse_photos([photos[2]]))  # the server is well again; moderation has not changed
    sent_before = len(api_server.requests_to("images/edits"))
    panel.retry_button.click()
    qtbot.waitUntil(lambda: statuses(panel)["Person 02"] == "queued" and panel.start_button.isEnabled(),
                    timeout=WAIT_MS)  # fmt: skip
    assert panel.retry_button.isHidden()
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.run.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.run.running and settled(panel), timeout=WAIT_MS)
    assert statuses(panel) == {"Person 01": "done", "Person 02": "done", "Person 03": "refused",
                               "Person 04": "done"}  # fmt: skip
    later = api_server.requests_to("images/edits")[sent_before:]
    assert {who(request, photos) for request in later} == {1}  # only person 2 was sent again
