"""The Results tab in the real window: new results come forward, Keep is remembered, Delete clears the viewer,
and a library item opened twice is shown once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.ui.keep_words import ASK_OBJECT_NAME, KEEP_TOOLTIP
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.models.library_model import HeadshotRole
from headshot_desktop.ui.panels.results_panel import HEADSHOT_ROLE, KEY_ROLE
from tests.support.openai_server import Reply
from tests.ui.test_flow import WAIT_MS, bring_photo, generate
from tests.ui.test_flow import window as window  # fixtures by name
from tests.ui.test_refine_window import refine_selected


def shown(window: MainWindow):
    """The headshot whose picture the viewer shows, and that picture's item."""
    item = window.results.strip.currentItem()
    return item.data(HEADSHOT_ROLE), item


def row_of(window: MainWindow, headshot) -> int:
    """Its row, found by id: the strip holds the headshot as last read (kept since, say)."""
    strip = window.results.strip
    return next(r for r in range(strip.count()) if strip.item(r).data(HEADSHOT_ROLE).id == headshot.id)


def select(window: MainWindow, headshot) -> None:
    """As the person does: a click on its thumbnail."""
    strip = window.results.strip
    item = strip.item(row_of(window, headshot))
    strip.scrollToItem(item)
    QTest.mouseClick(strip.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     strip.visualItemRect(item).center())  # fmt: skip
    assert strip.selectedItems() == [item]


def gold_in_corner(item) -> int:
    """How many gold pixels the item's thumbnail has in its top-right corner (where the Keep badge goes)."""
    icon = item.icon()
    picture = icon.pixmap(icon.availableSizes()[0]).toImage()
    side = min(picture.width(), picture.height()) // 3
    colours = [picture.pixelColor(x, y) for x in range(picture.width() - side, picture.width()) for y in range(side)]
    return sum(1 for c in colours if c.red() > 200 and c.green() > 150 and c.blue() < 90)


def kept_question() -> QMessageBox | None:
    """The question asked before a kept headshot goes, if it is open."""
    found = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)
             and b.objectName() == ASK_OBJECT_NAME and b.isVisible()]  # fmt: skip
    return found[0] if found else None


def answer_kept_question(qtbot, text: str) -> None:
    """Wait for that question and press the button reading ``text``."""
    qtbot.waitUntil(lambda: kept_question() is not None, timeout=WAIT_MS)
    (button,) = [b for b in kept_question().buttons() if b.text() == text]
    button.click()


