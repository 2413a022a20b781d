"""``headshot-desktop batch`` as a person runs it: a real process against the local OpenAI test server.

The team is real photos (tests/support/team.py) the server tells apart by colour, so it can refuse one
person, fail another, and the test can count, per person, what the server was paid for.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.services.team.kit import KitExport, TeamKit, save_kit
from tests.support.openai_server import Pacing, RateLimit, Reply, openai_server
from tests.support.team import make_team, refuse_marked, refuse_photos, who

BATCHES = ".headshot-batches"


def cli(*args: str | Path, env: dict[str, str], timeout: int = 300) -> subprocess.CompletedProcess:
    done = subprocess.run(
        [sys.executable, "-m", "headshot_desktop", *map(str, args)],
        capture_output=True, text=True, env={**os.environ, **env}, timeout=timeout, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert "Traceback" not in done.stderr, done.stderr
    return done


def start(*args: str | Path, env: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "headshot_desktop", *map(str, args)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, **env},
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def write_kit(folder: Path, variants: int = 2) -> Path:
    kit = TeamKit(name="Acme team page", provider="openai", style="corporate-grey", variants=variants, seed=4242,
                  export=KitExport(preset="linkedin", fmt="jpeg"))  # fmt: skip
    path = folder / "acme.headshot-kit.json"
    save_kit(kit, path)
    return path


def manifest_in(library: Path) -> dict:
    [path] = [p for p in (library / BATCHES).glob("*.json") if not p.name.startswith(".")]  # not a write under way
    return json.loads(path.read_text())


def statuses(manifest: dict) -> Counter:
    return Counter(p["status"] for p in manifest["people"])


def wait_until(check, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library"


def environ(server, library: Path) -> dict[str, str]:
    return {**server.environ(), "HEADSHOT_DESKTOP_LIBRARY": str(library)}


def test_a_thirty_person_batch_with_refusals_faults_and_429_bursts(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 30, refused=(4,), broken=(9, 21))
    kit, out = write_kit(tmp_path), tmp_path / "team page"
    with openai_server(rate_limit=RateLimit(12, 2.0)) as server:
        server.answer_by(refuse_marked())  # person 5: OpenAI's safety system
        server.answer_by(refuse_photos([photos[14]], Reply.server_error()))  # person 15: a 500, every time
        burst = Reply.error(429, "rate_limit_exceeded", "Rate limit reached for requests.", type="requests",
                            headers={"retry-after": "1"})  # fmt: skip
        server.script(burst, burst, burst)
        done = cli("batch", kit, tmp_path / "team", "--out", out, "--json", env=environ(server, library))

        assert done.returncode == 1, done.stderr  # someone was refused or failed
        assert "Estimated cost: about $" in done.stderr
        assert "for 30 people × 2 variants (OpenAI" in done.stderr and "medium); no spending cap" in done.stderr
        assert done.stderr.index("Estimated cost") < done.stderr.index("[Person")  # the estimate comes first
        assert "[Person 05] refused: " in done.stderr and "[Person 15] failed: " in done.stderr
        assert "paused by the provider's rate limit" in done.stderr
        report = json.loads(done.stdout)
        people = {p["name"]: p for p in report["people"]}
        assert report["stopped"] == "finished"
        assert {k: v for k, v in report["counts"].items() if v} == {"done": 26, "refused": 3, "failed": 1}
        assert "safety system" in people["Person 05"]["reason"]
        assert "not a photo" in people["Person 10"]["reason"] and "person_10.jpg" in people["Person 10"]["reason"]
        assert people["Person 22"]["status"] == "refused"
        assert "HTTP 500" in people["Person 15"]["reason"]

        # Every finished person: their two variants in the library, their pick exported into the folder.
        finished = [p for p in report["people"] if p["status"] == "done"]
        assert sorted(p.name for p in out.iterdir()) == sorted(f"{p['name']}.jpg" for p in finished)
        for person in finished:
            assert len(person["headshots"]) == 2 and all(Path(h).is_file() for h in person["headshots"])
            with Image.open(person["exported"]) as image:
                assert image.format == "JPEG"

        # Nobody paid twice: each finished person was made by exactly two answered requests.
        made = Counter(who(r, photos) for r in server.requests_to("images/edits") if r.status == 200)
        assert made == {photos.index(Path(p["photo"])): 2 for p in finished}
        assert server.images_made() == 52 and server.rate_limited > 0
        assert report["spent_usd"] == pytest.approx(sum(p["cost_usd"] for p in finished))


def test_kill_9_mid_run_then_resume_finishes_without_paying_twice(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 12)
    kit, out = write_kit(tmp_path), tmp_path / "out"
    with openai_server(pacing=Pacing(0.3)) as server:
        env = environ(server, library)
        running = start("batch", kit, *photos, "--out", out, env=env)
        try:
            wait_until(lambda: (library / BATCHES).is_dir() and statuses(manifest_in(library))["done"] >= 4)
        finally:
            running.kill()  # SIGKILL: no goodbye, no last save
            running.communicate()
        at_kill = manifest_in(library)
        done_before = {photos.index(Path(p["photo"])) for p in at_kill["people"] if p["status"] == "done"}
        sent_before = len(server.requests_to("images/edits"))
        assert 4 <= len(done_before) < 12 and not out.exists()  # killed before the export

        resumed = cli("batch", "--resume", "--json", env=env)
        assert resumed.returncode == 0, resumed.stderr
        report = json.loads(resumed.stdout)
        assert report["batch_id"] == at_kill["batch_id"] and report["counts"]["done"] == 12
        later = [who(r, photos) for r in server.requests_to("images/edits")[sent_before:]]
        assert later and not done_before & set(later)  # nobody finished before the kill was asked for again
        assert all(len(p["headshots"]) == 2 for p in report["people"])
        assert len(list(out.iterdir())) == 12
        # At most the people running at the kill were made again: 2 images each, no more.
        running_at_kill = sum(p["status"] == "running" for p in at_kill["people"])
        assert server.images_made() <= 2 * (12 + running_at_kill)


def test_ctrl_c_cancels_and_the_batch_goes_on_later(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 8)
    kit, out = write_kit(tmp_path, variants=1), tmp_path / "out"
    with openai_server(pacing=Pacing(1.0)) as server:
        env = environ(server, library)
        running = start("batch", kit, *photos, "--out", out, env=env)
        wait_until(lambda: (library / BATCHES).is_dir() and statuses(manifest_in(library))["done"] >= 2)
        running.send_signal(signal.SIGINT)
        _, stderr = running.communicate(timeout=60)
        assert running.returncode == 130, stderr
        assert "Cancelled." in stderr and "headshot-desktop batch --resume" in stderr
        left = statuses(manifest_in(library))
        assert left["queued"] > 0 and left["running"] == 0

        resumed = cli("batch", "--resume", env=env)
        assert resumed.returncode == 0, resumed.stderr
        assert statuses(manifest_in(library)) == {"done": 8}
        assert len(resumed.stdout.splitlines()) == len(list(out.iterdir())) == 8


def test_the_cap_stops_the_batch_before_it_would_be_passed(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 6)
    kit, out = write_kit(tmp_path, variants=1), tmp_path / "out"
    with openai_server() as server:
        env = environ(server, library)
        priced = cli("batch", kit, *photos, "--dry-run", "--json", env=env)
        assert priced.returncode == 0 and server.requests_to("images/edits") == []  # a dry run sends nothing
        assert not (library / BATCHES).exists()
        each = json.loads(priced.stdout)["estimate_usd"] / 6
        cap = round(each * 2.5, 4)

        done = cli("batch", kit, *photos, "--out", out, "--cap", str(cap), "--json", env=env)
        assert done.returncode == 1, done.stderr
        assert f"cap ${cap:.2f}" in done.stderr and "spending cap" in done.stderr
        report = json.loads(done.stdout)
        assert report["stopped"] == "cap"
        assert report["counts"]["done"] >= 1 and report["counts"]["queued"] >= 1
        assert report["spent_usd"] <= cap  # stopped before passing it, with people still to do
        assert "the next person costs about $" in report["message"]
        assert server.images_made() == report["counts"]["done"] == len(list(out.iterdir()))


def test_list_and_pick_another_variant(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 2, names=("jane_doe", "li_wei"))
    kit, out = write_kit(tmp_path), tmp_path / "out"
    with openai_server() as server:
        env = environ(server, library)
        assert cli("batch", kit, *photos, "--out", out, env=env).returncode == 0
        exported = out / "Jane Doe.jpg"
        first = exported.read_bytes()

        listed = cli("batch", "--list", env=env)
        batch_id = manifest_in(library)["batch_id"]
        assert listed.returncode == 0 and listed.stdout.startswith(batch_id)
        assert "Acme team page: 2 people (2 done)" in listed.stdout

        picked = cli("batch", "--pick", "jane doe=2", batch_id, env=env)
        assert picked.returncode == 0, picked.stderr
        assert picked.stdout.strip() == str(exported)
        assert exported.read_bytes() != first  # the second variant, in place of the first
        assert sorted(p.name for p in out.iterdir()) == ["Jane Doe.jpg", "Li Wei.jpg"]
        person = next(p for p in manifest_in(library)["people"] if p["name"] == "Jane Doe")
        assert person["chosen_id"] == person["headshot_ids"][1]

        # Going on with a finished batch sends nothing and leaves no second copy of anyone in the folder.
        sent = len(server.requests)
        again = cli("batch", "--resume", batch_id, env=env)
        assert again.returncode == 0, again.stderr
        assert "Estimated cost" not in again.stderr and "The batch is finished: 2 done" in again.stderr
        assert len(server.requests) == sent and sorted(p.name for p in out.iterdir()) == ["Jane Doe.jpg", "Li Wei.jpg"]

        nobody = cli("batch", "--pick", "Bob=1", env=env)
        assert nobody.returncode == 2 and "nobody called 'Bob'" in nobody.stderr and "Jane Doe" in nobody.stderr
        too_far = cli("batch", "--pick", "Li Wei=3", env=env)
        assert too_far.returncode == 2 and "2 variant(s) to choose from (1 to 2)" in too_far.stderr


def test_names_and_photos_from_a_csv(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 2)
    (tmp_path / "team" / "people.csv").write_text("name,photo\nAda Lovelace,person_01.jpg\nAlan Turing,person_02.jpg\n")
    kit, out = write_kit(tmp_path, variants=1), tmp_path / "out"
    with openai_server() as server:
        done = cli("batch", kit, "--csv", tmp_path / "team" / "people.csv", "--out", out, env=environ(server, library))
        assert done.returncode == 0, done.stderr
        assert sorted(p.name for p in out.iterdir()) == ["Ada Lovelace.jpg", "Alan Turing.jpg"]
        assert {p["photo"] for p in manifest_in(library)["people"]} == {str(p) for p in photos}


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["batch", "{kit}", "{team}"], "--out DIR"),
        (["batch", "{kit}"], "the team's photos"),
        (["batch", "--resume", "2020-01-01-000000-none"], "does not exist"),
        (["batch", "--resume"], "no unfinished team batch"),
        (["batch", "--list", "--resume"], "cannot go together"),
        (["batch", "{kit}", "{team}", "--out", "{kit}"], "is a file, not a folder"),
        (["batch", "{kit}", "{team}", "--out", "x", "--cap", "-3"], "amount above 0"),
        (["batch", "{team}/person_01.jpg", "{team}", "--out", "x"], "person_01.jpg"),
    ],
)
def test_wrong_usage_exits_2_and_sends_nothing(tmp_path: Path, library: Path, args: list[str], said: str) -> None:
    make_team(tmp_path / "team", 1)
    kit = write_kit(tmp_path)
    with openai_server() as server:
        filled = [a.format(kit=kit, team=tmp_path / "team") for a in args]
        done = cli(*filled, env=environ(server, library))
        assert done.returncode == 2 and said in done.stderr, done.stderr
        assert server.requests == []


def test_resume_retry_failed_tries_again_only_who_a_fault_stopped(tmp_path: Path, library: Path) -> None:
    photos = make_team(tmp_path / "team", 4, refused=(2,))
    kit = write_kit(tmp_path, variants=1)
    with openai_server() as server:
        server.answer_by(refuse_marked())  # person 3: refused, and it would be again
        server.answer_by(refuse_photos([photos[1]], Reply.server_error()))  # person 2: the server fails
        first = cli("batch", kit, tmp_path / "team", "--out", tmp_path / "out", env=environ(server, library))
        assert first.returncode == 1 and "[Person 02] failed: " in first.stderr
        assert statuses(manifest_in(library)) == {"done": 2, "failed": 1, "refused": 1}

        without = cli("batch", "--retry-failed", env=environ(server, library))
        assert without.returncode == 2 and "goes with --resume" in without.stderr

        server.answer_by(None)
        server.answer_by(refuse_marked())
        sent = len(server.requests_to("images/edits"))
        again = cli("batch", "--resume", "--retry-failed", env=environ(server, library))

        assert again.returncode == 1, again.stderr  # person 3 is still refused
        assert "Trying again: Person 02." in again.stderr
        assert statuses(manifest_in(library)) == {"done": 3, "refused": 1}
        assert {who(r, photos) for r in server.requests_to("images/edits")[sent:]} == {1}
        assert (tmp_path / "out" / "Person 02.jpg").is_file()
