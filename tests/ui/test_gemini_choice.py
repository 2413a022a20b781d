"""Gemini in the window: its terms are said, and its paid-tier condition ticked, before the first photo goes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox

from headshot_desktop.app import build_context
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.providers import registry
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.provider_words import cost_line
from tests.ui.helpers import accept_provider
from tests.ui.test_dialogs import settings_written

GEMINI = {registry.PROVIDER_ENV: "gemini"}
# What the person must read before choosing Gemini, in words they can check against Google's pages.
TERMS = ("55 days", "free tier", "26 October 2026", "SynthID", "generativelanguage.googleapis.com", "18")


def test_first_run_with_gemini_states_its_terms_and_waits_for_the_paid_tier_tick(qtbot, home) -> None:
    context = build_context(environ=GEMINI, log_to_file=False)
    info = registry.info("gemini")
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    text = wizard.privacy.text.text()
    for phrase in TERMS:
        assert phrase in text, phrase
    assert "Your photos stay on this computer" not in text  # not true of a cloud provider
    qtbot.waitExposed(wizard)
    label = wizard.privacy.text  # the longer notice scrolls; no line of it is cut off
    assert label.height() >= label.heightForWidth(label.width()) > 0
    wizard.privacy.age.setChecked(True)
    assert not wizard.privacy.isComplete(), "the paid-tier condition is not ticked yet"
    assert wizard.privacy.confirm is not None and wizard.privacy.confirm.text() == info.must_confirm
    wizard.privacy.confirm.setChecked(True)
    assert wizard.privacy.isComplete()
    wizard.next()
    assert wizard.key_page.editor.field.placeholderText() == "AIza…"
    assert "GOOGLE_API_KEY" in wizard.key_page.editor.environment.text()
    assert "GEMINI_API_KEY" in wizard.key_page.editor.environment.text()
    wizard.accept()
    settings_written(qtbot, wizard)
    assert build_context(environ=GEMINI, log_to_file=False).settings.accepted_providers == ["gemini"]


def answer_gemini_consent(tick: bool, seen: list[dict]) -> None:
    """Find the modal consent box, note what it offered, tick (or not), then press Use or Cancel."""

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "provider-consent" and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, answer)
            return
        box = boxes[0]
        confirm = box.checkBox()
        seen.append({"text": box.informativeText(), "confirm": confirm.text() if isinstance(confirm, QCheckBox)
                     else None, "enabled_before": box.use_button.isEnabled()})  # fmt: skip
        if tick:
            confirm.setChecked(True)
            seen[-1]["enabled_after"] = box.use_button.isEnabled()
            box.use_button.click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("tick", [False, True])
def test_switching_to_gemini_needs_the_paid_tier_tick(qtbot, home, tick: bool) -> None:
    window = MainWindow(accept_provider(build_context(environ={}, log_to_file=False)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    seen: list[dict] = []
    answer_gemini_consent(tick, seen)
    assert window.choose_provider("gemini") is tick
    (offered,) = seen
    for phrase in TERMS:
        assert phrase in offered["text"], phrase
    assert offered["confirm"] == registry.info("gemini").must_confirm
    assert offered["enabled_before"] is False, "Use is not offered before the condition is ticked"
    if not tick:
        assert window.provider_id == registry.DEFAULT_PROVIDER
        assert "gemini" not in window.context.settings.accepted_providers
        window.close()
        return
    assert offered["enabled_after"] is True
    assert window.provider_id == "gemini" and "gemini" in window.context.settings.accepted_providers
    assert "generativelanguage.googleapis.com" in window.options.privacy.text()
    qtbot.waitUntil(lambda: window.status_line.text().startswith("API key for Google Gemini"))
    levels = [window.options.detail.itemData(i) for i in range(window.options.detail.count())]
    assert levels == ["low", "medium", "high"]
    window.options.provider.setFocus()
    qtbot.keyClick(window.options.provider, Qt.Key.Key_Up)  # back to OpenAI: accepted before, no question
    assert window.provider_id == registry.DEFAULT_PROVIDER and len(seen) == 1
    window.close()


def test_the_cost_line_names_google_and_prices_a_flash_image_in_cents() -> None:
    info = registry.info("gemini")
    request = GenerationRequest(style_id="corporate", prompt="CHANGE: a suit.\nPRESERVE: the face.")
    line = cost_line(info, registry.module("gemini").estimate(request, (768, 1024)).times(2), 2)
    assert "about $0.14</b> for 2 images, paid to Google Gemini with your key" in line  # 2 × (1K image + input)
