from __future__ import annotations

from pathlib import Path

import pytest

from headshot_desktop.errors import StorageError
from headshot_desktop.library import Library
from tests.unit.library.helpers import add, prepared


def test_delete_goes_to_the_real_trash(library: Library, trash_dir: Path) -> None:
    original = library.import_original(prepared(seed=1))
    headshot = add(library, original.id)
    content = headshot.path.read_bytes()
    removed = library.delete(headshot)
    assert removed == [headshot.path] and not headshot.path.exists()
    assert (trash_dir / headshot.path.name).read_bytes() == content
    info = trash_dir.parent / "info" / f"{headshot.path.name}.trashinfo"
    assert str(headshot.path).replace(" ", "%20") in info.read_text()
    assert library.list_headshots() == []
    library.delete(original)
    assert (trash_dir / original.path.name).is_file() and library.list_originals() == []


def test_permanent_delete_only_when_asked(library: Library, trash_dir: Path) -> None:
    first, second = add(library, seed=1), add(library, seed=2, n=2)
    library.delete([first, second], permanently=True)
    assert not first.path.exists() and not second.path.exists()
    assert not trash_dir.exists() or not any(trash_dir.iterdir())
    assert library.list_headshots() == []


def test_injected_trash_function(paths) -> None:
    received: list[Path] = []
    with Library.open(paths.library_dir, trash=lambda p: received.append(p) or p.unlink()) as library:
        headshot = add(library)
        library.delete(headshot)
    assert received == [headshot.path]


def test_a_trash_that_refuses_keeps_file_and_row(paths) -> None:
    # QFile.moveToTrash returns False instead of raising; both must keep the file.
    for refusing in (lambda p: False, lambda p: (_ for _ in ()).throw(OSError(13, "no trash here"))):
        with Library.open(paths.library_dir, trash=refusing) as library:
            headshot = add(library)
            with pytest.raises(StorageError, match="trash") as info:
                library.delete(headshot)
            assert "permanently" in info.value.user_text()
            assert headshot.path.is_file() and library.get_headshot(headshot.id)
            library.delete(headshot, permanently=True)


def test_deleting_what_is_already_gone(library: Library) -> None:
    kept, gone = add(library, seed=1), add(library, seed=2, n=2)
    gone.path.unlink()
    assert library.delete(gone) == []
    assert [h.id for h in library.list_headshots()] == [kept.id]
