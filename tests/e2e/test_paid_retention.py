"""Retention ("move originals to the trash after generating") waits for the whole batch (issue 13, item 12).

The command line in a subprocess against the local HTTPS OpenAI server (``PaidServer``), one or two jobs at
a time: the original goes to the real trash (inside the test's HOME) only after every style's headshot is saved.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.paid_server import PaidServer, _env, cli, images_in, printed_paths

# pytest fixtures, imported under their own names so that pytest finds them here
from tests.support.paid_server import default_library as default_library
from tests.support.paid_server import selfie as selfie
from tests.support.paid_server import server as server


# -- item 12: "move originals to the trash after generating" waits for the whole batch ---------------
@pytest.mark.parametrize("jobs", [1, 2])
def test_original_goes_to_the_trash_only_after_every_style_is_done(
    server: PaidServer, selfie: Path, home: Path, default_library: Path, jobs: int
) -> None:
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"originals_retention": "delete_after_generating"}), encoding="utf-8")
    styles = ["corporate-grey", "startup", "academic"]
    done = cli(
        "generate",
        str(selfie),
        *[a for s in styles for a in ("--style", s)],
        "--variants",
        "1",
        "--jobs",
        str(jobs),
        env=_env(server),
    )

    assert done.returncode == 0, done.stderr
    made = printed_paths(done.stdout)
    assert len(made) == 3 and all(p.is_file() for p in made), f"stdout: {done.stdout!r}\nstderr: {done.stderr}"
    assert server.edits() == 3
    listed = json.loads(cli("library", "list", "--json").stdout)
    assert {h["style_id"] for h in listed["headshots"]} == set(styles)

    trash = home / ".local" / "share" / "Trash"
    trashed = list((trash / "files").iterdir()) if (trash / "files").is_dir() else []
    assert len(trashed) == 1 and trashed[0].suffix == ".jpg", trashed
    assert listed["originals"] == [] and images_in(default_library / "Originals") == []
    info = trash / "info" / (trashed[0].name + ".trashinfo")
    last_headshot = max(p.stat().st_mtime_ns for p in made)
    assert info.stat().st_mtime_ns >= last_headshot, "the original was trashed before the last headshot was saved"
