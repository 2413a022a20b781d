"""Every built-in export preset's name is listed for translators, and is a marked text once loaded."""

from __future__ import annotations

import json

from headshot_desktop.library.preset_words import PRESET_NAMES
from headshot_desktop.library.presets import PRESETS, RESOURCE, preset_from_json
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import Template, Words


def test_every_builtin_preset_name_is_listed_for_translators() -> None:
    names = [entry.get("name", entry.get("label", entry["id"])).strip()
             for entry in json.loads(resource_text(RESOURCE))["presets"]]  # fmt: skip
    missing = [name for name in names if name not in PRESET_NAMES]
    assert not missing, f"add these to library/preset_words.py: {missing}"


def test_builtin_names_are_marked_and_own_names_are_not() -> None:
    linkedin = PRESETS["linkedin"]
    assert isinstance(linkedin.name, Template) and linkedin.name.context == "presets"
    assert isinstance(linkedin.label, Words) and linkedin.label == "LinkedIn (800 × 800)"
    assert PRESETS["print-8x10"].label == "Print 8 × 10 (2400 × 3000, 300 dpi)"
    assert PRESETS["original"].label == "Original size"
    own = preset_from_json({"id": "mine", "name": "Board page", "size": [700, 700]}, custom=True)
    assert not isinstance(own.name, Template) and own.label == "Board page (700 × 700)"
