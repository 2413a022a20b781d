"""How commands talk: results on stdout, messages and progress on stderr, JSON when asked."""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from headshot_desktop.commands.wording import for_command_line
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
    stream = stream or sys.stderr
    _tolerant(stream, "backslashreplace")
    print(for_command_line(text), file=stream, flush=True)


def error(err: HeadshotError | str) -> None:
    text = err.user_text() if isinstance(err, HeadshotError) else err
    message(f"error: {text}")


class Progress:
    """A one-line progress bar on a terminal; plain lines otherwise (logs, pipes, CI)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self._last = ""

    def update(self, label: str, done: int, total: int) -> None:
        if self.tty:
            width = 24
            filled = int(width * done / max(total, 1))
            line = f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label}"[:120]
            self.stream.write(line.ljust(len(self._last)))
            self._last = line
            self.stream.flush()
        else:
            print(f"{done}/{total} {label}", file=self.stream, flush=True)

    def line(self, text: str) -> None:
        if self.tty and self._last:
            self.stream.write("\r" + " " * len(self._last) + "\r")
            self._last = ""
        print(for_command_line(text), file=self.stream, flush=True)

    def close(self) -> None:
        if self.tty and self._last:
            self.stream.write("\n")
            self.stream.flush()
            self._last = ""
