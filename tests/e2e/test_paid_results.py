"""A paid result is never lost, and a full disk or a broken library is named truly (issue 13, items 2, 13).

Real parts only: the command line in a subprocess, the local HTTPS OpenAI server (``PaidServer`` in
``tests/support/paid_server.py``, which can hold an answer back), a real tmpfs that is really full, a folder
really renamed away or a drive really unmounted while the provider is answering.

- item 2: with the disk full, the library renamed away or its drive unmounted after paying, the images are
  kept in the recovery folder (with a sidecar), the run says so, and ``library recover`` brings them back
- item 13: a full disk is called full, and a folder where the index should be is named

Names the source is expected to have (see the report of the change that adds them):
``AppPaths.recovery_dir`` = ``<user data dir>/Recovered`` (``$XDG_DATA_HOME/headshot-desktop/Recovered``),
``headshot-desktop library recover``, a ``.json`` sidecar next to each recovered image.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support import mounts
from tests.support.paid_server import (
    STYLE,
    PaidServer,
    _env,
    assert_recovered,
    assert_run_was_billed,
    cli,
    images_in,
    printed_paths,
    without,
)

# pytest fixtures, imported under their own names so that pytest finds them here
from tests.support.paid_server import background as background
from tests.support.paid_server import default_library as default_library
from tests.support.paid_server import recovery_dir as recovery_dir
from tests.support.paid_server import selfie as selfie
from tests.support.paid_server import server as server
from tests.support.paid_server import spend_log as spend_log

INDEX_NAME = ".headshot-index.sqlite3"


# -- item 2: a paid result is never lost ---------------------------------------------------------------
def test_recovery_dir_is_in_the_apps_data_dir(home: Path, recovery_dir: Path) -> None:
    from headshot_desktop.system.paths import AppPaths

    assert AppPaths.from_platform().recovery_dir == recovery_dir


def test_disk_full_after_paying_keeps_the_images_and_recover_brings_them_back(
    server: PaidServer, background, selfie: Path, tmp_path: Path, recovery_dir: Path, spend_log: Path
) -> None:
    with mounts.small_tmpfs(tmp_path / "small-disk", 3 * 1024 * 1024) as disk:
        library = disk / "Headshot Library"
        env = _env(server, library)
        holds = [server.hold(), server.hold()]  # two variants: two requests, both held
        run = background("generate", str(selfie), "--style", STYLE, "--variants", "2", env=env)
        for hold in holds:
            hold.wait_arrived(run.proc)  # the photo is imported and the provider is at work: now the disk fills up
        filler = mounts.fill(disk)
        server.release_all()
        done = run.finish()

        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        assert str(recovery_dir) in done.stderr, done.stderr
        said = without(done.stderr, recovery_dir, tmp_path).lower()  # the test's own folder names say "full"
        assert re.search(r"\bkept\b", said), done.stderr
        assert "full" in said, done.stderr
        # Each image lands whole in the library or in the recovery folder, never in both, never lost.
        # (A failed save gives its space back, so the second variant may fit where the first did not.)
        stored = images_in(library / "Headshots")
        kept = len(images_in(recovery_dir))
        assert kept >= 1 and len(stored) + kept == 2, (stored, kept)
        assert_recovered(recovery_dir, kept, STYLE)
        assert_run_was_billed(spend_log, 2, STYLE)

        filler.unlink()  # space again: bring them into the library
        recovered = cli("library", "recover", env=env)
        assert recovered.returncode == 0, recovered.stderr
        moved = printed_paths(recovered.stdout)
        assert len(moved) == kept, recovered.stdout
        for path in moved:
            assert path.is_file() and path.parent == library / "Headshots", path
        assert not recovery_dir.exists() or [p for p in recovery_dir.rglob("*") if p.is_file()] == []

        listed = cli("library", "list", "--json", env=env)
        assert listed.returncode == 0, listed.stderr
        headshots = json.loads(listed.stdout)["headshots"]
        assert len(headshots) == 2 and {h["style_id"] for h in headshots} == {STYLE}
        assert {Path(h["path"]) for h in headshots} == set(moved) | set(stored)


def test_library_folder_renamed_away_mid_run_is_not_recreated(
    server: PaidServer, background, selfie: Path, tmp_path: Path, recovery_dir: Path, spend_log: Path
) -> None:
    drive = tmp_path / "usb-stick"
    library = drive / "Headshot Library"
    env = _env(server, library)
    holds = [server.hold(), server.hold()]
    run = background("generate", str(selfie), "--style", STYLE, "--variants", "2", env=env)
    for hold in holds:
        hold.wait_arrived(run.proc)
    library.rename(drive / "moved elsewhere")  # the folder is gone, as with an unplugged drive
    server.release_all()
    done = run.finish()

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert not library.exists(), f"the vanished library was created again: {sorted(library.rglob('*'))}"
    assert str(recovery_dir) in done.stderr, done.stderr
    assert_recovered(recovery_dir, 2, STYLE)
    assert_run_was_billed(spend_log, 2, STYLE)


def test_drive_unmounted_mid_run_writes_nothing_under_the_mount_point(
    server: PaidServer, background, selfie: Path, tmp_path: Path, recovery_dir: Path
) -> None:
    with mounts.small_tmpfs(tmp_path / "media" / "usb", 16 * 1024 * 1024) as mount_point:
        library = mount_point  # the whole drive is the library, as when a person picks the drive itself
        env = _env(server, library)
        holds = [server.hold(), server.hold()]
        run = background("generate", str(selfie), "--style", STYLE, "--variants", "2", env=env)
        for hold in holds:
            hold.wait_arrived(run.proc)
        assert (library / "Originals").is_dir()
        mounts.unmount(mount_point, lazy=True)  # pulled out: the empty mount point folder stays
        server.release_all()
        done = run.finish()

        assert done.returncode == 1, done.stderr
        assert "Traceback" not in done.stderr
        left = sorted(mount_point.rglob("*"))
        assert left == [], f"written onto the disk under the mount point: {left}"
        assert str(recovery_dir) in done.stderr, done.stderr
        assert_recovered(recovery_dir, 2, STYLE)


# -- item 13: say what is true -------------------------------------------------------------------------
def test_full_disk_during_generate_says_full(server: PaidServer, selfie: Path, tmp_path: Path) -> None:
    with mounts.small_tmpfs(tmp_path / "small-disk", 3 * 1024 * 1024) as disk:
        library = disk / "Headshot Library"
        env = _env(server, library)
        imported = cli("import", str(selfie), env=env)
        assert imported.returncode == 0, imported.stderr
        filler = mounts.fill(disk)
        try:
            done = cli("generate", str(selfie), "--style", STYLE, "--variants", "1", env=env)
        finally:
            filler.unlink()

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    said = without(done.stderr, tmp_path).lower()  # the test's folder is named "…full_disk…"
    assert "full" in said, done.stderr
    assert "another program" not in said, done.stderr


@pytest.mark.parametrize("command", ["list", "import"])
def test_a_folder_in_place_of_the_index_is_named(
    selfie: Path, default_library: Path, tmp_path: Path, command: str
) -> None:
    for sub in ("Originals", "Headshots"):
        (default_library / sub).mkdir(parents=True)
    in_the_way = default_library / INDEX_NAME
    in_the_way.mkdir()
    (in_the_way / "notes.txt").write_text("not ours", encoding="utf-8")
    args = ["library", "list"] if command == "list" else ["import", str(selfie)]
    done = cli(*args)

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    # "<path>/.headshot-index.sqlite3" keeps the name; the test's own folder is named "…folder…"
    said = without(done.stderr, default_library, tmp_path).lower()
    naming = [line for line in said.splitlines() if INDEX_NAME in line and "folder" in line]
    assert naming, f"no line says there is a folder named {INDEX_NAME}: {done.stderr}"
    assert "another program" not in said, done.stderr
    assert (in_the_way / "notes.txt").read_text(encoding="utf-8") == "not ours"  # left alone
