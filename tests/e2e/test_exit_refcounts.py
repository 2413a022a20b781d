"""A long session's worth of Qt calls, then exit: None, True and False must outlive the interpreter.

PySide6 6.12.0 on Python 3.11 drops a reference to None for every Qt call that returns nothing,
and one to True for every ``Signal.emit()``; a session's thousands of calls ran the counts down
to zero while the interpreter finalized: "Fatal Python error: none_dealloc" (or bool_dealloc) at
exit, in 2 of ~16 exits (issue #14, item 7). 6.11.3, which pyproject.toml pins, does not; this
test fails on any PySide6 that does, before it can ship.
"""

from __future__ import annotations

import os
import subprocess
import sys

# More than the references None (about 5,000) and True (about 600) start with.
CALLS = 100_000

SESSION = f"""
from PySide6.QtCore import QObject, Signal
from headshot_desktop.ui.gui import make_application

app = make_application([])

class Busy(QObject):
    ping = Signal()

busy = Busy()
for _ in range({CALLS}):
    busy.setObjectName("")  # a call that returns nothing
    busy.ping.emit()
print("done", flush=True)
"""


def test_none_and_true_survive_many_qt_calls_and_the_exit() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "dev", "-c", SESSION],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"},
        timeout=120,
    )
    assert "Fatal Python error" not in result.stderr, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.strip() == "done"
