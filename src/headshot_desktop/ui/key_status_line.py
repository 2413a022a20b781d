"""The status line's key part. Where the key comes from may take the keyring (D-Bus) to answer: read on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from headshot_desktop.ui.operations import NetworkOp
from headshot_desktop.ui.provider_words import key_status

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from headshot_desktop.app import AppContext

# Marked here, translated where shown: the translator is installed after this module is imported.
LOOKING = QT_TRANSLATE_NOOP("KeyStatusLine", "being looked up…")
NO_ANSWER = QT_TRANSLATE_NOOP("KeyStatusLine", "unknown: the system keyring did not answer")


def show_key_status(label: QLabel, context: AppContext, provider_id: str) -> None:
    """Say in ``label`` whose key the window uses and where it comes from, and where the library is."""
    info = context.provider_info(provider_id)
    folder = str(context.paths.library_dir)

    def line(where: str) -> str:
        key = key_status(info, where)
        return translate("KeyStatusLine", "{key} · Library: {folder}").format(key=key, folder=folder)

    asked = int(label.property("asked") or 0) + 1  # only the latest answer is shown
    label.setProperty("asked", asked)
    if info.key is None:
        label.setText(line(""))
        label.setProperty("provider", provider_id)
        return
    if label.property("provider") != provider_id:  # the same provider's words stay until the new ones come
        label.setText(line(translate("KeyStatusLine", LOOKING)))
        label.setProperty("provider", provider_id)

    def shown(where: str) -> None:
        if label.property("asked") == asked:
            label.setText(line(where))

    secrets, no_answer = context.secrets, translate("KeyStatusLine", NO_ANSWER)
    op = NetworkOp(
        label, lambda _progress, _cancel: secrets.describe(provider_id), failed=no_answer, label="key status"
    )
    op.success(shown).failure(lambda _err: shown(no_answer)).run_in_background()
