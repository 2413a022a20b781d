"""The main window: Create (photo, style, options), Results (compare, export), Library."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication, QIcon, QImage, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop import APP_NAME
from headshot_desktop.app import AppContext
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui import (
    actions,
    comparing,
    estimate_line,
    generating,
    library_tools,
    likeness,
    provider_choice,
    results_actions,
)
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import error_text, translate
from headshot_desktop.ui.key_status_line import show_first_words, show_key_status  # the keyring: on a worker
from headshot_desktop.ui.models.style_model import StyleModel
from headshot_desktop.ui.panels.options_panel import OptionsPanel
from headshot_desktop.ui.panels.photo_panel import PhotoPanel
from headshot_desktop.ui.provider_words import where_photos_go
from headshot_desktop.ui.qt_settings import place_window
from headshot_desktop.ui.resources import app_icon
from headshot_desktop.ui.session import Session
from headshot_desktop.ui.tab_pages import LIBRARY_TITLE, RESULTS_TITLE, TabPages, tab_title
from headshot_desktop.ui.team import tab as team_tab
from headshot_desktop.ui.widgets.style_gallery import StyleGallery

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Library, Original
    from headshot_desktop.ui.job import Job
    from headshot_desktop.ui.models.library_model import LibraryModel
    from headshot_desktop.ui.panels.jobs_panel import JobsPanel
    from headshot_desktop.ui.panels.library_panel import LibraryPanel
    from headshot_desktop.ui.panels.results_panel import ResultsPanel

log = logging.getLogger(__name__)

REFRESH_COALESCE_MS = 100


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, session: Session | None = None) -> None:
        super().__init__()
        self.context = context
        self.session = session or Session(context, parent=self)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.resize(1180, 760)
        self.original: Original | None = None
        # The provider this window uses; an unusable saved or given one falls back to the default, said once shown.
        self.provider_id, provider_problem = provider_choice.starting_provider(context)
        self._erased = False  # set by "Delete all my data": nothing may be written after it
        self._library_problem: str | None = None  # the last one shown, so a refresh does not repeat it
        # Finished imports and runs arrive in bursts; one library refresh serves a burst.
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_COALESCE_MS)
        self._refresh_timer.timeout.connect(self._refresh_library_now)

        self.photo = PhotoPanel()
        self.styles = StyleModel(context.styles, self)
        self.gallery = StyleGallery(self.styles)
        self.options = OptionsPanel(context.settings, provider_choice.choices(context))
        self.drop_zone = self.photo.drop_zone
        self.tabs = QTabWidget()
        self.tab_pages = TabPages(self, self.tabs)  # Results and Library: built when first shown or used
        self._build_layout()
        self._connect()
        self.actions = actions.install(self)
        place_window(self, context.settings.window_geometry)
        self.background_started = False  # the library, the key and the price: asked for once the window shows
        self._show_provider()
        self.gallery.select_style(context.settings.extra.get("last_style", "corporate-grey"))
        self._painted = False
        if provider_problem is not None:
            QTimer.singleShot(0, lambda: show_error(self, provider_problem))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After the first frame: the workers' imports and disk work would otherwise hold Python's lock
            # while the window is laid out and painted (a timer at show time ran before the paint). Two turns
            # later, so the repaint the first frame asks for (rich-text labels lay themselves out as they
            # paint) is done first too: with one turn it ran while three new workers took the lock.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._start_background))

    def _start_background(self) -> None:
        self.background_started = True
        self.session.prepare_estimates(self.provider_id)
        self.refresh_estimate()
        self._refresh_library_now()  # what the index knows
        self.session.rescan()  # then what changed in the folder; both on workers
        self._show_key_status()

    # -- layout ------------------------------------------------------------------
    def _build_layout(self) -> None:
        # Permanent: a transient message (a menu item's tip) shows beside it instead of wiping it.
        self.status_line = QLabel()
        self.status_line.setAccessibleName(translate("MainWindow", "API key and library"))
        show_first_words(self.status_line, self.context, self.provider_id)  # the keyring is asked once shown
        self.statusBar().addPermanentWidget(self.status_line, 1)
        column = QWidget()
        left_layout = QVBoxLayout(column)
        left_layout.addWidget(self.photo, 1)
        left_layout.addWidget(self.options)
        left = QScrollArea()  # on a short screen with every option open, it scrolls instead of growing
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left.setWidget(column)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(QLabel(translate("MainWindow", "<h3>2 · Style</h3>")))
        middle_layout.addWidget(self.gallery, 1)
        create = QSplitter()
        create.addWidget(left)
        create.addWidget(middle)
        create.setStretchFactor(1, 1)
        create.setSizes([340, 820])

        self.tabs.addTab(create, translate("MainWindow", "&Create"))
        self.tabs.addTab(self.tab_pages.results_placeholder, tab_title(RESULTS_TITLE))
        self.tabs.addTab(self.tab_pages.library_placeholder, tab_title(LIBRARY_TITLE))
        self.tabs.setDocumentMode(True)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        s, p = self.session, self.photo
        for signal, slot in ((p.openRequested, self.open_photo), (p.pasteRequested, self.paste_photo),
                             (p.cameraRequested, self.open_camera), (s.photoImported, self._photo_ready)):  # fmt: skip
            signal.connect(slot)
        p.filesDropped.connect(lambda paths: self.import_source(paths[0]))
        p.imageDropped.connect(lambda image: self.import_image(image, "dropped image"))
        self.gallery.styleChosen.connect(lambda _style: self.refresh_estimate())
        self.options.changed.connect(self.refresh_estimate)
        self.options.providerRequested.connect(self.choose_provider)
        self.options.generateRequested.connect(self.generate)
        s.importFailed.connect(self._import_failed)
        # Tools wired in their own modules; what they wire to Results or the Library, once that is built.
        for tools in (likeness, comparing, library_tools, generating, results_actions, team_tab):
            tools.attach(self)
        s.previewArrived.connect(lambda job, i, image: self.results.show_preview(job.id, i, image, job.style.name))
        s.jobFinished.connect(self._job_finished)
        s.libraryChanged.connect(self.refresh_library)
        s.libraryListed.connect(self.tab_pages.show_listing)
        s.libraryOpened.connect(self._library_opened)
        s.libraryListed.connect(lambda _originals, _headshots: self._library_listed())
        s.libraryFailed.connect(self._library_failed)
        s.libraryNotice.connect(lambda text: self.statusBar().showMessage(text, 20000))

    # -- Results and Library, built on first use (ui/tab_pages.py) ---------------------------------
    @property
    def results(self) -> ResultsPanel:
        return self.tab_pages.results()

    @property
    def jobs(self) -> JobsPanel:
        return self.tab_pages.jobs()

    @property
    def library(self) -> LibraryPanel:
        return self.tab_pages.library()

    @property
    def library_model(self) -> LibraryModel:
        return self.tab_pages.library_model()

    # -- photo in ---------------------------------------------------------------
    def open_photo(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # the dialog's Qt types: loaded when first opened

        from headshot_desktop.ui.qt_paths import photo_filter

        name, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open a selfie"), str(Path.home()),
                                              photo_filter())  # fmt: skip
        if name:
            self.import_source(Path(name))

    def paste_photo(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime else []
        if files:
            self.import_source(files[0])
        elif mime is not None and mime.hasImage():
            self.import_image(QImage(mime.imageData()), "pasted image")
        else:
            self.photo.show_error(
                translate("MainWindow", "The clipboard holds no image. Copy a photo first, then paste.")
            )

    def open_camera(self) -> None:
        from headshot_desktop.ui.dialogs.camera import CameraDialog  # Qt Multimedia loads when a camera is wanted

        dialog = CameraDialog(self)
        dialog.photoTaken.connect(lambda image: self.import_source(image, "camera photo"))  # stored: not translated
        dialog.offer_instead(self.open_photo, self.paste_photo)  # no camera: open or paste a photo instead
        dialog.open()

    def import_image(self, image: QImage, name: str) -> None:
        self.import_source(image, name)  # encoded as PNG on the worker

    def import_source(self, source: Path | bytes | QImage, name: str | None = None) -> None:
        self.photo.set_busy(translate("MainWindow", "Reading the photo and removing its metadata…"))
        self.session.import_photo(source, name)

    def _photo_ready(self, original: Original, preview: QImage) -> None:
        self.original = original
        self.photo.show_original(original, preview)
        self.results.set_before(preview)
        self.refresh_estimate()

    def _import_failed(self, err: HeadshotError) -> None:
        self.photo.show_error(error_text(err))

    # -- the provider -------------------------------------------------------------------
    def choose_provider(self, provider_id: str) -> bool:
        """Switch to ``provider_id``, once the person has accepted its privacy notice; False if they did not."""
        if provider_id == self.provider_id:
            return True
        if not provider_choice.ask_consent(self, self.context, provider_id):
            return False
        self.options.remember(self.context.settings)  # the old provider's options are kept for it
        provider_choice.use(self.context, provider_id)
        self.provider_id = provider_id
        self._show_provider()
        self.refresh_estimate()
        self._show_key_status()
        return True

    def _show_provider(self) -> None:
        """The options panel shows only what the provider offers, and where the photo goes."""
        caps = provider_choice.capabilities(self.context, self.provider_id)
        self.options.set_provider(self.provider_id, caps, self.context.settings)
        self.options.show_privacy(where_photos_go(self.context.provider_info(self.provider_id)))
        likeness.follow_provider(self)
        if self.background_started:  # at start, once the window has painted (its worker would slow the paint)
            self.session.prepare_estimates(self.provider_id)  # off this thread, before the first price is shown

    # -- generate ----------------------------------------------------------------------
    def current_style(self) -> Style | None:
        return self.gallery.current_style()

    def refresh_estimate(self) -> None:
        estimate_line.refresh(self)  # the model and the price, priced on a worker

    def generate(self) -> None:
        generating.generate(self)  # the key looked up first, and a question before the same paid run twice

    def _job_finished(self, job: Job) -> None:
        results_actions.job_finished(self, job)

    # -- headshots -------------------------------------------------------------------------
    def export_headshots(self, headshots: list[Headshot]) -> None:
        from headshot_desktop.ui import refining
        from headshot_desktop.ui.dialogs.export_dialog import ExportDialog

        if not headshots:
            return
        dialog = ExportDialog(headshots, self.context.settings, self, pending=self.context.pending)
        # "Final in high detail" when a size needs more pixels: asked (with its cost) once the dialog has closed.
        refining.wire_export(self, dialog)
        if dialog.exec() or dialog.written:  # a cancel after a partial export still says what was written
            dialog.save_choices(self.context)  # the settings file written on the library pool
            self.statusBar().showMessage(dialog.summary(), 15000)

    def delete_headshots(self, headshots: list[Headshot]) -> None:
        results_actions.delete_headshots(self, headshots)

    def keep_headshots(self, headshots: list[Headshot], kept: bool) -> None:
        results_actions.keep_headshots(self, headshots, kept)

    def open_in_results(self, headshot: Headshot) -> None:
        results_actions.open_in_results(self, headshot)

    def refresh_library(self) -> None:
        self._refresh_timer.start()

    def reload_library(self) -> None:
        """Read the folder again, e.g. once its drive is connected; a problem is reported again."""
        self._library_problem = None
        self.session.rescan()

    def _refresh_library_now(self) -> None:
        if not self._erased:
            self.session.list_library()  # opened, if need be, and listed on the library's worker

    def _library_opened(self, library: Library) -> None:
        self.tab_pages.watch(library)

    def _library_listed(self) -> None:
        self._library_problem = None  # the next problem is news again

    def _library_failed(self, err: HeadshotError) -> None:
        if err.message != self._library_problem:  # a refresh does not repeat the same box
            self._library_problem = err.message
            show_error(self, err, open_settings=self.open_settings)

    # -- dialogs --------------------------------------------------------------------------
    def open_settings(self) -> None:
        from headshot_desktop.ui import library_move, settings_flow

        dialog = settings_flow.settings_dialog(self)  # the key test and the model list run on workers
        if dialog.exec():
            actions.apply_appearance(self)
            self.options.remember(self.context.settings)  # before the panel is rebuilt for the provider
            self.provider_id = dialog.provider_id
            self._show_provider()  # the provider, or its model (and so its options), may have changed
            self.refresh_estimate()
            library_move.change_library(self, dialog.chosen_library(), then=self._show_key_status)  # asks first
        settings_flow.settle(dialog)
        self._show_key_status()

    def maybe_first_run(self) -> None:
        from headshot_desktop.ui import settings_flow
        from headshot_desktop.ui.dialogs.first_run import needs_first_run

        if needs_first_run(self.context):
            wizard = settings_flow.first_run_wizard(self)
            wizard.exec()
            settings_flow.settle(wizard)
            self._show_key_status()

    def _show_key_status(self) -> None:
        show_key_status(self.status_line, self.context, self.provider_id)

    # -- window state ---------------------------------------------------------------------
    def forget_everything(self) -> None:
        """Before "Delete all my data": stop every worker and watcher, release the library, save nothing."""
        self._erased = True
        self.tab_pages.stop_watching()
        self.session.shutdown()
        self.tab_pages.shutdown()
        self.context.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.tab_pages.stop_watching()
        self.session.cancel_all()
        # First the workers stop, so a save queued on the library pool cannot land after this last, fuller one.
        self.session.shutdown()
        if not self._erased:
            self.options.remember(self.context.settings)
            self.context.settings.window_geometry = bytes(self.saveGeometry().toBase64()).decode("ascii")
            try:
                self.context.save_settings()
            except OSError:
                log.warning("could not save the window position", exc_info=True)
        self.tab_pages.shutdown()
        super().closeEvent(event)


__all__ = ["MainWindow", "QIcon", "Qt"]
