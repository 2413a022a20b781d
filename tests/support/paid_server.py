"""The test server and the command line for the paid-results tests (``tests/e2e/test_paid_*``).

The test server cannot pause an answer until the test has done something, nor send one good image and one
damaged one; ``PaidServer`` adds both without changing the shared server:

- ``hold()``: the request is read and recorded, then the answer waits until the test calls ``release()``
  (bounded), so the test can fill the disk or pull the drive at the moment the provider has been paid.
- ``damage_last()``: an answer (JSON or stream) whose last image is a PNG cut in half: its header reads
  fine (so the provider accepts it), its pixels do not decode (so it cannot be stored).

Also here: ``cli`` and the ``background`` fixture (a command running while the test acts), where a command
run under the test's HOME keeps things (``recovery_dir``, ``spend_log``, ``default_library``), and checks
of what was stored, recovered and billed. Import the fixtures under their own names
(``from tests.support.paid_server import server as server``) so pytest finds them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image

from tests.support.openai_server import OpenAITestServer, Reply, openai_server
from tests.support.openai_server import handler as server_handler
from tests.unit.intake import corpus

STYLE = "corporate-grey"
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp"}
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
        capture_output=True,
        text=True,
        env=env or dict(os.environ),
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


class Running:
    """A command running in the background; its output goes to files, so no pipe ever fills up."""

    def __init__(self, tmp_path: Path, *args: str, env: dict[str, str]) -> None:
        self.out_path, self.err_path = tmp_path / "cli.stdout", tmp_path / "cli.stderr"
        with open(self.out_path, "wb") as out, open(self.err_path, "wb") as err:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "headshot_desktop", *args],
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
                env=env,
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
