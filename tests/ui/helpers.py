"""Small helpers the window's tests share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from headshot_desktop.app import AppContext
from headshot_desktop.providers import registry
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from headshot_desktop.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)


def accept_provider(context: AppContext) -> AppContext:
    """As after the first-run notice: the person accepted the chosen provider's privacy terms."""
    context.settings.privacy_accepted = context.settings.age_confirmed = True
    if context.provider_id not in context.settings.accepted_providers:
        context.settings.accepted_providers.append(context.provider_id)
    return context


def with_headshots(context: AppContext, count: int = 2) -> AppContext:
    """``context`` with a photo in its library and ``count`` headshots made from it."""
    from headshot_desktop.library import Library
    from tests.unit.library.helpers import add, prepared

    with Library.open(context.paths.library_dir) as library:
        photo = library.import_original(prepared(seed=1))
        for seed in range(2, 2 + count):
            add(library, photo.id, seed=seed)
    return context


def shown_window(qtbot: Any, context: AppContext) -> Iterator[MainWindow]:
    """The window on ``context``, shown and exposed; closed when the test is done (``yield from`` it in a fixture)."""
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # The library is opened, listed and scanned on its worker once the window shows: a test starts after that.
    qtbot.waitUntil(lambda: win.background_started and not win.session.runner.active, timeout=10_000)
    yield win
    win.close()


def provider_window(qtbot: Any, context_for: Callable[..., AppContext], server: Any, provider_id: str
                    ) -> Iterator[MainWindow]:  # fmt: skip
    """The window on ``provider_id``, its terms accepted, against the test ``server`` (``yield from`` it)."""
    yield from shown_window(qtbot, accept_provider(context_for(server, **{registry.PROVIDER_ENV: provider_id})))


def export_linkedin_jpeg(window: MainWindow, qtbot: Any, shot: Any, folder: Path) -> Path:
    """``shot`` through the export dialog, as a LinkedIn-sized JPEG into ``folder``: the one file it wrote."""
    dialog = ExportDialog([shot], window.context.settings, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(folder))
    dialog.preset.setCurrentIndex(dialog.preset.findData("linkedin"))
    dialog.format.setCurrentIndex(dialog.format.findData("jpeg"))
    with qtbot.waitSignal(dialog.exported, timeout=20_000):  # written on the library pool
        dialog.accept()
    (written,) = dialog.written
    return written


def when_shown(kind: type[W], steps: Callable[[W], None], errors: list[BaseException]) -> None:
    """Run ``steps`` on the ``kind`` dialog the window is about to open (modal); close it if they fail."""

    def find() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(10, find)
            return
        try:
            steps(shown[0])
        except BaseException as err:  # noqa: BLE001 - reported by the test, once the dialog is closed
            errors.append(err)
            shown[0].close()

    QTimer.singleShot(0, find)
