"""A rotating log file that never holds a secret, nor the person's photo names.

The redaction happens in a filter on the handler, after the message has been
formatted with its arguments and the traceback has been rendered, so a key
cannot slip through ``%s`` arguments, an exception's text or a repr.

A photo's name often says who is in it ("Jane Doe passport.jpg"), and its path
whose computer it is. The filter puts a neutral id ("photo-1a2b3c4d", the same for
the same name) in place of: every name intake was given (``photo_ref``), every
name the library makes from one ("2026-11-22 14.03 Jane Doe.jpg"), any other
word ending in an image extension, and the home folder ("~").
"""

from __future__ import annotations

import functools
import json
import logging
import os
import re
import threading
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

LOG_FILE_NAME = "headshot-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[REDACTED]"

# Shapes of secrets: provider keys, bearer tokens, Authorization headers,
# "api_key=..." pairs. Kept broad on purpose: a false positive costs nothing.
# A key pasted with a line break reaches logs escaped ("\\n", "\\u2028", "%0A", "\\x0a"):
# the token patterns read such escapes as part of the secret rather than as its end.
_ESCAPE = r"(?:\\(?:[nrtvf0]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})|%[0-9A-Fa-f]{2})"
_TOKEN = rf"(?:[A-Za-z0-9._~+/=-]|{_ESCAPE})"
# Written as text and compiled at the first record (``_compiled``), not while the window starts.
_PATTERNS = [
    rf"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(bearer\s+)?(?:[^\s\"',;}}\\%]|{_ESCAPE})+",
    rf"(?i)(bearer\s+){_TOKEN}{{8,}}(?:\s*(?:{_ESCAPE})+{_TOKEN}+)*",
    r"(?i)((?:api[_-]?key|token|secret)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}&]{6,}",
    # Each provider's own key shapes are added by ``add_patterns`` (its ``KeySpec.patterns``).
]
_IMAGE_EXTENSION = r"\.(?:jpe?g|jpe|jfif|png|webp|heic|heif|avif|gif|bmp|tiff?|dng)\b"
_PHOTO_PATHS = [
    # A path to an image, folders and all (spaces too): from its first separator to the extension.
    rf"(?i)(?:(?<=[\s'\"(=])|^)(?:[A-Za-z]:)?[/\\~][^\n\r\"'<>|*?]*?{_IMAGE_EXTENSION}",
    # The library's names: a time stamp, then the photo's own name or the style (spaces and all).
    rf"(?i)\d{{4}}-\d{{2}}-\d{{2}} \d{{2}}\.\d{{2}} [^\n\r/\\:*?\"<>|]*?{_IMAGE_EXTENSION}",
]
# Any other word that is an image file's name (after the names intake was given, which may hold spaces).
_IMAGE_WORD = rf"(?i)[^\s/\\\"'<>|:*?()\[\]{{}},;=]+{_IMAGE_EXTENSION}"


@functools.cache
def _compiled() -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], re.Pattern[str]]:
    return [re.compile(p) for p in _PATTERNS], [re.compile(p) for p in _PHOTO_PATHS], re.compile(_IMAGE_WORD)


def photo_id(name: str) -> str:
    """A neutral id for a photo's name: the same name always gets the same id."""
    import hashlib  # not loaded at start-up: the window's first paint needs no photo's name

    return "photo-" + hashlib.sha256(name.encode("utf-8", "surrogateescape")).hexdigest()[:8]


