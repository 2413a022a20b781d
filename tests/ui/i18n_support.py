"""A pseudo-locale for the window's tests: every translated text comes back as ``[!! text !!]``.

Any text a widget shows that is not wrapped so never went through Qt's translation system.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from headshot_desktop.ui.widgets.elided_label import ElidedLabel

OPEN, CLOSE = "[!! ", " !!]"
WRAPPED = re.compile(r"\[!! (?:(?!\[!! ).)*? !!\]", re.DOTALL)  # an innermost wrapped text
TAG = re.compile(r"<[^>]*>")
URL = re.compile(r"\bhttps?://\S+")
IDENTIFIER = re.compile(r"\b[a-z0-9]+(?:[-._][a-z0-9]+)+\b")  # gpt-image-2, selfie.jpg: names, not words
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more: a word someone would read


class PseudoTranslator(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{OPEN}{source}{CLOSE}" if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


class PseudoLocale:
    """Installed over whatever translators are there, removed afterwards."""

    def __enter__(self) -> PseudoLocale:
        self.translator = PseudoTranslator()
        QCoreApplication.installTranslator(self.translator)
        return self

    def __exit__(self, *exc: object) -> None:
        QCoreApplication.removeTranslator(self.translator)


def leftover_words(text: str, allowed: set[str]) -> list[str]:
    """The words of ``text`` outside every wrapped part (and outside ``allowed`` names)."""
    plain = html.unescape(TAG.sub(" ", text))
    while True:
        fewer = WRAPPED.sub(" ", plain)
        if fewer == plain:
            break
        plain = fewer
    return [word for word in WORD.findall(IDENTIFIER.sub(" ", URL.sub(" ", plain))) if word not in allowed]


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can see or hear on ``root`` and its visible children."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root) and not shows_a_path(w))]
    for widget in widgets:
        where = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        for kind, text in _texts_of(widget):
            if text:
                yield f"{where} {kind}", text
        for action in QWidget.actions(widget):  # the window has an attribute of that name
            yield from _action_texts(action, where)


def shows_a_path(widget: QWidget) -> bool:
    """A folder or file name the person chose: theirs, in any language."""
    return isinstance(widget, ElidedLabel) or (isinstance(widget, QLineEdit) and widget.text().startswith("/"))


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    if widget.isWindow():
        yield "title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "status tip", widget.statusTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "text", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "text", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "title", widget.title()
    elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"item {i}", widget.itemText(i)
    elif isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield f"tab {i}", widget.tabText(i)
            yield f"tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QAbstractSpinBox):
        yield "prefix", getattr(widget, "prefix", lambda: "")()
        yield "suffix", getattr(widget, "suffix", lambda: "")()
        yield "special value", widget.specialValueText()
    header = widget.horizontalHeader() if isinstance(widget, QTableView) else None
    header = widget.header() if isinstance(widget, QTreeView) else header
    if header is not None and widget.model() is not None:
        for column in range(header.count()):
            yield f"header {column}", str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")


def _action_texts(action: QAction, where: str) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    name = f"{where} action {action.objectName() or action.text()!r}"
    yield f"{name} text", action.text()
    if action.toolTip() != action.text().replace("&", ""):  # Qt makes the tooltip from the text
        yield f"{name} tooltip", action.toolTip()
    yield f"{name} status tip", action.statusTip()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield f"{name} menu title", menu.title()
        for inner in menu.actions():
            yield from _action_texts(inner, name)


def unwrapped_texts(root: QWidget, allowed: set[str]) -> list[str]:
    found = []
    for where, text in widget_texts(root):
        words = leftover_words(text, allowed)
        if words:
            found.append(f"{where}: {text!r} (unwrapped: {' '.join(words)})")
    return sorted(set(found))
