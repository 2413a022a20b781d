"""Fail unless a frozen app's self-check report shows a complete bundle (used by CI on every OS).

HEADSHOT_DESKTOP_BUNDLE_CHECK=bundle.json <frozen app>
python installers/check_bundle.py bundle.json
"""

from __future__ import annotations

import json
import sys

PLATFORM_PLUGIN = {
    "linux": "platforms/libqxcb.so",
    "darwin": "platforms/libqcocoa.dylib",
    "win32": "platforms/qwindows.dll",
}
KEYRING = {"darwin": "keyring.backends.macOS", "win32": "keyring.backends.Windows"}


def problems(report: dict, platform: str = sys.platform) -> list[str]:
    platform = "linux" if platform.startswith("linux") else platform
    found = []
    if not report.get("frozen"):
        found.append("the report does not come from a frozen app")
    if "icons/headshot-desktop.svg" not in report.get("resources", []):
        found.append("headshot_desktop.resources is missing or empty")
    elif "export_presets.json" not in report.get("resources", []):
        found.append("the export presets (export_presets.json) are missing")
    if platform == "linux":
        if report.get("secret_service_backend") != "keyring.backends.SecretService":
            found.append("keyring's Secret Service backend is missing")
    elif KEYRING[platform] not in report.get("keyring_viable", []):
        found.append(f"{KEYRING[platform]} is not usable")
    loaded = report.get("plugins_loaded", [])
    if not any("ffmpegmediaplugin" in name for name in loaded):
        found.append("QtMultimedia's FFmpeg plugin did not load")
    if not any("qsvgicon" in name for name in loaded):
        found.append("Qt's SVG icon engine did not load (it draws the window's icon)")
    if PLATFORM_PLUGIN[platform] not in loaded:
        found.append(f"{PLATFORM_PLUGIN[platform]} did not load")
    found += [f"plugin {name}: {error}" for name, error in report.get("plugins_failed", {}).items()]
    found += [f"{fmt}: {status}" for fmt, status in report.get("image_formats", {}).items() if status != "ok"]
    translations = report.get("translations", {})
    if not translations:
        found.append("the report lists no translations")
    for code, loaded in translations.items():
        wanted = [f"headshot_desktop_{code}"] + ([] if code == "en" else [f"qtbase_{code}"])
        found += [f"{name}.qm did not load" for name in wanted if name not in loaded]
    return found


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        issues = problems(json.load(handle))
    for issue in issues:
        print(f"bundle check: {issue}", file=sys.stderr)
    sys.exit(1 if issues else 0)
