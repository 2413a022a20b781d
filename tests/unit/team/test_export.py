"""Export all: the chosen headshot of each finished person, framed and named the kit's way, in a real library."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import CancelledError
from headshot_desktop.library import Library
from headshot_desktop.library.crops import Crop
from headshot_desktop.library.presets import PRESETS
from headshot_desktop.services.team.export import BatchExportError, export_batch
from headshot_desktop.services.team.kit import KitExport, TeamKit
from headshot_desktop.services.team.manifest import DONE, REFUSED, BatchStore
from headshot_desktop.services.team.people import Person
from tests.unit.library.helpers import HEADSHOT_META, image_bytes

KIT = TeamKit("Acme", "openai", style="corporate-navy",
              export=KitExport(preset="original", fmt="png", framing=Crop(0.1, 0.2, 0.8, 0.6),
                               template="{name} - {style}"))  # fmt: skip


@pytest.fixture
def library(tmp_path):
    opened = Library.open(tmp_path / "library")
    yield opened
    opened.close()


def headshot(library: Library, width: int, height: int, seed: int):
    return library.add_headshot(image_bytes(width, height, seed=seed), original_id=None, **HEADSHOT_META)


def batch(library: Library, tmp_path: Path):
    """Ann (two variants, the second chosen), Bo (a framing of his own), Cy (the kit's framing), Di (refused)."""
    store = BatchStore(library.root)
    names = ("Ann", "Bo", "Cy", "Di")
    manifest = store.create(KIT, None, [Person(n, tmp_path / f"{n}.jpg") for n in names], tmp_path / "out", None)
    ann, bo, cy, di = manifest.people
    first, second = headshot(library, 600, 900, 1), headshot(library, 400, 600, 2)
    ann.status, ann.headshot_ids, ann.chosen_id = DONE, [first.id, second.id], second.id
    bo_shot = headshot(library, 600, 900, 3)
    library.crops.set(bo_shot, "original", Crop(0.0, 0.0, 0.5, 0.5))
    bo.status, bo.headshot_ids = DONE, [bo_shot.id]
    cy.status, cy.headshot_ids = DONE, [headshot(library, 600, 900, 4).id]
    di.status, di.reason = REFUSED, "Di.jpg: this is not a photo."
    store.save(manifest)
    return store, manifest


def size_of(path: Path) -> tuple[int, int]:
    with Image.open(path) as image:
        return image.size


def test_export_all_writes_each_chosen_headshot_framed_and_named(library, tmp_path) -> None:
    store, manifest = batch(library, tmp_path)
    out = tmp_path / "out"
    seen: list[tuple[int, int]] = []
    written = export_batch(library, manifest, dict(PRESETS), out, lambda n, total: seen.append((n, total)),
                           CancelToken())  # fmt: skip

    assert [p.name for p in written] == ["Ann - Corporate navy.png", "Bo - Corporate navy.png",
                                         "Cy - Corporate navy.png"]  # fmt: skip
    assert size_of(written[0]) == (320, 360)  # the chosen variant (400 × 600), not the first, in the kit's framing
    assert size_of(written[1]) == (300, 450)  # the framing Bo adjusted for this preset
    assert size_of(written[2]) == (480, 540)  # the kit's framing
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    saved = store.load(manifest.batch_id)
    assert [p.exported for p in saved.people] == [*map(str, written), ""]

    again = export_batch(library, manifest, dict(PRESETS), out, lambda n, t: None, CancelToken())
    assert [p.name for p in again] == ["Ann - Corporate navy (2).png", "Bo - Corporate navy (2).png",
                                       "Cy - Corporate navy (2).png"]  # fmt: skip
    replaced = export_batch(library, manifest, dict(PRESETS), out, lambda n, t: None, CancelToken(), replace=True)
    assert replaced == written and len(list(out.iterdir())) == 6


def test_two_people_of_one_file_name_never_overwrite_each_other_even_when_replacing(library, tmp_path) -> None:
    store, manifest = batch(library, tmp_path)
    manifest.kit = TeamKit("Acme", "openai", style="corporate-navy",
                           export=KitExport(preset="original", fmt="png", template="team")).to_json()  # fmt: skip
    written = export_batch(library, manifest, dict(PRESETS), tmp_path / "o", lambda n, t: None, CancelToken(),
                           replace=True)  # fmt: skip
    assert [p.name for p in written] == ["team.png", "team (2).png", "team (3).png"]


def test_a_lost_headshot_is_named_and_the_others_are_still_written(library, tmp_path) -> None:
    store, manifest = batch(library, tmp_path)
    library.get_headshot(manifest.people[1].headshot_ids[0]).path.unlink()
    with pytest.raises(BatchExportError) as caught:
        export_batch(library, manifest, dict(PRESETS), tmp_path / "out", lambda n, t: None, CancelToken())
    assert "1 of 3 headshots could not be exported: Bo:" in caught.value.message
    assert [p.name for p in caught.value.written] == ["Ann - Corporate navy.png", "Cy - Corporate navy.png"]
    assert store.load(manifest.batch_id).people[1].exported == ""


def test_a_cancelled_export_stops_before_the_next_person(library, tmp_path) -> None:
    store, manifest = batch(library, tmp_path)
    cancel = CancelToken()

    def cancel_after_first(done: int, total: int) -> None:
        if done == 1:
            cancel.cancel()

    with pytest.raises(CancelledError):
        export_batch(library, manifest, dict(PRESETS), tmp_path / "out", cancel_after_first, cancel)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["Ann - Corporate navy.png"]
