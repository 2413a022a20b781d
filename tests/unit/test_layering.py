"""Only the ui package may import PySide6 (or the ui package itself)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import headshot_desktop

PACKAGE = Path(headshot_desktop.__file__).parent
FORBIDDEN = ("PySide6", "shiboken6", "headshot_desktop.ui")


def _imports(path: Path, *, top_level_only: bool = False) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in tree.body if top_level_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def _core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts]


# The entry point may start the window, but only from inside a function, so that
# ``headshot-desktop styles`` and every other command run without loading Qt.
ENTRY_POINT = PACKAGE / "cli.py"


def _forbidden(name: str) -> bool:
    return name.split(".")[0] in FORBIDDEN or name.startswith(FORBIDDEN)


def test_no_qt_outside_ui() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in _core_modules()
        for name in _imports(path, top_level_only=path == ENTRY_POINT)
        if _forbidden(name)
    ]
    assert not offenders, offenders
    assert len(_core_modules()) >= 8  # the scan really looked at the package


def test_core_modules_import_without_loading_qt() -> None:
    modules = [
        "headshot_desktop." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in _core_modules()
        if p.name not in ("__main__.py",)
    ]
    modules = [m.removesuffix(".__init__") for m in modules]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'headshot_desktop.ui'))]\n"
        "print(len(sys.modules)); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
