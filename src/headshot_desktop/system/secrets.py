"""Each provider's API key: in the OS keyring, in memory for one session, or from the environment.

The key is never written to a file by the app. Where it comes from is always
known, so the window and ``key status`` can say it without showing the key.
Keys are stored per provider id; which environment variables hold a provider's
key is the provider's own business (its ``KeySpec``), handed in by the app.

Precedence, highest first: the provider's environment variables (a person who
sets one for one command expects it to win, as with the providers' own SDKs),
then a session-only key, then the keyring.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING

from headshot_desktop import APP_ID
from headshot_desktop.errors import ConfigError, KeyringUnavailableError
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    import keyring.backend

log = logging.getLogger(__name__)

KEYRING_SERVICE = APP_ID
# Lets tests (and people running two setups) use their own keyring entry.
SERVICE_ENV = "HEADSHOT_DESKTOP_KEYRING_SERVICE"


class KeySource(StrEnum):
    ENVIRONMENT = "environment"
    SESSION = "session"
    KEYRING = "keyring"
    NONE = "none"

    def describe(self, variable: str = "") -> str:
        return {
            KeySource.ENVIRONMENT: N_("system", "from the environment variable {variable}").format(variable=variable)
            if variable
            else N_("system", "from the environment variable"),
            KeySource.SESSION: N_("system", "for this session only (forgotten when the app closes)"),
            KeySource.KEYRING: N_("system", "in the system keyring"),
            KeySource.NONE: N_("system", "not set"),
        }[self]


def check_key_text(key: str) -> None:
    """Raise ``ConfigError`` unless ``key`` is visible ASCII only (what an HTTP header can carry)."""
    bad = next((c for c in key if not ("!" <= c <= "~")), None)
    if bad is None:
        return
    if bad in "\r\n":
        what = N_("system", "a line break")
    elif bad.isspace() or bad in "\u200b\u200c\u200d\ufeff":
        what = N_("system", "a space")
    elif ord(bad) < 32 or ord(bad) == 127:
        what = N_("system", "a control character")
    else:
        what = N_("system", "a character that is not plain ASCII")
    raise ConfigError(
        N_(
            "system", "The API key contains {what} inside it, which no server accepts: a character that cannot be sent."
        ).format(what=what),
        hint=N_("system", "Copy the key again from your provider's page, as one line, and paste it."),
    )


def _unavailable(err: Exception | None = None) -> KeyringUnavailableError:
    import keyring.errors  # keyring and its D-Bus stack load on first use, on a worker, not at start

    if isinstance(err, keyring.errors.KeyringLocked):
        message = N_("system", "The system keyring is locked.")
        hint = N_("system", "Unlock it (log in to your desktop session again) or keep the key for this session only.")
    else:
        message = N_("system", "No system keyring is available to store the API key.")
        hint = N_(
            "system",
            "Install or start a keyring service (GNOME Keyring, KWallet, KeePassXC), "
            "or keep the key for this session only.",
        )
    return KeyringUnavailableError(message, hint=hint, detail=repr(err) if err else "")


class SecretStore:
    """Get, set and delete provider keys, and tell where the current one comes from."""

    def __init__(
        self,
        *,
        environ: Mapping[str, str] | None = None,
        backend: keyring.backend.KeyringBackend | None = None,
        service: str | None = None,
        env_vars: Mapping[str, tuple[str, ...]] | Callable[[], Mapping[str, tuple[str, ...]]] | None = None,
    ) -> None:
        self._environ = os.environ if environ is None else environ
        # provider id -> the variables that may hold its key; given as a function, asked at the first key
        # lookup (the window's thread then never loads every provider to learn them)
        self._env_vars_from = env_vars if callable(env_vars) else (lambda: env_vars or {})
        self._env_vars: dict[str, tuple[str, ...]] | None = None
        self._env_vars_lock = threading.Lock()
        self._backend = backend
        self._service = service or self._environ.get(SERVICE_ENV) or KEYRING_SERVICE
        self._session: dict[str, str] = {}

    # -- the keyring ------------------------------------------------------
    def _keyring(self) -> keyring.backend.KeyringBackend:
        import keyring

        backend = self._backend or keyring.get_keyring()
        priority = getattr(backend, "priority", 1)
        if priority is not None and priority <= 0 and type(backend).__module__.startswith("keyring.backends.fail"):
            raise _unavailable()
        return backend

    def keyring_available(self) -> bool:
        import keyring.errors

        try:
            self._keyring().get_password(self._service, "__probe__")
        except (KeyringUnavailableError, keyring.errors.KeyringError):
            return False
        except Exception:  # a broken D-Bus or backend: the keyring does not work here
            log.warning("keyring probe failed", exc_info=True)
            return False
        return True

    def _call(self, method: str, *args: str) -> str | None:
        import keyring.errors

        backend = self._keyring()
        try:
            return getattr(backend, method)(self._service, *args)
        except keyring.errors.PasswordDeleteError:
            return None
        except keyring.errors.KeyringError as err:
            raise _unavailable(err) from err
        except Exception as err:  # secretstorage/D-Bus errors not wrapped by keyring
            log.warning("keyring %s failed: %r", method, type(err).__name__)
            raise _unavailable(err) from err

    # -- the public interface ------------------------------------------
    @property
    def env_vars(self) -> dict[str, tuple[str, ...]]:
        with self._env_vars_lock:
            if self._env_vars is None:
                self._env_vars = dict(self._env_vars_from())
            return self._env_vars

    def env_variable(self, provider: str) -> str | None:
        """The environment variable that holds ``provider``'s key right now, if one does."""
        return next((v for v in self.env_vars.get(provider, ()) if self._environ.get(v, "").strip()), None)

    def describe(self, provider: str) -> str:
        """Where ``provider``'s key comes from, in words (never the key)."""
        return self.source(provider).describe(self.env_variable(provider) or "")

    def get(self, provider: str) -> tuple[str | None, KeySource]:
        """The key to use and where it comes from. Never raises for a missing keyring."""
        env_name = self.env_variable(provider)
        if env_name:
            return self._environ[env_name].strip(), KeySource.ENVIRONMENT
        if provider in self._session:
            return self._session[provider], KeySource.SESSION
        try:
            stored = self._call("get_password", provider)
        except KeyringUnavailableError:
            return None, KeySource.NONE
        if stored:
            return stored, KeySource.KEYRING
        return None, KeySource.NONE

    def source(self, provider: str) -> KeySource:
        return self.get(provider)[1]

    def set(self, key: str, provider: str, *, session_only: bool = False) -> KeySource:
        """Store ``key``; raises ``KeyringUnavailableError`` when the keyring cannot take it.

        Whitespace around the key is dropped; a key with anything else than visible
        ASCII inside (a pasted line break, a space) is refused: no server takes it.
        """
        self.env_vars  # noqa: B018 - the key facts (and so the log's key shapes) are learnt before a key comes in
        key = key.strip()
        if not key:
            raise ValueError("empty key")
        check_key_text(key)
        if session_only:
            self._session[provider] = key
            return KeySource.SESSION
        self._call("set_password", provider, key)
        self._session.pop(provider, None)
        return KeySource.KEYRING

    def delete(self, provider: str) -> bool:
        """Forget the stored key (session and keyring). True if anything was removed.

        A key in the environment cannot be removed by the app; ``get`` still returns it.
        """
        removed = self.forget_session(provider)
        try:
            removed = self.delete_stored(provider) or removed
        except KeyringUnavailableError:
            if not removed:
                raise
        return removed

    def forget_session(self, provider: str) -> bool:
        """Forget the key kept for this session only. True if there was one."""
        return self._session.pop(provider, None) is not None

    def delete_stored(self, provider: str) -> bool:
        """Remove the key from the keyring: True only if the keyring held one. Raises ``KeyringUnavailableError``."""
        if self._call("get_password", provider) is None:
            return False
        self._call("delete_password", provider)
        return True
