"""``generate --provider gemini`` as a script would run it: a real process, a temporary HOME, the Gemini test server."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator

import pytest
from PIL import Image

from headshot_desktop.providers import registry
from tests.e2e.test_cli import cli
from tests.e2e.test_cli_key import cli as key_cli
from tests.support.fixtures import headshots_dir as headshots_dir  # fixtures by name
from tests.support.fixtures import real_keyring as real_keyring
from tests.support.fixtures import selfie as selfie
from tests.support.gemini_server import GeminiTestServer, Reply, gemini_server

INFO = registry.info("gemini")


@pytest.fixture
def server() -> Iterator[GeminiTestServer]:
    with gemini_server() as running:
        yield running


def gemini(*args: str, server: GeminiTestServer) -> object:
    return cli("generate", "--provider", "gemini", *args, env=server.environ())


def test_terms_are_said_and_confirmed_once_before_any_photo_goes(server, selfie, headshots_dir, tmp_path) -> None:
    refused = gemini(str(selfie), "--style", "legal", server=server)
    assert refused.returncode == 2 and refused.stdout == ""
    for phrase in ("55 days", "free tier", "26 October 2026", "SynthID", INFO.must_confirm, "--accept-terms"):
        assert phrase in refused.stderr, phrase
    assert server.requests == []
    assert not (headshots_dir.parent / "Originals").exists(), "the photo was not even imported"

    out_dir = tmp_path / "out"
    made = gemini(str(selfie), "--style", "legal", "--variants", "2", "--accept-terms", "--export", str(out_dir),
                  "--preset", "linkedin", "--format", "jpeg", "--json", server=server)  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert (
        "Estimated cost: about $0.1" in made.stderr
        and "Google Gemini-compatible server at 127.0.0.1 gemini-3.1-flash-image-preview" in made.stderr
    )
    (run,) = json.loads(made.stdout)
    assert run["model"] == "gemini-3.1-flash-image-preview" and run["cost_usd"] > 0
    assert len(run["headshots"]) == 2 and len(list(headshots_dir.iterdir())) == 2
    for shot in run["headshots"]:
        with Image.open(shot["path"]) as stored:
            assert stored.size == (896, 1152)  # 4:5 at 1K: the portrait shape, medium detail
        with Image.open(shot["exported"]) as exported:
            assert exported.format == "JPEG"
    sent = [r for r in server.generate_requests() if r.path.endswith(":generateContent")]
    assert len(sent) == 2 and all(r.version == "v1" and r.body["store"] is False for r in sent)

    again = gemini(str(selfie), "--style", "legal", "--variants", "1", server=server)  # remembered: no flag now
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize(
    "reply, words",
    [
        (Reply.bad_key(), "did not accept the API key"),
        (Reply.no_credit(), "prepaid credit"),
        (Reply.text_only("I can't edit photos of real people in that way."), "I can't edit photos of real people"),
        (Reply.blocked("SAFETY"), "blocked the request"),
        (Reply.finish("NO_IMAGE"), "made no image"),
    ],
)
def test_each_fault_has_its_own_sentence_and_leaves_nothing(server, selfie, headshots_dir, reply, words) -> None:
    server.script(reply)
    out = gemini(str(selfie), "--style", "medical", "--variants", "1", "--accept-terms", server=server)
    assert out.returncode == 1 and words in out.stderr and "Traceback" not in out.stderr
    assert out.stdout == "" and list(headshots_dir.iterdir()) == []
    assert len([r for r in server.generate_requests() if r.path.endswith(":generateContent")]) == 1


def test_providers_lists_gemini_with_its_terms(server) -> None:
    out = cli("providers", "--json", env=server.environ())
    row = next(r for r in json.loads(out.stdout) if r["id"] == "gemini")
    assert row["usable"] and row["key"] and row["retention_days"] == 55
    assert row["key_variables"] == ["GOOGLE_API_KEY", "GEMINI_API_KEY"] and row["must_confirm"] == INFO.must_confirm
    assert "SynthID" in row["output_note"] and row["privacy_checked"] == INFO.privacy_checked
    text = cli("providers", env=server.environ()).stdout
    assert (
        re.search(r"^  gemini +Google Gemini-compatible server at 127.0.0.1 — usable", text, re.MULTILINE)
        and "55 days" in text
        and "SynthID" in text
    )


@pytest.mark.keyring
def test_a_gemini_key_in_the_keyring_is_used_and_kept_apart(real_keyring, server, selfie) -> None:
    service = os.environ["HEADSHOT_DESKTOP_KEYRING_SERVICE"]
    env = {k: v for k, v in server.environ().items() if k != "GEMINI_API_KEY"}  # only the keyring has it
    stored = key_cli("key", "set", "--provider", "gemini", stdin=server.api_key + "\n", env_extra=env)
    assert stored.returncode == 0, stored.stderr
    assert real_keyring.get_password(service, "gemini") == server.api_key
    assert real_keyring.get_password(service, "openai") is None, "each provider keeps its own key"
    status = key_cli("key", "status", "--provider", "gemini", env_extra=env).stdout
    assert "keyring" in status and server.api_key not in status
    made = key_cli("generate", "--provider", "gemini", str(selfie), "--style", "legal", "--variants", "1",
                   "--accept-terms", env_extra=env)  # fmt: skip
    assert made.returncode == 0, made.stderr
    (sent,) = server.generate_requests()
    assert sent.headers["x-goog-api-key"] == server.api_key
