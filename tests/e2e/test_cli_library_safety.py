"""The command line never touches what is not the library's, and keeps working on odd libraries (issue 13).

Real processes with HOME and the XDG folders in the test's temporary tree, real symlinks, real
kill -9, a real read-only bind mount (root only), real non-UTF-8 file names (Linux only).

- item 1: a symlinked ``Originals/``/``Headshots/``, image-named links and a linked lock file
- item 5: temp files of a killed export, copies in the trash, a saved library on an unplugged drive
- item 6: a file name that is not UTF-8 (``caf\\xe9.jpg``)
- item 7: a read-only library
- item 15: importing a file that is already in the library
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import keyring.backends.fail
import pytest
from PIL import Image

from headshot_desktop.app import build_context
from headshot_desktop.library import Library, apply_retention, delete_all
from headshot_desktop.library.layout import HEADSHOTS, LOCK_NAME, ORIGINALS
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings
from tests.support.mounts import read_only_bind
from tests.unit.intake import corpus
from tests.unit.library.helpers import HEADSHOT_META, add, prepared
from tests.unit.library.test_symlink_escape import (
    SSH_KEY,
    _plant_links,
    changes,
    link_folder,
    make_library,
    make_outside_photos,
    snapshot,
)

LINUX = sys.platform.startswith("linux")
needs_symlinks = pytest.mark.skipif(sys.platform == "win32", reason="needs symlinks")
needs_linux = pytest.mark.skipif(not LINUX, reason="file names are any bytes only on Linux")
needs_sigkill = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

Arg = str | bytes | Path


def cli(*args: Arg, env: dict[str, str] | None = None, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run the app; bytes arguments reach it as they are (file names that are not UTF-8)."""
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        capture_output=True, env={**os.environ, **(env or {})}, timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def err(done: subprocess.CompletedProcess) -> str:
    return done.stderr.decode("utf-8", "replace")


def out(done: subprocess.CompletedProcess) -> str:
    return done.stdout.decode("utf-8", "replace")


def assert_no_traceback(done: subprocess.CompletedProcess) -> None:
    """No traceback (nor a logging error, which prints one) reached stderr."""
    crashed = b"Traceback" in done.stderr or b"Logging error" in done.stderr
    tail = "\n".join(err(done).splitlines()[-12:])
    assert not crashed, f"a traceback:\n...\n{tail}"


def assert_clean(done: subprocess.CompletedProcess, exit_code: int) -> None:
    """The exit code is ``exit_code`` and no traceback reached stderr."""
    assert_no_traceback(done)
    assert done.returncode == exit_code, f"exit {done.returncode}\nstdout: {out(done)}\nstderr: {err(done)}"


