"""``library delete-data --yes`` deletes the team batches too: they name people and their photos."""

from __future__ import annotations

from pathlib import Path

from headshot_desktop.library import Library
from headshot_desktop.library.layout import BATCHES_DIR
from headshot_desktop.services.team.kit import TeamKit
from headshot_desktop.services.team.manifest import BatchStore
from headshot_desktop.services.team.people import Person
from tests.support.library_cli import assert_no_traceback, cli, err
from tests.unit.library.helpers import add


def test_delete_data_deletes_the_team_batches_and_says_so(tmp_path: Path) -> None:
    root = tmp_path / "my library"
    with Library.open(root) as library:
        add(library)
    kit = TeamKit("Acme team page", "openai", style="corporate-grey", seed=7)
    BatchStore(root).create(kit, None, [Person("Ann Lee", tmp_path / "ann.jpg")], tmp_path / "out", None)

    done = cli("--library", root, "library", "delete-data", "--yes")

    assert_no_traceback(done)
    said = err(done)
    assert done.returncode == 0, said
    assert "Deleted 1 team batch(es)" in said and "left where they are" not in said
    assert not (root / BATCHES_DIR).exists() and not root.exists()
