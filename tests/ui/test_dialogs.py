"""First-run wizard and settings dialog with real widgets and the session-only key store."""

from __future__ import annotations

import keyring.backends.fail
import pytest

from headshot_desktop.app import build_context
from headshot_desktop.system.secrets import KeySource, SecretStore
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard, needs_first_run
from headshot_desktop.ui.dialogs.settings import SettingsDialog


@pytest.fixture
def context(home):
    ctx = build_context(log_to_file=False)
    # No keyring service: the case where only the session store works.
    ctx.secrets = SecretStore(environ={}, backend=keyring.backends.fail.Keyring())
    return ctx


def test_first_run_needs_age_confirmation(qtbot, context) -> None:
    assert needs_first_run(context)
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not wizard.privacy.isComplete()
    wizard.privacy.age.setChecked(True)
    assert wizard.privacy.isComplete()
    wizard.next()
    editor = wizard.key_page.editor
    assert editor.session_only.isChecked() and not editor.session_only.isEnabled()
    editor.field.setText("sk-session-only-0123456789")
    assert wizard.key_page.validatePage()
    wizard.accept()
    assert context.secrets.get() == ("sk-session-only-0123456789", KeySource.SESSION)
    assert not needs_first_run(build_context(log_to_file=False))


def test_privacy_notice_says_what_is_sent(qtbot, context) -> None:
    from headshot_desktop.ui.dialogs.first_run import PRIVACY_NOTICE

    for phrase in ("OpenAI", "30 days", "metadata", "no analytics", "No biometrics", "delete all"):
        assert phrase.lower() in PRIVACY_NOTICE.lower()


def test_settings_round_trip(qtbot, context, home) -> None:
    dialog = SettingsDialog(context, models=["gpt-image-2", "gpt-image-1.5"])
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.model.setCurrentIndex(dialog.model.findData("gpt-image-2"))
    dialog.originals.setCurrentIndex(dialog.originals.findData("delete_after_days"))
    assert dialog.originals_days.isEnabled()
    dialog.originals_days.setValue(14)
    dialog.log_days.setValue(30)
    dialog.library.setText(str(home / "Elsewhere"))
    dialog.accept()
    saved = build_context(log_to_file=False)
    assert saved.settings.theme == "dark"
    assert saved.settings.model == "gpt-image-2"
    assert saved.settings.originals_retention == "delete_after_days"
    assert saved.settings.originals_retention_days == 14
    assert saved.settings.log_retention_days == 30
    assert saved.paths.library_dir == home / "Elsewhere"


def test_key_editor_without_keyring_explains(qtbot, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    editor = dialog.key_editor
    assert "No system keyring" in editor.status.text()
    assert not editor.test_button.isEnabled()
    editor.field.setText("sk-abc-0123456789")
    assert editor.save()
    assert "session" in editor.status.text()
    assert editor.field.text() == ""  # the key does not linger in the field
    assert editor.test_button.isEnabled()
    editor.remove()
    assert context.secrets.source() is KeySource.NONE
