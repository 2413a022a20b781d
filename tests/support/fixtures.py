"""Fixtures more than one test module needs: a real log file, the real Secret Service keyring, a selfie."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from headshot_desktop.system.logging import setup_logging, shutdown_logging
from tests.support.env import require_or_skip
from tests.unit.intake import corpus


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    """The app's real rotating log, in a folder of this test's own."""
    path = setup_logging(tmp_path / "logs")
    yield path
    shutdown_logging()


def read_log(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8") if path.exists() else ""


@pytest.fixture
def real_keyring() -> keyring.backend.KeyringBackend:
    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__:
        require_or_skip("HEADSHOT_REQUIRE_KEYRING", f"no Secret Service keyring here, got {backend!r}")
    return backend


@pytest.fixture
def selfie(tmp_path: Path) -> Path:
    """A camera JPEG full of metadata, as a person would bring it."""
    return corpus.write(tmp_path, "selfie.jpg", corpus.jpeg_full_of_metadata(corpus.photo((900, 1200))))


@pytest.fixture
def headshots_dir(home: Path) -> Path:
    """Where the command line stores headshots under the test's HOME."""
    return home / "Pictures" / "Headshot Desktop" / "Headshots"
