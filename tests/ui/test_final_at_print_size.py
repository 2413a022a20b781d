"""In the real window: a size that needs more pixels than the draft has says what the provider can make for it,
and "Final in high detail" asks for the provider's larger size, its price shown first; a size the provider cannot
reach is said to fall short before anything is paid."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PIL import Image

from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from tests.support.thread_probe import ThreadProbe
from tests.ui.export_dialog_support import Questions
from tests.ui.helpers import when_shown
from tests.ui.test_flow import WAIT_MS, bring_photo, generate
from tests.ui.test_flow import window as window  # fixtures by name


def final_from_export(window, qtbot, made, preset_id: str) -> tuple[list[str], list[dict[str, Any]], Any]:
    """Open the export dialog on ``made``, choose ``preset_id``, press "Final in high detail", answer OK to the
    cost: what the notice said, the questions asked, and the run that made the final."""
    errors: list[BaseException] = []
    said: list[str] = []

    def steps(dialog: ExportDialog) -> None:
        dialog.preset.setCurrentIndex(dialog.preset.findData(preset_id))
        qtbot.waitUntil(lambda: dialog.more_pixels.isVisible(), timeout=WAIT_MS)  # once the picture is read
        said.append(dialog.more_pixels.text.text())
        assert dialog.more_pixels.final_button.isVisible()
        dialog.more_pixels.final_button.click()

    before = list(window.session.jobs)

    def finals() -> list:
        return [job for job in window.session.jobs if job not in before and job.state in ("done", "failed")]

    when_shown(ExportDialog, steps, errors)
    questions = Questions("OK")
    probe = ThreadProbe()
    try:
        with probe.watching():
            window.export_headshots([made])
            qtbot.waitUntil(lambda: bool(finals()), timeout=WAIT_MS)
    finally:
        questions.stop()
    assert not errors, errors
    probe.assert_quiet()
    (job,) = finals()
    assert job.state == "done", job.status
    return said, questions.asked, job


def test_a_size_the_largest_reaches_asks_for_it_with_its_price(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    made = generate(window, qtbot, "legal").outcome.headshots[0]  # 1024 x 1536: 5:7 frames 1024 x 1434 of it
    said, asked, job = final_from_export(window, qtbot, made, "casting-5x7")
    title = window.context.provider_info("openai").title  # the test server's name

    assert "Casting 5 × 7 needs 1500 × 2100 pixels" in said[0]
    assert f"{title} can make it again at 1536 × 2304 pixels, which is enough." in said[0]
    (question,) = asked
    assert f"highest detail level, at the largest size {title} makes: 1536 × 2304 pixels." in question["text"]
    assert "That is enough for Casting 5 × 7." in question["text"]
    assert "$0.4" in question["text"]  # the largest size's price, not high detail's $0.17

    sent = api_server.requests_to("images/edits")[-1]
    assert (sent.field("size"), sent.field("quality")) == ("1536x2304", "high")
    (final,) = job.outcome.headshots
    assert final.original_id == made.original_id and final.style_id == made.style_id
    with Image.open(final.path) as image:
        assert image.size == (1536, 2304)


def test_a_size_beyond_the_largest_says_it_will_still_be_enlarged(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    made = generate(window, qtbot, "legal").outcome.headshots[0]
    said, asked, _job = final_from_export(window, qtbot, made, "print-8x10")
    title = window.context.provider_info("openai").title

    assert (f"The largest image {title} makes is 1536 × 2304 pixels, which frames to 1536 × 1920: closer, but still "
            "short.") in said[0]  # fmt: skip
    (question,) = asked
    assert "Print 8 × 10 needs 2400 × 3000: it will still be enlarged, from about 1536 × 1920." in question["text"]
    assert api_server.requests_to("images/edits")[-1].field("size") == "1536x2304"