def zip_blobs(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None
        return {info.filename: archive.read(info) for info in archive.infolist()}


@pytest.fixture
def selfie(tmp_path: Path) -> Path:
    folder = tmp_path / "camera"
    folder.mkdir()
    return corpus.write(folder, "selfie.jpg", corpus.jpeg(corpus.photo((600, 800), seed=3)))


def trash_files(home: Path) -> Path:
    return home / ".local" / "share" / "Trash" / "files"


def no_keyring() -> SecretStore:
    return SecretStore(environ={}, backend=keyring.backends.fail.Keyring())


# == item 1: never outside the resolved root ==========================================================


@needs_symlinks
@pytest.mark.parametrize(("folder", "how"), [(ORIGINALS, "--library"), (HEADSHOTS, "HEADSHOT_DESKTOP_LIBRARY")])
def test_delete_data_leaves_a_linked_folder_and_the_photos_it_points_to(
    home: Path, tmp_path: Path, folder: str, how: str
) -> None:
    root = tmp_path / "library"
    make_library(root)
    outside = make_outside_photos(home / "Pictures" / "My photos")
    before = snapshot(outside)
    link = link_folder(root, folder, outside)

    if how == "--library":
        done = cli("--library", root, "library", "delete-data", "--yes")
    else:
        done = cli("library", "delete-data", "--yes", env={"HEADSHOT_DESKTOP_LIBRARY": str(root)})

    assert_no_traceback(done)
    changed = changes(outside, before)
    assert not changed, f"delete-data changed the person's files outside the library: {changed}\n{err(done)}"
    assert link.is_symlink(), "the link was not left alone"
    assert str(link) in err(done), f"the summary does not name the link as left alone:\n{err(done)}"


@needs_symlinks
def test_import_into_a_linked_originals_folder_is_refused(home: Path, tmp_path: Path, selfie: Path) -> None:
    outside = make_outside_photos(home / "Pictures" / "My photos")
    before = snapshot(outside)
    root = tmp_path / "library"
    root.mkdir()
    link_folder(root, ORIGINALS, outside)

    done = cli("--library", root, "import", selfie)

    assert_clean(done, 1)
    assert "link" in err(done).lower(), err(done)
    changed = changes(outside, before)
    assert not changed, f"import wrote into (or cleaned) the folder the link points to: {changed}"


@needs_symlinks
def test_a_linked_originals_folder_is_not_listed_or_exported(home: Path, tmp_path: Path) -> None:
    """Refusing the library (exit 1, the link named) or leaving the linked folder out are both fine."""
    outside = make_outside_photos(home / "Pictures" / "My photos")
    before = snapshot(outside)
    outside_bytes = [p.read_bytes() for p in outside.rglob("*") if p.is_file()]
    root = tmp_path / "library"
    make_library(root)
    link_folder(root, ORIGINALS, outside)
    real_root = root.resolve()

    listed = cli("--library", root, "library", "list", "--json")
    assert_no_traceback(listed)
    if listed.returncode == 0:
        data = json.loads(listed.stdout)
        for item in data["originals"] + data["headshots"]:
            assert Path(item["path"]).resolve().is_relative_to(real_root), f"listed from outside: {item['path']}"
    else:
        assert listed.returncode == 1 and "link" in err(listed).lower(), err(listed)

    archive = tmp_path / "out" / "all.zip"
    exported = cli("--library", root, "library", "export-data", archive)
    assert_no_traceback(exported)
    if exported.returncode == 0:
        blobs = zip_blobs(archive).values()
        leaked = [data for data in outside_bytes if any(data in blob for blob in blobs)]
        assert not leaked, f"{len(leaked)} file(s) from outside the library are in the data export"
    else:
        assert exported.returncode == 1 and "link" in err(exported).lower(), err(exported)
        assert not archive.exists()
    changed = changes(outside, before)
    assert not changed, f"listing or exporting changed files outside the library: {changed}"


@needs_symlinks
def test_linked_files_inside_the_library_are_not_listed_or_exported(home: Path, tmp_path: Path) -> None:
    outside = home / "Outside"
    outside.mkdir()
    root = tmp_path / "library"
    with Library.open(root) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
        secrets = _plant_links(library, outside)
    before = snapshot(outside)

    listed = cli("--library", root, "library", "list", "--json")
    assert_clean(listed, 0)
    data = json.loads(listed.stdout)
    assert [o["path"] for o in data["originals"]] == [str(original.path)]
    assert [h["path"] for h in data["headshots"]] == [str(headshot.path)]

    archive = tmp_path / "out" / "all.zip"
    exported = cli("--library", root, "library", "export-data", archive)
    assert_clean(exported, 0)
    blobs = zip_blobs(archive)
    images = sorted(n for n in blobs if n.startswith((f"{ORIGINALS}/", f"{HEADSHOTS}/")))
    assert images == sorted([f"{ORIGINALS}/{original.path.name}", f"{HEADSHOTS}/{headshot.path.name}"])
    assert not any(SSH_KEY in blob for blob in blobs.values()), "the SSH key is in the data export"
    for label, secret in secrets.items():
        assert not any(secret in blob for blob in blobs.values()), f"{label} from outside is in the data export"
    changed = changes(outside, before)
    assert not changed, f"files outside the library changed: {changed}"


@needs_symlinks
def test_a_linked_lock_file_is_refused_and_its_target_untouched(home: Path, tmp_path: Path) -> None:
    root = tmp_path / "library"
    make_library(root)
    precious = home / "Documents" / "thesis.txt"
    precious.parent.mkdir()
    precious.write_bytes(b"four years of work\n" * 100)
    before = precious.read_bytes()
    lock = root / LOCK_NAME
    lock.unlink(missing_ok=True)
    lock.symlink_to(precious)

    done = cli("--library", root, "library", "list")

    assert_clean(done, 1)
    assert LOCK_NAME in err(done), err(done)
    assert precious.read_bytes() == before, "the lock file's link target was changed"


@needs_symlinks
def test_a_library_folder_that_is_itself_a_link_still_works(tmp_path: Path, selfie: Path) -> None:
    """The rule is about the *resolved* root: a library kept elsewhere and linked to is fine."""
    real = tmp_path / "drive" / "Headshot Desktop"
    real.mkdir(parents=True)
    link = tmp_path / "library link"
    link.symlink_to(real, target_is_directory=True)
    imported = cli("--library", link, "import", selfie)
    assert_clean(imported, 0)
    listed = cli("--library", link, "library", "list", "--json")
    assert_clean(listed, 0)
    assert len(json.loads(listed.stdout)["originals"]) == 1
    assert len(list((real / ORIGINALS).iterdir())) == 1


# == item 5: no copies left behind =====================================================================

KILL_ATTEMPTS = 5
POLL_S = 0.001


def _temps(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.name.startswith(".tmp-"))
    except FileNotFoundError:
        return []


def _kill_mid_write(command: list[Arg], out_dir: Path, decoy: Path, deadline_s: float = 30.0) -> Path | None:
    """Start ``command``, kill -9 it the moment a temp file of ours shows in ``out_dir``; that file, or None."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "headshot_desktop", *command],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    deadline = time.monotonic() + deadline_s
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            ours = [p for p in _temps(out_dir) if p != decoy]
            if ours:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                return ours[0] if ours[0].exists() else None
            time.sleep(POLL_S)
        return None
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def _caught(command: list[Arg], out_dir: Path, result: Path, decoy: Path) -> Path | None:
    """Up to KILL_ATTEMPTS tries to kill ``command`` while it writes; the temp file it left, or None."""
    for _ in range(KILL_ATTEMPTS):
        left = _kill_mid_write(command, out_dir, decoy)
        if left is not None:
            return left
        result.unlink(missing_ok=True)  # it finished before the kill: try again
        for temp in _temps(out_dir):
            if temp != decoy:
                temp.unlink()
    return None


def _noise_png(path: Path, size: int, seed: int) -> None:
    image = Image.frombytes("RGB", (size, size), random.Random(seed).randbytes(size * size * 3))
    image.save(path, "PNG", compress_level=0)


def _decoy(out_dir: Path) -> Path:
    """A file in the export folder that merely looks like one of ours: the person's, never removed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    decoy = out_dir / ".tmp-not-the-apps.zip"
    decoy.write_bytes(b"the person's own file\n")
    return decoy


@needs_sigkill
@pytest.mark.slow
def test_a_killed_data_export_leaves_no_temp_file_after_the_next_start(tmp_path: Path) -> None:
    root = tmp_path / "library"
    (root / HEADSHOTS).mkdir(parents=True)
    for n in range(40):
        _noise_png(root / HEADSHOTS / f"noise {n:02}.png", 1000, seed=n)
    assert_clean(cli("--library", root, "library", "list"), 0)  # index them now, not during the export
    out_dir = tmp_path / "out"
    decoy = _decoy(out_dir)
    result = out_dir / "all.zip"

    left = _caught(["--library", root, "library", "export-data", result], out_dir, result, decoy)
    if left is None:
        pytest.skip(f"could not kill the data export while it was writing in {KILL_ATTEMPTS} tries")

    after = cli("--library", root, "library", "list")
    assert_clean(after, 0)
    leftovers = [p.name for p in _temps(out_dir) if p != decoy]
    assert leftovers == [], f"the killed export's temp file (a copy of every photo) is still there: {leftovers}"
    assert decoy.read_bytes() == b"the person's own file\n", "a file the app did not write was removed"
    if result.exists():
        zip_blobs(result)  # anything published is whole


@needs_sigkill
@pytest.mark.slow
def test_a_killed_headshot_export_leaves_no_temp_file_after_the_next_start(tmp_path: Path) -> None:
    root = tmp_path / "library"
    (root / HEADSHOTS).mkdir(parents=True)
    big = root / HEADSHOTS / "big.png"
    _noise_png(big, 4000, seed=1)  # 16 megapixels of noise: seconds to encode
    assert_clean(cli("--library", root, "library", "list"), 0)
    out_dir = tmp_path / "out"
    decoy = _decoy(out_dir)
    result = out_dir / "x.png"

    command: list[Arg] = ["--library", root, "export", big, "--preset", "original", "--format", "png", "-o", result]
    left = _caught(command, out_dir, result, decoy)
    if left is None:
        pytest.skip(f"could not kill the export while it was writing in {KILL_ATTEMPTS} tries")

    after = cli("--library", root, "library", "list")
    assert_clean(after, 0)
    leftovers = [p.name for p in _temps(out_dir) if p != decoy]
    assert leftovers == [], f"the killed export's temp file is still there: {leftovers}"
    assert decoy.read_bytes() == b"the person's own file\n", "a file the app did not write was removed"


@pytest.mark.skipif(not LINUX, reason="the freedesktop trash inside the test HOME is set up on Linux only")
@pytest.mark.parametrize("front_end", ["api", "cli"])
@pytest.mark.parametrize("trashed_by", ["delete", "retention"])
def test_delete_all_reports_or_removes_originals_in_the_trash(
    home: Path, tmp_path: Path, front_end: str, trashed_by: str
) -> None:
    root = tmp_path / "library"
    paths = AppPaths.from_platform(library_dir=root)
    with Library.open(root) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        if trashed_by == "delete":
            library.delete(original)  # "Delete" in the window: to the trash
        else:
            add(library, original.id)
            report = apply_retention(library, Settings(originals_retention="delete_after_generating"), paths)
            assert report.originals_trashed == [original.path]
    copy = trash_files(home) / original.path.name
    assert copy.is_file(), "precondition: the original is in the trash"
    # Something the person trashed themselves, from elsewhere: not the app's to report or remove.
    theirs = home / "Desktop" / "holiday.png"
    theirs.parent.mkdir()
    theirs.write_bytes(b"not the app's")
    from send2trash import send2trash

    send2trash(str(theirs))
    assert (trash_files(home) / "holiday.png").is_file()

    if front_end == "api":
        summary = delete_all(paths, no_keyring(), confirm=True).summary()
    else:
        done = cli("--library", root, "library", "delete-data", "--yes")
        assert_no_traceback(done)
        summary = err(done)

    reported = "trash" in summary.lower() and original.path.name in summary
    assert reported or not copy.exists(), (
        f"a copy of {original.path.name} is still in the trash and the summary does not say so:\n{summary}"
    )
    assert (trash_files(home) / "holiday.png").read_bytes() == b"not the app's"


def test_delete_data_with_the_saved_library_unplugged_keeps_the_setting(home: Path, tmp_path: Path) -> None:
    gone = tmp_path / "unplugged drive" / "Headshot Desktop"
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"library_dir": str(gone), "theme": "dark"}), encoding="utf-8")

    done = cli("library", "delete-data", "--yes")

    assert_clean(done, 1)
    said = err(done)
    assert str(gone) in said, said
    assert any(words in said.lower() for words in ("not found", "not reachable", "unreachable", "not connected")), said
    assert settings.is_file(), "the setting that says where the library is was deleted"
    assert json.loads(settings.read_text(encoding="utf-8"))["library_dir"] == str(gone)
    assert not gone.parent.exists(), "the missing library folder was created"


