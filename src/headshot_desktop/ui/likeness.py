"""The window's likeness tools: further photos of the person, and the features to keep.

Kept out of ``main_window.py``: ``attach`` wires the photo panel's further photos, the options
panel's "Features to keep" and the results' checklist to the session and the settings.
"""

from __future__ import annotations

from pathlib import Path

from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.i18n import Plural, translate
from headshot_desktop.ui.window_api import WindowApi


def attach(window: WindowApi) -> None:
    strip = window.photo.references
    strip.addRequested.connect(lambda: add_reference(window))
    window.session.referenceImported.connect(lambda original, preview: reference_ready(window, original, preview))
    window.options.keepRequested.connect(lambda: choose_features(window))
    show_features(window)


def add_reference(window: WindowApi) -> None:
    from PySide6.QtWidgets import QFileDialog  # loaded when first opened

    from headshot_desktop.ui.qt_paths import photo_filter

    title = translate("Likeness", "Another photo of you")
    path, _ = QFileDialog.getOpenFileName(window, title, str(Path.home()), photo_filter())
    if path:
        window.photo.set_busy(translate("Likeness", "Reading the further photo and removing its metadata…"))
        window.session.import_photo(Path(path), reference=True)


def reference_ready(window: WindowApi, original: object, preview: object) -> None:
    strip = window.photo.references
    strip.add(original, preview)
    count = len(strip.photos)
    window.photo.set_busy(Plural.tr("%n further photo(s) of you will go with this one, metadata removed.", "", count))


def follow_provider(window: WindowApi) -> None:
    """The chosen provider (and model) says how many further photos it takes."""
    caps = provider_choice.capabilities(window.context, window.provider_id)
    window.photo.references.set_limit(caps.max_reference_photos, window.context.provider_info(window.provider_id).title)


def choose_features(window: WindowApi) -> None:
    from headshot_desktop.ui.dialogs.keep_dialog import KeepDialog

    dialog = KeepDialog(window.context.settings, window)
    if dialog.exec():
        show_features(window)
        window.refresh_estimate()


def show_features(window: WindowApi) -> None:
    from headshot_desktop.ui.keep_summary import summary

    settings = window.context.settings
    window.options.show_keep(*summary(settings))
    if window.tab_pages.results_built():  # else shown once it is built
        window.results.checklist.show_features(settings.keep_features, settings.keep_text)


def attach_results(window: WindowApi) -> None:
    settings = window.context.settings
    window.results.checklist.show_features(settings.keep_features, settings.keep_text)
