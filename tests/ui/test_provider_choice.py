"""The window follows the chosen provider: its chooser, its options, its consent, its cost line and key status."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.app import build_context
from headshot_desktop.providers import registry
from headshot_desktop.ui.main_window import MainWindow
from tests.ui.helpers import accept_provider
from tests.unit.intake import corpus

DEFAULT = registry.DEFAULT_PROVIDER
DEVELOPER = {registry.DEVELOPER_ENV: "1"}
WAIT_MS = 30_000


def open_window(qtbot, environ: dict[str, str]) -> MainWindow:
    window = MainWindow(accept_provider(build_context(environ=environ, log_to_file=False)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def answer_consent(accept: bool, seen: list[QMessageBox]) -> None:
    """Answer the consent question the window is about to ask (it is modal), remembering what it said."""

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "provider-consent" and w.isVisible()]
        if not boxes:
            QTimer.singleShot(10, answer)
            return
        box = boxes[0]
        seen.append((box.windowTitle(), box.text() + box.informativeText()))
        (box.use_button if accept else box.button(QMessageBox.StandardButton.Cancel)).click()

    QTimer.singleShot(0, answer)


def providers_listed(window: MainWindow) -> list[str]:
    combo = window.options.provider
    return [combo.itemData(i) for i in range(combo.count())]


@pytest.mark.parametrize("environ, offered", [({}, False), (DEVELOPER, True)])
def test_the_chooser_lists_developer_providers_only_to_developers(qtbot, home, environ, offered: bool) -> None:
    window = open_window(qtbot, environ)
    assert providers_listed(window) == registry.ids(developer=offered)
    assert ("fake" in providers_listed(window)) is offered
    assert window.options.provider.accessibleName() == "Image provider"
    window.close()


def test_a_developer_only_provider_is_refused_without_the_flag(qtbot, home) -> None:
    window = open_window(qtbot, {registry.PROVIDER_ENV: "fake"})
    assert window.provider_id == DEFAULT and window.options.provider.currentData() == DEFAULT
    qtbot.waitUntil(lambda: any(b.isVisible() and "developers" in b.text()
                                for b in window.findChildren(QMessageBox)))  # fmt: skip
    window.close()


def test_switching_asks_consent_naming_the_provider_and_follows_its_capabilities(qtbot, home) -> None:
    window = open_window(qtbot, DEVELOPER)
    openai_options = set(window.options.option_boxes)
    assert openai_options
    fake = registry.info("fake")

    # Declined: nothing changes, and nothing is recorded.
    seen: list = []
    answer_consent(False, seen)
    window.options.provider.setFocus()
    qtbot.keyClick(window.options.provider, Qt.Key.Key_End)  # the keyboard reaches the chooser
    ((title, text),) = seen
    assert fake.title in title and fake.privacy in text and "does not leave" in text
    assert window.provider_id == DEFAULT and window.options.provider.currentData() == DEFAULT
    assert "fake" not in window.context.settings.accepted_providers

    # Accepted: the panel shows only what the fake provider has.
    answer_consent(True, seen)
    qtbot.keyClick(window.options.provider, Qt.Key.Key_End)
    assert len(seen) == 2 and window.provider_id == "fake"
    assert window.context.provider_id == "fake" and window.context.settings.provider == "fake"
    assert "fake" in window.context.settings.accepted_providers
    assert set(window.options.option_boxes) == {o.id for o in registry.module("fake").capabilities().options}
    assert window.status_line.text().startswith(f"{fake.title}: no API key needed")
    assert "never leaves this computer" in window.options.privacy.text()
    assert "api." not in window.options.privacy.text()

    # Back again: accepted before, so no question; the provider's options were kept for it.
    window.options.option_boxes["look"].setCurrentIndex(window.options.option_boxes["look"].findData("mono"))
    window.choose_provider(DEFAULT)
    assert set(window.options.option_boxes) == openai_options and len(seen) == 2
    info = registry.info(DEFAULT)
    assert info.hosts[0] in window.options.privacy.text()
    # Where the key is comes from the keyring, asked on a worker.
    qtbot.waitUntil(lambda: window.status_line.text().startswith(f"API key for {info.title}: not set"))
    assert window.choose_provider("fake") and window.options.option_boxes["look"].currentData() == "mono"
    window.close()
    saved = build_context(environ=DEVELOPER, log_to_file=False).settings
    assert saved.provider == "fake" and saved.provider_section("fake")["options"] == {"look": "mono"}


def test_only_the_shapes_and_detail_levels_the_provider_has(qtbot, home) -> None:
    window = open_window(qtbot, {})
    caps = registry.module(DEFAULT).capabilities()
    shapes = [window.options.shape.itemData(i) for i in range(window.options.shape.count())]
    assert shapes == ["", *[s for s in ("portrait", "square", "landscape") if s in caps.shapes]]
    levels = [window.options.detail.itemData(i) for i in range(window.options.detail.count())]
    assert levels == list(caps.detail_levels)
    for spec in caps.options:
        box = window.options.option_boxes[spec.id]
        assert [box.itemData(i) for i in range(box.count())] == list(spec.choices)
        assert box.currentData() == spec.default and box.accessibleName() == spec.label
    window.close()


def test_a_local_free_provider_says_free_and_makes_headshots(qtbot, home, tmp_path: Path) -> None:
    window = open_window(qtbot, {**DEVELOPER, registry.PROVIDER_ENV: "fake"})
    selfie = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg(corpus.photo((600, 800))))
    with qtbot.waitSignal(window.session.photoImported, timeout=WAIT_MS):
        window.import_source(selfie)
    window.gallery.select_style("corporate-grey")
    qtbot.waitUntil(lambda: "Working out" not in window.options.estimate.text(), timeout=WAIT_MS)
    estimate = window.options.estimate.text()
    assert "free" in estimate and "made on this computer" in estimate and "paid" not in estimate
    window.options.variants.setValue(3)
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS) as finished:
        qtbot.keyClick(window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    job = finished.args[0]
    assert job.state == "done", job.status
    assert len(job.outcome.headshots) == 3 and all(h.provider == "fake" for h in job.outcome.headshots)
    assert registry.module("fake").MODEL in window.options.model.text()  # the model the run used
    window.close()
