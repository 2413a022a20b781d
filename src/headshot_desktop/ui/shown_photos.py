"""The photos on the Create page stay in the library while they are shown.

With Settings ▸ Originals "Move to the trash after generating", retention would otherwise move the
photo out from under the person right after its first run, and the next Generate would fail
because the file is gone. So the photo and its further photos are held (``context.in_use``, as a
queued run holds its photos) from the moment they are shown until the person opens another one;
then retention runs again, on a worker, and moves what it no longer needs to the trash. Quitting
lets go of everything: the retention pass at the next start moves what is due.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from headshot_desktop.ui import retention
from headshot_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from headshot_desktop.library import Original


class ShownPhotos(QObject):
    def __init__(self, window: WindowApi) -> None:
        super().__init__(window)  # type: ignore[call-arg, arg-type]
        self._window = window
        self._main: Original | None = None
        self.held: tuple[Original, ...] = ()

    def show_main(self, original: Original) -> None:
        self._main = original
        self.update()

    def update(self) -> None:
        """Hold what is shown now, let go of what no longer is, and apply retention if anything was let go."""
        shown = ((self._main,) if self._main is not None else ()) + tuple(self._window.photo.references.originals())
        in_use = self._window.context.in_use
        in_use.reserve(shown)  # before the release: a photo still shown is never free for a moment
        in_use.release(self.held)
        freed = {o.id for o in self.held} - {o.id for o in shown}
        self.held = shown
        if freed:
            retention.apply_retention(self._window)


def attach(window: WindowApi) -> ShownPhotos:
    holder = ShownPhotos(window)
    window.session.photoImported.connect(lambda original, _preview: holder.show_main(original))
    window.photo.references.changed.connect(holder.update)
    return holder
