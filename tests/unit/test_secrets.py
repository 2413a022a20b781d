"""The secret store against the real OS keyring (GNOME Keyring over the Secret Service)."""

from __future__ import annotations

import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from headshot_desktop.errors import KeyringUnavailableError
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import KeySource, SecretStore
from tests.support.fixtures import real_keyring as real_keyring  # fixtures by name
from tests.support.keyring_session import run_with_private_keyring


@pytest.fixture
def store(real_keyring) -> SecretStore:
    # A service name of its own per test, so tests never see each other's keys.
    return SecretStore(environ={}, service=f"headshot-desktop-test-{uuid.uuid4().hex[:8]}")


def fake_key() -> str:
    return "sk-test-" + uuid.uuid4().hex + uuid.uuid4().hex


@pytest.mark.keyring
def test_set_get_delete_in_real_keyring(store: SecretStore, real_keyring, home: Path) -> None:
    key = fake_key()
    assert store.get("openai") == (None, KeySource.NONE)
    assert store.set(key, "openai") is KeySource.KEYRING
    assert store.get("openai") == (key, KeySource.KEYRING)
    # It is really in the OS keyring, seen by another client of it.
    assert real_keyring.get_password(store._service, "openai") == key
    # ... and in no file of ours.
    paths = AppPaths.from_platform()
    for folder in [*paths.app_owned_dirs(), paths.library_dir]:
        for file in folder.rglob("*") if folder.exists() else []:
            assert key.encode() not in file.read_bytes()
    assert store.delete("openai") is True
    assert store.get("openai") == (None, KeySource.NONE)
    assert real_keyring.get_password(store._service, "openai") is None
    assert store.delete("openai") is False


@pytest.mark.keyring
def test_environment_wins_and_is_never_stored(real_keyring) -> None:
    service = f"headshot-desktop-test-{uuid.uuid4().hex[:8]}"
    env_key, saved_key = fake_key(), fake_key()
    store = SecretStore(environ={"OPENAI_API_KEY": env_key}, service=service, env_vars={"openai": ("OPENAI_API_KEY",)})
    assert store.get("openai") == (env_key, KeySource.ENVIRONMENT)
    store.set(saved_key, "openai")
    assert store.get("openai") == (env_key, KeySource.ENVIRONMENT)
    assert real_keyring.get_password(service, "openai") == saved_key
    assert SecretStore(environ={}, service=service).get("openai") == (saved_key, KeySource.KEYRING)
    store.delete("openai")
    assert store.get("openai") == (env_key, KeySource.ENVIRONMENT)


@pytest.mark.keyring
def test_session_key_is_memory_only(store: SecretStore, real_keyring) -> None:
    key = fake_key()
    assert store.set(key, "openai", session_only=True) is KeySource.SESSION
    assert store.get("openai") == (key, KeySource.SESSION)
    assert real_keyring.get_password(store._service, "openai") is None
    assert SecretStore(environ={}, service=store._service).get("openai") == (None, KeySource.NONE)


LOCKED_KEYRING_CHECK = """
import keyring, secretstorage
from headshot_desktop.errors import ErrorKind, KeyringUnavailableError
from headshot_desktop.system.secrets import KeySource, SecretStore
assert "SecretService" in type(keyring.get_keyring()).__module__, keyring.get_keyring()
store = SecretStore(environ={})
store.set("sk-before-lock-0123456789", "openai")
collection = secretstorage.get_default_collection(secretstorage.dbus_init())
collection.lock()
assert collection.is_locked()
try:
    store.set("sk-after-lock-0123456789", "openai")
except KeyringUnavailableError as err:
    assert err.kind is ErrorKind.KEYRING, err.kind
    print("ERROR:", err.user_text())
else:
    raise SystemExit("no error for a locked keyring")
assert store.keyring_available() is False
assert store.get("openai") == (None, KeySource.NONE)
assert store.set("sk-session-0123456789", "openai", session_only=True) is KeySource.SESSION
print("OK")
"""


@pytest.mark.keyring
def test_locked_keyring_raises_one_typed_error() -> None:
    result = run_with_private_keyring(LOCKED_KEYRING_CHECK)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ERROR: The system keyring is locked." in result.stdout
    assert result.stdout.rstrip().endswith("OK")


def test_no_keyring_at_all() -> None:
    store = SecretStore(environ={}, backend=keyring.backends.fail.Keyring())
    assert store.keyring_available() is False
    with pytest.raises(KeyringUnavailableError) as caught:
        store.set(fake_key(), "openai")
    assert "No system keyring" in caught.value.user_text()
    assert "session only" in caught.value.user_text()
    assert store.get("openai") == (None, KeySource.NONE)
    key = fake_key()
    store.set(key, "openai", session_only=True)
    assert store.get("openai") == (key, KeySource.SESSION)
    assert store.delete("openai") is True
    assert store.get("openai") == (None, KeySource.NONE)


def test_blank_key_refused() -> None:
    with pytest.raises(ValueError):
        SecretStore(environ={}, backend=keyring.backends.fail.Keyring()).set("   ", "openai", session_only=True)
