"""The window in each language (#20): it opens without a warning, Arabic lays out right to left,
and in German (long words) and Arabic nothing is cut off on a 1366 × 768 screen."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QTabBar, QWidget

from headshot_desktop.ui import languages
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.widgets.elided_label import ElidedLabel
from tests.ui.helpers import accept_provider, shown_window, with_headshots

SCREEN = (1366, 768)


class InLanguage:
    """The app's and Qt's translators for ``code`` in place of English, and English again afterwards."""

    def __init__(self, code: str) -> None:
        self.code = code

    def __enter__(self) -> InLanguage:
        app = QApplication.instance()
        self.before = [t for t in app.findChildren(languages.QTranslator)]
        for translator in self.before:
            QCoreApplication.removeTranslator(translator)
        self.installed = languages.install(app, self.code)
        return self

    def __exit__(self, *exc: object) -> None:
        app = QApplication.instance()
        for translator in app.findChildren(languages.QTranslator):
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        languages.install(app, "en")


@pytest.fixture
def warnings() -> Iterator[list[str]]:
    said: list[str] = []

    def keep(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and "propagateSizeHints" not in message:  # the offscreen platform's own
            said.append(message)

    before = qInstallMessageHandler(keep)
    yield said
    qInstallMessageHandler(before)


def open_window(qtbot, context) -> Iterator[MainWindow]:
    yield from shown_window(qtbot, with_headshots(context, 1))


@pytest.mark.parametrize("code", [code for code in languages.LANGUAGES if code != "en"])
def test_the_window_opens_in_each_language_without_a_warning(code, qtbot, api_server, context_for, warnings):
    with InLanguage(code) as language:
        assert language.installed == code
        window = next(open_window(qtbot, accept_provider(context_for(api_server))))
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
        qtbot.wait(50)
        english = "&Create"
        assert window.tabs.tabText(0) != english, "the translation was not loaded"
        assert QLocale().name().startswith(code.split("_")[0])
        expected = Qt.LayoutDirection.RightToLeft if code == "ar" else Qt.LayoutDirection.LeftToRight
        assert QApplication.layoutDirection() == expected and window.layoutDirection() == expected
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.buttons()[0].text() not in ("Cancel", "&Cancel"), "Qt's own translations were not loaded"
        window.close()
    assert warnings == []


def cut_off(root: QWidget) -> list[str]:
    """Labels, buttons and tabs narrower than their text needs (an elided label cuts on purpose)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or isinstance(widget, ElidedLabel):
            continue
        text = ""
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.pixmap().isNull():
            text = widget.text()
        elif isinstance(widget, QAbstractButton):
            text = widget.text()
        if text and widget.width() < widget.minimumSizeHint().width():
            found.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
        if isinstance(widget, QTabBar) and not widget.elideMode() == Qt.TextElideMode.ElideNone:
            for i in range(widget.count()):
                if widget.tabRect(i).width() < widget.tabSizeHint(i).width():
                    found.append(
                        f"tab {widget.tabText(i)!r}: {widget.tabRect(i).width()} < {widget.tabSizeHint(i).width()}"
                    )
    return found


def every_tab(window: MainWindow) -> Iterator[int]:
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        yield i


@pytest.mark.parametrize("code", ["en", "de", "ar"])
def test_nothing_is_cut_off_on_a_small_laptop_screen(code, qtbot, api_server, context_for):
    with InLanguage(code):
        window = next(open_window(qtbot, accept_provider(context_for(api_server))))
        hint = window.minimumSizeHint()
        assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1], hint
        window.resize(*SCREEN)
        found = []
        for _ in every_tab(window):
            qtbot.wait(20)
            found += cut_off(window)
        settings = SettingsDialog(window.context, parent=window)
        qtbot.addWidget(settings)
        settings.show()
        for i in range(settings.tabs.count()):
            settings.tabs.setCurrentIndex(i)
            qtbot.wait(20)
            found += cut_off(settings)
        window.close()
    assert sorted(set(found)) == []


def mnemonic(text: str) -> str:
    """The letter Alt+ reaches: the character after a single ``&`` (``&&`` is an ampersand)."""
    at = 0
    while (at := text.find("&", at)) != -1 and at + 1 < len(text):
        if text[at + 1] != "&":
            return text[at + 1].lower()
        at += 2
    return ""


def clashes(texts: list[str]) -> list[str]:
    letters: dict[str, list[str]] = {}
    for text in texts:
        if mnemonic(text):
            letters.setdefault(mnemonic(text), []).append(text)
    return [" / ".join(same) for same in letters.values() if len(same) > 1]


def sharing(texts: list[str]) -> set[tuple[int, int]]:
    """Which items (by place) share an Alt letter."""
    keys = [mnemonic(text) for text in texts]
    return {(i, j) for i in range(len(keys)) for j in range(i + 1, len(keys)) if keys[i] and keys[i] == keys[j]}


def menu_and_tab_groups(qtbot, api_server, context_for) -> list[list[str]]:
    window = next(open_window(qtbot, accept_provider(context_for(api_server))))
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    groups = [[action.text() for action in window.menuBar().actions()]]
    groups += [[action.text() for action in menu.actions() if not action.isSeparator()] for menu in menus]
    groups.append([window.tabs.tabText(i) for i in range(window.tabs.count())])
    settings = SettingsDialog(window.context, parent=window)
    qtbot.addWidget(settings)
    groups.append([settings.tabs.tabText(i) for i in range(settings.tabs.count())])
    window.close()
    return groups


@pytest.mark.parametrize("code", [code for code in languages.LANGUAGES if code != "en"])
def test_a_translation_gives_no_two_items_of_a_menu_or_tab_bar_one_alt_letter(code, qtbot, api_server, context_for):
    """English's own pair (&Headshots, &Help: Alt+H goes to each in turn) is allowed, no new one."""
    english = menu_and_tab_groups(qtbot, api_server, context_for)
    with InLanguage(code):
        translated = menu_and_tab_groups(qtbot, api_server, context_for)
    found = []
    for before, after in zip(english, translated, strict=True):
        found += [f"{after[i]} / {after[j]}" for i, j in sorted(sharing(after) - sharing(before))]
    assert found == [], "\n".join(found)
