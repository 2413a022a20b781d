"""The whole flow in the real window: drop a photo, pick a style, generate (streamed), see it, export it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Reply
from tests.ui.helpers import accept_provider, export_linkedin_jpeg, shown_window
from tests.unit.intake import corpus

WAIT_MS = 30_000


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def drop_file(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)


def bring_photo(window: MainWindow, qtbot, tmp_path: Path) -> None:
    selfie = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg_full_of_metadata(corpus.photo((900, 1200))))
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        drop_file(window.photo.drop_zone, selfie)
    assert window.original is not None
    assert "metadata removed" in window.photo.caption.text()
    qtbot.waitUntil(lambda: "Working out" not in window.options.estimate.text(), timeout=WAIT_MS)  # priced


def generate(window: MainWindow, qtbot, style_id: str):
    window.gallery.select_style(style_id)
    assert window.options.generate.isEnabled()
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    return finished.args[0]


def error_box(window: MainWindow, kind: str) -> QMessageBox:
    boxes = [b for b in window.findChildren(QMessageBox) if b.objectName() == f"error-{kind}"]
    assert boxes, [b.objectName() for b in window.findChildren(QMessageBox)]
    return boxes[-1]


def test_whole_flow_drop_generate_see_export(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    assert "Estimated cost: <b>about $" in window.options.estimate.text()
    assert f"paid to {window.context.provider_info().title} with your key" in window.options.estimate.text()
    previews = []
    window.session.previewArrived.connect(lambda job, index, data: previews.append(index))
    job = generate(window, qtbot, "corporate-grey")

    assert job.state == "done", job.status
    assert window.tabs.currentIndex() == 1  # the Results tab came forward
    assert previews  # partial previews streamed in before the finals
    assert api_server.requests_to("images/edits")[-1].field("stream") == "true"
    shots = [window.results.strip.item(i).data(Qt.ItemDataRole.UserRole + 2) for i in range(2)]
    assert all(s is not None and s.path.exists() for s in shots)
    assert window.results.view.after is not None and window.results.view.before is not None
    assert "2 of 2" in window.jobs.rows[job.id].bar.text()

    # The library tab lists them (read on a worker), with thumbnails made off the main thread.
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 2, timeout=WAIT_MS)
    window.library_model.data(window.library_model.index(0), Qt.ItemDataRole.DecorationRole)
    window.library_model.wait_for_thumbnails()

    written = export_linkedin_jpeg(window, qtbot, shots[0], tmp_path / "exports")
    with Image.open(written) as img:
        assert img.size == (800, 800) and img.format == "JPEG"
    assert window.context.settings.last_export_dir == str(tmp_path / "exports")


def test_rejected_key_offers_settings(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    rejected = Reply.error(401, "invalid_api_key", "Incorrect API key provided.")
    api_server.script(rejected, rejected)  # each variant is a request of its own, and each is refused
    job = generate(window, qtbot, "startup")
    assert job.state == "failed"
    box = error_box(window, "auth")
    assert any(b.text() == "Open settings" for b in box.buttons())
    assert window.results.strip.count() == 0
    box.close()


def test_safety_block_is_explained(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    blocked = Reply.error(400, "moderation_blocked", "Your request was rejected by the safety system.")
    api_server.script(blocked, blocked)
    job = generate(window, qtbot, "legal")
    assert job.state == "failed"
    box = error_box(window, "safety")
    assert "safety" in (box.text() + box.informativeText()).lower()
    assert not any(b.text() == "Open settings" for b in box.buttons())
    box.close()


def test_one_variant_refused_the_other_is_kept_and_shown(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    api_server.script(Reply.error(400, "moderation_blocked", "Your request was rejected by the safety system."))
    job = generate(window, qtbot, "legal")
    assert job.state == "failed" and "1 of 2" in job.status  # said, not hidden
    (headshot,) = job.outcome.headshots
    strip = window.results.strip
    assert strip.count() == 1 and strip.item(0).data(Qt.ItemDataRole.UserRole + 2) == headshot
    for box in window.findChildren(QMessageBox):
        box.close()


def test_cancel_keeps_nothing(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    stall = Reply.stall(seconds=60, after_partials=1)
    api_server.script(stall, stall)  # both variants (two requests) are still running when Cancel is pressed
    window.gallery.select_style("academic")
    with qtbot.waitSignal(window.session.previewArrived, timeout=WAIT_MS):
        window.generate()
    (job,) = window.session.jobs
    row = window.jobs.rows[job.id]
    assert row.cancel.isVisible()
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS):
        qtbot.mouseClick(row.cancel, Qt.MouseButton.LeftButton)
    assert job.state == "cancelled"
    assert window.results.strip.count() == 0  # the preview went away with the run
    assert list((window.context.paths.library_dir / "Headshots").iterdir()) == []


def test_no_key_says_so_and_offers_settings(qtbot, api_server, context_for, tmp_path: Path) -> None:
    context = accept_provider(context_for(api_server, OPENAI_API_KEY=""))
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    bring_photo(window, qtbot, tmp_path)
    window.gallery.select_style("medical")
    qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: any(b.objectName() == "error-no_key" for b in window.findChildren(QMessageBox)),
                    timeout=WAIT_MS)  # fmt: skip
    assert window.session.jobs == []  # said before any run: no failed card (#14 item 18)
    box = error_box(window, "no_key")
    assert any(b.text() == "Open settings" for b in box.buttons())
    box.close()
    window.close()


def test_refused_photo_is_explained(window: MainWindow, qtbot, tmp_path: Path) -> None:
    fake = corpus.write(tmp_path, "cv.png", b"%PDF-1.7\n" + b"0" * 500)
    with qtbot.waitSignal(window.session.importFailed, timeout=WAIT_MS):
        drop_file(window.photo.drop_zone, fake)
    assert "cv.png" in window.photo.caption.text()
    assert window.original is None and not window.options.generate.isEnabled()


def test_results_drag_out_as_files(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    generate(window, qtbot, "navy-suit")
    strip = window.results.strip
    mime = strip.mimeData([strip.item(0), strip.item(1)])
    paths = [Path(url.toLocalFile()) for url in mime.urls()]
    assert len(paths) == 2 and all(p.is_file() and p.parent.name == "Headshots" for p in paths)


def test_library_follows_the_folder_and_deletes_to_trash(window: MainWindow, qtbot, tmp_path: Path, home: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    generate(window, qtbot, "real-estate")
    panel, model = window.library, window.library_model
    qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT_MS)

    # A file the person copies into Headshots/ with the file manager shows up by itself.
    extra = window.context.paths.library_dir / "Headshots" / "from a friend.png"
    Image.new("RGB", (300, 400), "teal").save(extra)
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)

    panel.by_style.setCurrentIndex(panel.by_style.findData("real-estate"))
    assert model.rowCount() == 2
    panel.view.selectAll()
    assert panel.delete.isEnabled() and not panel.reveal.isEnabled()
    window.delete_headshots(panel.selected())
    trash = home / ".local" / "share" / "Trash" / "files"
    qtbot.waitUntil(lambda: trash.is_dir() and len(list(trash.iterdir())) == 2, timeout=WAIT_MS)  # on a worker
    panel.by_style.setCurrentIndex(0)
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)


def test_closed_window_survives_a_repolish(window: MainWindow, qtbot, tmp_path: Path, qapp) -> None:
    """A style change re-polishes every widget, closed ones too: nothing may ask a stopped pool for work."""
    bring_photo(window, qtbot, tmp_path)
    generate(window, qtbot, "startup")
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 2, timeout=WAIT_MS)
    window.close()
    window.library_model.data(window.library_model.index(0), Qt.ItemDataRole.DecorationRole)
    window.library.view.viewport().repaint()
