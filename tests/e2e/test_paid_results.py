"""A paid result is never lost, and what was saved and paid is always reported (issue 13, items 2, 3, 12, 13).

Real parts only: the command line in a subprocess, the local HTTPS OpenAI server, a real tmpfs that is
really full, a folder really renamed away or a drive really unmounted while the provider is answering.

The test server cannot pause an answer until the test has done something, nor send one good image and one
damaged one; ``PaidServer`` adds both without changing the shared server:

- ``hold()``: the request is read and recorded, then the answer waits until the test calls ``release()``
  (bounded), so the test can fill the disk or pull the drive at the moment the provider has been paid.
- ``damage_last()``: an answer (JSON or stream) whose last image is a PNG cut in half: its header reads
  fine (so the provider accepts it), its pixels do not decode (so it cannot be stored).

Names the source is expected to have (see the report of the change that adds them):
``AppPaths.recovery_dir`` = ``<user data dir>/Recovered`` (``$XDG_DATA_HOME/headshot-desktop/Recovered``),
``headshot-desktop library recover``, a ``.json`` sidecar next to each recovered image.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image

from tests.support import mounts
from tests.support.openai_server import OpenAITestServer, Reply, openai_server
from tests.support.openai_server import handler as server_handler
from tests.unit.intake import corpus

STYLE = "corporate-grey"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}
INDEX_NAME = ".headshot-index.sqlite3"
WAIT_S = 60.0
RUN_TIMEOUT_S = 120


# -- the test server, with two answers it does not have -----------------------------------------------
_thread = threading.local()  # each connection has its own handler thread


@dataclass
class Hold:
    """An answer held back until the test releases it."""

    then: Reply
    arrived: threading.Event = field(default_factory=threading.Event)
    released: threading.Event = field(default_factory=threading.Event)
    longest_s: float = WAIT_S

    def wait_arrived(self, proc: subprocess.Popen | None = None, timeout: float = WAIT_S) -> None:
        deadline = time.monotonic() + timeout
        while not self.arrived.wait(0.05):
            if proc is not None and proc.poll() is not None:
                raise AssertionError(f"the command ended (exit {proc.returncode}) before its request arrived")
            if time.monotonic() > deadline:
                raise AssertionError(f"the request did not arrive within {timeout:.0f} s")

    def release(self) -> None:
        self.released.set()


class _PaidHandler(server_handler._Handler):
    def _images(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - the base class's signature
        images = super()._images(*args, **kwargs)
        if getattr(_thread, "damage_last", False) and images:
            images[-1] = images[-1][: len(images[-1]) // 2]  # PNG header intact, pixels cut off
        return images


class PaidServer:
    """The shared test server plus ``hold`` and ``damage_last``."""

    def __init__(self, server: OpenAITestServer) -> None:
        self.server = server
        raw = server._server
        raw.RequestHandlerClass = _PaidHandler
        original_next_reply = raw.next_reply

        def next_reply(*args, **kwargs) -> Reply:  # noqa: ANN002, ANN003 - whatever the server passes
            reply = original_next_reply(*args, **kwargs)
            _thread.damage_last = False
            if reply.action == "hold":
                hold: Hold = reply.payload
                hold.arrived.set()
                deadline = time.monotonic() + hold.longest_s
                while not hold.released.wait(0.05):
                    if raw.stopping.is_set() or time.monotonic() > deadline:
                        break
                reply = hold.then
            if reply.action == "damage_last":
                _thread.damage_last = True
                reply = Reply.ok()
            return reply

        raw.next_reply = next_reply  # the handler asks the server instance: this one wins
        self._holds: list[Hold] = []

    def environ(self) -> dict[str, str]:
        return self.server.environ()

    def script(self, *replies: Reply) -> None:
        self.server.script(*replies)

    def hold(self, then: Reply | None = None) -> Hold:
        hold = Hold(then or Reply.ok())
        self._holds.append(hold)
        self.server.script(Reply("hold", payload=hold))
        return hold

    def damage_last(self) -> None:
        self.server.script(Reply("damage_last"))

    def edits(self) -> int:
        return len(self.server.requests_to("images/edits"))

    def release_all(self) -> None:
        for hold in self._holds:
            hold.release()


@pytest.fixture
def server() -> Iterator[PaidServer]:
    with openai_server() as running:
        paid = PaidServer(running)
        try:
            yield paid
        finally:
            paid.release_all()


# -- where things are, for a command run under the test's HOME ---------------------------------------
@pytest.fixture
def selfie(tmp_path: Path) -> Path:
    return corpus.write(tmp_path, "selfie.jpg", corpus.jpeg_full_of_metadata(corpus.photo((900, 1200))))


@pytest.fixture
def recovery_dir(home: Path) -> Path:
    return home / ".local" / "share" / "headshot-desktop" / "Recovered"


@pytest.fixture
def spend_log(home: Path) -> Path:
    return home / ".local" / "state" / "headshot-desktop" / "spend.jsonl"


@pytest.fixture
def default_library(home: Path) -> Path:
    return home / "Pictures" / "Headshot Desktop"


def _env(server: PaidServer | None = None, library: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    if server is not None:
        env.update(server.environ())
    if library is not None:
        env["HEADSHOT_DESKTOP_LIBRARY"] = str(library)
    return env


def cli(*args: str, env: dict[str, str] | None = None, timeout: int = RUN_TIMEOUT_S) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *args],
        capture_output=True, text=True, env=env or dict(os.environ), timeout=timeout, stdin=subprocess.DEVNULL,
    )


class Running:
    """A command running in the background; its output goes to files, so no pipe ever fills up."""

    def __init__(self, tmp_path: Path, *args: str, env: dict[str, str]) -> None:
        self.out_path, self.err_path = tmp_path / "cli.stdout", tmp_path / "cli.stderr"
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "headshot_desktop", *args],
                stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env,
            )

    def finish(self, timeout: float = RUN_TIMEOUT_S) -> subprocess.CompletedProcess:
        try:
            self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
            raise AssertionError(f"the command did not end within {timeout} s:\n{self.stderr()}") from None
        return subprocess.CompletedProcess(self.proc.args, self.proc.returncode, self.stdout(), self.stderr())

    def stdout(self) -> str:
        return self.out_path.read_text(encoding="utf-8", errors="replace")

    def stderr(self) -> str:
        return self.err_path.read_text(encoding="utf-8", errors="replace")

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def background(tmp_path: Path) -> Iterator:
    started: list[Running] = []

    def start(*args: str, env: dict[str, str]) -> Running:
        run = Running(tmp_path, *args, env=env)
        started.append(run)
        return run

    yield start
    for run in started:
        run.kill()


def printed_paths(stdout: str) -> list[Path]:
    return [Path(line) for line in stdout.splitlines() if line.strip()]


def images_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES)


def sidecar_of(image: Path) -> Path | None:
    for candidate in (image.with_name(image.name + ".json"), image.with_suffix(".json")):
        if candidate.is_file():
            return candidate
    return None


def spend_entries(spend_log: Path) -> list[dict]:
    if not spend_log.is_file():
        return []
    return [json.loads(line) for line in spend_log.read_text(encoding="utf-8").splitlines() if line.strip()]


def without(text: str, *paths: Path) -> str:
    """``text`` with these paths blanked out, so words are not found inside a folder's name."""
    for path in sorted((str(p) for p in paths), key=len, reverse=True):
        text = text.replace(path, "<path>")
    return text


