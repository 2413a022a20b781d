"""Headshots ▸ New Style… and Edit Style…: the style editor, then the gallery shows the saved style."""

from __future__ import annotations

from headshot_desktop.core.styles import Style
from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.window_api import WindowApi


def new_style(window: WindowApi) -> None:
    _edit(window, None)


def edit_style(window: WindowApi) -> None:
    style = window.current_style()
    if style is None or style.builtin:
        window.statusBar().showMessage(
            translate("StyleActions", "Built-in styles cannot be edited; make a new style instead."), 6000
        )
        return
    _edit(window, style)


def _edit(window: WindowApi, style: Style | None) -> None:
    from headshot_desktop.ui.dialogs.style_editor import StyleEditor

    editor = StyleEditor(window.context.styles, style, parent=window)  # type: ignore[arg-type]
    if editor.exec() and editor.saved is not None:
        window.styles.reload()
        window.gallery.select_style(editor.saved.id)
