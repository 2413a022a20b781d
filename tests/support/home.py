"""A HOME of its own: the XDG folders inside it, so nothing touches the real user's files."""

from __future__ import annotations

from pathlib import Path

XDG_FOLDERS = {
    "XDG_CONFIG_HOME": ".config",
    "XDG_CACHE_HOME": ".cache",
    "XDG_STATE_HOME": ".local/state",
    "XDG_DATA_HOME": ".local/share",
}


def home_environment(home: Path) -> dict[str, str]:
    """HOME and the XDG base folders, all below ``home``."""
    return {"HOME": str(home), **{var: str(home / sub) for var, sub in XDG_FOLDERS.items()}}
