"""The window's first paint waits for no heavy module: they load on a worker, or when first used (#15).

A real start (``--startup-check``: the window shown, the event queue empty, then quit) in a child
process with an audit hook that notes every module the window's thread loads.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# What the first paint must not wait for: the image library, the keyring and its D-Bus stack, the HTTPS
# client, SQLite, the trash, the camera, the library's own work (opening, scanning, exporting), and the
# types only a run makes (its request, its progress, what comes back, the spend log, its card): each dataclass
# costs about a millisecond to build.
HEAVY = (
    "PIL",
    "keyring",
    "secretstorage",
    "cryptography",
    "httpx",
    "httpcore",
    "sqlite3",
    "send2trash",
    "PySide6.QtMultimedia",
    "headshot_desktop.intake",
    "headshot_desktop.services.workflow",
    "headshot_desktop.library.store",
    "headshot_desktop.library.data_rights",
    "headshot_desktop.library.export",
    "headshot_desktop.library.thumbnails",
    "headshot_desktop.library.trash",
    "headshot_desktop.core.models",
    "headshot_desktop.core.pricing",
    "headshot_desktop.core.request",
    "headshot_desktop.core.progress",
    "headshot_desktop.core.results",
    "headshot_desktop.core.spending",
    "headshot_desktop.ui.job",
    "headshot_desktop.providers.openai.pricing",  # a price table: read with the first price, on a worker
    "headshot_desktop.providers.gemini.pricing",
)

PROBE = """
import json, sys, threading
loaded = []
def note(event, args):
    if event == "import" and threading.current_thread() is threading.main_thread():
        loaded.append(args[0])
sys.addaudithook(note)
from headshot_desktop.cli import main
code = main(["--startup-check"])
print(json.dumps({"code": code, "loaded": loaded}))
"""


def _main_thread_imports(home: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # the home fixture has pointed HOME and XDG here
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["code"] == 0
    return report["loaded"]


def _heavy(loaded: list[str]) -> list[str]:
    return [name for name in loaded if any(name == h or name.startswith(h + ".") for h in HEAVY)]


def test_the_window_paints_without_loading_heavy_modules_on_its_thread(home: Path) -> None:
    loaded = _main_thread_imports(home)
    assert "PySide6.QtWidgets" in loaded  # the probe sees the window's own imports
    assert _heavy(loaded) == []


def test_a_library_with_photos_is_still_opened_off_the_window_thread(home: Path, tmp_path: Path, monkeypatch) -> None:
    from headshot_desktop.app import build_context
    from tests.unit.intake import corpus

    folder = tmp_path / "My headshots"
    context = build_context(library_dir=folder, log_to_file=False)
    context.workflow().import_photo(corpus.write(tmp_path, "me.jpg", corpus.jpeg(corpus.photo((800, 600)))))
    context.close()
    monkeypatch.setenv("HEADSHOT_DESKTOP_LIBRARY", str(folder))
    assert _heavy(_main_thread_imports(home)) == []


GC_PROBE = """
import gc, json
from PySide6.QtCore import QTimer
import headshot_desktop.ui.gui as gui
states = []
report = gui.report_when_idle

def later(window, app):
    states.append(gc.isenabled())  # as the window is shown
    QTimer.singleShot(200, lambda: (states.append(gc.isenabled()), report(window, app)))

gui.report_when_idle = later
from headshot_desktop.cli import main
main(["--startup-check"])
print(json.dumps(states))
"""


def test_collection_is_off_while_the_window_starts_and_back_on_once_it_shows(home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", GC_PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [False, True]


# What only a later action needs (Copy, a drag out, Show in folder, Recover, New Style, Export or Delete all my
# data, the Results and Library tabs): imported when first used (ui/actions.py, ui/copy_and_drag.py, ui/reveal.py,
# ui/tab_pages.py), not before the first paint. tests/ui/test_startup_order.py and test_tab_pages.py use them.
LATER = (
    "headshot_desktop.ui.exported_copies",
    "headshot_desktop.ui.dialogs.export_choices",
    "headshot_desktop.ui.data_rights",
    "headshot_desktop.ui.style_actions",
    "headshot_desktop.ui.recovery",
    "headshot_desktop.system.desktop_open",
    "subprocess",
    # The Results and Library tabs: built when first shown or used (ui/tab_pages.py, tests/ui/test_tab_pages.py).
    "headshot_desktop.ui.panels.results_panel",
    "headshot_desktop.ui.panels.jobs_panel",
    "headshot_desktop.ui.panels.library_panel",
    "headshot_desktop.ui.models.library_model",
    "headshot_desktop.ui.widgets.library_tiles",
    "headshot_desktop.ui.widgets.compare_view",
    "headshot_desktop.ui.refining",
)


def test_modules_only_later_actions_need_are_not_loaded_before_the_first_paint(home: Path) -> None:
    loaded = set(_main_thread_imports(home))
    assert "headshot_desktop.ui.main_window" in loaded
    assert [name for name in LATER if name in loaded] == []


AFTER_START_PROBE = """
import json, sys, threading
loaded, started = [], []
def note(event, args):
    if event == "import" and started and threading.current_thread() is threading.main_thread():
        loaded.append(args[0])
sys.addaudithook(note)
from headshot_desktop.ui import main_window
begin = main_window.MainWindow._start_background
def start(self):
    started.append(True)
    begin(self)
main_window.MainWindow._start_background = start
from headshot_desktop.cli import main
code = main(["--startup-check"])
print(json.dumps({"code": code, "started": bool(started), "loaded": loaded}))
"""


def test_the_window_imports_nothing_once_its_workers_have_started(home: Path) -> None:
    """The workers start by importing (SQLite, the keyring, price tables): an import on the window's thread then
    queues for Python's import lock behind them, while the window still has its first turns to take."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", AFTER_START_PROBE], env=env, capture_output=True, text=True,
                         timeout=120)  # fmt: skip
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and report["started"]
    assert report["loaded"] == []
