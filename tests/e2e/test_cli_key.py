"""``headshot-desktop key …`` as a person runs it: a real process, the real keyring."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from tests.support.fixtures import real_keyring as real_keyring  # fixtures by name


def cli(*args: str, stdin: str = "", env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.mark.keyring
def test_key_set_status_delete(real_keyring, home) -> None:
    key = "sk-cli-" + uuid.uuid4().hex
    service = os.environ["HEADSHOT_DESKTOP_KEYRING_SERVICE"]

    status = cli("key", "status")
    assert status.returncode == 0 and status.stdout.strip() == "OpenAI API key: not set (environment: OPENAI_API_KEY)"

    stored = cli("key", "set", stdin=key + "\n")
    assert stored.returncode == 0, stored.stderr
    assert key not in stored.stdout + stored.stderr
    assert real_keyring.get_password(service, "openai") == key

    status = cli("key", "status", "--json")
    assert json.loads(status.stdout) == {
        "provider": "openai",
        "source": "keyring",
        "variables": ["OPENAI_API_KEY"],
        "keyring_available": True,
    }
    assert key not in status.stdout

    env_status = cli("key", "status", env_extra={"OPENAI_API_KEY": "sk-env-" + "x" * 30})
    assert "OPENAI_API_KEY" in env_status.stdout

    deleted = cli("key", "delete")
    assert deleted.returncode == 0 and "removed" in deleted.stderr
    assert real_keyring.get_password(service, "openai") is None
    assert "No OpenAI API key was stored" in cli("key", "delete").stderr


def test_key_set_without_keyring_fails_clearly(home) -> None:
    # keyring's "fail" backend is what a machine without any keyring service gets.
    result = cli(
        "key",
        "set",
        stdin="sk-whatever-123456789\n",
        env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"},
    )
    assert result.returncode == 1
    assert "No system keyring" in result.stderr
    assert "Traceback" not in result.stderr


def test_empty_key_and_usage_errors(home) -> None:
    assert cli("key", "set", stdin="\n").returncode == 1
    bad = cli("key", "frobnicate")
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    assert cli("key").returncode == 2
