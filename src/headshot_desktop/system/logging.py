"""A rotating log file that never holds a secret.

The redaction happens in a filter on the handler, after the message has been
formatted with its arguments and the traceback has been rendered, so a key
cannot slip through ``%s`` arguments, an exception's text or a repr.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import threading
from pathlib import Path

LOG_FILE_NAME = "headshot-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
REDACTED = "[REDACTED]"

# Shapes of secrets: provider keys, bearer tokens, Authorization headers,
# "api_key=..." pairs. Kept broad on purpose: a false positive costs nothing.
_PATTERNS = [
    re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(bearer\s+)?[^\s\"',;}]+"),
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]{8,}"),
    re.compile(r"(?i)((?:api[_-]?key|x-api-key|x-goog-api-key|token|secret)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;}&]{6,}"),
    re.compile(r"\bsk-[A-Za-z0-9_-]{8,}"),  # OpenAI (sk-, sk-proj-, sk-svcacct-)
    re.compile(r"\bAIza[0-9A-Za-z_-]{20,}"),  # Google
    re.compile(r"\br8_[A-Za-z0-9]{20,}"),  # Replicate
]


class RedactingFilter(logging.Filter):
    """Replaces secrets in a record's final text; known secret values are removed exactly."""

    def __init__(self) -> None:
        super().__init__()
        self._secrets: set[str] = set()
        self._lock = threading.Lock()

    def add_secret(self, value: str | None) -> None:
        if value and len(value) >= 4:
            with self._lock:
                self._secrets.add(value)

    def redact(self, text: str) -> str:
        with self._lock:
            secrets = sorted(self._secrets, key=len, reverse=True)
        for secret in secrets:
            text = text.replace(secret, REDACTED)
        for pattern in _PATTERNS:
            text = pattern.sub(lambda m: (m.group(1) if m.re.groups else "") + REDACTED, text)
        return text

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


class _Setup:
    """The handler installed by ``setup_logging``, kept so it can be removed again."""

    handler: logging.Handler | None = None


redacting_filter = RedactingFilter()


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    """Send the app's log records to a rotating file in ``log_dir``; returns the file."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILE_NAME
    shutdown_logging()
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
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
