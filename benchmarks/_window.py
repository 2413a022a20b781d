"""What the benchmarks that drive the real window share: a child process with a throwaway HOME, waiting
without blocking the event loop, and "the window has nothing left to do"."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.support.home import home_environment

REPO = Path(__file__).resolve().parent.parent
# Variables of the person's own set-up that would point the app elsewhere than the throwaway HOME and server.
FOREIGN = (
    "XDG_PICTURES_DIR",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "SSL_CERT_FILE",
    "HEADSHOT_DESKTOP_LIBRARY",
    "HEADSHOT_DESKTOP_PROVIDER",
)


def spin_until(condition: Callable[[], bool], timeout_s: float = 300) -> None:
    """Run the event loop in 2 ms slices until ``condition()`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step did not finish")
        loop = QEventLoop()
        QTimer.singleShot(2, loop.quit)
        loop.exec()


def spin_for(seconds: float) -> None:
    end = time.monotonic() + seconds
    spin_until(lambda: time.monotonic() >= end)


def window_idle(window: Any) -> bool:
    """No work queued or running on any of the window's pools, and no library refresh pending."""
    session = window.session
    pools = (session.runner, session.network, session.pricing.runner)
    return not any(pool.active for pool in pools) and not window._refresh_timer.isActive()


def settle(window: Any, quiet_s: float = 0.2, timeout_s: float = 120) -> None:
    """Wait until the window has been idle for ``quiet_s`` (the price shown, the library listed)."""
    deadline = time.monotonic() + timeout_s
    while True:
        spin_until(lambda: window_idle(window), timeout_s=max(1.0, deadline - time.monotonic()))
        spin_for(quiet_s)
        if window_idle(window):
            return


def in_child(module: str, *args: str, prepare: Callable[[Path], None] | None = None, timeout: float = 1800) -> dict:
    """Run ``python -m module --child args…`` offscreen with a throwaway HOME; its last stdout line is JSON."""
    with tempfile.TemporaryDirectory(prefix="bench-") as home:
        if prepare is not None:
            prepare(Path(home))
        env = {
            **os.environ,
            **home_environment(Path(home)),
            "QT_QPA_PLATFORM": "offscreen",
            "HEADSHOT_DESKTOP_KEYRING_SERVICE": "headshot-desktop-bench",
        }
        for var in FOREIGN:
            env.pop(var, None)
        out = subprocess.run(
            [sys.executable, "-m", module, "--child", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=REPO,
        )
        if out.returncode != 0:
            raise RuntimeError(f"the benchmark child {module} {' '.join(args)} failed:\n{out.stderr[-3000:]}")
        return json.loads(out.stdout.strip().splitlines()[-1])


def make_context(server: Any) -> Any:
    """The app's context pointed at ``server``, the privacy notice and the provider's terms accepted."""
    from headshot_desktop.app import build_context

    context = build_context(environ={**os.environ, **server.environ()}, log_to_file=False)
    context.settings.privacy_accepted = context.settings.age_confirmed = True
    # Consent is given per provider: without it, Generate would ask first (a modal box).
    context.settings.accepted_providers = [*context.settings.accepted_providers, context.provider_id]
    return context


def open_window(server: Any = None, context: Any = None) -> Any:
    """The real main window against ``server`` (or for ``context``), shown and exposed."""
    from headshot_desktop.ui.gui import collect_from_now_on
    from headshot_desktop.ui.main_window import MainWindow

    window = MainWindow(context if context is not None else make_context(server))
    window.show()
    spin_until(lambda: window.windowHandle() is not None and window.windowHandle().isExposed())
    collect_from_now_on()  # as the app does after its first frame: what start-up made is not collected again
    return window
