"""In the real window: a size that needs more pixels than the headshot has, and "Final in high detail" chosen in
the export dialog, makes the headshot again through the window's refine path, its cost asked first."""

from __future__ import annotations

from pathlib import Path

from tests.ui.test_final_at_print_size import final_from_export
from tests.ui.test_flow import bring_photo, generate
from tests.ui.test_flow import window as window  # fixtures by name


def test_final_in_high_detail_from_the_export_dialog(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    made = generate(window, qtbot, "legal").outcome.headshots[0]
    said, asked, job = final_from_export(window, qtbot, made, "print-8x10")  # the cost question answered OK
    assert "Print 8 × 10 needs 2400 × 3000 pixels" in said[0]
    assert len(asked) == 1 and "highest detail level" in asked[0]["text"]
    (final,) = job.outcome.headshots
    assert final.original_id == made.original_id and final.style_id == made.style_id  # made again from the selfie
    assert api_server.requests_to("images/edits")[-1].field("quality") == "high"
