"""Shared fixtures: every test runs with HOME and the XDG folders in a temporary tree."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

from tests.support.home import home_environment

SECRET_ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "GOOGLE_API_KEY",
    "GEMINI_API_KEY",
    "GOOGLE_GEMINI_BASE_URL",
    "GOOGLE_GENAI_API_VERSION",
    "HEADSHOT_DESKTOP_LIBRARY",
    "SSL_CERT_FILE",
)


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME with the XDG tree inside it, so nothing touches the real user's files."""
    root = tmp_path_factory.mktemp("home")
    for var, value in home_environment(root).items():
        monkeypatch.setenv(var, value)
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    for var in SECRET_ENV:
        monkeypatch.delenv(var, raising=False)
    # Never touch a developer's real key: each test has a keyring entry of its own.
    monkeypatch.setenv("HEADSHOT_DESKTOP_KEYRING_SERVICE", f"headshot-desktop-test-{root.name}")
    _trash_in(root, monkeypatch)
    return root


def _trash_in(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Send2Trash reads XDG_DATA_HOME once, when it is imported: point it at this test's HOME.

    Without this, deletes in tests would go to the trash of whichever HOME the first
    import saw, or to the real user's trash.
    """
    if not sys.platform.startswith("linux"):
        return
    import send2trash
    import send2trash.plat_other as freedesktop

    importlib.reload(freedesktop)
    if not Path(freedesktop.HOMETRASH).is_relative_to(home):
        pytest.fail(f"the trash {freedesktop.HOMETRASH} is outside the test's HOME")
    monkeypatch.setattr(send2trash, "send2trash", freedesktop.send2trash)


@pytest.fixture
def api_server():
    """The local HTTPS server speaking OpenAI's image API (see tests/support/openai_server.py)."""
    from tests.support.openai_server import openai_server

    with openai_server() as running:
        yield running


@pytest.fixture
def context_for(home: Path):
    """Build the real AppContext against a test server, under the temporary HOME."""
    from headshot_desktop.app import build_context

    made = []

    def make(server, **extra_env: str):
        ctx = build_context(environ={**server.environ(), **extra_env}, log_to_file=False)
        made.append(ctx)
        return ctx

    yield make
    for ctx in made:
        ctx.close()
