"""The export dialog on screen: sharp previews at 2× scale, an error in a place of its own, and room for it all on a
1366 × 768 screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect

from headshot_desktop.library import Library
from tests.ui.export_dialog_support import PoolHost, export_and_wait, library, open_dialog
from tests.ui.export_dialog_support import add_large as add

__all__ = ["library"]  # the fixture
ROOT = Path(__file__).resolve().parents[2]


def preview_at_scale() -> dict[str, float]:
    """Run in a process of its own at 2× scale (the scale is fixed when Qt starts): what the preview holds."""
    import time

    from PySide6.QtWidgets import QApplication

    from headshot_desktop.library import Library
    from headshot_desktop.system.paths import AppPaths
    from headshot_desktop.system.settings import Settings
    from headshot_desktop.ui.dialogs.export_dialog import ExportDialog

    app = QApplication([])
    lib = Library.open(AppPaths.from_platform().library_dir)
    host = PoolHost()
    many = ExportDialog([add(lib, seed=3), add(lib, seed=4)], Settings(), host)
    one = ExportDialog([add(lib, seed=5)], Settings(), host)
    many.show()
    one.show()
    assert many.preview is not None and one.framing is not None
    big = one.framing.previews.circles[0]
    deadline = time.monotonic() + 30
    while (many.preview.pixmap().isNull() or big.pixmap().isNull()) and time.monotonic() < deadline:  # on the pool
        app.processEvents()
        time.sleep(0.01)
    pixmap = many.preview.pixmap()
    result = {"scale": many.devicePixelRatioF(), "label": many.preview.width(), "pixels": pixmap.width(),
              "ratio": pixmap.devicePixelRatio(), "circle": big.width(), "circle_pixels": big.pixmap().width(),
              "circle_ratio": big.pixmap().devicePixelRatio()}  # fmt: skip
    host.done()
    lib.close()
    return result


def test_the_preview_is_drawn_at_the_screens_pixel_ratio(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-m", "tests.ui.test_export_dialog_display"], env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert out.returncode == 0, out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["scale"] == 2.0
    assert seen["ratio"] == 2.0 and seen["pixels"] == 2 * seen["label"], seen  # a device pixel per pixel
    assert seen["circle"] == 400 and seen["circle_ratio"] == 2.0 and seen["circle_pixels"] == 800, seen


def where(widget, dialog) -> QRect:
    return QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())


def test_an_export_error_has_its_own_place(qtbot, library: Library, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, [add(library)])
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    dialog.folder.setText(str(blocker / "inside"))
    export_and_wait(qtbot, dialog)
    assert dialog.isVisible() and "Could not export" in dialog.error.text()

    def apart() -> None:  # once the window has made room (a queued layout request), never before
        error = where(dialog.error, dialog)
        assert dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
        for shown in (dialog.framing, dialog.tabs):
            assert not where(shown, dialog).intersects(error), (where(shown, dialog), error)
        assert not where(dialog.export_button, dialog).intersects(error)

    qtbot.waitUntil(apart, timeout=2000)


def test_the_dialog_fits_a_1366_by_768_screen_with_the_circles_whole(qtbot, library: Library) -> None:
    dialog = open_dialog(qtbot, [add(library)])
    qtbot.waitUntil(lambda: dialog.framing.editor.ready)
    dialog.preset.setCurrentIndex(dialog.preset.findData("print-8x10"))  # the notice about pixels takes room too
    assert dialog.more_pixels.isVisible()
    dialog.resize(dialog.sizeHint())
    title_and_taskbar = 80
    assert dialog.width() <= 1366 and dialog.height() <= 768 - title_and_taskbar, dialog.size()
    dialog.tabs.setCurrentIndex(1)  # LinkedIn
    page = dialog.tabs.currentWidget()
    qtbot.waitUntil(lambda: page.isVisible())
    for circle in dialog.framing.previews.circles:
        shown = circle.visibleRegion().boundingRect()
        assert (shown.width(), shown.height()) == (circle.width(), circle.height()), circle.accessibleName()


if __name__ == "__main__":
    print(json.dumps(preview_at_scale()))
