"""A probe for calls that may block, made on the window's (main) thread while it is active.

It watches what can wait on a disk, a lock, D-Bus or the network: SQLite statements, file writes (and renames,
removals, copies), ``os.fsync``, Pillow decoding and encoding, Qt image decoding, the keyring, and sockets
(connect, name lookups). Each call is kept with the frames of the app (``src/headshot_desktop``) that led to it,
so a failure names the culprit.

Only calls with an app frame on the stack count: the test's own set-up (writing a selfie, starting a test server),
pytest and Qt are not the window's work. Writes into ``__pycache__`` are left out too: they are Python's import
system caching a module a function imported lazily, not the app writing a file.

Python's audit hooks cannot be removed, so the hook is installed once, when this module is imported, and does
nothing while no probe is active. SQLite is seen through a trace callback given to each new connection (from then
on ``sqlite3.connect`` is wrapped); the callback runs on the thread executing the statement. fsync, Pillow, Qt
decoding and the keyring (its functions and every backend class's methods) are wrapped while a probe is active.
``QImage(path)``, a decode in Qt's constructor, cannot be wrapped: the app decodes through ``QImageReader`` and
``QImage.fromData`` (``ui/previews.py``, ``ui/qt_paths.py``), which are.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

import headshot_desktop

APP = Path(headshot_desktop.__file__).resolve().parent
WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
FILE_EVENTS = {  # audit event -> what it does to the disk
    "os.rename": "rename",  # os.replace raises it too
    "os.remove": "remove",  # os.unlink too
    "os.rmdir": "remove folder",
    "os.mkdir": "make folder",
    "os.truncate": "truncate",
    "os.link": "link",
    "os.symlink": "link",
    "shutil.copyfile": "copy",
    "shutil.copytree": "copy",
    "shutil.move": "move",
    "shutil.rmtree": "remove tree",
    "shutil.make_archive": "archive",
}
SOCKET_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex"}
WATCHED = frozenset({"open", "sqlite3.connect", *FILE_EVENTS, *SOCKET_EVENTS})
KEYRING_METHODS = ("get_password", "set_password", "delete_password", "get_credential")
UI_PREFIX = f"{APP.name}{os.sep}ui{os.sep}"
STACK_FRAMES = 10  # of the app's: the innermost and the outermost two when there are more


@dataclass(frozen=True)
class Call:
    """One blocking call on the main thread: what it was, and the app's frames that made it (innermost first)."""

    kind: str
    detail: str
    stack: tuple[str, ...]
    # The window's code that made it: the innermost frame in ``ui/``, else the outermost (a modal dialog's own event
    # loop puts the window's ``exec`` line outermost, below the slot that really made the call).
    entry: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.detail} [{self.stack[0]}]"