def assert_recovered(recovery_dir: Path, count: int, style: str) -> list[Path]:
    """``count`` whole images in the recovery folder, each with a sidecar saying how it was made."""
    recovered = images_in(recovery_dir)
    assert len(recovered) == count, f"recovery folder {recovery_dir}: {sorted(recovery_dir.rglob('*'))}"
    for image in recovered:
        with Image.open(image) as img:
            img.load()  # the real, whole image the provider sent
            assert img.size == (1024, 1536)
        sidecar = sidecar_of(image)
        assert sidecar is not None, f"no .json sidecar next to {image.name}"
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        assert meta["style_id"] == style
        assert meta["model"] == "gpt-image-2"
        assert isinstance(meta["cost_usd"], int | float) and meta["cost_usd"] > 0
    return recovered


def assert_run_was_billed(spend_log: Path, images: int, style: str) -> None:
    """Each variant is its own billed request: the style's lines add up to ``images``, each with a cost."""
    runs = [e for e in spend_entries(spend_log) if e.get("style_id") == style]
    assert runs, f"nothing for {style} in the spend log {spend_log}: {spend_entries(spend_log)}"
    assert sum(r["images"] for r in runs) == images, runs
    assert all(r["cost_usd"] is not None and r["cost_usd"] > 0 for r in runs), runs


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


