"""First-run wizard and settings dialog with real widgets and the session-only key store."""

from __future__ import annotations

import keyring.backends.fail
import pytest
from PySide6.QtWidgets import QDialog

from headshot_desktop.app import build_context
from headshot_desktop.providers import registry
from headshot_desktop.system.secrets import KeySource, SecretStore
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard, needs_first_run, privacy_notice
from headshot_desktop.ui.dialogs.settings import SettingsDialog

DEFAULT = registry.DEFAULT_PROVIDER
DEVELOPER = {registry.DEVELOPER_ENV: "1"}


def keyring_less(ctx):
    """No keyring service: the case where only the session store works."""
    ctx.secrets = SecretStore(environ={}, backend=keyring.backends.fail.Keyring(), env_vars=ctx.secrets.env_vars)
    return ctx


def key_answered(qtbot, editor) -> None:
    """The keyring answered the key editor (it is asked on a worker)."""
    qtbot.waitUntil(lambda: not editor.checking)


def settings_written(qtbot, dialog) -> None:
    """The settings file the dialog saved on OK (on a worker) is written."""
    qtbot.waitUntil(lambda: dialog.saving is not None and dialog.saving.future.done())


@pytest.fixture
def context(home):
    return keyring_less(build_context(environ={}, log_to_file=False))


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
    key_answered(qtbot, editor)
    assert editor.session_only.isChecked() and not editor.session_only.isVisible()  # the status says why
    assert editor.field.placeholderText() == registry.info(DEFAULT).key.placeholder
    editor.field.setText("sk-session-only-0123456789")
    assert not wizard.key_page.validatePage()  # saved first, on a worker; then the wizard finishes by itself
    qtbot.waitUntil(lambda: wizard.result() == QDialog.DialogCode.Accepted)
    settings_written(qtbot, wizard)
    assert context.secrets.get(DEFAULT) == ("sk-session-only-0123456789", KeySource.SESSION)
    again = build_context(environ={}, log_to_file=False)
    assert not needs_first_run(again)
    assert again.settings.accepted_providers == [DEFAULT]  # consent is to this provider's terms


def test_privacy_notice_says_what_is_sent_and_to_whom() -> None:
    info = registry.info(DEFAULT)
    notice = privacy_notice(info)
    for phrase in (info.title, *info.hosts, "metadata", "no analytics", "No biometrics", "delete all"):
        assert phrase.lower() in notice.lower()
    assert info.privacy.split(":")[0] in notice  # what that provider keeps, in its own words


def test_first_run_names_the_chosen_provider_and_asks_no_key_of_a_keyless_one(qtbot, home) -> None:
    context = build_context(environ={**DEVELOPER, registry.PROVIDER_ENV: "fake"}, log_to_file=False)
    info = registry.info("fake")
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    text = wizard.privacy.text.text()
    assert info.title in text and "does not leave" in text and "api." not in text
    assert wizard.key_page is None and len(wizard.pageIds()) == 1
    wizard.privacy.age.setChecked(True)
    wizard.accept()
    assert context.settings.accepted_providers == ["fake"]
    settings_written(qtbot, wizard)


def test_settings_round_trip(qtbot, context, home) -> None:
    dialog = SettingsDialog(context, models={DEFAULT: ["model-b", "model-a"]})
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.model.setCurrentIndex(dialog.model.findData("model-b"))
    dialog.previews.setValue(3)
    dialog.originals.setCurrentIndex(dialog.originals.findData("delete_after_days"))
    assert dialog.originals_days.isEnabled()
    dialog.originals_days.setValue(14)
    dialog.log_days.setValue(30)
    dialog.library.setText(str(home / "Elsewhere"))
    dialog.accept()
    assert dialog.chosen_library() == home / "Elsewhere"  # the window asks whether to move the library first
    settings_written(qtbot, dialog)
    saved = build_context(environ={}, log_to_file=False)
    assert saved.settings.theme == "dark"
    assert saved.settings.provider == ""  # not chosen here: still "the default"
    assert saved.settings.provider_section(DEFAULT)["model"] == "model-b"  # the model is the provider's own
    assert saved.settings.previews == 3
    assert saved.settings.originals_retention == "delete_after_days"
    assert saved.settings.originals_retention_days == 14
    assert saved.settings.log_retention_days == 30
    assert saved.paths.library_dir == context.paths.library_dir


def test_a_typed_model_is_kept(qtbot, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.model.setEditText("my-own-model")  # typed, Enter not pressed
    dialog.accept()
    assert context.settings.provider_section(DEFAULT)["model"] == "my-own-model"


def test_key_editor_without_keyring_explains(qtbot, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    editor = dialog.key_editor
    assert "Checking where the key is kept" in editor.status.text()  # the keyring is asked on a worker
    key_answered(qtbot, editor)
    assert "No system keyring" in editor.status.text()
    assert not editor.test_button.isEnabled()
    editor.field.setText("sk-abc-0123456789")
    assert editor.save()
    assert "Saving the key" in editor.status.text() and not editor.save_button.isEnabled()
    key_answered(qtbot, editor)
    assert "session" in editor.status.text()
    assert editor.field.text() == ""  # the key does not linger in the field
    assert editor.test_button.isEnabled()
    editor.remove()
    key_answered(qtbot, editor)
    assert context.secrets.source(DEFAULT) is KeySource.NONE


def test_a_key_no_server_accepts_is_refused_in_words(qtbot, context) -> None:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.key_editor.field.setText("sk-abc 0123456789")
    assert not dialog.key_editor.save()
    assert "space" in dialog.key_editor.status.text()


def test_the_key_editor_follows_the_provider_key_spec(qtbot, home) -> None:
    context = keyring_less(build_context(environ=DEVELOPER, log_to_file=False))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    page, spec = dialog.provider_page, registry.info(DEFAULT).key
    assert dialog.key_editor.isVisible()
    assert dialog.key_editor.field.placeholderText() == spec.placeholder
    assert spec.get_key_url in dialog.key_editor.get_key.toolTip()
    assert spec.get_key_url in dialog.key_editor.get_key.accessibleName()
    assert all(name in dialog.key_editor.environment.text() for name in spec.env_vars)

    context.settings.privacy_accepted = context.settings.age_confirmed = True
    context.settings.accepted_providers += [DEFAULT, "fake"]  # accepted before: no question
    page.provider.setCurrentIndex(page.provider.findData("fake"))
    page.provider.activated.emit(page.provider.currentIndex())
    assert dialog.provider_id == "fake"
    assert not dialog.key_editor.isVisible()  # a provider without a key has no key editor
    assert "needs no API key" in page.about.text()
    assert registry.info("fake").privacy in page.about.text()

    page.provider.setCurrentIndex(page.provider.findData(DEFAULT))
    page.provider.activated.emit(page.provider.currentIndex())
    assert dialog.key_editor.isVisible() and dialog.key_editor.field.placeholderText() == spec.placeholder
    dialog.accept()
    assert context.settings.provider == ""  # back where it started: nothing new was chosen


@pytest.mark.parametrize("environ, offered", [({}, False), (DEVELOPER, True)])
def test_settings_offer_developer_providers_only_to_developers(qtbot, home, environ, offered: bool) -> None:
    context = build_context(environ=environ, log_to_file=False)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    combo = dialog.provider_page.provider
    listed = [combo.itemData(i) for i in range(combo.count())]
    assert listed == registry.ids(developer=offered)
    assert ("fake" in listed) is offered and DEFAULT in listed
