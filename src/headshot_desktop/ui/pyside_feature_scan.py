"""PySide6 reads the source of every module imported after it; here it reads the file's bytes instead.

For its ``__feature__`` switch (``from __feature__ import snake_case``, PYSIDE-2029), PySide6 asks of each module
imported once it is loaded whether its source mentions "PySide6", through ``inspect.getsource``: the file decoded,
split into lines and kept in ``linecache``. At start-up that was about 90 modules and 9 ms on the window's thread. The
same question asked of the file's bytes has the same answer; a module without a ``.py`` file still gets PySide6's own
check, and a PySide6 without that check (another release) is left as it is.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads PySide6's support modules, the feature switch among them


def read_sources_directly() -> bool:
    """Answer PySide6's "does this module use PySide6?" from the file's bytes; False if PySide6 has no such check."""
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    asked = getattr(feature, "_mod_uses_pyside", None)
    if asked is None or not callable(asked):
        return False
    if getattr(asked, "reads_bytes", False):
        return True
    pyside_check = asked

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(pyside_check(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(pyside_check(module))

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
