"""Refine in the real window: refine a result twice, step back to the first refinement, flicker-compare, export."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from headshot_desktop.ui.refining import RefineDialog
from tests.ui.helpers import export_linkedin_jpeg
from tests.ui.test_flow import WAIT_MS, bring_photo, generate
from tests.ui.test_flow import window as window  # fixtures by name


def refine_selected(window, qtbot, instruction: str):
    """Press Refine…, type the instruction, press Refine; the run's job when it finishes."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, RefineDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        dialogs[0].instruction.setText(instruction)
        dialogs[0].accept()

    QTimer.singleShot(0, answer)
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS) as finished:
        window.results.refine.click()
    return finished.args[0]


def select(window, headshot) -> None:
    strip = window.results.strip
    for row in range(strip.count()):
        if strip.item(row).data(Qt.ItemDataRole.UserRole + 2) == headshot:
            strip.clearSelection()
            strip.setCurrentRow(row)
            return
    raise AssertionError(f"{headshot.name} is not in the results")


def test_refine_twice_step_back_flicker_and_export(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    first = job.outcome.headshots[0]
    select(window, first)
    assert window.results.refine.isEnabled()
    one = refine_selected(window, qtbot, "tie navy instead of red")
    assert one.state == "done", one.status
    (child,) = one.outcome.headshots
    assert child.parent_id == first.id and child.instruction == "tie navy instead of red"
    qtbot.waitUntil(lambda: window.results.strip.count() >= 3, timeout=WAIT_MS)
    select(window, child)
    two = refine_selected(window, qtbot, "less smile")
    (grandchild,) = two.outcome.headshots
    assert grandchild.parent_id == child.id
    assert len(api_server.requests_to("images/edits")[-1].images) == 2  # the headshot, then the selfie

    qtbot.waitUntil(lambda: window.results.strip.count() >= 4, timeout=WAIT_MS)
    select(window, grandchild)
    bar = window.results.versions
    qtbot.waitUntil(lambda: len(bar.buttons) == 3 and bar.isVisibleTo(window), timeout=WAIT_MS)
    assert [b.text() for b in bar.buttons] == ["1: first", "2: “tie navy instead of red”", "3: “less smile”"]
    with qtbot.waitSignal(window.session.versionLoaded, timeout=WAIT_MS):
        qtbot.mouseClick(bar.buttons[1], Qt.MouseButton.LeftButton)  # step back to the first refinement
    assert window.results.current() == child and "tie navy instead of red" in window.results.info.text()

    view = window.results.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F)  # flicker: the selfie and the refinement in place, one key each
    assert view.mode == "flicker"
    shown = view.showing
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.showing != shown

    written = export_linkedin_jpeg(window, qtbot, window.results.current(), tmp_path / "exports")
    with Image.open(written) as exported:
        assert exported.format == "JPEG"
