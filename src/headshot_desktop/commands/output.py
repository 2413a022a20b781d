"""How commands talk: results on stdout, messages and progress on stderr (``progress.py``), JSON when asked."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from headshot_desktop.errors import HeadshotError

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells expect: 128 + SIGINT


def result(line: str) -> None:
    """One result line. A path whose name is not UTF-8 is written as its own bytes, so scripts can use it."""
    _tolerant(sys.stdout, "surrogateescape")
    print(line, flush=True)


def json_result(data: Any) -> None:
    # ASCII escapes keep the output valid UTF-8 JSON even for a name that is not UTF-8 (its
    # undecodable bytes become \udcXX escapes, which json.loads turns back into the same str).
    print(json.dumps(data, indent=2, ensure_ascii=True, default=str), flush=True)


def _tolerant(stream: TextIO, errors: str) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and getattr(stream, "errors", errors) == "strict":
        reconfigure(errors=errors)


def message(text: str, *, stream: TextIO | None = None) -> None:
    """A message for the person (stderr), in command-line terms: never "in Settings"."""
    from headshot_desktop.commands.wording import for_command_line  # its patterns: compiled for the first message

    stream = stream or sys.stderr
    _tolerant(stream, "backslashreplace")
    print(for_command_line(text), file=stream, flush=True)


def error(err: HeadshotError | str) -> None:
    text = err.user_text() if isinstance(err, HeadshotError) else err
    message(f"error: {text}")
