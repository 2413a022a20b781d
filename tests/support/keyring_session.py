"""Run Python code against a private GNOME Keyring on its own D-Bus session.

For tests that must leave the keyring in a state no other test may see (locked).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile

from tests.support.env import require_or_skip


def run_with_private_keyring(code: str, *, timeout: int = 60) -> subprocess.CompletedProcess:
    for tool in ("dbus-run-session", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            require_or_skip("HEADSHOT_REQUIRE_KEYRING", f"{tool} is not installed")
    with tempfile.TemporaryDirectory() as home, tempfile.TemporaryDirectory() as runtime:
        os.chmod(runtime, 0o700)
        env = {**os.environ, "HOME": home, "XDG_RUNTIME_DIR": runtime}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        script = 'printf private-pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$0" -c "$1"'
        return subprocess.run(
            ["dbus-run-session", "--", "sh", "-c", script, sys.executable, code],
            capture_output=True,
            text=True,
            env=env,
            timeout=timeout,
        )
