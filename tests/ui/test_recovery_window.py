"""The window offers to bring kept (paid) headshots into the library, and names damaged settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.app import build_context
from headshot_desktop.library.recovery import RecoveryBox
from headshot_desktop.ui import recovery
from headshot_desktop.ui.main_window import MainWindow
from tests.unit.library.helpers import image_bytes


@pytest.fixture
def window(qtbot, home: Path):
    context = build_context(log_to_file=False)
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    context.close()


def test_kept_headshots_are_offered_and_moved_into_the_library(window, qtbot, monkeypatch) -> None:
    box = RecoveryBox(window.context.paths.recovery_dir)
    meta = {"style_id": "corporate-navy", "style_name": "Corporate navy", "cost_usd": 0.05, "model": "m"}
    box.keep(image_bytes(80, 120, seed=3), ".png", meta)
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda _w, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: told.append(text))

    recovery.offer_recovery(window)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)

    assert "1 headshot(s) you paid for" in asked[0]
    assert told == ["Moved 1 headshot(s) into the library."]
    headshots = window.context.library().list_headshots()
    assert [(h.style_id, h.cost_usd) for h in headshots] == [("corporate-navy", 0.05)]
    assert box.items() == []


def test_damaged_settings_are_named_in_the_window(qtbot, home: Path, monkeypatch) -> None:
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_bytes(b'{"theme": "caf\xe9"}')
    context = build_context(log_to_file=False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text, *a: shown.append(text))
    win = MainWindow(context)
    qtbot.addWidget(win)
    try:
        recovery.show_notices(win)
        assert len(shown) == 1 and "settings.json" in shown[0] and "settings.json.bad" in shown[0]
        assert json.loads(settings.with_name("settings.json.bad").read_bytes().decode("latin-1"))
    finally:
        win.close()
        context.close()
