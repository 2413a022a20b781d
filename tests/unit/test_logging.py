"""No API key ever reaches the log file, however it is handed to the logger."""

from __future__ import annotations

import logging
from pathlib import Path

from headshot_desktop.system.logging import redacting_filter
from tests.support.fixtures import log_file as log_file  # fixtures by name
from tests.support.fixtures import read_log

KEY = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z" * 2


def test_key_never_reaches_the_file(log_file: Path) -> None:
    log = logging.getLogger("headshot_desktop.test")
    log.info("key in message %s" % KEY)  # noqa: UP031 - the key formatted into the message itself
    log.info("key as argument %s", KEY)
    log.info("key in a dict %r", {"headers": {"Authorization": f"Bearer {KEY}"}})
    log.warning("header line Authorization: Bearer %s", "tok_" + "x" * 30)
    log.info("form api_key=%s&model=gpt", "abc123secretvalue")
    try:
        raise RuntimeError(f"request failed with key {KEY}")
    except RuntimeError:
        log.exception("provider call failed")
    logging.getLogger("httpx").warning("HTTP Request: headers %s", [("authorization", f"Bearer {KEY}")])
    text = read_log(log_file)
    assert KEY not in text
    assert KEY[:20] not in text
    assert "tok_xxxx" not in text
    assert "abc123secretvalue" not in text
    assert text.count("[REDACTED]") >= 7
    # The rest of each line survives, so the log stays useful.
    assert "provider call failed" in text and "RuntimeError: request failed with key" in text
    assert "model=gpt" in text


def test_registered_secret_of_any_shape_is_removed(log_file: Path) -> None:
    odd_key = "plainlookingvalue42"
    redacting_filter.add_secret(odd_key)
    logging.getLogger("headshot_desktop").error("odd %s", odd_key)
    assert odd_key not in read_log(log_file)


def test_log_rotates(log_file: Path) -> None:
    log = logging.getLogger("headshot_desktop.rotate")
    line = "x" * 1000
    for _ in range(1200):
        log.info(line)
    files = sorted(p.name for p in log_file.parent.iterdir())
    assert "headshot-desktop.log.1" in files
    assert all(p.stat().st_size <= 1_100_000 for p in log_file.parent.iterdir())
