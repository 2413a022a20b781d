"""The composition root: builds the objects the app is made of and hands them in.

Nothing else creates paths, settings, the secret store, the library or the
provider, so a test builds an ``AppContext`` pointed at temporary folders (HOME
and the XDG variables) and gets the whole app.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from headshot_desktop import __version__
from headshot_desktop.core.styles import StyleCatalog
from headshot_desktop.errors import NoKeyError
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Provider, ProviderInfo, pointed_elsewhere
from headshot_desktop.services.in_use import InUse
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.services.uploads import UploadCache
from headshot_desktop.system.logging import redacting_filter, setup_logging
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.pending import PendingWrites
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings, SettingsStore
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.spending import SpendLog
    from headshot_desktop.library import Library, RetentionReport
    from headshot_desktop.services.workflow import Workflow

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    """Everything a front end needs, built once at start: paths, settings, keys, styles, providers, the library."""

    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings
    secrets: SecretStore
    environ: Mapping[str, str]
    # True when the folder comes from the saved settings: if it is gone (an unplugged
    # drive), say so instead of starting an empty library in its place.
    library_must_exist: bool = False
    # --provider (or HEADSHOT_DESKTOP_PROVIDER) for this run; empty: the saved choice, else the default.
    provider_override: str = ""
    styles: StyleCatalog = field(init=False)
    pending: PendingWrites = field(init=False)  # exports in flight, cleaned after a crash
    _library: Library | None = field(default=None, init=False, repr=False)
    # The window opens the library on its thread while a worker may scan it: one opening only.
    _library_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    in_use: InUse = field(default_factory=InUse, init=False)
    uploads: UploadCache = field(default_factory=UploadCache, init=False)  # photos prepared for sending, reused
    # provider id -> the model its key may use, once asked (a run, or the window's price): asked once a session
    default_models: dict[str, str] = field(default_factory=dict, init=False)
    # Sentences about damaged files that were set aside or ignored at start-up.
    notices: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.styles = StyleCatalog(self.paths.config_dir, notices=self.notices)
        self.pending = PendingWrites(self.paths.pending_dir)

    @cached_property
    def spend_log(self) -> SpendLog:
        """Written when a run is paid for: made then, not when the window starts."""
        from headshot_desktop.core.spending import SpendLog

        return SpendLog(self.paths.state_dir)

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    def library(self) -> Library:
        """The library, opened (and its folder created) on first use.

        Opening reads the index only; ``library().scan()`` brings in what changed in
        the folder, and can take a while for a big library, so callers choose when
        (the window does it on a worker, ``library list`` before listing).
        """
        from headshot_desktop.library import Library, LibraryMissingError  # SQLite and the rest, on first use

        with self._library_lock:
            if self._library is None:
                root = self.paths.library_dir
                if self.library_must_exist and not root.is_dir():
                    raise LibraryMissingError(root)
                self._library = Library.open(root, scan=False)
            return self._library

    def reopen_library_if_gone(self) -> Library:
        """The library; opened anew when the one open is no longer there (a drive unplugged, then back)."""
        with self._library_lock:
            if self._library is not None and not self._library.still_there():
                self._library.close()
                self._library = None
        return self.library()

    def switch_library(self, folder: Path) -> None:
        """Use ``folder`` from now on; it is created if needed: the person just chose it."""
        self.close()
        self.paths = self.paths.with_library(folder)
        self.library_must_exist = False

    # -- providers: the one place that picks one --------------------------------
    @property
    def provider_id(self) -> str:
        """--provider > HEADSHOT_DESKTOP_PROVIDER > the saved setting > the default."""
        return (self.provider_override or self.environ.get(registry.PROVIDER_ENV, "")
                or self.settings.provider or registry.DEFAULT_PROVIDER)  # fmt: skip

    def provider_module(self, provider_id: str | None = None) -> ModuleType:
        """The provider's light package (info, capabilities, estimate); refused if it is developer-only."""
        chosen = provider_id or self.provider_id
        registry.check_allowed(chosen, self.environ)
        return registry.module(chosen)

    def provider_info(self, provider_id: str | None = None) -> ProviderInfo:
        """Who the provider is; for one on the person's own server, naming that server."""
        package = self.provider_module(provider_id)
        info: ProviderInfo = package.INFO
        if info.server is not None:
            info = package.info_for(self.provider_address(provider_id or self.provider_id))
        elif info.base_url_env:
            info = pointed_elsewhere(info, self.environ.get(info.base_url_env, ""))
        return info

    def provider_address(self, provider_id: str) -> str:
        """A server provider's address: its variable > the saved setting > its default."""
        spec = registry.info(provider_id).server
        if spec is None:
            return ""
        saved = self.settings.provider_section(provider_id)["address"]
        return (self.environ.get(spec.env_var, "") or saved or spec.default).strip()

    def trusts_address(self, provider_id: str, address: str) -> bool:
        return address in self.settings.provider_section(provider_id)["trusted"]

    def make_provider(self, provider_id: str | None = None, *, address: str | None = None,
                      trusted: bool | None = None) -> Provider:  # fmt: skip
        """The chosen provider with its key; raises ``NoKeyError`` when it needs one and there is none.

        ``address`` and ``trusted``: a server provider's address as typed, not yet saved (a connection test).
        """
        chosen = provider_id or self.provider_id
        package = self.provider_module(chosen)
        info: ProviderInfo = package.INFO
        key = self.require_key(chosen)
        # Passing os.environ itself would make the client ignore proxy variables;
        # only an injected environment (tests) is handed over.
        environ = None if self.environ is os.environ else self.environ
        if info.server is not None:
            address = address or self.provider_address(chosen)
            trusted = self.trusts_address(chosen, address) if trusted is None else trusted
            made: Provider = package.create(key, environ=environ, address=address, trusted=trusted)
            return made
        provider: Provider = package.create(key, environ=environ)
        return provider

    def require_key(self, provider_id: str | None = None) -> str | None:
        """The provider's key (None for one that takes none); raises ``NoKeyError`` when it needs one and there
        is none. It may read the keyring: the window calls it on a worker."""
        chosen = provider_id or self.provider_id
        info: ProviderInfo = self.provider_module(chosen).INFO
        if info.key is None:
            return None
        key, _source = self.secrets.get(chosen)
        if not key:
            variables = info.key.env_vars[0] if info.key.env_vars else ""
            for variable in info.key.env_vars[1:]:
                variables = N_("app", "{first} or {second}").format(first=variables, second=variable)
            raise NoKeyError(
                N_("app", "No {provider} API key is set.").format(provider=info.title),
                hint=N_("app", "Enter your key in Settings, or set {variables}.").format(variables=variables),
            )
        return key

    def key_providers(self) -> dict[str, str]:
        """Every registered provider that takes a key: id -> title (for "delete all" and key status)."""
        return {p: registry.info(p).title for p in registry.PROVIDERS if registry.info(p).key is not None}

    def generate_options(self, **overrides: object) -> GenerateOptions:
        return GenerateOptions.from_settings(self.settings, self.provider_id, **overrides)

    def apply_retention(self, in_use: frozenset[int] | None = None) -> RetentionReport:
        """Apply the retention settings, leaving the originals runs still need."""
        from headshot_desktop.library import apply_retention

        busy = self.in_use.snapshot() if in_use is None else in_use
        return apply_retention(self.library(), self.settings, self.paths, now=datetime.now(UTC), in_use=busy)

    def workflow(self, provider_id: str | None = None) -> Workflow:
        from headshot_desktop.library.recovery import RecoveryBox, spare_folder
        from headshot_desktop.services.workflow import Workflow

        chosen = provider_id or self.provider_id
        return Workflow(
            self.library(),
            lambda: self.make_provider(chosen),
            spend_log=self.spend_log,
            after_run=self.apply_retention,
            recovery=RecoveryBox(self.paths.recovery_dir, spare_folder()),
            in_use=self.in_use,
            uploads=self.uploads,
            default_models=self.default_models,
        )

    def close(self) -> None:
        with self._library_lock:
            if self._library is not None:
                self._library.close()
                self._library = None


