"""``library delete-data``: names the app's files still in the trash, and ``--empty-trash`` removes them."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from headshot_desktop.library import Library
from headshot_desktop.library.trash import find_trashed
from tests.support.library_cli import assert_no_traceback, cli, err
from tests.unit.library.helpers import add, prepared


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test HOME's trash is set up on Linux only")
def test_delete_data_names_the_trashed_files_and_the_command_that_empties_them(tmp_path: Path) -> None:
    root = tmp_path / "my library"
    with Library.open(root) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=2))
        shot = add(library, original.id)
        library.delete([shot, original])
    assert len(find_trashed(root)) == 2, "precondition: in the trash"

    done = cli("--library", root, "library", "delete-data", "--yes")
    assert_no_traceback(done)
    said = err(done)
    assert done.returncode == 0, said
    assert "2 file(s) you deleted in the app are still in the system trash" in said
    assert shot.path.name in said and original.path.name in said
    assert "Settings" not in said
    command = said.split("run: ", 1)[1].splitlines()[0]
    assert "--empty-trash" in command and len(find_trashed(root)) == 2  # named, not touched

    again = cli(*shlex.split(command)[1:])  # as the person would paste it
    assert_no_traceback(again)
    assert again.returncode == 0, err(again)
    assert "Removed 2 file(s) you had deleted in the app from the system trash." in err(again)
    assert find_trashed(root) == []
