"""Which threads touched files under some folders: opened, created, linked, renamed, removed, or looked for.

Python's audit hooks see every ``open`` (``os.open`` included), link, rename and removal; ``Path.exists`` is
wrapped for the look-ups an existence check makes (``stat`` has no audit event). An audit hook cannot be removed,
so one is installed for the process and reports to the probes that are recording.

    with FileTouches([folder]) as touches:
        ...
    assert touches.on_main_thread() == []
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Any

WATCHED_EVENTS = {"open", "os.link", "os.rename", "os.replace", "os.remove", "os.mkdir"}
_recording: list[FileTouches] = []
_hook_installed = False


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in WATCHED_EVENTS and _recording and isinstance(args[0], str | bytes | os.PathLike):
        for probe in list(_recording):
            probe.saw(event, args[0])


class FileTouches:
    def __init__(self, roots: list[Path]) -> None:
        self.roots = [os.path.realpath(root) for root in roots]
        self.seen: list[tuple[str, str, bool]] = []  # (event, path, on the main thread)
        self._exists = Path.exists

    def __enter__(self) -> FileTouches:
        global _hook_installed
        if not _hook_installed:
            sys.addaudithook(_audit)
            _hook_installed = True
        exists = self._exists

        def looked_for(path: Path, *args: Any, **kwargs: Any) -> bool:
            self.saw("exists", path)
            return exists(path, *args, **kwargs)

        Path.exists = looked_for  # type: ignore[method-assign]
        _recording.append(self)
        return self

    def __exit__(self, *_exc: object) -> None:
        _recording.remove(self)
        Path.exists = self._exists  # type: ignore[method-assign]

    def saw(self, event: str, path: Any) -> None:
        name = os.fsdecode(path)
        full = os.path.realpath(name)
        if any(full == root or full.startswith(root + os.sep) for root in self.roots):
            self.seen.append((event, name, threading.current_thread() is threading.main_thread()))

    def on_main_thread(self) -> list[tuple[str, str]]:
        return [(event, name) for event, name, main in self.seen if main]

    def off_main_thread(self) -> list[tuple[str, str]]:
        return [(event, name) for event, name, main in self.seen if not main]
