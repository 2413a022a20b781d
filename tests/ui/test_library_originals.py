"""Library ▸ Originals: every photo brought in, told apart, with Keep and Move to trash (its headshots too, or not)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from headshot_desktop.library import Library
from headshot_desktop.ui.i18n import date_time
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider, shown_window
from tests.ui.test_flow import drop_file
from tests.unit.intake import corpus
from tests.unit.library.helpers import add, prepared

WAIT_MS = 30_000


@pytest.fixture
def made(context):
    """Two photos called astronaut.jpg: the first with two headshots (one kept), the second with none."""
    with Library.open(context.paths.library_dir) as library:
        first = library.import_original(prepared(seed=1, name="astronaut.jpg"))
        second = library.import_original(prepared(seed=2, name="astronaut.jpg"))
        favourite = library.set_kept(add(library, first.id, seed=10, n=1))
        plain = add(library, first.id, seed=11, n=2)
    return {"first": first, "second": second, "favourite": favourite, "plain": plain}


@pytest.fixture
def context(api_server, context_for):
    return accept_provider(context_for(api_server))


@pytest.fixture
def window(qtbot, context, made):
    for shown in shown_window(qtbot, context):
        open_originals(shown, qtbot)
        yield shown


def open_originals(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentIndex(2)
    window.library.show_originals.click()
    qtbot.waitUntil(lambda: window.library.originals.model.rowCount() == 2, timeout=WAIT_MS)


def trash_dir(home: Path) -> Path:
    return home / ".local" / "share" / "Trash" / "files"


def choose(window: MainWindow, original) -> None:
    page = window.library.originals
    (row,) = [r for r in range(page.model.rowCount()) if page.model.original(r).id == original.id]
    page.view.selectionModel().select(page.model.index(row), page.view.selectionModel().SelectionFlag.ClearAndSelect)


def answer(window: MainWindow, qtbot, name: str, button: str) -> None:
    """Click ``button`` in the open question box called ``name``."""

    def box() -> QMessageBox:
        found = [b for b in window.findChildren(QMessageBox) if b.objectName() == name and b.isVisible()]
        assert found
        return found[-1]

    qtbot.waitUntil(lambda: box() is not None, timeout=WAIT_MS)
    buttons = {b.text(): b for b in box().buttons()}
    assert button in buttons, list(buttons)
    buttons[button].click()


def text(window: MainWindow, original) -> str:
    model = window.library.originals.model
    (row,) = [r for r in range(model.rowCount()) if model.original(r).id == original.id]
    return model.index(row).data(Qt.ItemDataRole.DisplayRole)


def test_originals_are_listed_and_told_apart(window: MainWindow, made) -> None:
    assert window.library.pages.currentIndex() == 1
    first, second = text(window, made["first"]), text(window, made["second"])
    assert first.split("\n")[0] == "astronaut.jpg" and second.split("\n")[0] == "astronaut.jpg (2)"  # told apart
    assert first.split("\n")[1] == date_time(made["first"].created.astimezone())  # when it was brought in
    assert first.endswith("2 headshots") and second.endswith("no headshots yet")
    assert "Originals (2)" in window.library.show_originals.text().replace("&", "")
    # The photo filter of the headshots tells them apart too.
    names = [window.library.by_photo.itemText(i) for i in range(1, window.library.by_photo.count())]
    assert len(set(names)) == 2


def test_keep_an_original(window: MainWindow, qtbot, made) -> None:
    page = window.library.originals
    choose(window, made["second"])
    assert page.keep.isEnabled() and not page.keep.isChecked()
    page.keep.click()
    qtbot.waitUntil(lambda: window.context.library().get_original(made["second"].id).kept, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Kept" in page.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
                    or "Kept" in page.model.index(1).data(Qt.ItemDataRole.ToolTipRole), timeout=WAIT_MS)  # fmt: skip
    assert page.keep.isChecked()


def test_trash_a_photo_and_keep_its_headshots(window: MainWindow, qtbot, made, home: Path) -> None:
    choose(window, made["first"])
    window.library.originals.trash.click()
    answer(window, qtbot, "originals-trash", "Only the photo")
    # A kept headshot keeps its photo: asked once more.
    answer(window, qtbot, "keep-confirm", "Move to the trash, kept ones too")
    qtbot.waitUntil(lambda: (trash_dir(home) / made["first"].path.name).is_file(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.library.originals.model.rowCount() == 1, timeout=WAIT_MS)
    assert made["favourite"].path.is_file() and made["plain"].path.is_file()
    assert window.library_model.rowCount() == 2


def test_trash_a_photo_with_its_headshots_but_not_the_kept_one(window: MainWindow, qtbot, made, home: Path) -> None:
    choose(window, made["first"])
    window.library.originals.trash.click()
    answer(window, qtbot, "originals-trash", "Photo and headshots")
    answer(window, qtbot, "keep-confirm", "Only those not kept")
    qtbot.waitUntil(lambda: (trash_dir(home) / made["plain"].path.name).is_file(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 1, timeout=WAIT_MS)
    # The kept headshot stays, and so does its photo.
    assert made["favourite"].path.is_file() and made["first"].path.is_file()


def test_trash_a_photo_without_headshots(window: MainWindow, qtbot, made, home: Path) -> None:
    choose(window, made["second"])
    window.library.originals.trash.click()
    answer(window, qtbot, "originals-trash", "Move to trash")
    qtbot.waitUntil(lambda: (trash_dir(home) / made["second"].path.name).is_file(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.library.originals.model.rowCount() == 1, timeout=WAIT_MS)


def test_cancel_moves_nothing(window: MainWindow, qtbot, made) -> None:
    choose(window, made["second"])
    window.library.originals.trash.click()
    answer(window, qtbot, "originals-trash", "Cancel")
    window.context.library().get_original(made["second"].id)  # still in the library
    assert made["second"].path.is_file()


def test_the_photo_open_in_create_cannot_go(window: MainWindow, qtbot, tmp_path: Path) -> None:
    selfie = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg_full_of_metadata(corpus.photo((600, 800))))
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        drop_file(window.photo.drop_zone, selfie)
    shown = window.original
    qtbot.waitUntil(lambda: window.library.originals.model.rowCount() == 3, timeout=WAIT_MS)
    choose(window, shown)
    window.library.originals.trash.click()
    answer(window, qtbot, "originals-in-use", "Close")
    assert shown.path.is_file()


def test_same_photo_under_a_new_name_shows_the_new_name(window: MainWindow, qtbot, tmp_path: Path) -> None:
    data = corpus.jpeg_full_of_metadata(corpus.photo((600, 800), seed=4))
    for name in ("astronaut.jpg", "me at work.jpg"):
        with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
            drop_file(window.photo.drop_zone, corpus.write(tmp_path, name, data))
    assert "me at work.jpg" in window.photo.caption.text()
    qtbot.waitUntil(lambda: window.library.originals.model.rowCount() == 3, timeout=WAIT_MS)  # one new, not two


def test_show_the_headshots_of_a_photo(window: MainWindow, made) -> None:
    page = window.library.originals
    choose(window, made["second"])
    assert not page.headshots.isEnabled()  # none were made from it
    choose(window, made["first"])
    page.headshots.click()
    assert window.library.pages.currentIndex() == 0 and window.library.show_headshots.isChecked()
    assert window.library.by_photo.currentData() == made["first"].id
    assert {window.library_model.headshot(r).id for r in range(window.library_model.rowCount())} == {
        made["favourite"].id, made["plain"].id}  # fmt: skip
