"""Nothing is sent before the first-run notice is accepted and the age confirmed, whatever button was pressed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWizard

from headshot_desktop.providers import registry
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.dialogs.compare_dialog import CompareDialog
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard, needs_first_run
from tests.ui.helpers import shown_window
from tests.ui.test_flow import WAIT_MS, bring_photo
from tests.unit.library.helpers import add, prepared

NOTICE = "first-run-notice"


def answer_modals(answer_notice: Callable[[QWizard], None], seen: list[str]) -> QTimer:
    """Answer whatever modal the window opens: the notice with ``answer_notice``, a compare dialog by ticking
    the provider, anything else is closed (and noted, so a test can say it should not have opened)."""
    timer = QTimer(interval=10)

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible() or not isinstance(widget, QDialog):
                continue
            if widget.objectName() == NOTICE:
                seen.append(NOTICE)
                answer_notice(widget)  # type: ignore[arg-type]
            elif isinstance(widget, CompareDialog):
                seen.append("compare")
                widget.boxes[registry.DEFAULT_PROVIDER].setChecked(True)
                widget.accept()
            elif isinstance(widget, FirstRunWizard):
                seen.append("wizard")
                widget.reject()  # the person presses Cancel on the first run
            else:
                seen.append(widget.objectName() or type(widget).__name__)
                widget.reject()

    timer.timeout.connect(answer)
    timer.start()
    return timer


def cancel(notice: QWizard) -> None:
    notice.reject()


def confirm_age(notice: QWizard) -> None:
    page = notice.page(notice.startId())
    finish = notice.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "the notice cannot be accepted before the age is confirmed"
    page.age.setChecked(True)
    assert finish.isEnabled()
    finish.click()


@pytest.fixture
def window(qtbot, api_server, context_for):
    context = context_for(api_server)  # a new person: nothing accepted yet
    yield from shown_window(qtbot, context)


def test_cancelled_first_run_then_generate_asks_again_and_sends_nothing_until_accepted(
    window, qtbot, api_server, tmp_path: Path
) -> None:
    seen: list[str] = []
    answering = answer_modals(cancel, seen)
    window.maybe_first_run()
    assert seen == ["wizard"] and needs_first_run(window.context)

    bring_photo(window, qtbot, tmp_path)
    window.gallery.select_style("corporate-grey")
    window.options.generate.click()
    qtbot.waitUntil(lambda: seen == ["wizard", NOTICE], timeout=WAIT_MS)
    assert window.session.jobs == [] and api_server.requests == []  # nothing left the computer
    answering.stop()

    answering = answer_modals(confirm_age, seen)
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS) as finished:
        window.options.generate.click()
    answering.stop()
    assert finished.args[0].state == "done"
    settings = window.context.settings
    assert settings.privacy_accepted and settings.age_confirmed
    assert registry.DEFAULT_PROVIDER in settings.accepted_providers  # the notice named it
    assert seen.count(NOTICE) == 2


def test_refine_and_compare_refuse_too(window, qtbot, api_server, tmp_path: Path) -> None:
    library = window.context.library()
    original = library.import_original(prepared(seed=3))
    made_earlier = add(library, original.id, seed=4)  # a headshot from an earlier run (the command line)
    bring_photo(window, qtbot, tmp_path)
    seen: list[str] = []
    answering = answer_modals(cancel, seen)
    for signal in (window.results.refineRequested, window.results.againRequested, window.results.finalRequested):
        signal.emit(made_earlier)
    window.gallery.select_style("corporate-grey")
    window.options.compare.click()
    qtbot.waitUntil(lambda: seen == [NOTICE] * 3 + ["compare", NOTICE], timeout=WAIT_MS)
    answering.stop()
    assert window.session.jobs == [] and api_server.requests == []


def test_a_provider_accepted_earlier_still_needs_the_notice_and_the_age(qtbot, home, context_for, api_server) -> None:
    context = context_for(api_server)
    context.settings.accepted_providers = [registry.DEFAULT_PROVIDER]  # e.g. `generate --accept-terms`
    seen: list[str] = []
    answering = answer_modals(cancel, seen)
    assert provider_choice.ask_consent(None, context, registry.DEFAULT_PROVIDER) is False
    assert seen == [NOTICE]
    answering.stop()
    answering = answer_modals(confirm_age, seen)
    assert provider_choice.ask_consent(None, context, registry.DEFAULT_PROVIDER) is True
    answering.stop()
    assert not needs_first_run(context)


def test_the_notice_keeps_the_under_13_note(qtbot, home, context_for, api_server) -> None:
    context = context_for(api_server)
    texts: list[str] = []

    def read_then_cancel(notice: QWizard) -> None:
        texts.extend(label.text() for label in notice.findChildren(type(notice.page(notice.startId()).text)))
        notice.reject()

    answering = answer_modals(read_then_cancel, [])
    provider_choice.ask_consent(None, context, registry.DEFAULT_PROVIDER)
    answering.stop()
    assert any("not intended for children under 13" in text for text in texts)
    assert any(registry.info(registry.DEFAULT_PROVIDER).title in text for text in texts)


def test_a_consent_box_is_not_asked_twice_after_the_notice(qtbot, home, context_for, api_server) -> None:
    """The notice names the provider and records its consent: its own box does not follow."""
    context = context_for(api_server)
    seen: list[str] = []
    answering = answer_modals(confirm_age, seen)
    assert provider_choice.ask_consent(None, context, registry.DEFAULT_PROVIDER)
    assert provider_choice.ask_consent(None, context, registry.DEFAULT_PROVIDER)
    answering.stop()
    assert seen == [NOTICE]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
