"""The kit on top of the Team tab: saved as a file to share, opened again, a broken one refused with a sentence that
names the file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.services.team.kit import load_kit, save_kit
from headshot_desktop.ui.main_window import MainWindow
from tests.support.team import make_team
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.team_panel_support import KIT, WAIT_MS, team_panel


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def shown_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_kit_saved_as_a_file_opens_again(qtbot, window: MainWindow, tmp_path: Path) -> None:
    panel = team_panel(qtbot, window)
    assert not panel.save_kit_button.isEnabled() and "No team kit yet" in panel.kit_line.text()
    panel.set_kit(KIT, None)
    assert "(not saved)" in panel.kit_name.text()
    path = tmp_path / "kits" / "acme.headshot-kit.json"
    panel.save_kit_as(path)
    qtbot.waitUntil(lambda: panel.kit_path == path, timeout=WAIT_MS)
    assert load_kit(path) == KIT and "acme.headshot-kit.json" in panel.kit_name.text()

    panel.kit = None
    panel.open_kit(path)
    qtbot.waitUntil(lambda: panel.kit is not None, timeout=WAIT_MS)
    assert panel.kit == KIT and panel.kit_path == path


def test_a_kit_from_a_newer_version_is_refused_naming_the_file(qtbot, window: MainWindow, tmp_path: Path) -> None:
    newer = tmp_path / "newer.headshot-kit.json"
    newer.write_text(json.dumps({**KIT.to_json(), "version": 99}))
    panel = team_panel(qtbot, window)
    panel.open_kit(newer)
    qtbot.waitUntil(lambda: bool(shown_boxes()), timeout=WAIT_MS)
    (box,) = shown_boxes()
    assert str(newer) in box.text() or newer.name in box.text()
    assert box.informativeText()  # what to do about it
    box.close()
    assert panel.kit is None  # nothing half-loaded


def test_a_kit_this_computer_cannot_run_says_why_and_does_not_start(qtbot, window: MainWindow,
                                                                     tmp_path: Path) -> None:  # fmt: skip
    path = tmp_path / "theirs.headshot-kit.json"
    save_kit(replace(KIT, style="user-their-own-style"), path)  # a style only its maker has
    panel = team_panel(qtbot, window)
    panel.add_paths(make_team(tmp_path / "team", 2))
    panel.open_kit(path)
    qtbot.waitUntil(lambda: panel.kit is not None and panel.model.rowCount() == 2, timeout=WAIT_MS)
    assert "This kit cannot be used on this computer: " in panel.kit_line.text()
    assert "user-their-own-style" in panel.kit_line.text()
    assert not panel.start_button.isEnabled()
    assert panel.estimate_label.text() == "The kit cannot be used on this computer."


def test_new_kit_opens_the_kit_dialog_and_its_kit_is_used(qtbot, window: MainWindow) -> None:
    from headshot_desktop.ui.team.kit_dialog import KitDialog

    panel = team_panel(qtbot, window)
    panel.new_kit_button.click()  # window-modal, not blocking
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, KitDialog) and w.isVisible()]
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=WAIT_MS)  # styles and sizes read on the pool
    dialog.generation.name.setText("Design team")
    qtbot.waitUntil(dialog.ok.isEnabled, timeout=WAIT_MS)
    dialog.ok.click()
    assert panel.kit is not None and panel.kit.name == "Design team" and panel.kit.seed is not None
    assert "Design team" in panel.kit_name.text() and "(not saved)" in panel.kit_name.text()
    assert panel.save_kit_button.isEnabled()
