"""Where the app keeps things: one ``AppPaths`` value, built from platformdirs.

The app writes only below these folders, and wherever the person exports.
platformdirs honours the XDG_* variables and HOME on Linux, so tests point the
whole tree at a temporary folder by setting those.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

import platformdirs

from headshot_desktop import APP_ID, APP_NAME

# Used on Windows only, where platformdirs nests folders under an author.
APP_AUTHOR = "HeadshotDesktop"
LIBRARY_ENV = "HEADSHOT_DESKTOP_LIBRARY"


@dataclass(frozen=True)
class AppPaths:
    """Where the app keeps each kind of file, and the library folder the person chose."""

    config_dir: Path  # settings.json, the person's own styles
    cache_dir: Path  # thumbnails: safe to delete at any time
    state_dir: Path  # spend log, single-instance lock
    log_dir: Path  # rotating log files
    library_dir: Path  # Originals/, Headshots/, the index: the person's folder
    data_dir: Path  # Recovered/: paid headshots the library could not take

    @classmethod
    def from_platform(cls, library_dir: Path | str | None = None) -> AppPaths:
        """The standard locations for this OS and user.

        ``library_dir`` overrides the library (a setting or ``--library``);
        otherwise ``HEADSHOT_DESKTOP_LIBRARY``, otherwise
        ``<pictures>/Headshot Desktop``.
        """
        dirs = platformdirs.PlatformDirs(APP_ID, APP_AUTHOR)
        if library_dir is None:
            library_dir = os.environ.get(LIBRARY_ENV) or None
        if library_dir is None:
            library_dir = Path(platformdirs.user_pictures_dir()) / APP_NAME
        return cls(
            config_dir=Path(dirs.user_config_dir),
            cache_dir=Path(dirs.user_cache_dir),
            state_dir=Path(dirs.user_state_dir),
            log_dir=Path(dirs.user_log_dir),
            library_dir=Path(library_dir).expanduser(),
            data_dir=Path(dirs.user_data_dir),
        )

    def with_library(self, library_dir: Path | str) -> AppPaths:
        return replace(self, library_dir=Path(library_dir).expanduser())

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def thumbnails_dir(self) -> Path:
        return self.cache_dir / "thumbnails"

    @property
    def recovery_dir(self) -> Path:
        return self.data_dir / "Recovered"

    @property
    def pending_dir(self) -> Path:
        """Notes of writes in flight outside the library (exports), to clean up after a crash."""
        return self.state_dir / "pending-writes"

    def app_owned_dirs(self) -> list[Path]:
        """Every folder that holds only the app's own files (not the library)."""
        return [self.config_dir, self.cache_dir, self.state_dir, self.log_dir, self.data_dir]
