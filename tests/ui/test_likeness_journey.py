"""The likeness tools end to end, in one window, as a person would use them:

two further photos, three features ticked, one style made by two providers at once, the best
result refined twice, a step back to the first refinement, a flicker-compare with the selfie,
and an export.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from headshot_desktop.app import build_context
from headshot_desktop.core.likeness import FEATURES
from headshot_desktop.ui.dialogs.compare_dialog import CompareDialog
from tests.support.gemini_server import gemini_server
from tests.ui.helpers import export_linkedin_jpeg, shown_window
from tests.ui.test_flow import WAIT_MS, bring_photo
from tests.ui.test_likeness_window import TICKED, tick_features
from tests.ui.test_refine_window import refine_selected, select
from tests.unit.intake import corpus


@pytest.fixture
def window(qtbot, api_server, tmp_path: Path) -> Iterator:
    with gemini_server() as gemini:
        bundle = tmp_path / "cas.pem"  # one SSL_CERT_FILE for both test servers' CAs
        bundle.write_text(Path(api_server.ca_pem_path).read_text() + Path(gemini.ca_pem_path).read_text())
        context = build_context(environ={**api_server.environ(), **gemini.environ(), "SSL_CERT_FILE": str(bundle)},
                                log_to_file=False)  # fmt: skip
        settings = context.settings
        settings.privacy_accepted = settings.age_confirmed = True
        settings.accepted_providers = ["openai", "gemini"]  # Gemini's paid-tier tick was given at first run
        window_ = next(shown_window(qtbot, context))
        window_.gemini = gemini
        yield window_
        window_.close()
        context.close()


def compare_with(window, qtbot, providers: tuple[str, ...]) -> list:
    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CompareDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        for provider_id in providers:
            dialogs[0].boxes[provider_id].setChecked(True)
        dialogs[0].accept()

    QTimer.singleShot(0, answer)
    before = len(window.session.jobs)
    window.options.compare.click()  # the dialog opens once every provider is priced, off the window's thread
    qtbot.waitUntil(lambda: len(window.session.jobs) - before == len(providers), timeout=WAIT_MS)
    jobs = window.session.jobs[before:]
    assert len(jobs) == len(providers)
    qtbot.waitUntil(lambda: all(j.state in ("done", "failed", "cancelled") for j in jobs), timeout=WAIT_MS)
    return jobs


def test_the_whole_likeness_journey(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    for n in range(2):
        path = corpus.write(tmp_path, f"me-{n}.jpg", corpus.jpeg_full_of_metadata(corpus.photo((640 + n, 800))))
        with qtbot.waitSignal(window.session.referenceImported, timeout=WAIT_MS):
            window.session.import_photo(path, reference=True)
    tick_features(window, qtbot)
    window.gallery.select_style("legal")

    openai_job, gemini_job = compare_with(window, qtbot, ("openai", "gemini"))
    assert openai_job.state == gemini_job.state == "done", (openai_job.status, gemini_job.status)
    tiles = window.results.grid.tiles
    for job in (openai_job, gemini_job):
        caption = tiles[job.id].caption.text()
        assert " s · $" in caption, caption  # each tile: model, time, cost
    assert "gpt-image-2" in tiles[openai_job.id].caption.text()
    assert "gemini-3.1-flash-image-preview" in tiles[gemini_job.id].caption.text()
    gemini_sent = [r for r in window.gemini.generate_requests() if r.path.endswith(":generateContent")]
    assert len(gemini_sent) == 1 and len(gemini_sent[0].images) == 3, "the photo and both further photos"

    best = openai_job.outcome.headshots[0]
    assert best.reference_ids and len(best.reference_ids) == 2
    select(window, best)
    first = refine_selected(window, qtbot, "tie navy instead of red").outcome.headshots[0]
    qtbot.waitUntil(lambda: any(window.results.strip.item(r).data(Qt.ItemDataRole.UserRole + 2) == first
                                for r in range(window.results.strip.count())), timeout=WAIT_MS)  # fmt: skip
    select(window, first)
    second = refine_selected(window, qtbot, "less smile").outcome.headshots[0]
    assert second.parent_id == first.id and first.parent_id == best.id
    prompt = api_server.requests_to("images/edits")[-1].field("prompt") or ""
    assert "less smile" in prompt and all(FEATURES[f][1] in prompt for f in TICKED)

    qtbot.waitUntil(lambda: any(window.results.strip.item(r).data(Qt.ItemDataRole.UserRole + 2) == second
                                for r in range(window.results.strip.count())), timeout=WAIT_MS)  # fmt: skip
    select(window, second)
    bar = window.results.versions
    qtbot.waitUntil(lambda: len(bar.buttons) == 3, timeout=WAIT_MS)
    with qtbot.waitSignal(window.session.versionLoaded, timeout=WAIT_MS):
        bar.buttons[1].click()  # step back to the first refinement
    assert window.results.current() == first

    view = window.results.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F)
    shown = view.showing
    qtbot.keyClick(view, Qt.Key.Key_F)
    assert view.mode == "flicker" and view.showing != shown and view.before is not None

    written = export_linkedin_jpeg(window, qtbot, window.results.current(), tmp_path / "exports")
    with Image.open(written) as exported:
        assert exported.format == "JPEG"
