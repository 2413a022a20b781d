"""``generate --provider bfl`` as a script runs it: a real process, a temporary HOME, the BFL test servers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.e2e.test_cli import cli
from tests.support.bfl_server import BflTestServer, Poll, Reply, bfl_server
from tests.support.fixtures import headshots_dir as headshots_dir  # fixtures by name
from tests.support.fixtures import selfie as selfie


@pytest.fixture
def server() -> Iterator[BflTestServer]:
    with bfl_server() as running:
        yield running


def bfl(*args: str, server: BflTestServer):
    return cli("generate", "--provider", "bfl", *args, env=server.environ())


def test_make_store_and_export_with_live_progress(server, selfie, headshots_dir, tmp_path) -> None:
    out_dir = tmp_path / "out"
    made = bfl(str(selfie), "--style", "legal", "--variants", "2", "--export", str(out_dir), "--preset", "linkedin",
               "--format", "jpeg", "--option", "output_format=jpeg", "--json", server=server)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert (
        "Estimated cost: about $0.0" in made.stderr
        and "Black Forest Labs FLUX-compatible server at 127.0.0.1 flux-2-pro" in made.stderr
    )
    assert "is 30% done" in made.stderr and "is 70% done" in made.stderr  # live progress from the polls
    (run,) = json.loads(made.stdout)
    assert run["model"] == "flux-2-pro" and run["cost_usd"] == pytest.approx(0.09)  # 2 × 4.5 credits
    assert len(run["headshots"]) == 2 and len(list(headshots_dir.iterdir())) == 2
    for shot in run["headshots"]:
        with Image.open(shot["path"]) as stored:
            assert stored.size == (896, 1120) and stored.format == "JPEG"
        assert Path(shot["exported"]).is_file()
    assert {r.host for r in server.requests} == {"api", "delivery"}
    assert all("x-key" not in r.headers for r in server.downloads())


@pytest.mark.parametrize(
    "scripted, words",
    [
        (Reply.server_error(500), "may still charge"),
        (Reply.no_credits(), "run out of credits"),
        (Reply.validation(["body", "width"], "Input should be a multiple of 16"), "width"),
        (Poll.status("Request Moderated"), "flagged your photo or the style's text"),
        (Poll.status("Error"), "reported an error"),
    ],
)
def test_each_fault_has_its_words_leaves_nothing_and_a_submit_is_never_resent(server, selfie, headshots_dir,
                                                                             scripted, words) -> None:  # fmt: skip
    if isinstance(scripted, Poll):
        server.script_polls(Poll.pending(0.2), scripted)
    else:
        server.script(scripted)
    out = bfl(str(selfie), "--style", "medical", "--variants", "1", server=server)
    assert out.returncode == 1 and words in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == "" and list(headshots_dir.iterdir()) == []
    assert len(server.submits()) == 1 and server.downloads() == []


def test_providers_shows_bfl_its_key_variable_and_host(server) -> None:
    row = next(r for r in json.loads(cli("providers", "--json", env=server.environ()).stdout) if r["id"] == "bfl")
    assert (
        row["usable"] and row["key_variables"] == ["BFL_API_KEY"] and row["hosts"] == ["127.0.0.1"]
    )  # BFL_API_URL: the test server
    assert any("delivery" in note for note in row["privacy_notes"]) and "could not confirm" in row["privacy"]
