"""One batch made once: a second run of it (another window, `batch --resume`) stops at once and pays for nobody,
and a crash never hands one person's headshots to another who sent the same photo."""

from __future__ import annotations

import shutil
import threading
import time
from datetime import datetime

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.team.manifest import DONE, FAILED, QUEUED, RUNNING, BatchBusyError, BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.services.team.runner import BatchRunner
from tests.e2e.test_team_batch import KIT
from tests.support.openai_server import Pacing, openai_server
from tests.support.team import make_team

BUSY = "This batch is being made in another window or command"


def test_a_second_run_of_a_batch_being_made_stops_at_once_and_changes_nothing(context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 4)
    with openai_server(pacing=Pacing(1.0)) as server:
        ctx = context_for(server)
        store_a = BatchStore(ctx.library().root)  # the window
        manifest = store_a.create(KIT, None, [Person(f"P{i}", p) for i, p in enumerate(photos)], tmp_path / "out",
                                  None)  # fmt: skip
        first: list = []
        thread = threading.Thread(target=lambda: first.append(
            BatchRunner(ctx, store_a, manifest, lambda e: None).run(CancelToken())))  # fmt: skip
        thread.start()
        path = store_a.path_of(manifest.batch_id)
        deadline = time.monotonic() + 20
        while RUNNING not in path.read_text() and time.monotonic() < deadline:
            time.sleep(0.02)
        store_b = BatchStore(ctx.library().root)  # `batch --resume` in another process: its own store
        seen = store_b.load(manifest.batch_id)
        assert RUNNING in {p.status for p in seen.people}
        before = path.read_bytes()
        second = BatchRunner(ctx, store_b, seen, lambda e: None).run(CancelToken())
        assert BUSY in second.message and second.reason == "failed"
        assert RUNNING in {p.status for p in seen.people}  # not "reconciled" behind the first run's back
        with pytest.raises(BatchBusyError, match=BUSY):
            store_b.try_failed_again(seen)
        thread.join(30)
        assert first and first[0].reason == "finished", first
        assert server.images_made() == len(photos) * KIT.variants  # nobody paid for twice
        final = store_a.load(manifest.batch_id)
        assert final.counts()[DONE] == len(photos)
        assert before != path.read_bytes()  # the first run went on saving; the second wrote nothing in between
        # Once the first run is over the batch is free again: a resume finds it finished and sends nothing.
        again = BatchRunner(ctx, store_b, store_b.load(manifest.batch_id), lambda e: None).run(CancelToken())
        assert again.reason == "finished" and server.images_made() == len(photos) * KIT.variants


def test_the_same_photo_twice_is_made_one_after_the_other_and_a_crash_gives_each_their_own(context_for,
                                                                                          tmp_path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 1)
    copy = tmp_path / "team" / "copy.jpg"
    shutil.copy(photos[0], copy)
    with openai_server() as server:
        ctx = context_for(server)
        store = BatchStore(ctx.library().root)
        manifest = store.create(KIT, None, [Person("Ann", photos[0]), Person("Bob", copy)], tmp_path / "out", None)
        assert BatchRunner(ctx, store, manifest, lambda e: None).run(CancelToken()).reason == "finished"
        made = {p.name: list(p.headshot_ids) for p in manifest.people}
        ann, bob = manifest.people
        assert ann.original_id == bob.original_id and ann.status == bob.status == DONE
        library = ctx.library()
        ann_made = max(library.get_headshot(i).created for i in made["Ann"])
        assert bob.started and datetime.fromisoformat(bob.started) >= ann_made  # Bob waited for Ann: never both at once
        images = server.images_made()

        # A kill -9 after both were paid, before their endings were saved (as the file would then be).
        crashed = store.load(manifest.batch_id)
        for person in crashed.people:
            person.status, person.headshot_ids, person.cost_usd = RUNNING, [], None
        crashed.spent_usd = 0.0
        store.save(crashed)
        resumed = store.load(manifest.batch_id)
        assert BatchRunner(ctx, store, resumed, lambda e: None).run(CancelToken()).reason == "finished"
        assert {p.name: sorted(p.headshot_ids) for p in resumed.people} == {k: sorted(v) for k, v in made.items()}
        assert server.images_made() == images  # nobody paid for twice
        assert resumed.spent_usd == pytest.approx(manifest.spent_usd)


def test_a_photo_gone_after_it_was_added_fails_and_can_be_tried_again(context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 3)
    kept = tmp_path / "kept.jpg"
    shutil.move(photos[0], kept)  # moved away after it was added
    with openai_server() as server:
        ctx = context_for(server)
        store = BatchStore(ctx.library().root)
        manifest = store.create(KIT, None, [Person(f"P{i}", p) for i, p in enumerate(photos)], tmp_path / "out",
                                None)  # fmt: skip
        stopped = BatchRunner(ctx, store, manifest, lambda e: None).run(CancelToken())
        gone = manifest.people[0]
        assert gone.status == FAILED, (gone.status, gone.reason)
        assert photos[0].name in gone.reason and stopped.reason == "finished"
        shutil.move(kept, photos[0])
        assert [p.key for p in store.try_failed_again(manifest)] == [gone.key]
        assert manifest.people[0].status == QUEUED
        BatchRunner(ctx, store, manifest, lambda e: None).run(CancelToken())
        assert manifest.counts()[DONE] == 3 and server.images_made() == 3 * KIT.variants
