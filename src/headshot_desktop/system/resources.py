"""Files shipped with the app (styles, prices, icons), wherever it is installed.

``resources/`` at the top of the repository is installed as the package
``headshot_desktop.resources`` (see pyproject.toml), in a wheel, an editable
install and the PyInstaller bundle alike, so one lookup serves all three.
"""

from __future__ import annotations

import importlib.resources
from importlib.resources.abc import Traversable


def resource(*parts: str) -> Traversable:
    node = importlib.resources.files("headshot_desktop.resources")
    for part in parts:
        node = node / part
    return node


def resource_text(*parts: str) -> str:
    """The text of a shipped file: ``resource_text("styles", "catalog.json")``."""
    return resource(*parts).read_text(encoding="utf-8")


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()