@dataclass
class ThreadProbe:
    """``with probe.watching(): ...`` records; ``probe.assert_quiet()`` fails naming every call it saw."""

    roots: tuple[Path, ...] = (APP,)  # the folders whose frames make a call count
    calls: list[Call] = field(default_factory=list)
    _patches: list[tuple[Any, str, Any]] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- on and off ------------------------------------------------------------------------------
    @contextmanager
    def watching(self) -> Iterator[ThreadProbe]:
        self.start()
        try:
            yield self
        finally:
            self.stop()

    def start(self) -> None:
        global _active
        if _active is not None:
            raise RuntimeError("another thread probe is already active")
        _install_hook()
        self._wrap_everything()
        _active = self

    def stop(self) -> None:
        global _active
        if _active is self:
            _active = None
        while self._patches:
            owner, name, original = self._patches.pop()
            setattr(owner, name, original)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """The test's own checks (reading the library to assert on it) are not the window's work."""
        global _active
        was, _active = _active, None
        try:
            yield
        finally:
            _active = was

    # -- what it saw -------------------------------------------------------------------------------
    def record(self, kind: str, detail: object) -> None:
        """Keep the call if it runs on the main thread with an app frame on the stack."""
        if threading.get_ident() != MAIN_THREAD:
            return
        found = self._app_frames(sys._getframe(1))
        if not found:
            return
        entry = next((frame for frame in found if frame.startswith(UI_PREFIX)), found[-1])
        if len(found) > STACK_FRAMES:
            found = [*found[: STACK_FRAMES - 3], "…", *found[-2:]]
        text = str(detail)
        with self._lock:
            self.calls.append(Call(kind, text if len(text) <= 160 else text[:157] + "…", tuple(found), entry))

    def _app_frames(self, frame: FrameType | None) -> list[str]:
        found = []
        while frame is not None:
            path = frame.f_code.co_filename
            for root in self.roots:
                if path.startswith(f"{root}{os.sep}"):
                    found.append(f"{path[len(str(root.parent)) + 1 :]}:{frame.f_lineno} in {frame.f_code.co_name}")
                    break
            frame = frame.f_back
        return found

    def distinct(self) -> list[Call]:
        """Each call once, in the order first seen."""
        with self._lock:
            return list(dict.fromkeys(self.calls))

    def report(self) -> str:
        """Each call, grouped by what the window's thread ran, with the whole path from there to the first call."""
        calls = self.distinct()
        groups: dict[str, list[Call]] = {}
        for call in calls:
            groups.setdefault(call.entry, []).append(call)
        lines = [f"{len(calls)} call(s) that may block ran on the window's thread, from {len(groups)} place(s); "
                 "each belongs on a worker (LibraryOp, NetworkOp):"]  # fmt: skip
        for entry, found in groups.items():
            lines.append(f"- from {entry} ({len(found)} call(s)), by way of:")
            lines += [f"      {frame}" for frame in found[0].stack]
            lines += [f"    {call}" for call in found]
        return "\n".join(lines)

    def assert_quiet(self) -> None:
        if self.distinct():
            raise AssertionError(self.report())

    def clear(self) -> None:
        with self._lock:
            self.calls.clear()

    # -- the wrappers -------------------------------------------------------------------------
    def _wrap(self, owner: Any, name: str, kind: str, detail: Callable[..., object]) -> None:
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        plain = getattr(owner, name)  # a class method comes bound, a static one plain
        probe = self

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if _active is probe:
                try:
                    said = detail(*args, **kwargs)
                except Exception:  # the call is recorded whatever its arguments; only the words are lost
                    said = name
                probe.record(kind, said)
            return plain(*args, **kwargs)

        wrapper.__name__ = getattr(plain, "__name__", name)
        replacement = staticmethod(wrapper) if isinstance(original, (staticmethod, classmethod)) else wrapper
        self._patches.append((owner, name, original))
        setattr(owner, name, replacement)

    def _wrap_everything(self) -> None:
        self._wrap(os, "fsync", "fsync", lambda fd: f"descriptor {fd}")
        self._wrap_pillow()
        self._wrap_qt_images()
        self._wrap_keyring()

    def _wrap_pillow(self) -> None:
        from PIL import Image, ImageFile

        self._wrap(Image, "open", "Pillow decode", lambda source, *a, **k: f"Image.open({_name(source)})")
        for cls in (Image.Image, ImageFile.ImageFile):
            self._wrap(cls, "load", "Pillow decode", lambda image, *a, **k: f"load {_image_name(image)}")
        self._wrap(Image.Image, "save", "Pillow encode", lambda image, target, *a, **k: f"save to {_name(target)}")

    def _wrap_qt_images(self) -> None:
        from PySide6.QtGui import QImage, QImageReader, QPixmap

        self._wrap(QImageReader, "read", "Qt image decode", lambda reader, *a: f"QImageReader({reader.fileName()})")
        for cls in (QImage, QPixmap):
            for name in ("load", "loadFromData"):
                self._wrap(cls, name, "Qt image decode", lambda _image, source, *a, n=name: f"{n}({_name(source)})")
        self._wrap(QImage, "fromData", "Qt image decode", lambda source, *a: f"QImage.fromData({_name(source)})")

    def _wrap_keyring(self) -> None:
        import keyring
        import keyring.backend
        import keyring.backends.chainer
        import keyring.backends.fail
        import keyring.core

        with self.paused():  # loading the backends may ask D-Bus: that is this set-up's, not the window's
            keyring.backend.get_all_keyring()
        for module in (keyring, keyring.core):
            for name in ("get_keyring", "get_password", "set_password", "delete_password"):
                self._wrap(module, name, "keyring", lambda *a, n=name, **k: f"keyring.{n}{_service(a)}")
        for cls in _subclasses(keyring.backend.KeyringBackend):
            for name in KEYRING_METHODS:
                if name in cls.__dict__:
                    self._wrap(cls, name, "keyring",
                               lambda _backend, *a, n=name, c=cls.__name__, **k: f"{c}.{n}{_service(a)}")  # fmt: skip


# -- the one audit hook -----------------------------------------------------------------------------
MAIN_THREAD = threading.main_thread().ident
_active: ThreadProbe | None = None
_hooked = False


def _install_hook() -> None:
    global _hooked
    if not _hooked:
        sys.addaudithook(_audit)
        # Every connection, even one opened while no probe is active, reports its statements from now on. (The
        # audit event "sqlite3.connect/handle" comes before the connection can take a trace callback.)
        sqlite3.connect = _traced(sqlite3.connect)
        _hooked = True


def _traced(connect: Callable[..., sqlite3.Connection]) -> Callable[..., sqlite3.Connection]:
    def traced_connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(_statement)
        return conn

    return traced_connect


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event not in WATCHED:
        return
    probe = _active
    if probe is None:
        return
    if event == "open":
        path, mode, flags = args
        # A descriptor opened as a file object (os.fdopen) was seen when it was opened.
        if _writes(mode, flags) and not isinstance(path, int) and "__pycache__" not in str(path):
            probe.record("file write", f"open {_name(path)} to write")
    elif event == "sqlite3.connect":
        probe.record("sqlite", f"open {args[0]}")
    elif event in FILE_EVENTS:
        probe.record("file write", f"{FILE_EVENTS[event]} {_name(args[0])}")
    else:
        probe.record("socket", f"{event.removeprefix('socket.')} {args[1] if event == 'socket.connect' else args[0]}")


def _statement(sql: str) -> None:
    probe = _active
    if probe is not None:
        probe.record("sqlite", " ".join(sql.split()))


def _writes(mode: str | None, flags: int | None) -> bool:
    if isinstance(mode, str):
        return any(c in mode for c in "wax+")
    return bool((flags or 0) & WRITE_FLAGS)


def _name(source: object) -> str:
    if isinstance(source, (bytes, bytearray, memoryview)):
        return f"{len(source)} bytes"
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source) if isinstance(source, str) else str(source)
    return type(source).__name__


def _image_name(image: Any) -> str:
    return _name(getattr(image, "filename", "") or "an image in memory")


def _service(args: tuple[Any, ...]) -> str:
    return f"({', '.join(repr(a) for a in args[:2])})" if args else "()"


def _subclasses(cls: type) -> list[type]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return list(dict.fromkeys(found))


# At import, not at the first start: a connection the window opened before the probe started must be traced too.
_install_hook()
