"""Every package and resource folder is in the install: pyproject lists them by hand."""

from __future__ import annotations

import importlib.resources
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_every_package_and_resource_folder_is_listed() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    listed = set(config["packages"])
    src = REPO / "src"
    code = {".".join(p.parent.relative_to(src).parts) for p in src.rglob("__init__.py")}
    data = {"headshot_desktop.resources"} | {
        "headshot_desktop.resources." + d.name
        for d in (REPO / "resources").iterdir()
        if d.is_dir() and not d.name.startswith(("_", "."))
    }
    assert code | data == listed, f"missing: {sorted(code | data - listed)}; extra: {sorted(listed - code - data)}"


def test_resources_are_importable_as_package_data() -> None:
    root = importlib.resources.files("headshot_desktop.resources")
    assert (root / "styles" / "catalog.json").is_file()
    assert (root / "export_presets.json").is_file()
    assert (root / "providers" / "openai" / "prices.json").is_file()
    assert (root / "icons" / "headshot-desktop.svg").is_file()