# == item 6: a file name that is not UTF-8 =============================================================


@needs_linux
def test_a_file_name_that_is_not_utf8_works_everywhere(tmp_path: Path) -> None:
    card = os.fsencode(tmp_path / "card")
    os.mkdir(card)
    photo = os.path.join(card, b"caf\xe9.jpg")
    with open(photo, "wb") as handle:
        handle.write(corpus.jpeg(corpus.photo((600, 800), seed=4)))
    root = tmp_path / "library"

    imported = cli("--library", root, "import", photo)
    assert_clean(imported, 0)
    (stored,) = os.listdir(os.fsencode(root / ORIGINALS))

    def listing(originals: int, headshots: int) -> None:
        listed = cli("--library", root, "library", "list")
        assert_clean(listed, 0)
        assert len(listed.stdout.splitlines()) == originals + headshots, out(listed)
        as_json = cli("--library", root, "library", "list", "--json")
        assert_clean(as_json, 0)
        data = json.loads(as_json.stdout.decode("utf-8"))  # JSON is UTF-8: decoded strictly
        assert (len(data["originals"]), len(data["headshots"])) == (originals, headshots), data

    listing(1, 0)  # the import stored it: from then on every listing crashed
    headshot = os.path.join(os.fsencode(root / HEADSHOTS), b"r\xe9sum\xe9.png")
    Image.new("RGB", (200, 300), (90, 60, 40)).save(os.fsdecode(headshot), "PNG")
    listing(1, 1)  # a file put there by hand

    out_dir = tmp_path / "out"
    exported = cli("--library", root, "export", headshot, "--preset", "original", "--format", "png",
                   "-o", out_dir / "x.png")  # fmt: skip
    assert_clean(exported, 0)
    with Image.open(out_dir / "x.png") as image:
        assert image.size == (200, 300)

    everything = cli("--library", root, "library", "export-data", out_dir / "all.zip")
    assert_clean(everything, 0)
    blobs = zip_blobs(out_dir / "all.zip")
    with open(headshot, "rb") as handle:
        assert handle.read() in blobs.values()
    with open(os.path.join(os.fsencode(root / ORIGINALS), stored), "rb") as handle:
        assert handle.read() in blobs.values()
    metadata = json.loads(blobs["metadata.json"].decode("utf-8"))
    assert len(metadata["originals"]) == 1 and len(metadata["headshots"]) == 1


