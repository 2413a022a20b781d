"""Exported names never collide within one export, and "keep both" numbers a name already taken on disk."""

from __future__ import annotations

from pathlib import Path

import pytest

from headshot_desktop.library import FileExistsStorageError, Library, export_headshot
from headshot_desktop.library.export import free_targets, numbered, plan_targets
from tests.unit.library.helpers import add


@pytest.fixture
def same_named(library: Library):
    """38 headshots the default template names alike: same day, same style, each the first of its run."""
    return [add(library, seed=seed, n=1) for seed in range(38)]


def test_one_export_never_collides_with_itself(same_named, tmp_path: Path) -> None:
    targets = plan_targets(same_named, tmp_path, preset="linkedin", fmt="jpeg", template="{date} {style} {n}")
    assert len({t.name.casefold() for t in targets}) == 38
    first = targets[0]
    assert targets[1] == first.with_name(f"{first.stem} (2).jpg") and targets[37].stem.endswith(" (38)")
    assert not any(tmp_path.iterdir())  # planning reads and writes nothing


def test_a_name_already_taken_by_this_export_is_numbered_past(same_named, tmp_path: Path) -> None:
    plain = plan_targets(same_named[:1], tmp_path, preset="linkedin", fmt="png", template="{style}")[0]
    taken = [plain, numbered(plain, 2)]
    targets = plan_targets(same_named[1:3], tmp_path, preset="linkedin", fmt="png", template="{style}", taken=taken)
    assert [t.name for t in targets] == ["Corporate navy (3).png", "Corporate navy (4).png"]


def test_keep_both_numbers_the_new_file_and_leaves_the_old_one(same_named, tmp_path: Path) -> None:
    old = export_headshot(same_named[0], tmp_path, preset="original", fmt="png", template="{style}")
    before = old.read_bytes()
    # A template without {n}: the number goes on the name itself, so it still never collides.
    new = export_headshot(same_named[1], tmp_path, preset="original", fmt="png", template="{style}", keep_both=True)
    third = export_headshot(same_named[2], tmp_path, preset="original", fmt="png", template="{style}", keep_both=True)
    assert (new.name, third.name) == ("Corporate navy (2).png", "Corporate navy (3).png")
    assert old.read_bytes() == before
    with pytest.raises(FileExistsStorageError):
        export_headshot(same_named[3], tmp_path, preset="original", fmt="png", template="{style}")


def test_keep_both_for_a_whole_export_numbers_past_every_file_there(same_named, tmp_path: Path) -> None:
    for shot in same_named[:2]:  # "Corporate navy.png" and "Corporate navy (2).png" from an earlier export
        export_headshot(shot, tmp_path, preset="original", fmt="png", template="{style}", keep_both=True)
    targets = free_targets(same_named[2:4], tmp_path, preset="linkedin", fmt="png", template="{style}")
    assert [t.name for t in targets] == ["Corporate navy (3).png", "Corporate navy (4).png"]
