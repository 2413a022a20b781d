"""The names a photo without a file name gets ("pasted image", "camera photo"), in the person's language.

The index and the exported file names keep the English name; only the window translates it.
"""

from __future__ import annotations

import re

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

NAMES = {
    "camera photo": QT_TRANSLATE_NOOP("PhotoNames", "camera photo"),
    "pasted image": QT_TRANSLATE_NOOP("PhotoNames", "pasted image"),
    "dropped image": QT_TRANSLATE_NOOP("PhotoNames", "dropped image"),
}
NUMBERED = re.compile(r"^(?P<name>.*?)(?P<number> \(\d+\))?$")  # "pasted image (2)": the library's numbering


def photo_label(name: str) -> str:
    match = NUMBERED.match(name)
    if match is None or match["name"] not in NAMES:
        return name
    return translate("PhotoNames", NAMES[match["name"]]) + (match["number"] or "")
