"""The status line's key part. Where the key comes from may take the keyring (D-Bus) to answer: read on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from headshot_desktop.ui.operations import NetworkOp
from headshot_desktop.ui.provider_words import key_status

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from headshot_desktop.app import AppContext
    from headshot_desktop.providers.base import ProviderInfo

# Marked here, translated where shown: the translator is installed after this module is imported.
LOOKING = QT_TRANSLATE_NOOP("KeyStatusLine", "being looked up…")
NO_ANSWER = QT_TRANSLATE_NOOP("KeyStatusLine", "unknown: the system keyring did not answer")


def _line(context: AppContext, info: ProviderInfo, where: str) -> str:
    key = key_status(info, where)
    return translate("KeyStatusLine", "{key} · Library: {folder}").format(
        key=key, folder=str(context.paths.library_dir)
    )


def show_first_words(label: QLabel, context: AppContext, provider_id: str) -> None:
    """What the line says before the keyring has answered: set as the window is built, so the answer, when it
    comes, changes only the words (not the line's height, which would lay the window out again)."""
    info = context.provider_info(provider_id)
    if label.property("provider") != provider_id:  # the same provider's words stay until the new ones come
        label.setText(_line(context, info, "" if info.key is None else translate("KeyStatusLine", LOOKING)))
        label.setProperty("provider", provider_id)


def show_key_status(label: QLabel, context: AppContext, provider_id: str) -> None:
    """Say in ``label`` whose key the window uses and where it comes from, and where the library is."""
    info = context.provider_info(provider_id)
    asked = int(label.property("asked") or 0) + 1  # only the latest answer is shown
    label.setProperty("asked", asked)
    if info.key is None:
        label.setText(_line(context, info, ""))
        label.setProperty("provider", provider_id)
        return
    show_first_words(label, context, provider_id)

    def shown(where: str) -> None:
        if label.property("asked") == asked:
            label.setText(_line(context, info, where))

    secrets, no_answer = context.secrets, translate("KeyStatusLine", NO_ANSWER)
    op = NetworkOp(
        label, lambda _progress, _cancel: secrets.describe(provider_id), failed=no_answer, label="key status"
    )
    op.success(shown).failure(lambda _err: shown(no_answer)).run_in_background()