class RedactingFilter(logging.Filter):
    """Replaces secrets in a record's final text; known secret values are removed exactly."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._patterns: list[re.Pattern[str]] = []
        self._names: set[str] = set()  # the person's photo names, replaced by their id
        self._lock = threading.Lock()

    def add_private_name(self, name: str) -> str:
        """Never write ``name`` (a photo's file name) to the log; returns the id written instead."""
        if len(name) >= 3:
            with self._lock:
                self._names.add(name)
        return photo_id(name)

    def add_secret(self, value: str | None) -> None:
        """Redact ``value`` exactly, and in every escaped form a log line may show it in."""
        if not value or len(value) < 4:
            return
        forms = {value, repr(value)[1:-1], json.dumps(value)[1:-1], quote(value, safe=""),
                 repr(value.encode("utf-8", "surrogateescape"))[2:-1]}  # fmt: skip
        # Pieces of a key broken by whitespace (a line break pasted with it) are secrets too.
        forms.update(part for part in re.split(r"\s+", value) if len(part) >= 8)
        with self._lock:
            self._secrets.update(f for f in forms if len(f) >= 4)

    def add_patterns(self, patterns: Iterable[str]) -> None:
        """Learn a provider's key shapes; a key cut by an escape ("\\n") is matched across it."""
        compiled = []
        for pattern in patterns:
            # Let the key's own character class also take the escapes a log line may show inside it.
            spanning = pattern.replace("[A-Za-z0-9_-]", rf"(?:[A-Za-z0-9_-]|{_ESCAPE})")
            compiled.append(re.compile(spanning + r"(?:\s+[A-Za-z0-9_-]{8,}(?=[\s'\"]|$))?"))
        with self._lock:
            self._patterns.extend(p for p in compiled if p.pattern not in {q.pattern for q in self._patterns})

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
            patterns = [*_compiled()[0], *self._patterns]
            names = sorted(self._names, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, REDACTED)
        for pattern in patterns:
            text = pattern.sub(lambda m: (m.group(1) if m.re.groups else "") + REDACTED, text)
        return _without_photo_names(text, names)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = self.redact(message)
        record.args = None
        if record.exc_info:
            formatter = logging.Formatter()
            record.exc_text = self.redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


def _without_photo_names(text: str, names: list[str]) -> str:
    _, photo_paths, image_word = _compiled()
    for pattern in photo_paths:
        text = pattern.sub(lambda m: photo_id(m.group(0)), text)
    for name in names:
        text = text.replace(name, photo_id(name))
    text = image_word.sub(lambda m: photo_id(m.group(0)), text)
    home = os.path.expanduser("~")
    return text.replace(home, "~") if len(home) > 1 else text


class _Setup:
    """The handler installed by ``setup_logging``, kept so it can be removed again."""

    handler: logging.Handler | None = None


redacting_filter = RedactingFilter()


def photo_ref(name: str) -> str:
    """What to log instead of a photo's ``name``; from now on the log never shows that name."""
    return redacting_filter.add_private_name(name)


class _FileFromFirstRecord(logging.Handler):
    """The rotating log file, made at the first record to keep: ``logging.handlers`` (which loads sockets and
    pickle) is then imported by whichever thread logs first, not on the window's way to its first paint."""

    def __init__(self, path: Path, first_line: str) -> None:
        super().__init__()
        self.path, self.first_line = path, first_line
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:  # under the handler's lock: one thread makes it
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.path,
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
                delay=True,
                errors="backslashreplace",  # a file name that is not UTF-8 must not break the log
            )
            self._file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
            if self.first_line:
                self._file.emit(logging.makeLogRecord({"name": __name__, "levelno": logging.INFO,
                                                       "levelname": "INFO", "msg": self.first_line}))  # fmt: skip
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_logging(log_dir: Path, *, level: int = logging.INFO, first_line: str = "") -> Path:
    """Send the app's log records to a rotating file in ``log_dir``, ``first_line`` before the first of them;
    returns the file."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    shutdown_logging()
    handler = _FileFromFirstRecord(path, first_line)
    handler.addFilter(redacting_filter)
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(level)
    # Libraries that log request headers at DEBUG stay at INFO in the file.
    for noisy in ("httpx", "httpcore", "hpack", "PIL"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _Setup.handler = handler
    return path


def shutdown_logging() -> None:
    if _Setup.handler is not None:
        logging.getLogger().removeHandler(_Setup.handler)
        _Setup.handler.close()
        _Setup.handler = None
