"""The first run's key page: Test key works (off the window's thread), says each thing once, and the wizard's
buttons and boxes are reached by Tab in reading order with the focus visible."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from headshot_desktop.providers import registry
from headshot_desktop.system.secrets import KeySource
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from tests.support.fixtures import real_keyring as real_keyring  # fixtures by name
from tests.ui.helpers import shown_window
from tests.ui.test_dialogs import key_answered, keyring_less
from tests.ui.test_flow import WAIT_MS

DEFAULT = registry.DEFAULT_PROVIDER


@pytest.fixture
def window(qtbot, api_server, context_for):
    context = keyring_less(context_for(api_server, OPENAI_API_KEY=""))  # no key yet: the person brings one
    yield from shown_window(qtbot, context)


def test_first_run_test_key_checks_the_typed_key_off_the_window_thread(window, qtbot, api_server) -> None:
    steps: list[str] = []

    def drive() -> None:
        wizards = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstRunWizard) and w.isVisible()]
        if not wizards:
            QTimer.singleShot(10, drive)
            return
        wizard = wizards[0]
        try:
            wizard.privacy.age.setChecked(True)
            wizard.next()
            editor = wizard.key_page.editor
            key_answered(qtbot, editor)
            steps.append(f"enabled before typing: {editor.test_button.isEnabled()}")
            editor.field.setText(api_server.api_key)
            steps.append(f"enabled once typed: {editor.test_button.isEnabled()}")
            editor.test_button.click()
            steps.append(editor.status.text())  # the click returned before the server answered
            qtbot.waitUntil(lambda: "works" in editor.status.text(), timeout=WAIT_MS)
            steps.append(editor.status.text())
        finally:
            wizard.accept()

    QTimer.singleShot(0, drive)
    window.maybe_first_run()
    assert len(steps) == 4, steps
    assert steps[:2] == ["enabled before typing: False", "enabled once typed: True"]
    assert "Saving the key" in steps[2]  # the keyring, then the server, answer on workers
    assert "The key works" in steps[3]
    assert api_server.requests_to("models")[-1].headers["authorization"] == f"Bearer {api_server.api_key}"
    assert window.context.secrets.get(DEFAULT) == (api_server.api_key, KeySource.SESSION)


def test_remove_is_offered_only_when_a_key_is_stored(qtbot, home, context_for, api_server) -> None:
    context = keyring_less(context_for(api_server, OPENAI_API_KEY=""))
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    editor = dialog.key_editor
    key_answered(qtbot, editor)
    assert not editor.remove_button.isVisible()
    editor.field.setText("sk-abc-0123456789")
    assert editor.save()
    key_answered(qtbot, editor)
    assert editor.remove_button.isVisible() and editor.remove_button.isEnabled()
    editor.remove()
    key_answered(qtbot, editor)
    assert not editor.remove_button.isVisible()
    assert "removed" in editor.status.text()


def test_a_key_from_the_environment_offers_no_remove(qtbot, home, context_for, api_server) -> None:
    dialog = SettingsDialog(context_for(api_server))
    qtbot.addWidget(dialog)
    dialog.show()
    key_answered(qtbot, dialog.key_editor)
    assert not dialog.key_editor.remove_button.isVisible()
    assert "OPENAI_API_KEY" in dialog.key_editor.status.text()


def shown_texts(root: QWidget) -> str:
    """What a person reads on ``root``: visible labels and buttons, tags dropped."""
    parts = [w.text() for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton) if w.isVisible()]
    return re.sub(r"<[^>]+>", " ", " ".join(parts))


def test_the_key_page_says_each_thing_once(qtbot, home, context_for, api_server) -> None:
    says_each_thing_once(qtbot, keyring_less(context_for(api_server, OPENAI_API_KEY="")), has_keyring=False)


@pytest.mark.keyring
def test_the_key_page_says_each_thing_once_with_a_keyring(qtbot, home, context_for, api_server, real_keyring) -> None:
    says_each_thing_once(qtbot, context_for(api_server, OPENAI_API_KEY=""), has_keyring=True)


def says_each_thing_once(qtbot, context, has_keyring: bool) -> None:
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.privacy.age.setChecked(True)
    wizard.next()
    qtbot.waitExposed(wizard)
    key_answered(qtbot, wizard.key_page.editor)
    said = f"{wizard.key_page.subTitle()} {shown_texts(wizard.key_page)}"
    assert said.count("OPENAI_API_KEY") == 1, said
    assert said.lower().count("session only") <= 1, said
    assert said.lower().count("keyring") <= 1, said
    assert ("No system keyring" in said) is not has_keyring


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def tab_stops(qtbot, start: QWidget, count: int) -> list[QWidget]:
    stops = []
    for _ in range(count):
        focused = QApplication.focusWidget()
        stops.append(focused)
        qtbot.keyClick(focused or start, Qt.Key.Key_Tab)
    return stops


def test_the_wizard_is_reached_by_tab_in_reading_order(qtbot, home, context_for, api_server) -> None:
    context = keyring_less(context_for(api_server, OPENAI_API_KEY="", **{registry.PROVIDER_ENV: "gemini"}))
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    activate(qtbot, wizard)
    page = wizard.privacy
    page.scroll.setFocus()
    page.age.setChecked(True)
    page.confirm.setChecked(True)
    next_, cancel = wizard.button(QWizard.WizardButton.NextButton), wizard.button(QWizard.WizardButton.CancelButton)
    assert tab_stops(qtbot, wizard, 5) == [page.scroll, page.confirm, page.age, next_, cancel]

    wizard.next()
    editor = wizard.key_page.editor
    editor.field.setFocus()
    editor.field.setText("AIza-typed-0123456789")
    back, finish = wizard.button(QWizard.WizardButton.BackButton), wizard.button(QWizard.WizardButton.FinishButton)
    stops = tab_stops(qtbot, wizard, 7)
    assert stops == [editor.field, editor.save_button, editor.test_button, editor.get_key, back, finish, cancel]


def test_the_notice_shows_where_the_focus_is(qtbot, home, context_for, api_server) -> None:
    wizard = FirstRunWizard(context_for(api_server))
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    activate(qtbot, wizard)
    scroll = wizard.privacy.scroll
    wizard.privacy.age.setFocus()
    unfocused = scroll.grab().toImage().pixelColor(1, scroll.height() // 2)
    scroll.setFocus()
    qtbot.waitUntil(scroll.hasFocus)
    focused = scroll.grab().toImage().pixelColor(1, scroll.height() // 2)
    highlight = scroll.palette().color(QPalette.ColorRole.Highlight)
    assert focused == highlight and unfocused != focused, (unfocused.name(), focused.name(), highlight.name())
    assert isinstance(focused, QColor)