# -- item 3: billed results are reported truthfully ----------------------------------------------------
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "json"])
def test_second_image_damaged_the_first_is_saved_printed_and_both_billed(
    server: PaidServer, selfie: Path, default_library: Path, spend_log: Path, stream: bool
) -> None:
    server.server.script(Reply.ok())  # variants are separate requests: one arrives whole,
    server.damage_last()  # the other arrives damaged
    args = ["generate", str(selfie), "--style", STYLE, "--variants", "2"] + ([] if stream else ["--no-stream"])
    done = cli(*args, env=_env(server))

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    saved = printed_paths(done.stdout)
    assert len(saved) == 1, f"stdout: {done.stdout!r}\nstderr: {done.stderr}"
    assert saved[0].is_file() and saved[0].parent == default_library / "Headshots"
    assert images_in(default_library / "Headshots") == saved
    assert "1 of 2" in done.stderr, done.stderr
    assert "$0.00" not in done.stderr, done.stderr
    assert_run_was_billed(spend_log, 2, STYLE)


def test_spend_log_not_writable_is_a_warning_not_a_failure(
    server: PaidServer, selfie: Path, default_library: Path, spend_log: Path, tmp_path: Path
) -> None:
    spend_log.mkdir(parents=True)  # a folder where the log file should be: it cannot be appended to
    done = cli("generate", str(selfie), "--style", STYLE, "--variants", "1", env=_env(server))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    saved = printed_paths(done.stdout)
    assert len(saved) == 1 and saved[0].is_file(), done.stdout
    assert saved[0].parent == default_library / "Headshots"
    said = without(done.stderr, spend_log, spend_log.parent, tmp_path).lower()
    assert any("warning" in line and "spend" in line for line in said.splitlines()), done.stderr


def test_ctrl_c_after_one_job_prints_what_was_kept(
    server: PaidServer, background, selfie: Path, default_library: Path, home: Path, tmp_path: Path
) -> None:
    server.script(Reply.ok(), Reply.stall(seconds=WAIT_S))
    run = background("generate", str(selfie), "--style", STYLE, "--style", "startup", "--variants", "1",
                     "--jobs", "1", env=_env(server))
    deadline = time.monotonic() + WAIT_S
    while server.edits() < 2:  # with one job at a time, the 2nd request means the 1st run is stored
        assert run.proc.poll() is None, f"ended early: {run.stderr()}"
        assert time.monotonic() < deadline, f"the 2nd request never arrived: {run.stderr()}"
        time.sleep(0.05)
    run.proc.send_signal(signal.SIGINT)
    done = run.finish(timeout=WAIT_S)

    assert done.returncode in (1, 130), done.stderr  # 1 (a job failed) or 130 (128 + SIGINT): either is honest
    assert "Traceback" not in done.stderr
    stored = images_in(default_library / "Headshots")
    assert len(stored) == 1  # the cancelled run kept nothing
    assert printed_paths(done.stdout) == stored, f"stdout: {done.stdout!r}\nstderr: {done.stderr}"
    said = without(done.stderr, home, tmp_path)  # no digit of a folder name counts
    kept = [line for line in said.splitlines() if re.search(r"\bkept\b", line, re.I)]
    assert any(re.search(r"\b1\b", line) for line in kept), f"no line says 1 headshot was kept: {done.stderr}"


# -- item 12: "move originals to the trash after generating" waits for the whole batch ---------------
@pytest.mark.parametrize("jobs", [1, 2])
def test_original_goes_to_the_trash_only_after_every_style_is_done(
    server: PaidServer, selfie: Path, home: Path, default_library: Path, jobs: int
) -> None:
    settings = home / ".config" / "headshot-desktop" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"originals_retention": "delete_after_generating"}), encoding="utf-8")
    styles = ["corporate-grey", "startup", "academic"]
    done = cli("generate", str(selfie), *[a for s in styles for a in ("--style", s)], "--variants", "1",
               "--jobs", str(jobs), env=_env(server))

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


# -- item 13: say what is true -------------------------------------------------------------------------
def test_full_disk_during_generate_says_full(
    server: PaidServer, selfie: Path, tmp_path: Path
) -> None:
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
