"""How far the runs are, on stderr: one line rewritten in place on a terminal, plain lines otherwise (pipes, CI).

On a terminal the last line shows how many runs are done and where each running one is, with its time so
far ("Waiting for the provider · 0:42"). It is there as soon as the runs start and ticks on by itself while
they wait. What is worth keeping (previews, images, retries, failures) goes above it, a line each. In a pipe
every change of a run is one line, "[run] words", and each finished run one "done/total run" line.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TextIO

from headshot_desktop.commands.wording import for_command_line
from headshot_desktop.core.progress import (
    ImageProgress,
    ImageReady,
    PartialImage,
    Phase,
    Retrying,
    Status,
    with_elapsed,
)

TICK = 0.5  # seconds between redraws of the terminal line while runs wait
BAR = 24
FALLBACK_WIDTH = 120


def describe(event: object) -> str | None:
    """A progress event in the command line's words; None for one it does not show."""
    if isinstance(event, Status):
        return event.text
    if isinstance(event, PartialImage):
        return f"preview {event.partial_index + 1} of image {event.index + 1}"
    if isinstance(event, ImageReady):
        return f"image {event.image.index + 1} is ready"
    if isinstance(event, Retrying):
        return f"{event.reason} Trying again in {event.delay:.0f} s (attempt {event.attempt})."
    if isinstance(event, ImageProgress):
        return f"image {event.index + 1} is {event.fraction:.0%} done"
    return None


class Progress:
    """The progress of ``total`` runs (0: one run, no count), safe to call from the runs' threads."""

    def __init__(self, stream: TextIO | None = None, total: int = 0,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.total, self.done = total, 0
        self._clock = clock
        self._lock = threading.RLock()
        self._running: dict[str, tuple[str, float]] = {}  # run -> (where it is, when it started)
        self._said: dict[str, str] = {}  # in a pipe: the last words each run printed
        self._drawn = ""
        self._closed = threading.Event()
        self._ticker: threading.Thread | None = None

    # -- what the commands tell it ------------------------------------------------------------------------------
    def start(self) -> None:
        """The runs begin: on a terminal the line appears now, and ticks until ``close``."""
        if not self.tty:
            return
        with self._lock:
            self._draw()
        if self._ticker is None:
            self._ticker = threading.Thread(target=self._tick, name="progress-ticker", daemon=True)
            self._ticker.start()

    def event(self, run: str, event: object) -> None:
        """One progress event of ``run``: where it is now (the terminal line), or a line worth keeping."""
        if isinstance(event, Status):
            # A large upload counts its percent on the terminal line; a pipe gets the phase once.
            self.status(run, event.text, event.words() if isinstance(event, Phase) else event.text)
        elif isinstance(event, ImageProgress) and self.tty:
            self.status(run, describe(event) or "")
        elif (text := describe(event)) is not None:
            self.line(_prefixed(run, text))
            if isinstance(event, ImageReady) and self.tty:
                self.status(run, text)  # not still "receiving" while its other images are on their way

    def status(self, run: str, text: str, plain: str | None = None) -> None:
        """Where ``run`` is now; ``plain``: the words a pipe gets instead, printed only when they change."""
        with self._lock:
            started = self._running.get(run, ("", self._clock()))[1]
            self._running[run] = (text, started)
            if self.tty:
                self._draw()
            elif self._said.get(run) != (plain := plain or text):
                self._said[run] = plain
                self._print(_prefixed(run, plain))

    def finished(self, run: str, *, counted_line: bool = True) -> None:
        """``run`` ended (its outcome was reported with ``line``): one more done.

        ``counted_line``: in a pipe, also a "3/30 run" line (off where another line already says the count).
        """
        with self._lock:
            self.done += 1
            self._running.pop(run, None)
            if self.tty:
                self._draw()
            elif counted_line:
                self._print(f"{self.done}/{self.total} {run}")

    def set_aside(self, run: str) -> None:
        """``run`` stopped without finishing (it waits to go again): off the terminal line, not counted done."""
        with self._lock:
            self._running.pop(run, None)
            self._said.pop(run, None)
            if self.tty:
                self._draw()

    def line(self, text: str) -> None:
        """A line worth keeping, above the terminal line."""
        with self._lock:
            self._clear()
            self._print(text)
            if self.tty and (self._ticker is not None or self._running):
                self._draw()

    def close(self) -> None:
        """The runs are over: the last state of the terminal line stays, and the ticking stops."""
        self._closed.set()
        if self._ticker is not None:
            self._ticker.join()
        with self._lock:
            if self.tty and self._drawn:
                self.stream.write("\n")
                self.stream.flush()
                self._drawn = ""

    # -- the terminal line ----------------------------------------------------------------------------------------
    def _tick(self) -> None:
        while not self._closed.wait(TICK):
            with self._lock:
                if self._running:
                    self._draw()

    def _text(self) -> str:
        parts = []
        if self.total:
            filled = int(BAR * self.done / self.total)
            parts.append(f"[{'#' * filled}{'.' * (BAR - filled)}] {self.done}/{self.total}")
        now = self._clock()
        for run, (text, started) in self._running.items():
            words = with_elapsed(text, now - started)
            parts.append(f"{run}: {words}" if run else words)
        return for_command_line(" | ".join(parts))

    def _draw(self) -> None:
        if self._closed.is_set():
            return  # a run still reporting after the end (Ctrl-C) draws nothing under the last words
        line = self._text()[: self._width() - 1]
        if line != self._drawn:
            self.stream.write("\r" + line.ljust(len(self._drawn)))
            self.stream.flush()
            self._drawn = line

    def _clear(self) -> None:
        if self.tty and self._drawn:
            self.stream.write("\r" + " " * len(self._drawn) + "\r")
            self._drawn = ""

    def _width(self) -> int:
        try:
            return os.get_terminal_size(self.stream.fileno()).columns or FALLBACK_WIDTH
        except (OSError, ValueError, AttributeError):
            return FALLBACK_WIDTH

    def _print(self, text: str) -> None:
        print(for_command_line(text), file=self.stream, flush=True)


def _prefixed(run: str, text: str) -> str:
    return f"[{run}] {text}" if run else text
