"""Notes of exports in flight: what a killed export left is removed at the next start, and only that."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from headshot_desktop.system.pending import PendingWrites

REPO = Path(__file__).resolve().parents[2]

# A process that notes a write, starts it (its temporary file is in the folder), then waits to be killed.
WRITER = """
import sys, time
from pathlib import Path
from headshot_desktop.system.pending import PendingWrites
pending, target = PendingWrites(Path(sys.argv[1])), Path(sys.argv[2])
with pending.note(target) as prefix:
    (target.parent / f"{prefix}half.png").write_bytes(b"half a file")
    print("writing", flush=True)
    time.sleep(60)
"""

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="process start times from /proc")


def killed_writer(notes: Path, folder: Path) -> Path:
    """A writer killed mid-write: the temporary file it leaves in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(notes), str(folder / "headshot.png")],
                              env={**os.environ, "PYTHONPATH": str(REPO / "src")}, stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=10)
    writer.stdout.close()
    (leftover,) = folder.iterdir()
    return leftover


@pytest.fixture
def stranger():
    """Starts a running process that is not the writer: its number is what a reused process id looks like."""
    started: list[subprocess.Popen] = []

    def start() -> subprocess.Popen:
        time.sleep(0.05)  # start times are counted in clock ticks (10 ms): a later process, a later tick
        started.append(subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]))
        return started[-1]

    yield start
    for process in started:
        process.kill()
        process.wait()


def test_a_killed_writers_leftover_goes_at_the_next_start(tmp_path: Path) -> None:
    leftover = killed_writer(tmp_path / "notes", tmp_path / "exports")
    assert PendingWrites(tmp_path / "notes").clean_stale() == 1
    assert not leftover.exists() and list((tmp_path / "notes").iterdir()) == []


def test_a_process_id_used_again_by_another_process_does_not_keep_the_leftover(tmp_path: Path, stranger) -> None:
    """After a crash or a restart the writer's number may belong to another process (often, after a reboot)."""
    leftover = killed_writer(tmp_path / "notes", tmp_path / "exports")
    (note,) = (tmp_path / "notes").iterdir()
    record = json.loads(note.read_text(encoding="utf-8"))
    note.write_text(json.dumps({**record, "pid": stranger().pid}), encoding="utf-8")
    assert PendingWrites(tmp_path / "notes").clean_stale() == 1
    assert not leftover.exists() and list((tmp_path / "notes").iterdir()) == []


def test_a_write_still_going_on_is_left_alone(tmp_path: Path, stranger) -> None:
    """Another copy of the app exporting right now: its note and its temporary file stay."""
    notes, folder = tmp_path / "notes", tmp_path / "exports"
    pending = PendingWrites(notes)
    with pending.note(folder / "headshot.png") as prefix:
        folder.mkdir()
        (folder / f"{prefix}half.png").write_bytes(b"half a file")
        (note,) = notes.iterdir()
        record = json.loads(note.read_text(encoding="utf-8"))
        assert PendingWrites(notes).clean_stale() == 0  # this very process: it is running
        other = notes / "other.json"
        other.write_text(json.dumps({**record, "pid": stranger().pid, "started": None}), encoding="utf-8")
        assert PendingWrites(notes).clean_stale() == 0  # a running process with no start time noted: kept
        assert len(list(folder.iterdir())) == 1
