"""The key editor while the keyring is slow to answer: it says so, keeps what is typed, and takes only fresh answers.

The keyring here is a stand-in whose every call waits until the test lets it answer, as GNOME Keyring does while
it asks to be unlocked.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import keyring.errors
import pytest

from headshot_desktop.app import build_context
from headshot_desktop.providers import registry
from headshot_desktop.system.secrets import KeySource, SecretStore
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.widgets.key_editor import KeyEditor
from tests.ui.test_dialogs import key_answered

DEFAULT = registry.DEFAULT_PROVIDER


class SlowKeyring:
    """Answers once ``answer`` is set; ``refuse_to_store``: it is locked for writing."""

    priority = 1

    def __init__(self) -> None:
        self.answer = threading.Event()
        self.stored: dict[str, str] = {}
        self.refuse_to_store = False

    def get_password(self, _service: str, user: str) -> str | None:
        self.answer.wait(30)
        return self.stored.get(user)

    def set_password(self, _service: str, user: str, password: str) -> None:
        self.answer.wait(30)
        if self.refuse_to_store:
            raise keyring.errors.KeyringLocked("locked")
        self.stored[user] = password

    def delete_password(self, _service: str, user: str) -> None:
        self.answer.wait(30)
        del self.stored[user]


@pytest.fixture
def slow() -> Iterator[SlowKeyring]:
    backend = SlowKeyring()
    yield backend
    backend.answer.set()  # no worker is left waiting


@pytest.fixture
def editor(qtbot, home, slow: SlowKeyring) -> Iterator[KeyEditor]:
    context = build_context(environ={}, log_to_file=False)
    context.secrets = SecretStore(environ={}, backend=slow, env_vars=context.secrets.env_vars)  # type: ignore[arg-type]
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog.key_editor  # the dialog stays referenced until the test ends


def test_it_says_checking_until_the_keyring_answers_and_keeps_a_typed_key(editor: KeyEditor, qtbot, slow) -> None:
    assert editor.checking and "Checking where the key is kept" in editor.status.text()
    assert not editor.remove_button.isVisible() and not editor.test_button.isEnabled()
    editor.field.setText("sk-typed-while-waiting-0123")
    slow.answer.set()
    key_answered(qtbot, editor)
    assert editor.status.text().startswith("Current key: not set.")
    assert editor.field.text() == "sk-typed-while-waiting-0123"  # the answer did not wipe what was typed
    assert editor.test_button.isEnabled()  # a typed key can be tested


def test_a_key_typed_while_another_is_saved_stays_in_the_field(editor: KeyEditor, qtbot, slow) -> None:
    editor.field.setText("sk-first-0123456789")
    assert editor.save()
    assert "Saving the key" in editor.status.text()
    assert not editor.save_button.isEnabled() and not editor.save()  # one save at a time
    editor.field.setText("sk-second-0123456789")
    slow.answer.set()
    key_answered(qtbot, editor)
    assert "Saved in the system keyring." in editor.status.text() and "in the system keyring" in editor.status.text()
    assert slow.stored == {DEFAULT: "sk-first-0123456789"}
    assert editor.field.text() == "sk-second-0123456789"
    assert editor.source is KeySource.KEYRING and editor.remove_button.isVisible()


def test_a_key_the_keyring_refuses_stays_in_the_field(editor: KeyEditor, qtbot, slow) -> None:
    slow.refuse_to_store = True
    slow.answer.set()
    key_answered(qtbot, editor)
    editor.field.setText("sk-refused-0123456789")
    editor.save()
    key_answered(qtbot, editor)
    assert "locked" in editor.status.text()
    assert editor.field.text() == "sk-refused-0123456789" and editor.session_only.isChecked()  # kept, and offered
    editor.save()  # for this session, then
    key_answered(qtbot, editor)
    assert "Kept for this session." in editor.status.text() and editor.field.text() == ""


def test_an_answer_for_the_provider_shown_before_is_not_shown(qtbot, home, slow: SlowKeyring) -> None:
    context = build_context(environ={registry.DEVELOPER_ENV: "1"}, log_to_file=False)
    context.secrets = SecretStore(environ={}, backend=slow, env_vars=context.secrets.env_vars)  # type: ignore[arg-type]
    slow.stored["gemini"] = "AIza-stored-0123456789"
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    editor = dialog.key_editor
    editor.set_provider("gemini", registry.info("gemini"))  # while OpenAI's answer is still awaited
    slow.answer.set()
    key_answered(qtbot, editor)
    assert editor.provider_id == "gemini" and editor.source is KeySource.KEYRING
    qtbot.wait(100)  # the earlier answer (OpenAI: none) has come by now, and was dropped
    assert editor.status.text().startswith("Current key: in the system keyring.")
