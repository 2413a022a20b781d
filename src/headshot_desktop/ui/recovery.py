"""At start-up: say which damaged files were set aside, and offer to bring kept headshots home.

Headshots that were paid for but could not be stored in the library (a full disk,
an unplugged drive) wait in the recovery folder. Reading and moving them touches
the disk, so both run on the window's worker pool.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library.recovery import RecoveryBox, spare_folder

if TYPE_CHECKING:
    from headshot_desktop.ui.window_api import WindowApi


def show_notices(window: WindowApi) -> None:
    notices = list(window.context.notices)
    if notices:
        QMessageBox.warning(window, "Some settings were damaged", "\n\n".join(notices))


def offer_recovery(window: WindowApi) -> None:
    """Ask to move kept headshots into the library, if there are any."""
    box = RecoveryBox(window.context.paths.recovery_dir, spare_folder())

    def counted(count: int) -> None:
        if not count:
            return
        answer = QMessageBox.question(
            window,
            "Headshots kept aside",
            f"{count} headshot(s) you paid for were kept in {box.folder}, because the library could not take "
            "them at the time. Move them into the library now?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            recover(window)

    window.session.runner.submit(lambda _p, _c: len(box.items()), label="recovery check", on_done=counted,
                                 on_error=lambda _err: None)  # fmt: skip


def recover(window: WindowApi) -> None:
    box = RecoveryBox(window.context.paths.recovery_dir, spare_folder())

    def moved(outcome: tuple[list, list[str]]) -> None:
        added, problems = outcome
        text = f"Moved {len(added)} headshot(s) into the library."
        if problems:
            text += "\n\nThese could not be moved yet:\n" + "\n".join(problems)
        QMessageBox.information(window, "Kept headshots", text)
        window.refresh_library()

    def failed(err: BaseException) -> None:
        text = err.user_text() if isinstance(err, HeadshotError) else str(err)
        QMessageBox.warning(window, "Kept headshots", text)

    window.session.runner.submit(lambda _p, _c: box.move_into(window.context.library()), label="recover",
                                 on_done=moved, on_error=failed)  # fmt: skip
