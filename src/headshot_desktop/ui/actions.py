"""Menus and keyboard shortcuts for every main action, and the small actions behind them."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from headshot_desktop import APP_NAME, __version__
from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import NetworkOp
from headshot_desktop.ui.theme import apply_theme

if TYPE_CHECKING:
    from headshot_desktop.ui.dialogs.settings import SettingsDialog
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.widgets.key_editor import KeyEditor
    from headshot_desktop.ui.widgets.server_editor import ServerEditor
    from headshot_desktop.ui.window_api import WindowApi

# Marked here, translated in the About box: the translator is installed after this module is imported.
LICENCES = QT_TRANSLATE_NOOP(
    "Actions",
    "Headshot Desktop is free software under the MIT licence. It uses Qt and PySide6 (LGPLv3), "
    "Pillow (MIT-CMU), pi-heif and libheif (BSD-3 / LGPLv3), httpx (BSD-3), keyring (MIT), "
    "platformdirs (MIT), filelock (Unlicense), Send2Trash (BSD-3) and FFmpeg (LGPLv2.1+) through QtMultimedia.",
)


def _tool(name: str) -> ModuleType:
    """The ``ui`` module behind a menu item, imported when the item is first used: not before the first paint."""
    return import_module(f"headshot_desktop.ui.{name}")


def _action(window: WindowApi, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
    action.triggered.connect(slot)
    if name:
        action.setObjectName(name)
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def install(window: WindowApi) -> dict[str, QAction]:
    a = {
        "open": _action(
            window, translate("Actions", "&Open Photo…"), window.open_photo, QKeySequence.StandardKey.Open, "open"
        ),
        "paste": _action(
            window, translate("Actions", "&Paste Photo"), window.paste_photo, QKeySequence.StandardKey.Paste, "paste"
        ),
        "copy": _action(
            window,
            translate("Actions", "&Copy"),
            lambda: _tool("copy_and_drag").copy_selected(window),
            QKeySequence.StandardKey.Copy,
            "copy",
        ),
        "camera": _action(
            window, translate("Actions", "Take Photo with &Camera…"), window.open_camera, "Ctrl+Shift+C", "camera"
        ),
        "generate": _action(
            window,
            translate("Actions", "&Generate"),
            window.generate,
            [QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")],
            "generate",
        ),
        "export": _action(
            window,
            translate("Actions", "&Export Selected…"),
            lambda: window.export_headshots(_selected(window)),
            "Ctrl+E",
            "export",
        ),
        "delete": _action(
            window,
            translate("Actions", "Move Selected to &Trash"),
            lambda: window.delete_headshots(_selected(window)),
            QKeySequence.StandardKey.Delete,
            "delete",
        ),
        "cancel": _action(
            window, translate("Actions", "&Cancel All Runs"), window.session.cancel_all, "Ctrl+.", "cancel"
        ),
        "recover": _action(
            window,
            translate("Actions", "&Recover Kept Headshots…"),
            lambda: _tool("recovery").recover(window),
            None,
            "recover",
        ),
        "new_style": _action(
            window,
            translate("Actions", "&New Style…"),
            lambda: _tool("style_actions").new_style(window),
            "Ctrl+Shift+N",
            "new_style",
        ),  # fmt: skip
        "edit_style": _action(
            window,
            translate("Actions", "&Edit Style…"),
            lambda: _tool("style_actions").edit_style(window),
            None,
            "edit_style",
        ),
        "settings": _action(
            window,
            translate("Actions", "&Settings…"),
            window.open_settings,
            QKeySequence.StandardKey.Preferences,
            "settings",
        ),
        "export_all": _action(
            window, translate("Actions", "&Export All My Data…"), lambda: _tool("data_rights").export_all_data(window)
        ),
        "delete_all": _action(
            window, translate("Actions", "&Delete All My Data…"), lambda: _tool("data_rights").delete_all_data(window)
        ),
        "reload": _action(
            window,
            translate("Actions", "&Reload Library"),
            window.reload_library,
            QKeySequence.StandardKey.Refresh,
            "reload",
        ),
        "quit": _action(window, translate("Actions", "&Quit"), window.close, QKeySequence.StandardKey.Quit, "quit"),
        "about": _action(window, translate("Actions", "&About {app}").format(app=APP_NAME), lambda: about(window)),
    }
    if not any(not s.isEmpty() for s in a["settings"].shortcuts()):  # Preferences is empty on most Linux desktops
        a["settings"].setShortcut(QKeySequence("Ctrl+,"))
    shows = (translate("Actions", "Show Create"), translate("Actions", "Show Results"),
             translate("Actions", "Show Library"), translate("Actions", "Show Team"))  # fmt: skip
    for number, text in enumerate(shows, start=1):
        a[f"tab{number}"] = _action(
            window, text, lambda _checked=False, n=number: window.tabs.setCurrentIndex(n - 1), f"Ctrl+{number}"
        )
    menus = (  # pairs, not a dict: two titles may read the same in some language
        (translate("Actions", "&File"), ["open", "paste", "camera", None, "export", "delete", None, "quit"]),
        (translate("Actions", "&Edit"), ["copy", "paste"]),
        (translate("Actions", "&Headshots"), ["generate", "cancel", None, "recover", None, "new_style", "edit_style"]),
        (translate("Actions", "&View"), ["tab1", "tab2", "tab3", "tab4", None, "reload"]),
        (translate("Actions", "&Settings"), ["settings", None, "export_all", "delete_all"]),
        (translate("Actions", "&Help"), ["about"]),
    )
    for title, names in menus:
        menu = window.menuBar().addMenu(title)
        for name in names:
            menu.addSeparator() if name is None else menu.addAction(a[name])
    return a


def _selected(window: WindowApi):
    on_library = window.tab_pages.library_built() and window.tabs.currentWidget() is window.library
    panel = window.library if on_library else window.results
    return panel.selected()


def about(window: WindowApi) -> None:
    from PySide6.QtWidgets import QMessageBox

    what = translate("Actions", "Professional headshots from a selfie. Your photos and headshots are kept on this "
                     "computer, in a folder you choose. To make a headshot, the photo goes only to the image provider "
                     "you choose: a cloud service, with your own key, or your own server. No account, no "
                     "telemetry.")  # fmt: skip
    licences = translate("Actions", LICENCES)
    QMessageBox.about(
        window,
        translate("Actions", "About {app}").format(app=APP_NAME),
        f"<h3>{APP_NAME} {__version__}</h3><p>{what}</p><p><small>{licences}</small></p>",
    )


def apply_appearance(window: WindowApi) -> None:
    apply_theme(QApplication.instance(), window.context.settings.theme)


def test_key(window: WindowApi, dialog: SettingsDialog) -> Task:
    """Ask the provider chosen in the dialog whether its key (or server) works, off the window's thread.

    The models it offers are then listed in the dialog's model box.
    """
    page = dialog.provider_page
    editor = page.checker()
    server = page.server_editor if editor is page.server_editor else None
    address = server.address() if server is not None else None
    trusted = address in server.trusted_addresses() if server is not None else None
    return check_key(window, editor, page.provider_id, address=address, trusted=trusted, on_models=page.add_models)


def check_key(window: WindowApi, editor: KeyEditor | ServerEditor, provider_id: str, *, address: str | None = None,
              trusted: bool | None = None, on_models: Callable[[str, list[str]], None] | None = None) -> Task:  # fmt: skip
    """Whether ``provider_id``'s key (or server) works, asked on a worker; ``editor`` says the answer."""
    if address is not None:
        editor.refresh(translate("Actions", "Checking the server…"))
    else:
        editor.refresh(translate("Actions", "Checking the key…"))

    def work(_progress, cancel):
        provider = window.context.make_provider(provider_id, address=address, trusted=trusted)
        try:
            sentence = provider.check(cancel)
            try:
                names = [m.id for m in provider.models(cancel)]
            except HeadshotError:
                names = []  # the key works; the list is only a convenience
            return sentence, names
        finally:
            provider.close()

    def done(result: tuple[str, list[str]]) -> None:
        if task.cancelled:  # the dialog asking has closed
            return
        sentence, names = result
        if on_models is not None:
            on_models(provider_id, names)
        if editor.provider_id == provider_id:
            said = shown(sentence)
            if names:
                said = translate("Actions", "{sentence} Models: {models}.").format(
                    sentence=said, models=", ".join(names)
                )
            editor.refresh(said)

    unfinished = translate("Actions", "The check did not finish.")

    def failed(err: BaseException) -> None:
        if not task.cancelled and editor.provider_id == provider_id:
            editor.refresh(error_text(plain_error(err, unfinished)))  # logs the unexpected

    # Its answer, good or bad, is said in the editor that asked.
    op = NetworkOp(editor, work, failed=unfinished, label="test key")  # type: ignore[arg-type]
    task = op.success(done).failure(failed).run_in_background()
    return task
