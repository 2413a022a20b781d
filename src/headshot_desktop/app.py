"""The composition root: builds the objects the app is made of and hands them in.

Nothing else creates paths, settings or the secret store, so a test builds an
``AppContext`` pointed at temporary folders and gets the whole app.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from headshot_desktop import __version__
from headshot_desktop.system.logging import setup_logging
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings, SettingsStore

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    paths: AppPaths
    settings_store: SettingsStore
    settings: Settings
    secrets: SecretStore
    environ: Mapping[str, str]

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)


def build_context(
    *,
    library_dir: Path | str | None = None,
    environ: Mapping[str, str] | None = None,
    log_to_file: bool = True,
) -> AppContext:
    environ = os.environ if environ is None else environ
    paths = AppPaths.from_platform()
    store = SettingsStore(paths.settings_file)
    settings = store.load()
    # --library beats the environment variable, which beats the saved setting.
    chosen = library_dir or environ.get("HEADSHOT_DESKTOP_LIBRARY") or settings.library_dir
    if chosen:
        paths = paths.with_library(chosen)
    if log_to_file:
        setup_logging(paths.log_dir)
    log.info("Headshot Desktop %s starting", __version__)
    return AppContext(
        paths=paths,
        settings_store=store,
        settings=settings,
        secrets=SecretStore(environ=environ),
        environ=environ,
    )
