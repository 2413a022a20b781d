"""Results and the Library are built the first time they are shown or used, not before the first paint (#15).

Their buttons are there from the start; the listing that arrived meanwhile is shown once the Library is built.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from headshot_desktop.library import Library
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider, shown_window, with_headshots
from tests.unit.library.helpers import add

WAIT_MS = 30_000


@pytest.fixture
def window(qtbot, api_server, context_for):
    yield from shown_window(qtbot, with_headshots(accept_provider(context_for(api_server))))


def titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_tabs_are_there_but_results_and_library_wait_until_used(window: MainWindow) -> None:
    assert titles(window)[:3] == ["&Create", "&Results", "&Library"]
    pages = window.tab_pages
    assert not pages.results_built() and not pages.library_built()  # the library was listed meanwhile


def test_showing_the_library_builds_it_with_the_listing_that_came_before(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentIndex(2)
    assert window.tab_pages.library_built()
    assert window.tabs.currentWidget() is window.library and window.library.isVisible()
    assert window.library_model.rowCount() == 2  # the listing from start-up, shown at once
    assert titles(window)[:3] == ["&Create", "&Results", "&Library"] and window.tabs.currentIndex() == 2


def test_asking_for_a_panel_builds_it_in_its_tab_without_showing_it(window: MainWindow) -> None:
    results = window.results
    assert isinstance(results, QWidget) and window.tab_pages.results_built()
    assert window.tabs.widget(1).isAncestorOf(results) and window.tabs.currentIndex() == 0
    window.tabs.setCurrentWidget(window.library)  # as before: the Library is the tab's own page
    assert window.tabs.currentIndex() == 2


def test_the_view_shortcut_shows_results_built(window: MainWindow, qtbot) -> None:
    window.actions["tab2"].trigger()
    assert window.tab_pages.results_built() and window.results.isVisible()
    assert window.tabs.currentIndex() == 1


def test_a_library_change_after_it_is_built_is_listed_in_it(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentIndex(2)
    with Library.open(window.context.paths.library_dir) as library:
        add(library, seed=9)
    window.refresh_library()
    qtbot.waitUntil(lambda: window.library_model.rowCount() == 3, timeout=WAIT_MS)


def test_closing_a_window_whose_tabs_were_never_built_builds_nothing(window: MainWindow) -> None:
    window.close()
    assert not window.tab_pages.results_built() and not window.tab_pages.library_built()
