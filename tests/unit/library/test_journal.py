"""Item 14: a rebuilt index gets each headshot's style, prompt, cost and original back from the journal."""

from __future__ import annotations

from pathlib import Path

from headshot_desktop.library import Library
from headshot_desktop.library.index import index_files
from headshot_desktop.library.journal import JOURNAL_NAME
from tests.unit.library.helpers import HEADSHOT_META, add, image_bytes, prepared


def _lose_index(root: Path) -> None:
    for path in index_files(root / ".headshot-index.sqlite3"):
        path.unlink(missing_ok=True)


def test_a_lost_index_is_rebuilt_with_every_headshots_details(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root) as library:
        original = library.import_original(prepared(seed=2, name="me at the lake.jpg"))
        made = add(library, original.id)
        library.set_kept(made, True)
    _lose_index(root)
    (root / "Headshots" / "by hand.png").write_bytes(image_bytes(90, 90, seed=11))

    with Library.open(root, scan=False) as library:
        report = library.scan()
        assert report.index_rebuilt and report.details_restored == 1
        assert report.details_lost == [root / "Headshots" / "by hand.png"]
        again = next(h for h in library.list_headshots() if h.path == made.path)
        assert again.kept and again.original_path == original.path
        assert (again.style_id, again.prompt, again.model, again.cost_usd) == (
            HEADSHOT_META["style_id"],
            HEADSHOT_META["prompt"],
            HEADSHOT_META["model"],
            HEADSHOT_META["cost_usd"],
        )
        stored = library.list_originals()[0]
        assert stored.source_name == "me at the lake.jpg" and stored.generated


def test_a_deleted_headshot_leaves_no_details_in_the_journal(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    with Library.open(root, trash=lambda _p: None) as library:
        original = library.import_original(prepared(seed=2))
        gone = add(library, original.id, prompt="a secret prompt")
        add(library, original.id, seed=8)
        library.delete(gone)
    journal = (root / JOURNAL_NAME).read_text(encoding="utf-8")
    assert gone.file_hash not in journal and "a secret prompt" not in journal
    assert gone.path.name in journal  # only its name, as "went to the trash", for "delete all" to report
