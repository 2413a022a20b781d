"""Shared fixtures: every test runs with HOME and the XDG folders in a temporary tree."""

from __future__ import annotations

from pathlib import Path

import pytest

SECRET_ENV = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "HEADSHOT_DESKTOP_LIBRARY", "SSL_CERT_FILE")


@pytest.fixture(autouse=True)
def home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh HOME with the XDG tree inside it, so nothing touches the real user's files."""
    root = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(root))
    for var, sub in {
        "XDG_CONFIG_HOME": ".config",
        "XDG_CACHE_HOME": ".cache",
        "XDG_STATE_HOME": ".local/state",
        "XDG_DATA_HOME": ".local/share",
    }.items():
        monkeypatch.setenv(var, str(root / sub))
    monkeypatch.delenv("XDG_PICTURES_DIR", raising=False)
    for var in SECRET_ENV:
        monkeypatch.delenv(var, raising=False)
    # Never touch a developer's real key: each test has a keyring entry of its own.
    monkeypatch.setenv("HEADSHOT_DESKTOP_KEYRING_SERVICE", f"headshot-desktop-test-{root.name}")
    return root