def test_a_new_runs_first_image_is_selected_and_shown(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    first = generate(window, qtbot, "legal")
    select(window, first.outcome.headshots[1])  # the person looks at one of the first run's

    window.gallery.select_style("startup")
    with qtbot.waitSignal(window.session.previewArrived, timeout=WAIT_MS,
                          check_params_cb=lambda job, _i, _image: job.id != first.id) as arrived:  # fmt: skip
        window.generate()
    second, index, _image = arrived.args
    item = window.results.strip.currentItem()
    assert item.data(KEY_ROLE) == (second.id, index)  # the new picture came forward
    assert window.results.strip.selectedItems() == [item]
    # Its latest preview is on screen (more may have come in the same breath).
    assert window.results.view.after.cacheKey() == item.data(Qt.ItemDataRole.UserRole + 3).cacheKey()

    qtbot.waitUntil(lambda: second.state == "done", timeout=WAIT_MS)
    headshot, item = shown(window)
    assert headshot in second.outcome.headshots  # still the new run's, now the finished headshot
    assert window.results.view.after.cacheKey() == item.data(Qt.ItemDataRole.UserRole + 3).cacheKey()
    assert headshot.path.name in window.results.info.text()


def test_a_pick_made_during_the_run_is_left_alone(window: MainWindow, qtbot, tmp_path: Path, api_server) -> None:
    bring_photo(window, qtbot, tmp_path)
    first = generate(window, qtbot, "legal")
    slow = Reply.drip(interval=0.05, count=10)  # half a second before each answer
    api_server.script(slow, slow)
    window.gallery.select_style("startup")
    window.generate()
    qtbot.waitUntil(lambda: len(window.session.jobs) == 2, timeout=WAIT_MS)  # its key was found: the run began
    second = window.session.jobs[-1]
    chosen = next(h for h in first.outcome.headshots if h.id != shown(window)[0].id)
    select(window, chosen)  # after the run began, before its first picture arrived
    assert second.images_ready == 0 and not window.results.strip.count() > 2
    qtbot.waitUntil(lambda: second.state == "done", timeout=WAIT_MS)
    assert second.outcome.headshots
    assert shown(window)[0] == chosen
    picture = window.results.strip.item(row_of(window, chosen)).data(Qt.ItemDataRole.UserRole + 3)
    assert window.results.view.after.cacheKey() == picture.cacheKey()


def test_a_refinement_is_shown_when_it_arrives(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    select(window, job.outcome.headshots[0])
    refined = refine_selected(window, qtbot, "tie navy instead of red")
    (child,) = refined.outcome.headshots
    assert window.results.current() == child
    assert shown(window)[0] == child and child.path.name in window.results.info.text()
    assert window.results.view.before is not None  # still against the selfie


def test_keep_is_remembered_on_reselect_and_shows_a_badge(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    one, two = job.outcome.headshots
    results = window.results
    assert results.keep.toolTip() == KEEP_TOOLTIP
    select(window, one)
    assert not results.keep.isChecked()
    qtbot.mouseClick(results.keep, Qt.MouseButton.LeftButton)
    library = window.context.library()
    qtbot.waitUntil(lambda: library.get_headshot(one.id).kept, timeout=WAIT_MS)

    select(window, two)
    assert not results.keep.isChecked()
    select(window, one)
    assert results.keep.isChecked()  # not the stale copy the strip held before
    kept_item = results.strip.item(row_of(window, one))
    assert "kept" in kept_item.data(Qt.ItemDataRole.AccessibleTextRole).lower()
    assert "kept" not in results.strip.item(row_of(window, two)).data(Qt.ItemDataRole.AccessibleTextRole).lower()
    # The badge is drawn on the thumbnail: a gold star in its top-right corner.
    assert gold_in_corner(kept_item) > 20 and gold_in_corner(results.strip.item(row_of(window, two))) == 0

    qtbot.mouseClick(results.keep, Qt.MouseButton.LeftButton)  # and off again
    qtbot.waitUntil(lambda: not library.get_headshot(one.id).kept, timeout=WAIT_MS)
    select(window, two)
    select(window, one)
    assert not results.keep.isChecked()


def test_a_deleted_headshot_leaves_the_viewer(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    gone, stays = job.outcome.headshots
    select(window, gone)
    results = window.results
    assert results.view.after is not None and gone.path.name in results.info.text()
    qtbot.mouseClick(results.delete, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: results.strip.count() == 1, timeout=WAIT_MS)
    assert not gone.path.exists()
    assert results.view.after is None  # neither its picture
    assert gone.path.name not in results.info.text()  # nor its details
    assert not results.delete.isEnabled() and not results.keep.isEnabled()
    assert results.strip.item(0).data(HEADSHOT_ROLE) == stays


def test_deleting_a_kept_headshot_asks_again(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    favourite = job.outcome.headshots[0]
    select(window, favourite)
    qtbot.mouseClick(window.results.keep, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.context.library().get_headshot(favourite.id).kept, timeout=WAIT_MS)

    window.results.delete.click()
    answer_kept_question(qtbot, "Cancel")
    assert favourite.path.exists() and window.results.strip.count() == 2
    assert not [t for t in window.session.runner.active if t.label == "delete"]  # nothing was sent to be deleted

    window.results.delete.click()
    answer_kept_question(qtbot, "Delete, kept ones too")
    qtbot.waitUntil(lambda: window.results.strip.count() == 1, timeout=WAIT_MS)
    assert not favourite.path.exists()


def test_opening_a_shown_headshot_from_the_library_selects_it(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    view = window.library.view
    tiles = view.model()  # the library's tiles, as grouped and sorted on screen
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 2, timeout=WAIT_MS)
    select(window, job.outcome.headshots[0])
    window.tabs.setCurrentIndex(2)
    (tile,) = [tiles.index(r, 0) for r in range(tiles.rowCount())
               if getattr(tiles.index(r, 0).data(HeadshotRole), "id", None) == job.outcome.headshots[1].id]  # fmt: skip
    spot = view.visualRect(tile).center()
    for _twice in range(2):
        window.tabs.setCurrentIndex(2)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
        assert window.tabs.currentIndex() == 1
        assert window.results.strip.count() == 2  # no copy of what the strip already shows
        assert shown(window)[0].id == job.outcome.headshots[1].id


def test_a_library_headshot_opens_once(window: MainWindow, qtbot, tmp_path: Path) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 2, timeout=WAIT_MS)
    headshot = window.library_model.index(0).data(HeadshotRole)
    window.results.forget({h.path for h in job.outcome.headshots})  # as after a restart: the strip is empty
    assert window.results.strip.count() == 0
    window.library.openRequested.emit(headshot)  # decoded on a worker, then shown
    qtbot.waitUntil(lambda: window.results.strip.count() == 1 and window.results.view.after is not None,
                    timeout=WAIT_MS)  # fmt: skip
    assert shown(window)[0].id == headshot.id
    assert window.results.view.before is not None  # against the selfie it was made from

    window.results.strip.clearSelection()
    window.library.openRequested.emit(headshot)  # again: the one shown is selected, no second copy is made
    assert shown(window)[0].id == headshot.id and window.results.view.after is not None
    qtbot.waitUntil(lambda: not window.session.runner.active, timeout=WAIT_MS)
    assert window.results.strip.count() == 1


def test_keep_given_elsewhere_reaches_the_strip(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """Kept is read from the library: a listing (after Keep in the Library tab, say) updates the strip's copies."""
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "legal")
    one = job.outcome.headshots[0]
    select(window, one)
    assert not window.results.keep.isChecked()
    window.context.library().set_kept(one, True)
    window.refresh_library()
    qtbot.waitUntil(lambda: window.results.keep.isChecked(), timeout=WAIT_MS)
    assert window.results.strip.item(row_of(window, one)).data(HEADSHOT_ROLE).kept
