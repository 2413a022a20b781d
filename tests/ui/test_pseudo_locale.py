"""Every word the main screens show went through Qt's translation system (#20).

Under a pseudo-locale that wraps each translated text as ``[!! text !!]``, the window, its four tabs, its
menus, Settings, the first-run notice, the export dialog, the team kit editor and an error box are walked
widget by widget: any text with a word outside the wraps was never marked for translation.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QTabWidget, QWidget

from headshot_desktop.errors import IntakeError
from headshot_desktop.library import Library
from headshot_desktop.providers import registry
from headshot_desktop.translatable import N_
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.languages import LANGUAGES
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.team.kit_dialog import KitDialog
from tests.ui.helpers import accept_provider, shown_window, with_headshots
from tests.ui.i18n_support import PseudoLocale, leftover_words, unwrapped_texts

WAIT_MS = 30_000


def names_not_translated() -> set[str]:
    """Brand and model names are the same in every language: the app's, the providers', their models'."""
    allowed = {"Headshot", "Desktop", "AM", "PM", "px", "dpi", "JPEG", "PNG", "WebP", "FLUX", "ComfyUI"}
    allowed |= {
        "png",
        "jpeg",
        "webp",
        "JPG",
        "WEBP",
        "sk",
        "AIza",
    }  # file formats as the provider names them; how keys begin
    allowed |= {word for name in LANGUAGES.values() for word in name.replace("(", " ").replace(")", " ").split()}
    for provider_id in registry.ids(developer=True):
        info = registry.info(provider_id)
        allowed.update(info.title.split())
    return allowed


@pytest.fixture
def pseudo() -> Iterator[PseudoLocale]:
    with PseudoLocale() as locale:
        yield locale


@pytest.fixture
def window(pseudo, qtbot, api_server, context_for) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, with_headshots(accept_provider(context_for(api_server))))


def every_page(tabs: QTabWidget) -> Iterator[QWidget]:
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield tabs.currentWidget()


def problems_of(root: QWidget) -> list[str]:
    allowed = names_not_translated()
    found = unwrapped_texts(root, allowed)
    for tabs in root.findChildren(QTabWidget):
        for _page in every_page(tabs):
            found += unwrapped_texts(root, allowed)
    return sorted(set(found))


def test_the_pseudo_locale_tells_wrapped_from_unwrapped_text() -> None:
    allowed = {"OpenAI"}
    assert leftover_words("[!! Export [!! LinkedIn !!] as JPEG !!]", allowed) == []
    assert leftover_words("<b>[!! Delete !!]</b> &amp; 3", allowed) == []
    assert leftover_words("OpenAI · [!! about $0.04 !!]", allowed) == []
    assert leftover_words("[!! Export !!] now", allowed) == ["now"]
    assert leftover_words("Export", allowed) == ["Export"]
    assert leftover_words("gpt-image-2 [!! (best) !!]", allowed) == []


def test_every_text_of_the_window_and_its_tabs_is_translated(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentWidget(window.library)
    window.tabs.setCurrentWidget(window.results)
    window.tabs.setCurrentWidget(window.team)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not window.session.runner.active, timeout=WAIT_MS)
    assert problems_of(window) == []


def test_every_text_of_settings_is_translated(window: MainWindow, qtbot) -> None:
    dialog = SettingsDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert problems_of(dialog) == []


def test_every_text_of_the_first_run_notice_is_translated(window: MainWindow, qtbot) -> None:
    wizard = FirstRunWizard(window.context)
    qtbot.addWidget(wizard)
    wizard.show()
    found = problems_of(wizard)
    wizard.next()
    assert found + problems_of(wizard) == []


def test_every_text_of_the_export_dialog_is_translated(window: MainWindow, qtbot) -> None:
    with Library.open(window.context.paths.library_dir) as library:
        shot = library.list_headshots()[0]
    dialog = ExportDialog([shot], window.context.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(200)
    assert problems_of(dialog) == []


def test_every_text_of_the_team_kit_editor_is_translated(window: MainWindow, qtbot) -> None:
    dialog = KitDialog(window, window.context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.choices is not None, timeout=WAIT_MS)
    assert problems_of(dialog) == []


def test_an_error_from_below_the_window_is_translated_with_its_values(window: MainWindow, qtbot) -> None:
    reason = N_("intake", "the file is empty")
    err = IntakeError("selfie.jpg", reason, hint=N_("intake", "Choose another photo."))
    box = show_error(window, err)
    qtbot.addWidget(box)
    texts = (box.windowTitle(), box.text(), box.informativeText())
    assert all(leftover_words(text, {"selfie", "jpg"}) == [] for text in texts), texts
    assert "selfie.jpg" in box.text() and "[!! the file is empty !!]" in box.text()
