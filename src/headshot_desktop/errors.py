"""One error hierarchy for the whole app.

Every error carries a machine ``kind`` (so the window and the command line can
react the same way) and a human sentence: what happened and what to do.
Details for the log go in ``detail``; they never reach a dialog.
"""

from __future__ import annotations

from enum import StrEnum

from headshot_desktop.translatable import N_, Template, Words


class ErrorKind(StrEnum):
    AUTH = "auth"  # the key was rejected
    PERMISSION = "permission"  # e.g. organisation not verified for a model
    QUOTA = "quota"  # out of credit: do not retry
    RATE_LIMIT = "rate_limit"  # slow down: retry later
    SAFETY = "safety"  # the provider's safety system refused the request
    BAD_REQUEST = "bad_request"  # the provider refused our request for another reason
    SERVER = "server"  # 5xx
    NETWORK = "network"  # connection refused, dropped, DNS, TLS
    TIMEOUT = "timeout"
    PROTOCOL = "protocol"  # the provider answered something we cannot read
    NO_IMAGE = "no_image"  # the provider answered but made no image: try again, or change the style
    CANCELLED = "cancelled"
    BAD_INPUT = "bad_input"  # a photo or file we refuse
    CONFIG = "config"  # a setting is wrong (e.g. an http:// base URL)
    NO_KEY = "no_key"  # no API key anywhere
    KEYRING = "keyring"  # the OS keyring cannot be used
    STORAGE = "storage"  # disk full, permission denied, locked library
    NOT_FOUND = "not_found"


class HeadshotError(Exception):
    """Base of every error the app raises on purpose."""

    kind: ErrorKind = ErrorKind.STORAGE
    retryable: bool = False

    def __init__(
        self,
        message: str,
        *,
        hint: str = "",
        kind: ErrorKind | None = None,
        detail: str = "",
        retryable: bool | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.detail = detail
        if kind is not None:
            self.kind = kind
        if retryable is not None:
            self.retryable = retryable

    def user_text(self) -> str:
        """The sentence shown to a person: what happened, then what to do."""
        message = self.message.strip()
        stop = bool(message and self.hint and message[-1] not in ".!?…”\"')")
        if stop:
            message += "."  # two sentences, not one run together
        text = f"{message} {self.hint}".strip()
        if isinstance(self.message, Template | Words) or isinstance(self.hint, Template | Words):
            # Marked words stay marked, so the window can still say them in the person's language.
            both = "{message}. {hint}" if stop else "{message} {hint}" if message and self.hint else "{message}{hint}"
            words = Template("joined", both).format(message=self.message, hint=self.hint)
            if words == text:
                return words
        return text


class IntakeError(HeadshotError):
    """A photo was refused. The message names the file and the reason."""

    kind = ErrorKind.BAD_INPUT

    def __init__(self, source: str, reason: str, *, hint: str = "", detail: str = "") -> None:
        self.source = source
        self.reason = reason
        super().__init__(
            N_("intake", "{source}: {reason}").format(source=source, reason=reason), hint=hint, detail=detail
        )


class ProviderError(HeadshotError):
    """The image provider failed; ``kind`` says how."""

    kind = ErrorKind.SERVER

    def __init__(
        self,
        message: str,
        *,
        kind: ErrorKind,
        hint: str = "",
        status: int | None = None,
        code: str | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        retryable: bool | None = None,
        detail: str = "",
    ) -> None:
        super().__init__(message, hint=hint, kind=kind, detail=detail, retryable=retryable)
        self.status = status
        self.code = code
        self.request_id = request_id
        self.retry_after = retry_after


_CANCELLED = N_("services", "Cancelled.")


class CancelledError(HeadshotError):
    kind = ErrorKind.CANCELLED

    def __init__(self, message: str = _CANCELLED) -> None:
        super().__init__(message)


class ConfigError(HeadshotError):
    kind = ErrorKind.CONFIG


class NoKeyError(HeadshotError):
    kind = ErrorKind.NO_KEY


class KeyringUnavailableError(HeadshotError):
    """No working OS keyring: none installed, or it is locked."""

    kind = ErrorKind.KEYRING


class StorageError(HeadshotError):
    kind = ErrorKind.STORAGE


class NotFoundError(HeadshotError):
    kind = ErrorKind.NOT_FOUND


__all__ = [
    "CancelledError", "ConfigError", "ErrorKind", "HeadshotError", "IntakeError", "KeyringUnavailableError",
    "NoKeyError", "NotFoundError", "ProviderError", "StorageError",
]  # fmt: skip
