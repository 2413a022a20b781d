"""A batch held by one store (a window, a command) is refused to another at once; holds nest within a store; the
first hold reads the file again, so an edit never writes over what another process made of the batch."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from headshot_desktop.services.team.manifest import DONE, FAILED, QUEUED, BatchBusyError, BatchStore
from tests.unit.team.test_manifest import KIT, people

BUSY = "This batch is being made in another window or command"


def test_a_held_batch_is_refused_to_another_store_and_nothing_changes(tmp_path: Path) -> None:
    window, command = BatchStore(tmp_path), BatchStore(tmp_path)
    made = window.create(KIT, None, people("Ann", "Bo"), tmp_path / "out", None)
    theirs = command.load(made.batch_id)
    before = window.path_of(made.batch_id).read_bytes()
    with window.held(made), window.held(made):  # nested: the runner and the window's own edit
        assert window.holds(made.batch_id) and not command.holds(made.batch_id)
        for edit in (lambda: command.add_people(theirs, people("Cy")), lambda: command.choose(theirs, "p001", 1),
                     lambda: command.set_cap(theirs, 2.0), lambda: command.try_failed_again(theirs)):  # fmt: skip
            with pytest.raises(BatchBusyError, match=BUSY) as caught:
                edit()
            assert made.batch_id in caught.value.message and caught.value.hint
        assert window.path_of(made.batch_id).read_bytes() == before
    assert not window.holds(made.batch_id)
    command.set_cap(theirs, 2.0)  # free again
    assert window.load(made.batch_id).cap_usd == 2.0


def test_the_first_hold_reads_what_another_process_saved_into_the_same_object(tmp_path: Path) -> None:
    window, command = BatchStore(tmp_path), BatchStore(tmp_path)
    shown = window.create(KIT, None, people("Ann", "Bo"), tmp_path / "out", None)
    theirs = command.load(shown.batch_id)
    theirs.people[0].status, theirs.people[0].headshot_ids, theirs.spent_usd = DONE, [7, 8], 0.2
    theirs.people[1].status = FAILED
    command.save(theirs)  # a `batch --resume` finished Ann while the window showed her queued

    window.add_people(shown, people("Cy"))

    assert [p.status for p in shown.people] == [DONE, FAILED, QUEUED] and shown.people[0].headshot_ids == [7, 8]
    saved = command.load(shown.batch_id)
    assert saved.spent_usd == 0.2 and [p.name for p in saved.people] == ["Ann", "Bo", "Cy"]


def test_queued_people_are_not_removed_while_the_batch_is_being_made(tmp_path: Path) -> None:
    store = BatchStore(tmp_path)
    made = store.create(KIT, None, people("Ann", "Bo"), tmp_path / "out", None)
    running = threading.Event()
    over = threading.Event()

    def run() -> None:
        with store.held(made):
            running.set()
            over.wait(10)

    thread = threading.Thread(target=run)
    thread.start()
    running.wait(10)
    try:
        with pytest.raises(BatchBusyError, match="Stop the batch first to remove people"):
            store.remove_queued(made, {"p002"})
        assert len(store.load(made.batch_id).people) == 2
    finally:
        over.set()
        thread.join()
    store.remove_queued(made, {"p002"})
    assert [p.name for p in store.load(made.batch_id).people] == ["Ann"]
