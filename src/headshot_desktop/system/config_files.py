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

from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

MAX_CONFIG_BYTES = 4 << 20


def add_notice(notices: list[str], text: str) -> None:
    if text not in notices:
        notices.append(text)


def reason_of(err: BaseException) -> str:
    """The words an error was raised with (a marked text stays marked), else its type's name."""
    if len(err.args) == 1 and isinstance(err.args[0], str) and err.args[0]:
        return err.args[0]
    return str(err) or type(err).__name__


def _reason(err: BaseException) -> str:
    if isinstance(err, UnicodeDecodeError):
        return N_("system", "it is not UTF-8 text")
    if isinstance(err, RecursionError):
        return N_("system", "it is nested too deeply")
    if isinstance(err, json.JSONDecodeError):
        return N_("system", "it is not valid JSON (line {line}, column {column})").format(
            line=err.lineno, column=err.colno
        )
    return reason_of(err)


def set_aside(path: Path, reason: str, notices: list[str]) -> None:
    """Move a damaged ``path`` to ``path.bad`` and say so; if that fails, say it was ignored."""
    bad = path.with_name(path.name + ".bad")
    try:
        os.replace(path, bad)
    except OSError as err:
        log.warning("damaged file %s (%s) cannot be set aside: %s", path, reason, err)
        ignored = N_("system", "{path} is damaged ({reason}) and was ignored; the defaults are used.")
        add_notice(notices, ignored.format(path=path, reason=reason))
        return
    log.warning("damaged file %s (%s); set aside as %s", path, reason, bad.name)
    set_aside_as = N_("system", "{path} was damaged ({reason}); it was set aside as {name} and the defaults are used.")
    add_notice(notices, set_aside_as.format(path=path, reason=reason, name=bad.name))


def read_json_object(path: Path, notices: list[str]) -> dict[str, Any] | None:
    """The JSON object in ``path``; None when there is none (missing, unreadable or damaged)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as err:
        log.warning("cannot read %s: %s", path, err)
        unread = N_("system", "{path} cannot be read ({error}); the defaults are used.")
        add_notice(notices, unread.format(path=path, error=err.strerror or err))
        return None
    try:
        if len(data) > MAX_CONFIG_BYTES:
            raise ValueError(N_("system", "it is larger than {size} MB").format(size=MAX_CONFIG_BYTES >> 20))
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError(N_("system", "it does not hold a JSON object"))
    except (ValueError, RecursionError) as err:
        set_aside(path, _reason(err), notices)
        return None
    return raw
