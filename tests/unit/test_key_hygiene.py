"""Keys that are damaged when pasted (issue 13, items 10 and 11).

A key with a line break, a space, a control character or a non-ASCII character inside is refused
when it is set (the store and ``key set``, exit 2), and fails with the app's own sentence when it
comes from ``OPENAI_API_KEY`` (no raw ``UnicodeEncodeError``, no "check your internet", no
retries). Whitespace around a key is only stripped. The log never holds any part of a key, also
not in an escaped form (``repr``, JSON, URL encoding) that the plain pattern used to miss.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import urllib.parse
import uuid
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import ErrorKind, HeadshotError
from headshot_desktop.providers.openai import OpenAIProvider
from headshot_desktop.system.logging import redacting_filter
from headshot_desktop.system.secrets import KeySource, SecretStore
from tests.support.fixtures import log_file as log_file  # fixtures by name
from tests.support.fixtures import read_log
from tests.support.fixtures import real_keyring as real_keyring
from tests.unit.provider.helpers import FAST_RETRY, Events, RecordingSleep, make_photo, request

SECRET_PART = "XYZsecretpart"
# What a paste can put inside a key. Each must be refused when the key is set.
BAD_KEYS = {
    "line-break": f"sk-abc123\n{SECRET_PART}",
    "crlf": f"sk-abc123\r\n{SECRET_PART}",
    "space": f"sk-abc123 {SECRET_PART}",
    "tab": f"sk-abc123\t{SECRET_PART}",
    "nul": f"sk-abc123\x00{SECRET_PART}",
    "escape": f"sk-abc123\x1b{SECRET_PART}",
    "delete": f"sk-abc123\x7f{SECRET_PART}",
    "no-break-space": f"sk-abc123\u00a0{SECRET_PART}",
    "zero-width-space": f"sk-abc123\u200b{SECRET_PART}",
    "non-ascii": f"sk-abc\u00e9def{SECRET_PART}",
}
REFUSAL_WORDS = ("space", "line break", "character", "whitespace")


def says_why(text: str) -> bool:
    return any(word in text.lower() for word in REFUSAL_WORDS)


def cli(*args: str, stdin: str = "", env_extra: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    # Bytes both ways: the key's non-ASCII character must reach the app as UTF-8 whatever the locale.
    env = {**os.environ, **(env_extra or {})}
    done = subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        input=stdin.encode(),
        capture_output=True,
        env=env,
        timeout=60,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    )


# -- f. refused when set ----------------------------------------------------------------------------------


@pytest.mark.parametrize("key", BAD_KEYS.values(), ids=list(BAD_KEYS))
@pytest.mark.parametrize("session_only", [True, False], ids=["session", "keyring"])
def test_the_store_refuses_a_key_with_whitespace_or_control_inside(key: str, session_only: bool) -> None:
    # The "fail" keyring: the key must be refused before the keyring is even asked.
    store = SecretStore(environ={}, backend=keyring.backends.fail.Keyring())
    with pytest.raises(HeadshotError) as caught:
        store.set(key, "openai", session_only=session_only)
    error = caught.value
    assert error.kind is ErrorKind.CONFIG, f"{type(error).__name__} ({error.kind}): {error.user_text()}"
    assert says_why(error.user_text()), error.user_text()
    assert SECRET_PART not in error.user_text() + error.detail
    assert store.get("openai") == (None, KeySource.NONE)


def test_whitespace_around_a_key_is_only_stripped() -> None:
    store = SecretStore(environ={}, backend=keyring.backends.fail.Keyring())
    assert store.set("  sk-abc123XYZsecretpart\r\n", "openai", session_only=True) is KeySource.SESSION
    assert store.get("openai") == ("sk-abc123XYZsecretpart", KeySource.SESSION)


@pytest.mark.keyring
def test_a_refused_key_leaves_nothing_in_the_real_keyring(real_keyring) -> None:
    store = SecretStore(environ={}, service=f"headshot-desktop-test-{uuid.uuid4().hex[:8]}")
    try:
        with pytest.raises(HeadshotError) as caught:
            store.set(BAD_KEYS["line-break"], "openai")
        assert caught.value.kind is ErrorKind.CONFIG
        assert real_keyring.get_password(store._service, "openai") is None
    finally:
        if real_keyring.get_password(store._service, "openai") is not None:
            real_keyring.delete_password(store._service, "openai")


@pytest.mark.parametrize(
    "key",
    [BAD_KEYS[name] for name in ("line-break", "space", "tab", "non-ascii")],
    ids=["line-break", "space", "tab", "non-ascii"],
)
def test_key_set_refuses_a_damaged_key_with_exit_2(key: str) -> None:
    # No keyring at all: the key must be refused (exit 2) before the keyring is asked (exit 1).
    out = cli("key", "set", stdin=key + "\n", env_extra={"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})
    assert out.returncode == 2, f"exit {out.returncode}: {out.stderr}"
    assert says_why(out.stderr), out.stderr
    assert "No system keyring" not in out.stderr and "Traceback" not in out.stderr
    assert SECRET_PART not in out.stdout + out.stderr


@pytest.mark.keyring
def test_key_set_with_a_line_break_stores_nothing(real_keyring) -> None:
    service = f"headshot-desktop-test-{uuid.uuid4().hex[:8]}"
    env = {"HEADSHOT_DESKTOP_KEYRING_SERVICE": service}
    try:
        refused = cli("key", "set", stdin=BAD_KEYS["line-break"] + "\n", env_extra=env)
        assert refused.returncode == 2, f"exit {refused.returncode}: {refused.stderr}"
        assert real_keyring.get_password(service, "openai") is None, "part of a damaged key was stored"
        # A trailing line break (echo) is only stripped.
        good = "sk-good-" + uuid.uuid4().hex
        stored = cli("key", "set", stdin=f"  {good}\n\n", env_extra=env)
        assert stored.returncode == 0, stored.stderr
        assert real_keyring.get_password(service, "openai") == good
    finally:
        if real_keyring.get_password(service, "openai") is not None:
            real_keyring.delete_password(service, "openai")


# -- 11. a key with a line break from the environment ---------------------------------------------------


def call_provider(**create_options: object) -> BaseException:
    """Build a provider and make one edit; return what it raised (it must raise)."""
    try:
        provider = OpenAIProvider.create(**create_options)
        try:
            provider.edit(make_photo(), request(), Events(), CancelToken())
        finally:
            provider.close()
    except Exception as exc:  # noqa: BLE001 - the point is to see which kind escapes
        return exc
    pytest.fail("the edit succeeded with a damaged key")


def test_a_key_with_a_line_break_from_the_environment_fails_clearly(api_server, log_file: Path) -> None:
    sleep = RecordingSleep()
    error = call_provider(
        base_url=api_server.base_url,
        retry=FAST_RETRY,
        sleep=sleep,
        environ={"OPENAI_API_KEY": BAD_KEYS["line-break"], "SSL_CERT_FILE": str(api_server.ca_pem_path)},
    )
    assert isinstance(error, HeadshotError), f"{type(error).__name__}: {error}"
    assert error.kind in (ErrorKind.CONFIG, ErrorKind.AUTH), f"{error.kind}: {error.user_text()}"
    assert "key" in error.user_text().lower() and "internet" not in error.user_text().lower()
    assert sleep.delays == [], "a damaged key was retried"
    assert api_server.requests == []
    assert SECRET_PART not in error.user_text()
    assert SECRET_PART not in read_log(log_file), "the part of the key after the line break reached the log"


# -- h. a non-ASCII character in the key ----------------------------------------------------------------


def test_a_non_ascii_key_from_the_environment_fails_with_the_apps_own_error(api_server, context_for) -> None:
    key = BAD_KEYS["non-ascii"]
    context = context_for(api_server, OPENAI_API_KEY=key)
    try:
        provider = context.make_provider()
        try:
            provider.edit(make_photo(), request(), Events(), CancelToken())
        finally:
            provider.close()
    except Exception as exc:  # noqa: BLE001
        error: BaseException = exc
    else:
        pytest.fail("the edit succeeded with a non-ASCII key")
    assert isinstance(error, HeadshotError), f"{type(error).__name__}: {error}"
    assert error.kind in (ErrorKind.CONFIG, ErrorKind.AUTH), f"{error.kind}: {error.user_text()}"
    assert "character" in error.user_text().lower(), error.user_text()
    assert key not in error.user_text()
    assert api_server.requests == []


def test_generate_with_a_non_ascii_key_says_so_without_a_traceback(api_server, tmp_path: Path) -> None:
    photo = tmp_path / "selfie.jpg"
    Image.new("RGB", (600, 800), (200, 160, 140)).save(photo)
    out = cli(
        "generate",
        str(photo),
        "--style",
        "navy-suit",
        "--variants",
        "1",
        env_extra={**api_server.environ(), "OPENAI_API_KEY": BAD_KEYS["non-ascii"]},
    )
    assert "Traceback" not in out.stderr, out.stderr[-600:]
    assert out.returncode in (1, 2)
    assert "character" in out.stderr.lower(), out.stderr
    assert api_server.requests_to("images/edits") == []


# -- g. escaped forms of a key never reach the log ------------------------------------------------------

BODY_A = "Qm7rT2vX9pL4sN8wK3jH"  # 20 characters each: with "sk-proj-", a 48-character key
BODY_B = "6fD1gB5cZ0aYeU2iO7uR"


def forms(key: str) -> dict[str, str]:
    """How a key shows up in a log line when someone logs it carelessly."""
    return {
        "repr": f"{key!r}",
        "json": json.dumps(key),
        "json-in-a-payload": json.dumps({"headers": {"authorization": f"Bearer {key}"}}),
        "url": urllib.parse.quote(key, safe=""),
        "bytes-repr": repr(f"Bearer {key}".encode()),
    }


def windows(*parts: str, width: int = 8) -> list[str]:
    return [part[i : i + width] for part in parts for i in range(len(part) - width + 1)]


def assert_no_part_of(key_parts: tuple[str, ...], text: str) -> None:
    leaked = [w for w in windows(*key_parts) if w in text]
    assert not leaked, f"parts of the key reached the log: {leaked[:3]} … in:\n{text}"


@pytest.mark.parametrize("registered", [True, False], ids=["known-key", "unknown-key"])
@pytest.mark.parametrize("damage", ["", "\n", "\r\n", "\t", "\u2028"], ids=["clean", "lf", "crlf", "tab", "u2028"])
def test_escaped_forms_of_a_key_are_redacted(log_file: Path, damage: str, registered: bool) -> None:
    # Each case its own key: the filter's list of known keys is process-wide.
    salt = uuid.uuid5(uuid.NAMESPACE_OID, f"{damage!r}{registered}").hex[:4]
    part_a, part_b = salt + BODY_A[4:], BODY_B
    key = f"sk-proj-{part_a}{damage}{part_b}"
    if registered:
        redacting_filter.add_secret(key)  # as OpenAIClient does with the key it uses
    log = logging.getLogger("headshot_desktop.test_key_hygiene")
    for name, text in forms(key).items():
        log.warning("%s: %s", name, text)
    log.warning("f-string repr %s", f"{key!r}")
    text = read_log(log_file)
    assert_no_part_of((part_a, part_b), text)
    assert text.count("test_key_hygiene: ") == 6  # every line is still there, only the key is gone
