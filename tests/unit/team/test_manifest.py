"""The batch manifest as a file in the library: round trip, atomic and thread-safe saves, clear refusals."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from headshot_desktop.errors import ConfigError, StorageError
from headshot_desktop.services.team.kit import KitExport, TeamKit
from headshot_desktop.services.team.manifest import (
    BATCH_FORMAT,
    BATCH_VERSION,
    BATCHES_DIR,
    DONE,
    FAILED,
    QUEUED,
    REFUSED,
    RUNNING,
    BatchManifest,
    BatchStore,
    slug,
)
from headshot_desktop.services.team.people import Person

KIT = TeamKit("Acme team page", "openai", style="corporate-grey", seed=42, export=KitExport(template="{name} {n}"))


def people(*names: str) -> list[Person]:
    return [Person(n, Path(f"/photos/{n.lower()}.jpg"), (Path(f"/photos/{n.lower()}-side.jpg"),)) for n in names]


def test_a_batch_round_trips_through_its_file(tmp_path) -> None:
    store = BatchStore(tmp_path)
    made = store.create(KIT, tmp_path / "acme.headshot-kit.json", people("Ann", "Bo", "Cy"), tmp_path / "out", 5.0)
    assert made.batch_id.endswith("-acme-team-page")
    assert [p.key for p in made.people] == ["p001", "p002", "p003"]
    made.people[0].status, made.people[0].headshot_ids, made.people[0].chosen_id = DONE, [7, 8], 8
    made.people[0].cost_usd, made.spent_usd = 0.0812, 0.0812
    made.people[1].status, made.people[1].reason = REFUSED, "bo.jpg: this is not a photo."
    store.save(made)

    raw = json.loads((tmp_path / BATCHES_DIR / f"{made.batch_id}.json").read_text())
    assert (raw["format"], raw["version"]) == (BATCH_FORMAT, BATCH_VERSION)
    loaded = store.load(made.batch_id)
    assert loaded == made
    assert loaded.team_kit == KIT  # the batch keeps the kit it started with
    assert loaded.people[0].picked_id == 8 and loaded.people[2].picked_id is None
    assert loaded.counts() == {QUEUED: 1, RUNNING: 0, DONE: 1, REFUSED: 1, FAILED: 0}
    assert [p.key for p in loaded.remaining()] == ["p003"] and not loaded.finished()


def test_people_added_later_get_new_keys_and_the_same_kit(tmp_path) -> None:
    store = BatchStore(tmp_path)
    made = store.create(KIT, None, people("Ann"), tmp_path / "out", None)
    store.add_people(made, people("Dee", "Eve"))
    assert [p.key for p in store.load(made.batch_id).people] == ["p001", "p002", "p003"]
    assert store.load(made.batch_id).kit == KIT.to_json()


def test_the_list_is_newest_first_and_skips_a_damaged_file(tmp_path, caplog) -> None:
    store = BatchStore(tmp_path)
    first = store.create(KIT, None, people("Ann"), tmp_path, None)
    first.people[0].status = DONE
    store.save(first)
    second = store.create(KIT, None, people("Bo"), tmp_path, None)
    assert second.batch_id != first.batch_id  # the same second: a number keeps them apart
    (tmp_path / BATCHES_DIR / "broken.json").write_text("{not json")
    listed = store.list()
    assert [m.batch_id for m in listed] == [second.batch_id, first.batch_id]
    assert "broken.json" in caplog.text
    assert store.latest_unfinished().batch_id == second.batch_id


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda raw: raw.update(version=BATCH_VERSION + 1), "newer Headshot Desktop"),
        (lambda raw: raw.update(format="something-else"), "is not a Headshot Desktop team batch"),
        (lambda raw: raw["people"][0].update(status="lost"), "damaged: person 1 has the unknown status 'lost'"),
        (lambda raw: raw.pop("people"), "damaged: it lists no people"),
        (lambda raw: raw["people"][0].update(headshot_ids=["x"]), "damaged: person 1 has headshot ids"),
    ],
)
def test_a_damaged_or_newer_file_is_refused_naming_it(tmp_path, change, words) -> None:
    store = BatchStore(tmp_path)
    made = store.create(KIT, None, people("Ann"), tmp_path, None)
    path = store.path_of(made.batch_id)
    raw = json.loads(path.read_text())
    change(raw)
    path.write_text(json.dumps(raw))
    with pytest.raises(ConfigError) as caught:
        store.load(made.batch_id)
    assert str(path) in caught.value.message and words in caught.value.message
    assert caught.value.hint


def test_a_file_that_is_not_json_or_missing_is_named(tmp_path) -> None:
    store = BatchStore(tmp_path)
    (tmp_path / BATCHES_DIR).mkdir()
    store.path_of("cut").write_bytes(b'{"format": "headshot-desktop-batch", "peop')
    with pytest.raises(ConfigError, match="cut.json is damaged: it is not valid JSON"):
        store.load("cut")
    with pytest.raises(ConfigError, match="gone.json does not exist"):
        store.load("gone")


def test_saves_from_many_threads_leave_a_whole_file(tmp_path) -> None:
    store = BatchStore(tmp_path)
    made = store.create(KIT, None, people(*(f"P{n}" for n in range(40))), tmp_path, None)

    def finish(index: int) -> None:
        made.people[index].status = DONE
        made.people[index].headshot_ids = [index]
        store.save(made)

    threads = [threading.Thread(target=finish, args=(i,)) for i in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    loaded = store.load(made.batch_id)
    assert loaded.counts()[DONE] == 40 and loaded.finished()
    assert [p.name for p in (tmp_path / BATCHES_DIR).iterdir()] == [f"{made.batch_id}.json"]  # no temp files left


def test_slug_and_manifest_from_json_keep_unknown_keys_out() -> None:
    assert slug("Ärzte & Co. — Team page!") == "arzte-co-team-page" and slug("???") == "team"
    raw = {"format": BATCH_FORMAT, "version": 1, "batch_id": "b", "kit": KIT.to_json(), "kit_path": "",
           "created": "2026-11-30T15:30:12+00:00", "cap_usd": None, "out_dir": "/out", "later_key": 1,
           "people": [{"key": "p001", "name": "Ann", "photo": "/a.jpg", "added_in_v2": True}]}  # fmt: skip
    loaded = BatchManifest.from_json(raw, "The team batch b.json")
    assert loaded.people[0].status == QUEUED and loaded.spent_usd == 0.0


def test_trying_failed_people_again_queues_only_those_nothing_was_paid_for(tmp_path) -> None:
    store = BatchStore(tmp_path)
    made = store.create(KIT, None, people("Ann", "Bo", "Cy", "Di"), tmp_path / "out", None)
    ann, bo, cy, di = made.people
    ann.status, ann.reason = FAILED, "The server had an error."  # nothing made: a new try costs what it costs once
    bo.status, bo.reason, bo.cost_usd = FAILED, "No headshot could be kept.", 0.05  # paid, lost: never sent again
    cy.status, cy.reason = REFUSED, "The safety system refused it."  # the same photo would be refused again
    di.status, di.headshot_ids = DONE, [3]
    store.save(made)

    again = store.try_failed_again(made)

    assert [p.key for p in again] == [ann.key]
    saved = store.load(made.batch_id)
    assert [(p.status, p.reason) for p in saved.people] == [
        (QUEUED, ""), (FAILED, "No headshot could be kept."), (REFUSED, "The safety system refused it."), (DONE, ""),
    ]  # fmt: skip


def test_a_batches_folder_that_is_a_link_is_never_written_through(tmp_path) -> None:
    library, elsewhere = tmp_path / "library", tmp_path / "elsewhere"
    library.mkdir()
    elsewhere.mkdir()
    (library / BATCHES_DIR).symlink_to(elsewhere, target_is_directory=True)
    store = BatchStore(library)

    with pytest.raises(StorageError) as caught:
        store.create(KIT, None, people("Ann"), tmp_path / "out", None)

    assert str(library / BATCHES_DIR) in caught.value.message and "link" in caught.value.message
    assert list(elsewhere.iterdir()) == []  # nothing written where the link points
    assert store.list() == []  # and nothing read from there either
