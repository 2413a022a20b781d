"""The Linux installer: build the .deb, install it with apt, start the installed app, remove it.

A PyInstaller build and a real package install: needs root and about two minutes, so it
runs only with HEADSHOT_TEST_INSTALLER=1 (scripts/test.sh sets it when run as root).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from headshot_desktop import __version__
from installers import check_bundle

REPO = Path(__file__).resolve().parents[2]
ID = "io.github.headshotdesktop.HeadshotDesktop"
PACKAGE = "headshot-desktop"
OPT = Path("/opt/headshot-desktop")
LAUNCHER = Path("/usr/bin/headshot-desktop")
FLAG = "HEADSHOT_TEST_INSTALLER"

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]


def _require_installer_run() -> None:
    if os.environ.get(FLAG) != "1":
        pytest.skip(f"builds and installs a .deb as root: set {FLAG}=1 to run it")
    problems = []
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None:
        problems.append("needs Debian/Ubuntu (apt-get)")
    if os.geteuid() != 0:
        problems.append("needs root to install the package")
    if problems:
        pytest.fail(f"{FLAG}=1 but the installer test cannot run: {'; '.join(problems)}")


def _run(*command: str | Path, env: dict[str, str] | None = None, timeout: int = 300):
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, env=env, timeout=timeout)


def _installed() -> bool:
    result = _run("dpkg-query", "-W", "-f=${Status}", PACKAGE)
    return "install ok installed" in result.stdout


@pytest.fixture(scope="session")
def deb() -> Path:
    _require_installer_run()
    # xz level 1: five times faster than the release default, same contents.
    env = {**os.environ, "DEB_XZ_LEVEL": "1"}
    result = _run("bash", REPO / "installers/linux/build-deb.sh", env=env, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    path = Path(result.stdout.strip().splitlines()[-1])
    assert path.is_file() and path.name.startswith(f"{PACKAGE}_{__version__}_"), path
    return path


def _app_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "LD_LIBRARY_PATH"))}
    return {**env, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def test_package_metadata(deb: Path) -> None:
    fields = {
        name: _run("dpkg-deb", "-f", deb, name).stdout.strip()
        for name in ("Package", "Version", "Depends", "Installed-Size", "Section")
    }
    assert fields["Package"] == PACKAGE and fields["Version"] == __version__
    assert fields["Section"] == "graphics"
    for needed in ("libc6 (>= 2.", "libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libpulse0"):
        assert needed in fields["Depends"], fields["Depends"]
    assert 100_000 < int(fields["Installed-Size"]) < 400_000  # KiB: the bundle, not a stub
    members = _run("ar", "t", deb).stdout.split() if shutil.which("ar") else ["data.tar.xz"]
    assert "data.tar.xz" in members
    assert deb.stat().st_size < 95e6


def test_install_start_and_remove(deb: Path, tmp_path: Path) -> None:
    try:
        result = _run("apt-get", "install", "-y", "--no-install-recommends", deb.resolve())
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]

        # Files in place.
        assert LAUNCHER.is_symlink() and LAUNCHER.resolve() == OPT / PACKAGE
        assert os.access(OPT / PACKAGE, os.X_OK)
        desktop = Path(f"/usr/share/applications/{ID}.desktop").read_text()
        assert "Exec=headshot-desktop %F" in desktop and f"Icon={ID}" in desktop
        icons = Path("/usr/share/icons/hicolor")
        assert (icons / f"scalable/apps/{ID}.svg").is_file()
        for size in (16, 32, 48, 64, 128, 256, 512):
            assert (icons / f"{size}x{size}/apps/{ID}.png").is_file(), size
        assert f"<id>{ID}</id>" in Path(f"/usr/share/metainfo/{ID}.metainfo.xml").read_text()
        assert (OPT / "_internal/headshot_desktop/resources/icons/headshot-desktop.svg").is_file()

        # What the frozen app finds at run time: resources through importlib.resources,
        # keyring's Secret Service backend, Qt plugins (FFmpeg camera plugin included), codecs.
        report_file = tmp_path / "bundle.json"
        check_env = {**_app_env(tmp_path), "HEADSHOT_DESKTOP_BUNDLE_CHECK": str(report_file)}
        assert _run(LAUNCHER, env=check_env, timeout=60).returncode == 0
        report = json.loads(report_file.read_text())
        assert report["frozen"] and report["version"] == __version__
        assert "icons/headshot-desktop.svg" in report["resources"]
        assert report["secret_service_backend"] == "keyring.backends.SecretService"
        assert "multimedia/libffmpegmediaplugin.so" in report["plugins_loaded"]
        assert "platforms/libqxcb.so" in report["plugins_loaded"]
        assert "iconengines/libqsvgicon.so" in report["plugins_loaded"]  # the window's icon
        assert report["plugins_failed"] == {}
        assert set(report["image_formats"].values()) == {"ok"}, report["image_formats"]
        assert check_bundle.problems(report) == []  # the translations too: the app's and Qt's, each language

        # The installed command starts the real window.
        version = _run(LAUNCHER, "--version", env=_app_env(tmp_path), timeout=60)
        assert version.stdout.strip() == f"headshot-desktop {__version__}"
        started = _run(LAUNCHER, "--startup-check", env=_app_env(tmp_path), timeout=120)
        assert started.returncode == 0, started.stderr[-2000:]
        assert 0 < int(started.stdout.strip().splitlines()[-1]) < 60_000

        result = _run("apt-get", "remove", "-y", PACKAGE)
        assert result.returncode == 0, result.stderr[-2000:]
        assert not OPT.exists() and not LAUNCHER.exists() and not LAUNCHER.is_symlink()
        assert not Path(f"/usr/share/applications/{ID}.desktop").exists()
    finally:
        if _installed():
            _run("apt-get", "remove", "-y", PACKAGE)
