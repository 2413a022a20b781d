"""Privacy & data in the window: export everything as one zip, or delete everything."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library import delete_all, export_all
from headshot_desktop.library.trash import find_trashed
from headshot_desktop.ui.errors import show_error

if TYPE_CHECKING:
    from headshot_desktop.ui.window_api import WindowApi


def export_all_data(window: WindowApi) -> Path | None:
    start = Path(platformdirs.user_documents_dir()) / "Headshot Desktop data.zip"
    name, _ = QFileDialog.getSaveFileName(window, "Export all my data", str(start), "Zip archive (*.zip)")
    if not name:
        return None
    try:
        report = export_all(window.context.library(), Path(name), overwrite=True, pending=window.context.pending)
    except HeadshotError as err:
        show_error(window, err)
        return None
    QMessageBox.information(
        window,
        "Export complete",
        f"Saved {report.originals} original(s), {report.headshots} headshot(s) and metadata.json to\n{report.path}",
    )
    return report.path


def delete_all_data(window: WindowApi, settings_dialog: QDialog | None = None) -> bool:
    answer = QMessageBox.warning(
        window,
        "Delete all my data?",
        "This deletes every original and headshot in the library, the thumbnails, logs, settings and the "
        "API keys stored in the system keyring. It cannot be undone.",
        QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Yes,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    empty_trash = _empty_the_trash_too(window)
    window.session.cancel_all()
    window.forget_everything()  # from here on the window writes nothing, not even its position
    if settings_dialog is not None:
        settings_dialog.reject()
    try:
        report = delete_all(
            window.context.paths, window.context.secrets, confirm=True,
            library_must_exist=window.context.library_must_exist, providers=window.context.key_providers(),
            empty_trash=empty_trash,
        )  # fmt: skip
    except HeadshotError as err:  # another window or command has the library open: nothing was deleted
        QMessageBox.warning(window, "Nothing was deleted", err.user_text() + "\n\nHeadshot Desktop will close now.")
        window.close()
        return False
    QMessageBox.information(window, "Your data was deleted", report.summary() + "\n\nHeadshot Desktop will close now.")
    window.close()
    return report.complete


def _empty_the_trash_too(window: WindowApi) -> bool:
    """When what the person deleted in the app is still in the system trash, ask whether that goes too."""
    copies = find_trashed(window.context.paths.library_dir)
    if not copies:
        return False
    box = QMessageBox(QMessageBox.Icon.Question, "Empty these from the trash too?",
                      f"{len(copies)} photo(s) and headshot(s) you deleted in Headshot Desktop earlier are still in "
                      "the system trash.", parent=window)  # fmt: skip
    box.setInformativeText("Remove them from the trash as well? Only these files go; everything else in the trash "
                           "stays.")  # fmt: skip
    remove = box.addButton("Remove from the trash", QMessageBox.ButtonRole.YesRole)
    box.addButton("Keep them in the trash", QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(remove)
    box.exec()
    return box.clickedButton() is remove
