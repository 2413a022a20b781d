"""Show in folder: the file manager is started on a worker, and a failure is said in the window.

Starting it waits a moment for the opener's answer (see ``system.desktop_open``), which
the window's thread must not do; and without a file manager nothing would appear at all,
so the reason, naming the folder, is shown instead of silence.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.operations import NetworkOp

if TYPE_CHECKING:
    from headshot_desktop.ui.window_api import WindowApi

log = logging.getLogger(__name__)


def reveal(window: WindowApi, path: Path) -> None:
    """Show ``path`` in its folder; if that fails, say why in the window."""

    sentence = translate("Reveal", "The folder {folder} could not be shown.").format(folder=path.parent)

    def failed(err: BaseException) -> None:  # the default box, with the one thing the person can still do
        if not isinstance(err, HeadshotError):
            log.error("showing a file in its folder failed", exc_info=err)
            err = HeadshotError(sentence, hint=translate("Reveal", "Open that folder in your file manager yourself."))
        show_error(window, err)  # type: ignore[arg-type]

    def run(_progress: object, _cancel: object) -> bool:
        from headshot_desktop.system import desktop_open  # subprocess and the rest, on the worker, when first asked

        return desktop_open.reveal_in_folder(path)

    # The network pool: the opener is a wait on the outside world, not the library's.
    NetworkOp(window, run, failed=sentence, label="show in folder").failure(failed).run_in_background()  # type: ignore[arg-type]
