"""The Results and Library tabs, built the first time they are shown or used, not before the window's first paint.

Until then each tab holds an empty page (its button is there); the panels' modules, their Qt classes and their
layout cost nothing at start-up. Building one puts the real page in the placeholder's place, so
``window.tabs.setCurrentWidget(window.library)`` works as before. What the session says while a tab is not built
is kept for it: the last library listing and the library being watched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QScrollArea, QSplitter, QTabWidget, QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Library, Original
    from headshot_desktop.ui.models.library_model import LibraryModel
    from headshot_desktop.ui.panels.jobs_panel import JobsPanel
    from headshot_desktop.ui.panels.library_panel import LibraryPanel
    from headshot_desktop.ui.panels.results_panel import ResultsPanel
    from headshot_desktop.ui.window_api import WindowApi

# Marked here, translated when a tab is titled: the translator is installed after this module is imported.
RESULTS_TITLE = QT_TRANSLATE_NOOP("TabPages", "&Results")
LIBRARY_TITLE = QT_TRANSLATE_NOOP("TabPages", "&Library")


def tab_title(marked: str) -> str:
    """``RESULTS_TITLE`` or ``LIBRARY_TITLE`` in the person's language."""
    return translate("TabPages", marked)


class TabPages:
    def __init__(self, window: WindowApi, tabs: QTabWidget) -> None:
        self._window = window
        self._tabs = tabs
        self.results_placeholder, self.library_placeholder = QWidget(), QWidget()
        self._results: ResultsPanel | None = None
        self._jobs: JobsPanel | None = None
        self._library: LibraryPanel | None = None
        self._library_model: LibraryModel | None = None
        self._listing: tuple[list[Original], list[Headshot]] | None = None  # the last, for a Library built later
        self._watched: Library | None = None
        tabs.currentChanged.connect(self._shown)

    # -- the panels, built on first use ----------------------------------------------------------
    def results(self) -> ResultsPanel:
        if self._results is None:
            self._build_results()
        assert self._results is not None
        return self._results

    def jobs(self) -> JobsPanel:
        if self._jobs is None:
            self._build_results()
        assert self._jobs is not None
        return self._jobs

    def library(self) -> LibraryPanel:
        if self._library is None:
            self._build_library()
        assert self._library is not None
        return self._library

    def library_model(self) -> LibraryModel:
        if self._library_model is None:
            self._build_library()
        assert self._library_model is not None
        return self._library_model

    def results_built(self) -> bool:
        return self._results is not None

    def library_built(self) -> bool:
        return self._library is not None

    # -- what the session says meanwhile -------------------------------------------------------------
    def show_listing(self, originals: list[Original], headshots: list[Headshot]) -> None:
        self._listing = (originals, headshots)
        if self._library is not None:
            self._library.show_library(originals, headshots)

    def watch(self, library: Library) -> None:
        self._watched = library
        if self._library is not None:
            self._library.watch(library)

    def stop_watching(self) -> None:
        self._watched = None
        if self._library is not None:
            self._library.stop_watching()

    # -- building ----------------------------------------------------------------------------------
    def _shown(self, index: int) -> None:
        page = self._tabs.widget(index)
        if page is self.results_placeholder:
            self._build_results()
        elif page is self.library_placeholder:
            self._build_library()

    def _build_results(self) -> None:
        from headshot_desktop.ui.panels.jobs_panel import JobsPanel
        from headshot_desktop.ui.panels.results_panel import ResultsPanel

        self._results, self._jobs = ResultsPanel(), JobsPanel()
        jobs_scroll = QScrollArea()
        jobs_scroll.setWidgetResizable(True)
        jobs_scroll.setWidget(self._jobs)
        jobs_scroll.setMinimumWidth(260)
        page = QSplitter()
        page.addWidget(self._results)
        page.addWidget(jobs_scroll)
        page.setStretchFactor(0, 1)
        page.setSizes([860, 300])
        self._replace(self.results_placeholder, page, RESULTS_TITLE)
        _wire_results(self._window)

    def _build_library(self) -> None:
        from headshot_desktop.library import ThumbnailCache
        from headshot_desktop.ui.models.library_model import LibraryModel
        from headshot_desktop.ui.panels.library_panel import LibraryPanel

        window = self._window
        self._library_model = LibraryModel(ThumbnailCache(window.context.paths.thumbnails_dir), window)  # type: ignore[arg-type]
        self._library = LibraryPanel(self._library_model)
        self._replace(self.library_placeholder, self._library, LIBRARY_TITLE)
        if self._listing is not None:
            self._library.show_library(*self._listing)
        if self._watched is not None:
            self._library.watch(self._watched)
        _wire_library(window)

    def _replace(self, placeholder: QWidget, page: QWidget, title: str) -> None:
        """The real page where the empty one was, the same tab shown as before (the one being shown, maybe)."""
        tabs = self._tabs
        index, current = tabs.indexOf(placeholder), tabs.currentIndex()
        blocked = tabs.blockSignals(True)  # the tab shown does not change: nothing to tell
        try:
            tabs.removeTab(index)
            tabs.insertTab(index, page, tab_title(title))
            tabs.setCurrentIndex(current)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()

    def shutdown(self) -> None:
        """Before the window closes (or forgets everything): the built panels stop their watchers and workers."""
        self.stop_watching()
        if self._library_model is not None:
            self._library_model.shutdown()


def _wire_results(window: WindowApi) -> None:
    """What Results' buttons ask the window and the tools for."""
    from headshot_desktop.ui import generating, likeness, refining, results_actions, reveal

    results = window.results
    results.exportRequested.connect(window.export_headshots)  # type: ignore[attr-defined]
    results.deleteRequested.connect(window.delete_headshots)  # type: ignore[attr-defined]
    results.revealRequested.connect(lambda h: reveal.reveal(window, h.path))
    results.keepRequested.connect(window.keep_headshots)  # type: ignore[attr-defined]
    for tools in (likeness, refining, generating, results_actions):
        tools.attach_results(window)


def _wire_library(window: WindowApi) -> None:
    """What the Library's buttons ask the window and the tools for."""
    from headshot_desktop.ui import library_tools, results_actions, reveal

    library = window.library
    library.exportRequested.connect(window.export_headshots)  # type: ignore[attr-defined]
    library.deleteRequested.connect(window.delete_headshots)  # type: ignore[attr-defined]
    library.revealRequested.connect(lambda h: reveal.reveal(window, h.path))
    library.openRequested.connect(window.open_in_results)  # type: ignore[attr-defined]
    library.rescanRequested.connect(window.session.rescan)
    for tools in (library_tools, results_actions):
        tools.attach_library(window)
