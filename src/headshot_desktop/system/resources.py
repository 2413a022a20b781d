"""Files shipped with the app (styles, prices, icons), wherever it is installed.

``resources/`` at the top of the repository is installed as the package
``headshot_desktop.resources`` (see pyproject.toml), in a wheel, an editable
install and the PyInstaller bundle alike, so one lookup serves all three.

The lookup goes through the package's ``__file__``, not ``importlib.resources.files``: the package is
a folder of files in all three, and ``importlib.resources`` loads tempfile, zipfile and shutil (about
5 ms before the window's first paint).
"""

from __future__ import annotations

import importlib
from pathlib import Path

PACKAGE = "headshot_desktop.resources"


def resource(*parts: str) -> Path:
    node = Path(str(importlib.import_module(PACKAGE).__file__)).parent
    return node.joinpath(*parts)


def resource_text(*parts: str) -> str:
    """The text of a shipped file: ``resource_text("styles", "catalog.json")``."""
    return resource(*parts).read_text(encoding="utf-8")


def resource_bytes(*parts: str) -> bytes:
    return resource(*parts).read_bytes()