# == item 7: a read-only library ========================================================================


@pytest.fixture
def read_only_library(tmp_path: Path) -> Iterator[tuple[Path, str, str]]:
    """A library with one original and one headshot, shown read-only (a real bind mount); names of both."""
    source = tmp_path / "library"
    with Library.open(source) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
    with read_only_bind(source, tmp_path / "read-only library") as root:
        yield root, original.path.name, headshot.path.name


def test_a_read_only_library_lists_and_exports_and_refuses_imports(
    read_only_library: tuple[Path, str, str], tmp_path: Path, selfie: Path
) -> None:
    root, original_name, headshot_name = read_only_library
    original, headshot = root / ORIGINALS / original_name, root / HEADSHOTS / headshot_name
    out_dir = tmp_path / "out"

    listed = cli("--library", root, "library", "list")
    assert_clean(listed, 0)
    assert str(original) in out(listed) and str(headshot) in out(listed), out(listed)

    as_json = cli("--library", root, "library", "list", "--json")
    assert_clean(as_json, 0)
    data = json.loads(as_json.stdout)
    assert [o["path"] for o in data["originals"]] == [str(original)]
    assert [h["path"] for h in data["headshots"]] == [str(headshot)]
    assert data["headshots"][0]["style_name"] == HEADSHOT_META["style_name"]

    exported = cli("--library", root, "export", headshot, "--preset", "original", "--format", "png",
                   "-o", out_dir / "x.png")  # fmt: skip
    assert_clean(exported, 0)
    with Image.open(out_dir / "x.png") as image:
        assert image.size == (80, 120)

    everything = cli("--library", root, "library", "export-data", out_dir / "z.zip")
    assert_clean(everything, 0)
    blobs = zip_blobs(out_dir / "z.zip")
    assert blobs[f"{ORIGINALS}/{original_name}"] == original.read_bytes()
    assert blobs[f"{HEADSHOTS}/{headshot_name}"] == headshot.read_bytes()

    imported = cli("--library", root, "import", selfie)
    assert_clean(imported, 1)
    assert "read-only" in err(imported).lower(), err(imported)


