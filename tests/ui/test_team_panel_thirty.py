"""A thirty-person team in the window, as the issue asks: good photos, files that are not photos, a safety refusal,
a server that fails one person, 429 bursts past a rate limit; then variants picked and everyone exported."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import RateLimit, Reply
from tests.support.team import make_team, refuse_marked, refuse_photos, who
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.team_panel_support import KIT, WAIT_MS, settled, statuses, team_panel


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def test_a_thirty_person_team_in_the_window(qtbot, window: MainWindow, api_server, tmp_path: Path) -> None:
    photos = make_team(tmp_path / "team", 30, refused=(4,), broken=(9, 21))
    api_server.answer_by(refuse_marked())  # person 5: the provider's safety system
    api_server.answer_by(refuse_photos([photos[14]], Reply.server_error()))  # person 15: a 500, every time
    api_server.rate_limit = RateLimit(12, 2.0)
    burst = Reply.error(429, "rate_limit_exceeded", "Rate limit reached for requests.", type="requests",
                        headers={"retry-after": "1"})  # fmt: skip
    api_server.script(burst, burst, burst)
    panel = team_panel(qtbot, window)
    panel.set_kit(KIT, None)
    panel.add_paths([tmp_path / "team"])
    qtbot.waitUntil(lambda: panel.model.rowCount() == 30 and "·" in panel.start_button.text(), timeout=WAIT_MS)
    assert "for 30 people × 2 variants" in panel.estimate_label.text()

    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.run.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.run.running, timeout=120_000)

    found = statuses(panel)
    assert Counter(found.values()) == {"done": 26, "refused": 3, "failed": 1}
    assert found["Person 05"] == found["Person 10"] == found["Person 22"] == "refused"
    assert found["Person 15"] == "failed" and "500" in panel.model.person(14).reason
    assert api_server.rate_limited > 0  # the limit was hit, and nobody failed for it
    made = Counter(who(r, photos) for r in api_server.requests_to("images/edits") if r.status == 200)
    assert set(made.values()) == {2} and len(made) == 26  # two paid variants for each done person, none twice

    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    QTest.keyClick(panel.side.picker.variants, Qt.Key.Key_2)  # Person 01: the second variant is the one
    second = panel.model.person(0).headshot_ids[1]
    qtbot.waitUntil(lambda: settled(panel), timeout=WAIT_MS)

    out = tmp_path / "team page"
    panel.exports.export_all(out)
    qtbot.waitUntil(lambda: settled(panel) and "Exported" in panel.export_label.text(), timeout=WAIT_MS)
    done = sorted(name for name, status in found.items() if status == "done")
    assert sorted(p.stem for p in out.iterdir()) == done
    assert panel.model.person(0).chosen_id == second  # the pick is kept (export_batch exports it: test_export)
