"""The status line's key part. Where the key comes from may take the keyring (D-Bus) to answer: read on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.operations import NetworkOp
from headshot_desktop.ui.provider_words import key_status

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from headshot_desktop.app import AppContext

LOOKING = "being looked up…"
NO_ANSWER = "unknown: the system keyring did not answer"


def show_key_status(label: QLabel, context: AppContext, provider_id: str) -> None:
    """Say in ``label`` whose key the window uses and where it comes from, and where the library is."""
    info = context.provider_info(provider_id)
    library = f" · Library: {context.paths.library_dir}"
    asked = int(label.property("asked") or 0) + 1  # only the latest answer is shown
    label.setProperty("asked", asked)
    if info.key is None:
        label.setText(f"{key_status(info, '')}{library}")
        label.setProperty("provider", provider_id)
        return
    if label.property("provider") != provider_id:  # the same provider's words stay until the new ones come
        label.setText(f"{key_status(info, LOOKING)}{library}")
        label.setProperty("provider", provider_id)

    def shown(where: str) -> None:
        if label.property("asked") == asked:
            label.setText(f"{key_status(info, where)}{library}")

    secrets = context.secrets
    op = NetworkOp(
        label, lambda _progress, _cancel: secrets.describe(provider_id), failed=NO_ANSWER, label="key status"
    )
    op.success(shown).failure(lambda _err: shown(NO_ANSWER)).run_in_background()
