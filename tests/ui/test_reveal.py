"""Show in folder without a file manager: the window says which folder and why, instead of nothing.

Each panel's Show in folder (results, library, the library's photos) starts the file manager on a worker.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import WAIT_MS
from tests.unit.library.helpers import add, prepared
from tests.unit.test_desktop_open import NO_FILE_MANAGER

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xdg-open is the Linux opener")


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, accept_provider(context_for(api_server)))


def _error_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


@pytest.mark.parametrize("panel", ["results", "library", "originals"])
def test_show_in_folder_without_a_file_manager_says_so(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, panel: str
) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "xdg-open").write_text(NO_FILE_MANAGER)
    (bin_dir / "xdg-open").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}:/usr/bin:/bin")
    library = window.context.library()
    shot = library.import_original(prepared(seed=3)) if panel == "originals" else add(library)
    emitter = window.library.originals if panel == "originals" else getattr(window, panel)

    emitter.revealRequested.emit(shot)

    qtbot.waitUntil(lambda: bool(_error_boxes()), timeout=WAIT_MS)
    (box,) = _error_boxes()
    assert str(shot.path.parent) in box.text() and "file manager" in box.informativeText()
    box.close()
