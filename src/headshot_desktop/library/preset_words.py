"""The built-in export presets' names, marked for ``lupdate`` (``resources/export_presets.json`` holds the data).

``presets.py`` turns each built-in name into ``Template("presets", name)``; this list is what translators see.
A test fails when a name in the JSON file is missing here.
"""

from __future__ import annotations

from headshot_desktop.translatable import N_

PRESET_NAMES = (
    N_("presets", "LinkedIn"),
    N_("presets", "Avatar"),
    N_("presets", "Team page"),
    N_("presets", "Portrait 4:5"),
    N_("presets", "Square"),
    N_("presets", "Print 8 × 10"),
    N_("presets", "Casting 5 × 7"),
    N_("presets", "Original size"),
)
