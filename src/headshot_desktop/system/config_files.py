"""Reading a JSON file the person may have edited (or a crash may have cut): damage never stops the app.

A file that cannot be read as a JSON object is set aside as ``NAME.bad`` (or, in a
folder that cannot be written, ignored) and the caller uses its defaults. Either
way a sentence naming the file goes to ``notices``, for the window and the
command line to show.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MAX_CONFIG_BYTES = 4 << 20


def add_notice(notices: list[str], text: str) -> None:
    if text not in notices:
        notices.append(text)


def _reason(err: BaseException) -> str:
    if isinstance(err, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(err, RecursionError):
        return "it is nested too deeply"
    if isinstance(err, json.JSONDecodeError):
        return f"it is not valid JSON (line {err.lineno}, column {err.colno})"
    return str(err) or type(err).__name__


def set_aside(path: Path, reason: str, notices: list[str]) -> None:
    """Move a damaged ``path`` to ``path.bad`` and say so; if that fails, say it was ignored."""
    bad = path.with_name(path.name + ".bad")
    try:
        os.replace(path, bad)
    except OSError as err:
        log.warning("damaged file %s (%s) cannot be set aside: %s", path, reason, err)
        add_notice(notices, f"{path} is damaged ({reason}) and was ignored; the defaults are used.")
        return
    log.warning("damaged file %s (%s); set aside as %s", path, reason, bad.name)
    add_notice(notices, f"{path} was damaged ({reason}); it was set aside as {bad.name} and the defaults are used.")


def read_json_object(path: Path, notices: list[str]) -> dict[str, Any] | None:
    """The JSON object in ``path``; None when there is none (missing, unreadable or damaged)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as err:
        log.warning("cannot read %s: %s", path, err)
        add_notice(notices, f"{path} cannot be read ({err.strerror or err}); the defaults are used.")
        return None
    try:
        if len(data) > MAX_CONFIG_BYTES:
            raise ValueError(f"it is larger than {MAX_CONFIG_BYTES >> 20} MB")
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("it does not hold a JSON object")
    except (ValueError, RecursionError) as err:
        set_aside(path, _reason(err), notices)
        return None
    return raw
