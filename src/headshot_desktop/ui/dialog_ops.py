"""What a dialog starts off the window's thread: keyring calls (the keyring can sit on D-Bus for seconds) on the
network pool, and saving the settings on the library's pool, in order with every other write.

A dialog opened without a window around it (as its tests do) has no pools to use: it gets a worker of its own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.operations import LibraryOp, NetworkOp, Operation
from headshot_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from headshot_desktop.app import AppContext
    from headshot_desktop.system.secrets import KeySource, SecretStore
    from headshot_desktop.ui.tasks import Task

T = TypeVar("T")
OWN_WORKER = "dialog-worker"


class _OwnWorkerWhenAlone(Operation[T]):
    def run_in_background(self) -> Task:
        try:
            return super().run_in_background()
        except LookupError:  # no window around the dialog
            return _own_worker(self.parent).submit(self._run, label=self.label, on_done=self._succeeded,
                                                   on_error=self._failed_with, on_progress=self._progress)  # fmt: skip


class KeyringOp(_OwnWorkerWhenAlone[T], NetworkOp[T]):
    """A keyring call: on the network pool of the dialog's window."""


class SettingsOp(_OwnWorkerWhenAlone[T], LibraryOp[T]):
    """A write of the app's own files (settings, styles): on the library's pool of the dialog's window."""


def _own_worker(widget: QWidget) -> TaskRunner:
    runner = widget.findChild(TaskRunner, OWN_WORKER, Qt.FindChildOption.FindDirectChildrenOnly)
    if runner is None:
        runner = TaskRunner(max_workers=1, parent=widget)
        runner.setObjectName(OWN_WORKER)
    return runner


@dataclass(frozen=True)
class KeyState:
    """Where a provider's key comes from, and whether a keyring answers (``None``: not asked this time)."""

    source: KeySource
    keyring_available: bool | None = None


def read_state(secrets: SecretStore, provider_id: str, *, ask_keyring: bool) -> KeyState:
    """On a worker: the key's source, and whether there is a keyring when ``ask_keyring``."""
    available = secrets.keyring_available() if ask_keyring else None
    return KeyState(secrets.source(provider_id), available)


def save_settings(widget: QWidget, context: AppContext) -> Task:
    """Write the settings as they are now, on a worker: a copy goes, so the window may change them meanwhile."""
    settings, store = copy.deepcopy(context.settings), context.settings_store
    failed = translate("DialogOps", "The settings could not be saved.")
    return SettingsOp(widget, lambda _progress, _cancel: store.save(settings), failed=failed,
                      label="save settings").run_in_background()  # fmt: skip
