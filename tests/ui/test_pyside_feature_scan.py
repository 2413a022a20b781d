"""PySide6's per-import "does this module use PySide6?" reads the file's bytes, with the answers it gave before (#15)."""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
from types import ModuleType

import pytest

from headshot_desktop.system import atomic
from headshot_desktop.ui import main_window, pyside_feature_scan


def feature_module() -> ModuleType:
    return sys.modules["PySide6.support.feature"]


def pyside_answer(module: ModuleType) -> bool:
    """What PySide6's own check says: its source, through inspect, mentions PySide6."""
    try:
        return "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):
        return False


def test_the_window_package_installs_the_byte_check() -> None:
    assert getattr(feature_module()._mod_uses_pyside, "reads_bytes", False)
    assert pyside_feature_scan.read_sources_directly()  # twice: still one check, not a wrapper around itself


@pytest.mark.parametrize("module", [main_window, atomic, inspect, json, sys], ids=lambda m: m.__name__)
def test_it_answers_as_pyside6_does(module: ModuleType) -> None:
    assert feature_module()._mod_uses_pyside(module) == pyside_answer(module)


def test_a_module_without_a_file_goes_to_pyside6s_own_check() -> None:
    made = ModuleType("made_in_memory")
    assert feature_module()._mod_uses_pyside(made) is False


PROBE = """
import linecache, sys, json
import headshot_desktop.ui.gui
from headshot_desktop.ui import main_window
print(json.dumps({"in_linecache": [f for f in linecache.cache if "headshot_desktop" in f],
                  "switch": sys.modules["PySide6.support.feature"].pyside_feature_dict.get(main_window.__name__)}))
"""


def test_the_windows_modules_are_no_longer_read_through_linecache() -> None:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["in_linecache"] == []  # PySide6's own check kept every scanned file's lines there
    assert report["switch"] == 0  # still known as a module that uses PySide6, with no feature switched on
