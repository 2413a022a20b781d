"""What the Team tab's tests share: the window on the OpenAI test server, its Team tab shown, a kit, a team."""

from __future__ import annotations

from typing import Any

from headshot_desktop.services.team.kit import KitExport, TeamKit
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.team.panel import TeamPanel

WAIT_MS = 60_000
KIT = TeamKit(name="Acme team page", provider="openai", style="corporate-grey", variants=2, seed=1234,
              export=KitExport(preset="linkedin", fmt="jpeg"))  # fmt: skip


def team_panel(qtbot: Any, window: MainWindow) -> TeamPanel:
    """Show the Team tab (its panel is built then) and wait until the library's batches were looked at."""
    tab = window.team  # type: ignore[attr-defined]
    assert not tab.is_built()  # nothing of it is made before it is first shown
    window.tabs.setCurrentWidget(tab)
    panel = tab.panel()
    qtbot.waitUntil(lambda: panel.library is not None, timeout=WAIT_MS)
    return panel


def settled(panel: TeamPanel) -> bool:
    """No batch running, no export under way and nothing left on the library's pool."""
    return not panel.run.running and panel.exports.task is None and not panel.main_window.session.runner.active


def statuses(panel: TeamPanel) -> dict[str, str]:
    return {p.name: p.status for p in panel.model.people()}


def run_to_the_end(qtbot: Any, panel: TeamPanel) -> None:
    """Start pressed: wait until the batch runs, then until it has stopped."""
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.run.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not panel.run.running, timeout=WAIT_MS)