def _key_variables() -> dict[str, tuple[str, ...]]:
    """Every provider's key variables, asked for at the first key lookup. Every provider's key shapes join
    the log's redaction at that moment too: before it, this process has read no key that a log line could show."""
    variables: dict[str, tuple[str, ...]] = {}
    for provider_id in registry.PROVIDERS:
        spec = registry.info(provider_id).key
        if spec is not None:
            variables[provider_id] = spec.env_vars
            redacting_filter.add_patterns(spec.patterns)
    return variables


def build_context(
    *,
    library_dir: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
    log_to_file: bool = True,
    provider: str | None = None,
) -> AppContext:
    environ = os.environ if environ is None else environ
    paths = AppPaths.from_platform()
    notices: list[str] = []
    store = SettingsStore(paths.settings_file, notices, legacy_provider=registry.DEFAULT_PROVIDER)
    settings = store.load()
    # --library beats the environment variable, which beats the saved setting.
    explicit = library_dir or environ.get("HEADSHOT_DESKTOP_LIBRARY")
    chosen = explicit or settings.library_dir
    default_library = paths.library_dir
    if chosen:
        paths = paths.with_library(chosen)
    if log_to_file:
        # The version heads the session's records; a start with nothing to log writes nothing.
        started = datetime.now(UTC).astimezone().isoformat(timespec="seconds")
        setup_logging(paths.log_dir, first_line=f"Headshot Desktop {__version__}, started {started}")
    PendingWrites(paths.pending_dir).clean_stale()  # leftovers of exports a crash interrupted
    return AppContext(
        paths=paths,
        settings_store=store,
        settings=settings,
        secrets=SecretStore(environ=environ, env_vars=_key_variables),
        environ=environ,
        library_must_exist=not explicit and paths.library_dir != default_library,
        notices=notices,
        provider_override=provider or "",
    )