# == item 15: a library file given back to import ======================================================


def test_importing_a_file_of_the_library_gives_the_same_original(tmp_path: Path, selfie: Path) -> None:
    root = tmp_path / "library"
    first = cli("--library", root, "import", selfie)
    assert_clean(first, 0)
    stored = out(first).strip()
    assert Path(stored).parent == root / ORIGINALS

    again = cli("--library", root, "import", stored)
    assert_clean(again, 0)
    assert out(again).strip() == stored
    listed = cli("--library", root, "library", "list", "--json")
    assert len(json.loads(listed.stdout)["originals"]) == 1
    assert len(list((root / ORIGINALS).iterdir())) == 1


def test_workflow_import_of_a_library_file_gives_the_same_original(tmp_path: Path, selfie: Path) -> None:
    context = build_context(library_dir=tmp_path / "library", environ={}, log_to_file=False)
    try:
        workflow = context.workflow()
        first = workflow.import_photo(selfie)
        again = workflow.import_photo(first.path)
        assert (again.id, again.path) == (first.id, first.path)
        assert [o.id for o in context.library().list_originals()] == [first.id]
        assert len(list(first.path.parent.iterdir())) == 1
    finally:
        context.close()


def test_delete_data_is_refused_while_the_library_is_open_elsewhere(tmp_path: Path, home: Path) -> None:
    """Item 4: a window (here: this process) holding the library open; delete-data must refuse and delete nothing."""
    from tests.unit.library.helpers import add, prepared

    root = tmp_path / "lib"
    library = Library.open(root)
    try:
        original = library.import_original(prepared(seed=5))
        headshot = add(library, original.id)
        done = subprocess.run(
            [sys.executable, "-m", "headshot_desktop", "--library", str(root), "library", "delete-data", "--yes"],
            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 1, done.stderr
        assert "open in Headshot Desktop" in done.stderr and "Nothing was deleted" in done.stderr
        assert "Traceback" not in done.stderr
        assert original.path.is_file() and headshot.path.is_file()
        # The open library still works: nothing of its own was taken away under it.
        assert len(library.list_headshots()) == 1
        add(library, original.id, seed=9)
    finally:
        library.close()
    done = subprocess.run(
        [sys.executable, "-m", "headshot_desktop", "--library", str(root), "library", "delete-data", "--yes"],
        capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    assert not root.exists()
