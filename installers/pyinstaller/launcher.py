"""Entry point of the frozen app: the normal command line, plus a bundle self-check.

With HEADSHOT_DESKTOP_BUNDLE_CHECK=FILE set, the app opens no window: it writes a JSON
report of what the bundle really provides at run time (resources, keyring backends, Qt
plugins that load) to FILE and exits. Installer tests and CI use it; a file rather than
stdout because a windowed Windows build has no stdout.
"""

from __future__ import annotations

import json
import os
import sys

CHECK_ENV = "HEADSHOT_DESKTOP_BUNDLE_CHECK"


def image_round_trips() -> dict[str, str]:
    """Encode and decode a small image in every format the app accepts: proves the codec
    libraries (libavif, libheif, libwebp, ...) load from the bundle."""
    import io

    import pi_heif
    from PIL import Image

    pi_heif.register_heif_opener()
    # pi-heif only decodes: prove its HEVC decoder is in the bundle instead of a round trip.
    decoders = pi_heif.libheif_info().get("decoders", {})
    results = {"HEIF": "ok" if decoders else f"no HEIF decoder in the bundle: {decoders!r}"}
    for fmt in ("JPEG", "PNG", "WEBP", "TIFF", "BMP", "GIF", "AVIF"):
        try:
            buffer = io.BytesIO()
            Image.new("RGB", (32, 32), (200, 120, 80)).save(buffer, fmt)
            with Image.open(io.BytesIO(buffer.getvalue())) as image:
                image.load()
            results[fmt] = "ok"
        except Exception as err:  # report every failure, not just the first
            results[fmt] = f"{type(err).__name__}: {err}"
    return results


def bundle_report() -> dict:
    from importlib.metadata import entry_points
    from importlib.resources import files

    import headshot_desktop

    def walk(node, prefix=""):
        for child in node.iterdir():
            if child.is_dir():
                yield from walk(child, f"{prefix}{child.name}/")
            elif not child.name.endswith(".pyc"):
                yield f"{prefix}{child.name}"

    report: dict = {"version": headshot_desktop.__version__, "frozen": bool(getattr(sys, "frozen", False))}
    root = files("headshot_desktop.resources")
    report["resources"] = sorted(walk(root))
    report["icon_bytes"] = len((root / "icons" / "headshot-desktop.svg").read_bytes())

    import keyring.backend

    # The entry points tell keyring which backends exist; the hook must have copied them.
    report["keyring_entry_points"] = sorted(ep.value for ep in entry_points(group="keyring.backends"))
    report["keyring_viable"] = sorted(type(k).__module__ for k in keyring.backend.get_all_keyring())
    if sys.platform.startswith("linux"):
        # Not viable without a D-Bus session (CI), so check it imports, with secretstorage
        # and its cryptography (the encrypted D-Bus session).
        import keyring.backends.SecretService
        import secretstorage  # noqa: F401

        report["secret_service_backend"] = keyring.backends.SecretService.Keyring.__module__

    report["image_formats"] = image_round_trips()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import QtMultimedia, QtMultimediaWidgets, QtSvg  # noqa: F401
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QPluginLoader

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    plugins_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    loaded, failed = [], {}
    for folder, _dirs, names in os.walk(plugins_dir):
        for name in sorted(names):
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, plugins_dir).replace(os.sep, "/")
            loader = QPluginLoader(path)
            # load() resolves every library the plugin links, so a missing one shows here.
            if loader.load():
                loaded.append(relative)
            else:
                failed[relative] = loader.errorString()
    report["plugins_loaded"] = sorted(loaded)
    report["plugins_failed"] = failed
    report["translations"] = translations_found()
    del app
    return report


def translations_found() -> dict[str, list[str]]:
    """Each language the window offers: whether its own and Qt's translations load from the bundle."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from headshot_desktop.ui.languages import LANGUAGES, translations_dir

    qt = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    found: dict[str, list[str]] = {}
    for code in LANGUAGES:
        loaded = [name for name, folder in ((f"headshot_desktop_{code}", str(translations_dir())),
                                            (f"qtbase_{code}", qt)) if QTranslator().load(name, folder)]  # fmt: skip
        found[code] = loaded
    return found


def main() -> int:
    target = os.environ.get(CHECK_ENV)
    if target:
        with open(target, "w", encoding="utf-8") as handle:
            json.dump(bundle_report(), handle, indent=1)
        return 0
    import gc

    gc.disable()  # as python -m headshot_desktop does: off through the imports too; cli.main turns it back on
    from headshot_desktop.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
