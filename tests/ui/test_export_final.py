"""In the real window: a size that needs more pixels than the headshot has, and "Final in high detail" chosen in
the export dialog, makes the headshot again through the window's refine path, its cost asked first."""

from __future__ import annotations

from pathlib import Path

from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from tests.ui.export_dialog_support import Questions
from tests.ui.helpers import when_shown
from tests.ui.test_flow import WAIT_MS, bring_photo, generate
from tests.ui.test_flow import window as window  # fixtures by name


def test_final_in_high_detail_from_the_export_dialog(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    made = generate(window, qtbot, "legal").outcome.headshots[0]
    errors: list[BaseException] = []
    said: list[str] = []

    def steps(dialog: ExportDialog) -> None:
        dialog.preset.setCurrentIndex(dialog.preset.findData("print-8x10"))
        qtbot.waitUntil(lambda: dialog.more_pixels.isVisible(), timeout=WAIT_MS)  # once the picture is read
        said.append(dialog.more_pixels.text.text())
        assert dialog.more_pixels.final_button.isVisible()
        dialog.more_pixels.final_button.click()

    before = list(window.session.jobs)

    def finals() -> list:
        return [job for job in window.session.jobs if job not in before and job.state in ("done", "failed")]

    when_shown(ExportDialog, steps, errors)
    questions = Questions("OK")  # the cost, asked before the request goes
    try:
        window.export_headshots([made])
        qtbot.waitUntil(lambda: bool(finals()), timeout=WAIT_MS)
    finally:
        questions.stop()
    assert not errors, errors
    assert "Print 8 × 10 needs 2400 × 3000 pixels" in said[0]
    assert len(questions.asked) == 1 and "highest detail level" in questions.asked[0]["text"]
    (job,) = finals()
    assert job.state == "done", job.status
    (final,) = job.outcome.headshots
    assert final.original_id == made.original_id and final.style_id == made.style_id  # made again from the selfie
    assert api_server.requests_to("images/edits")[-1].field("quality") == "high"
