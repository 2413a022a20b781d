"""At start-up: say which damaged files were set aside, and offer to bring kept headshots home.

Headshots that were paid for but could not be stored in the library (a full disk,
an unplugged drive) wait in the recovery folder. Reading and moving them touches
the disk, so both run on the library pool; a failure is said in the window's error box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from headshot_desktop.ui.i18n import Plural, shown, translate
from headshot_desktop.ui.operations import LibraryOp

if TYPE_CHECKING:
    from pathlib import Path

    from headshot_desktop.library.recovery import RecoveryBox
    from headshot_desktop.ui.window_api import WindowApi


def show_notices(window: WindowApi) -> None:
    notices = list(window.context.notices)
    if notices:
        QMessageBox.warning(window, translate("Recovery", "Some settings were damaged"),
                            "\n\n".join(shown(notice) for notice in notices))  # fmt: skip


def offer_recovery(window: WindowApi) -> None:
    """Ask to move kept headshots into the library, if there are any."""

    def counted(found: tuple[int, Path]) -> None:
        count, folder = found
        if not count:
            return
        kept = Plural.tr("%n headshot(s) you paid for were kept in {folder}, because the library could not take "
                         "them at the time. Move them into the library now?", "", count)  # fmt: skip
        answer = QMessageBox.question(
            window,
            translate("Recovery", "Headshots kept aside"),
            kept.format(folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            recover(window)

    def count(_progress: object, _cancel: object) -> tuple[int, Path]:
        box = _recovery_box(window)
        return len(box.items()), box.folder

    failed = translate("Recovery", "The headshots kept aside could not be counted.")
    LibraryOp(window, count, failed=failed, label="recovery check").success(counted).run_in_background()  # type: ignore[arg-type]


def recover(window: WindowApi) -> None:
    """Move the kept headshots into the library, on the library pool, then say how many went."""

    def moved(outcome: tuple[list, list[str]]) -> None:
        added, problems = outcome
        text = Plural.tr("Moved %n headshot(s) into the library.", "", len(added))
        if problems:
            listed = "\n".join(shown(problem) for problem in problems)
            text += "\n\n" + translate("Recovery", "These could not be moved yet:\n{problems}").format(problems=listed)
        QMessageBox.information(window, translate("Recovery", "Kept headshots"), text)
        window.refresh_library()

    def move(_progress: object, _cancel: object) -> tuple[list, list[str]]:
        return _recovery_box(window).move_into(window.context.library())

    failed = translate("Recovery", "The kept headshots could not be moved into the library.")
    LibraryOp(window, move, failed=failed, label="recover").success(moved).run_in_background()  # type: ignore[arg-type]


def _recovery_box(window: WindowApi) -> RecoveryBox:
    """The recovery folder, and the spare one beside it (on a worker: the library's modules load with it)."""
    from headshot_desktop.library.recovery import RecoveryBox, spare_folder

    return RecoveryBox(window.context.paths.recovery_dir, spare_folder())
