"""The likeness tools in the real window: further photos of the person and features to keep, sent and stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from headshot_desktop.core.likeness import FEATURES
from headshot_desktop.ui.dialogs.keep_dialog import KeepDialog
from tests.support.fixtures import selfie as selfie  # fixtures by name
from tests.ui.test_flow import WAIT_MS, bring_photo
from tests.ui.test_flow import window as window
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only

TICKED = ("glasses", "grey_hair", "skin_texture")


def tick_features(window, qtbot) -> None:
    """Open "Features to keep", tick three and type a note, as a person would; OK."""

    def answer() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, KeepDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(10, answer)
            return
        dialog = dialogs[0]
        for feature in TICKED:
            dialog.boxes[feature].setChecked(True)
        dialog.text.setText("the scar on my chin")
        dialog.accept()

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(window.options.keep, Qt.MouseButton.LeftButton)


def test_two_further_photos_and_three_features_go_with_the_run(window, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    strip = window.photo.references
    assert strip.limit == 4 and strip.add_button.isVisible()
    for n in range(2):
        path = corpus.write(tmp_path, f"me-{n}.jpg", corpus.jpeg_full_of_metadata(corpus.photo((640 + n, 800))))
        with qtbot.waitSignal(window.session.referenceImported, timeout=WAIT_MS):
            window.session.import_photo(path, reference=True)
    assert [o.source_name for o in strip.originals()] == ["me-0.jpg", "me-1.jpg"]
    assert "2 further photos of you" in window.photo.caption.text()
    tick_features(window, qtbot)
    assert window.options.keep.text() == "Keeping 4 features…"  # three ticked and the own words
    assert window.options.keep.toolTip().startswith("Keeping: glasses, grey or greying hair")
    checklist = [window.results.checklist.list.item(i).text() for i in range(window.results.checklist.list.count())]
    assert checklist == [FEATURES[f][0] for f in TICKED] + ["the scar on my chin"]

    window.gallery.select_style("legal")
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS) as finished:
        qtbot.mouseClick(window.options.generate, Qt.MouseButton.LeftButton)  # the dialog left the keyboard elsewhere
    job = finished.args[0]
    assert job.state == "done", job.status
    for sent in api_server.requests_to("images/edits"):
        assert len(sent.images) == 3
        for image in sent.images:
            assert_pixels_only(image.data)
        prompt = sent.field("prompt") or ""
        assert all(FEATURES[f][1] in prompt for f in TICKED) and "the scar on my chin" in prompt
    references = [o.id for o in strip.originals()]
    assert all(h.reference_ids == tuple(references) for h in job.outcome.headshots)
    assert window.context.settings.keep_features == list(TICKED)

    strip.remove(0)  # a further photo can be taken out again
    assert [o.source_name for o in strip.originals()] == ["me-1.jpg"]
