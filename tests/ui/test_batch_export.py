"""Batch export from any selection: several tiles of the library grid, or several results, reach the export
dialog together, and each headshot is exported with its remembered framing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from headshot_desktop.library import Headshot, Library, export_headshot
from headshot_desktop.library.crops import Crop, default_crop
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.models.roles import HeadshotRole
from tests.ui.helpers import accept_provider, shown_window, when_shown
from tests.unit.intake import corpus
from tests.unit.library.helpers import HEADSHOT_META

WAIT_MS = 30_000
SIZE = (1024, 1536)
COUNT = 4


@pytest.fixture
def window(qtbot, api_server, context_for) -> Iterator[MainWindow]:
    context = accept_provider(context_for(api_server))
    with Library.open(context.paths.library_dir) as library:
        for n in range(1, COUNT + 1):
            library.add_headshot(corpus.png(corpus.photo(SIZE, seed=n)), original_id=None, index_in_run=n,
                                 **HEADSHOT_META)  # fmt: skip
    for shown in shown_window(qtbot, context):
        qtbot.waitUntil(lambda shown=shown: shown.library_model.rowCount() == COUNT, timeout=WAIT_MS)
        yield shown


def click(view, rect, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def tiles(window: MainWindow) -> list:
    proxy = window.library.proxy
    return [proxy.index(r) for r in range(proxy.rowCount()) if proxy.index(r).data(HeadshotRole) is not None]


class Exports:
    """Answers the export dialog the window opens: into ``folder``, as PNG at LinkedIn's size; what it was given."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.given: list[list[Headshot]] = []
        self.errors: list[BaseException] = []
        self.dialogs: list[ExportDialog] = []
        when_shown(ExportDialog, self._export, self.errors)

    def _export(self, dialog: ExportDialog) -> None:
        self.dialogs.append(dialog)
        self.given.append(list(dialog.headshots))
        dialog.folder.setText(str(self.folder))
        dialog.preset.setCurrentIndex(dialog.preset.findData("linkedin"))
        dialog.format.setCurrentIndex(dialog.format.findData("png"))
        dialog.export_button.click()

    def wait(self, qtbot) -> list[Path]:
        qtbot.waitUntil(lambda: bool(self.dialogs) and not self.dialogs[0].isVisible(), timeout=WAIT_MS)
        assert not self.errors, self.errors
        return list(self.dialogs[0].written)


def test_tiles_selected_with_shift_and_ctrl_are_exported_together(window: MainWindow, qtbot, tmp_path: Path) -> None:
    window.tabs.setCurrentWidget(window.library)
    view = window.library.view
    shown = tiles(window)
    click(view, view.visualRect(shown[0]))
    click(view, view.visualRect(shown[2]), Qt.KeyboardModifier.ShiftModifier)  # the first three
    click(view, view.visualRect(shown[1]), Qt.KeyboardModifier.ControlModifier)  # less the second
    chosen = {shown[0].data(HeadshotRole).id, shown[2].data(HeadshotRole).id}
    assert window.library.export.isEnabled()
    exports = Exports(tmp_path / "grid")
    window.library.export.click()
    written = exports.wait(qtbot)
    assert {h.id for h in exports.given[0]} == chosen
    assert len(written) == 2 and all(Image.open(path).size == (800, 800) for path in written)


def test_several_results_are_exported_together_with_ctrl_e(window: MainWindow, qtbot, tmp_path: Path) -> None:
    shots = window.library.listed_headshots[:3]
    for shot in shots:
        window.open_in_results(shot)
        qtbot.waitUntil(lambda shot=shot: window.results.current() is not None and window.results.current().id == shot.id,
                        timeout=WAIT_MS)  # fmt: skip
    strip = window.results.strip
    strip.selectAll()
    window.tabs.setCurrentIndex(1)
    window.activateWindow()
    strip.setFocus()
    exports = Exports(tmp_path / "results")
    QTest.keyClick(strip, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    written = exports.wait(qtbot)
    assert sorted(h.id for h in exports.given[0]) == sorted(h.id for h in shots)
    assert len(written) == 3 and len({p.name for p in written}) == 3


def test_a_batch_export_uses_each_headshots_remembered_framing(window: MainWindow, qtbot, tmp_path: Path) -> None:
    framed, plain = window.library.listed_headshots[:2]
    crop = Crop(0.1, 0.05, 0.85, 0.85 * SIZE[0] / SIZE[1])  # square: 870 × 870 pixels, enough for 800 × 800
    window.context.library().crops.set(framed, "linkedin", crop)
    exports = Exports(tmp_path / "batch")
    window.export_headshots([framed, plain])
    written = dict(zip((h.id for h in exports.given[0]), exports.wait(qtbot), strict=True))
    with_crop = export_headshot(framed, tmp_path / "framed.png", preset="linkedin", fmt="png", crop=crop)
    default = default_crop(*SIZE, 1.0)
    without = export_headshot(framed, tmp_path / "default.png", preset="linkedin", fmt="png", crop=default)
    plain_default = export_headshot(plain, tmp_path / "plain.png", preset="linkedin", fmt="png", crop=default)
    assert same_pixels(written[framed.id], with_crop) and not same_pixels(written[framed.id], without)
    assert same_pixels(written[plain.id], plain_default)


def same_pixels(a: Path, b: Path) -> bool:
    with Image.open(a) as first, Image.open(b) as second:
        return first.size == second.size and ImageChops.difference(first.convert("RGB"),
                                                                   second.convert("RGB")).getbbox() is None  # fmt: skip
