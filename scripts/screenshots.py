"""Screenshots of every main screen, light and dark, from the real window on an X server.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python scripts/screenshots.py docs/screenshots

It runs the whole flow against the local HTTPS test server (tests/support), with a
throwaway HOME, so the person's own settings, library and key are never shown and
nothing goes to the internet. The pictures are grabbed from the X server's root
window, as a person would see them, not rendered by the widgets themselves.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def _isolate() -> str:
    home = tempfile.mkdtemp(prefix="headshot-shots-")
    os.environ.update(
        HOME=home,
        XDG_CONFIG_HOME=f"{home}/.config",
        XDG_CACHE_HOME=f"{home}/.cache",
        XDG_STATE_HOME=f"{home}/.local/state",
        XDG_DATA_HOME=f"{home}/.local/share",
        HEADSHOT_DESKTOP_KEYRING_SERVICE="headshot-desktop-screenshots",
    )
    for variable in ("OPENAI_API_KEY", "GOOGLE_API_KEY", "GEMINI_API_KEY"):
        os.environ.pop(variable, None)
    return home


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--themes", default="light,dark")
    parser.add_argument("--only", help="stop after this screen (say, results at QT_SCALE_FACTOR=2)")
    parser.add_argument("--tag", default="", help="added to each file name (say, 2x)")
    parser.add_argument("--language", default="en", help="the window's language (say, de); added to the names")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        print("no DISPLAY: run this under xvfb-run", file=sys.stderr)
        return 2
    home = Path(_isolate())
    sys.path.insert(0, str(REPO))
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QMessageBox

    from headshot_desktop.app import build_context
    from headshot_desktop.providers.registry import PROVIDER_ENV
    from headshot_desktop.ui import comparing, likeness, provider_choice
    from headshot_desktop.ui.dialogs.camera import CameraDialog
    from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
    from headshot_desktop.ui.dialogs.first_run import FirstRunWizard
    from headshot_desktop.ui.dialogs.settings import SettingsDialog
    from headshot_desktop.ui.gui import make_application
    from headshot_desktop.ui.main_window import MainWindow
    from headshot_desktop.ui.theme import apply_theme
    from tests.support.comfyui_server import comfyui_server
    from tests.support.gemini_server import gemini_server
    from tests.support.openai_server import openai_server

    app = make_application()
    from headshot_desktop.ui import languages

    languages.install(app, args.language)
    if args.language != "en":
        args.tag = "-".join(filter(None, [args.language, args.tag]))
    args.out.mkdir(parents=True, exist_ok=True)

    def settle(ms: int = 300) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def shot(widget, name: str, theme: str) -> None:
        settle()
        frame = widget.frameGeometry()
        target = args.out / f"{name}{'-' + args.tag if args.tag else ''}-{theme}.png"
        QGuiApplication.primaryScreen().grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(
            str(target)
        )
        print(target)
        if name == args.only and theme == args.themes.split(",")[-1]:
            raise SystemExit(0)

    def place(window) -> None:
        """The window's usual size, made smaller where the screen is (1366×768 laptops)."""
        room = QGuiApplication.primaryScreen().availableGeometry()
        window.resize(min(1180, room.width() - 40), min(760, room.height() - 8))
        window.move(
            room.x() + min(40, room.width() - window.width()), room.y() + min(20, room.height() - window.height())
        )

    def wait_for(condition, tries: int = 100) -> None:
        for _ in range(tries):
            if condition():
                return
            settle(100)
        raise SystemExit(f"the window did not get there in time (line {sys._getframe(1).f_lineno})")

    from scripts.portrait_answers import FACE_ON_THE_GUIDES, another_photo, answer_with_the_portrait, selfie_bytes
    from scripts.team_scene import team_screens

    answer_with_the_portrait()  # a person in the results, not a flat colour
    selfie = Path(home) / "selfie.jpg"
    selfie.write_bytes(selfie_bytes())
    with openai_server() as server:
        for theme in args.themes.split(","):
            apply_theme(app, theme)
            context = build_context(environ={**os.environ, **server.environ()}, log_to_file=False)
            wizard = FirstRunWizard(context)
            wizard.move(200, 60)
            wizard.show()
            shot(wizard, "first-run", theme)
            wizard.close()
            context.settings.privacy_accepted = context.settings.age_confirmed = True
            context.settings.accepted_providers = [context.provider_id]

            window = MainWindow(context)
            place(window)
            window.show()
            shot(window, "create-empty", theme)
            window.import_source(selfie)
            wait_for(lambda w=window: w.original is not None)
            window.gallery.select_style("navy-suit")
            shot(window, "create", theme)
            window.generate()
            wait_for(lambda w=window: all(j.state in ("done", "failed", "cancelled") for j in w.session.jobs))
            shot(window, "results", theme)
            window.tabs.setCurrentIndex(2)
            settle()
            window.library_model.wait_for_thumbnails()
            shot(window, "library", theme)
            window.library.show_originals.click()
            shot(window, "library-originals", theme)
            window.library.show_headshots.click()

            headshot = window.context.library().list_headshots()[0]
            export = ExportDialog([headshot], context.settings, window)
            export.finalRequested.connect(lambda _shot: None)  # as the window does: "Final in high detail" shows
            export.show()
            wait_for(lambda e=export, w=window: e.framing.editor.ready and not w.session.runner.active)
            shot(export, "export", theme)
            export.preset.setCurrentIndex(export.preset.findData("linkedin"))
            editor = export.framing.editor
            editor.setFocus()
            for key in (Qt.Key.Key_Plus, Qt.Key.Key_Plus, Qt.Key.Key_Up):  # the keys a person frames with
                QTest.keyClick(editor, key)
            editor.set_crop(FACE_ON_THE_GUIDES)  # then the eyes and the chin on their lines, as a person would
            export.tabs.setCurrentIndex(1)
            wait_for(lambda w=window: not w.session.runner.active)
            shot(export, "export-crop-linkedin", theme)
            export.tabs.setCurrentIndex(2)
            shot(export, "export-team-page", theme)
            export.preset.setCurrentIndex(export.preset.findData("print-8x10"))
            export.tabs.setCurrentIndex(3)
            wait_for(lambda w=window: not w.session.runner.active)
            shot(export, "export-print", theme)
            export.close()
            settings = SettingsDialog(context, models={context.provider_id: ["gpt-image-2"]}, parent=window)
            settings.show()
            shot(settings, "settings", theme)
            settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
            shot(settings, "privacy-and-data", theme)
            settings.close()
            camera = CameraDialog(window)
            camera.show()
            shot(camera, "camera-none", theme)
            camera.close()
            team_screens(window, server, home, selfie_bytes(), theme, shot, wait_for, settle)
            window.close()
            context.close()

            context.settings.library_dir = str(home / "unplugged drive" / "Headshots")
            context.save_settings()
            stranded = MainWindow(build_context(environ={**os.environ, **server.environ()}, log_to_file=False))
            place(stranded)
            stranded.show()
            wait_for(lambda w=stranded: any(b.isVisible() for b in w.findChildren(QMessageBox)))
            shot(stranded, "library-missing", theme)
            stranded.close()
            stranded.context.close()
            context.settings.library_dir = ""
            context.save_settings()
    with gemini_server() as server:
        for theme in args.themes.split(","):
            apply_theme(app, theme)
            context = build_context(environ={**os.environ, **server.environ(), PROVIDER_ENV: "gemini"},
                                    log_to_file=False)  # fmt: skip
            wizard = FirstRunWizard(context)
            wizard.move(200, 20)
            wizard.show()
            shot(wizard, "gemini-first-run", theme)
            wizard.privacy.age.setChecked(True)
            wizard.privacy.confirm.setChecked(True)
            wizard.next()
            shot(wizard, "gemini-key", theme)
            wizard.close()
            for provider_id in ("gemini", "bfl", "comfyui"):
                consent = provider_choice.consent_box(None, context.provider_info(provider_id))
                consent.show()
                consent.move(200, 20)
                shot(consent, f"{provider_id}-consent", theme)
                consent.close()
            context.close()
    with openai_server() as server, gemini_server() as gemini:
        bundle = home / "cas.pem"
        bundle.write_text(Path(server.ca_pem_path).read_text() + Path(gemini.ca_pem_path).read_text())
        for theme in args.themes.split(","):
            apply_theme(app, theme)
            environ = {**os.environ, **server.environ(), **gemini.environ(), "SSL_CERT_FILE": str(bundle)}
            context = build_context(environ=environ, log_to_file=False)
            context.settings.privacy_accepted = context.settings.age_confirmed = True
            context.settings.accepted_providers = ["openai", "gemini"]
            context.settings.keep_features = ["glasses", "grey_hair", "skin_texture"]
            window = MainWindow(context)
            place(window)
            window.show()
            window.import_source(selfie)
            wait_for(lambda w=window: w.original is not None)
            for n in range(2):
                window.session.import_photo(another_photo(n), f"me-{n}.jpg", reference=True)
            wait_for(lambda w=window: len(w.photo.references.photos) == 2)
            likeness.show_features(window)
            window.gallery.select_style("legal")
            shot(window, "likeness-create", theme)
            style, original = window.current_style(), window.original
            jobs = [window.session.generate(original, style, comparing.options_for(window, p), p,
                                            window.photo.references.originals()) for p in ("openai", "gemini")]  # fmt: skip
            window.results.grid.start([(j.id, context.provider_info(j.provider_id).title) for j in jobs])
            window.tabs.setCurrentIndex(1)
            wait_for(lambda js=jobs: all(j.state == "done" for j in js))
            best = jobs[0].outcome.headshots[0]
            child = window.session.refine(best, "tie navy instead of red", style, comparing.options_for(window, "openai"),
                                          "openai")  # fmt: skip
            wait_for(lambda j=child: j.state == "done")
            grandchild = window.session.refine(child.outcome.headshots[0], "less smile", style,
                                               comparing.options_for(window, "openai"), "openai")  # fmt: skip
            wait_for(lambda j=grandchild: j.state == "done")
            strip = window.results.strip
            target = grandchild.outcome.headshots[0]
            wait_for(lambda s=strip, t=target: any(s.item(r).data(Qt.ItemDataRole.UserRole + 2) == t
                                                   for r in range(s.count())))  # fmt: skip
            for row in range(strip.count()):
                if strip.item(row).data(Qt.ItemDataRole.UserRole + 2) == target:
                    strip.clearSelection()
                    strip.setCurrentRow(row)
            wait_for(lambda w=window: len(w.results.versions.buttons) == 3)
            shot(window, "likeness-results", theme)
            window.close()
            context.close()
    with comfyui_server() as server:
        for theme in args.themes.split(","):
            apply_theme(app, theme)
            context = build_context(environ={**os.environ, **server.environ(), PROVIDER_ENV: "comfyui"},
                                    log_to_file=False)  # fmt: skip
            context.settings.privacy_accepted = context.settings.age_confirmed = True
            context.settings.accepted_providers = ["comfyui"]
            window = MainWindow(context)
            place(window)
            window.show()
            window.import_source(selfie)
            wait_for(lambda w=window: w.original is not None)
            window.gallery.select_style("navy-suit")
            shot(window, "comfyui-create", theme)
            settings = SettingsDialog(context, parent=window, provider_id="comfyui")
            settings.show()
            settings.provider_page.server_editor.field.setText("http://192.168.1.20:8188")
            shot(settings, "comfyui-settings", theme)
            settings.close()
            window.close()
            context.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
