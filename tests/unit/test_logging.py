"""No API key ever reaches the log file, however it is handed to the logger."""

from __future__ import annotations

import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from headshot_desktop import __version__
from headshot_desktop.app import build_context
from headshot_desktop.system.logging import photo_ref, redacting_filter
from tests.support.fixtures import log_file as log_file  # fixtures by name
from tests.support.fixtures import read_log

KEY = "sk-proj-" + "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z" * 2


def test_key_never_reaches_the_file(log_file: Path) -> None:
    context = build_context(log_to_file=False)
    context.secrets.env_variable("openai")  # the first key lookup: every provider's key shapes are learnt
    context.close()
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


def test_photo_names_and_paths_never_reach_the_file(log_file: Path, home: Path) -> None:
    """A photo's name says who is in it, its path whose computer it is: the log keeps a neutral id instead."""
    given = "Jane Quinlan 2019 passport.heic"  # spaces: no pattern could find where it starts
    ref = photo_ref(given)
    log = logging.getLogger("headshot_desktop.test")
    log.info("%s: prepared", given)
    log.info("stored original %s", "2026-11-22 14.03 Jane Quinlan 2019 passport.jpg")  # as the library names it
    log.warning("cannot read %s", "/media/usb/Janes photos/Jane Quinlan at work.png")
    log.info("error text (%s)", f"{home}/Pictures/someone.JPG: not a photo")
    family = home / (given.split()[1] + " family.webp")
    try:
        raise OSError(f"[Errno 5] Input/output error: '{family}'")
    except OSError:
        log.exception("import failed")
    text = read_log(log_file)
    assert "Quinlan" not in text and "Jane" not in text and "someone" not in text, text
    assert str(home) not in text
    assert f"{ref}: prepared" in text and ref == photo_ref(given), "the same name, the same id"
    assert re.findall(r"photo-[0-9a-f]{8}", text)[1:] and "stored original" in text and "import failed" in text
    # Words that only look like names stay: the log keeps its sense.
    log.info("POST images/edits -> HTTP 200; model=gpt-image-2; image/png")
    assert "POST images/edits -> HTTP 200; model=gpt-image-2; image/png" in read_log(log_file)


def _run_fresh(code: str, home: Path) -> None:
    """``code`` in a new interpreter: the log's learnt key shapes are the whole process's."""
    env = {**os.environ, "HOME": str(home)}
    for variable in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env.pop(variable, None)
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def test_a_key_stored_before_any_lookup_is_still_redacted(tmp_path: Path) -> None:
    gemini_key = "AIza" + "Sy" + "B3dEf6hIj9kLm2nOp5qRs8tUv1wXy4zAb3"
    _run_fresh(
        "import logging\n"
        "from headshot_desktop.app import build_context\n"
        "context = build_context()\n"
        f"context.secrets.set({gemini_key!r}, 'openai', session_only=True)\n"  # another provider's shape
        f"logging.getLogger('headshot_desktop.test').warning('echoed %s', {gemini_key!r})\n",
        tmp_path,
    )
    text = "".join(p.read_text(encoding="utf-8") for p in tmp_path.rglob("headshot-desktop.log"))
    assert "echoed [REDACTED]" in text and gemini_key not in text


def test_the_file_starts_at_the_first_record_under_a_version_line(tmp_path: Path) -> None:
    _run_fresh("from headshot_desktop.app import build_context\nbuild_context().close()\n", tmp_path)
    assert not list(tmp_path.rglob("headshot-desktop.log"))  # a start with nothing to say writes nothing
    _run_fresh(
        "import logging\nfrom headshot_desktop.app import build_context\nbuild_context()\n"
        "logging.getLogger('headshot_desktop.test').warning('something to keep')\n",
        tmp_path,
    )
    (log,) = tmp_path.rglob("headshot-desktop.log")
    first, second = log.read_text(encoding="utf-8").splitlines()[:2]
    assert f"Headshot Desktop {__version__}, started " in first and second.endswith("something to keep")
