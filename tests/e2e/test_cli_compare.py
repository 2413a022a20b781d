"""``generate --provider A --provider B …``: one photo, one style, several engines side by side, each on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli import cli
from tests.support.bfl_server import bfl_server
from tests.support.fixtures import selfie as selfie  # fixtures by name
from tests.support.gemini_server import Reply as GeminiReply
from tests.support.gemini_server import gemini_server


@pytest.fixture
def servers(api_server, tmp_path: Path) -> Iterator[tuple]:
    with gemini_server() as gemini, bfl_server() as bfl:
        bundle = tmp_path / "cas.pem"  # one SSL_CERT_FILE that trusts all three test CAs
        bundle.write_text("".join(Path(s.environ()["SSL_CERT_FILE"]).read_text() for s in (api_server, gemini, bfl)))
        env = {**api_server.environ(), **gemini.environ(), **bfl.environ(), "SSL_CERT_FILE": str(bundle)}
        yield api_server, gemini, bfl, env


def test_three_engines_side_by_side_and_one_failure_does_not_stop_the_others(servers, selfie) -> None:
    openai, gemini, bfl, env = servers
    gemini.script(GeminiReply.finish("NO_IMAGE"))
    out = cli("generate", str(selfie), "--style", "legal", "--provider", "openai", "--provider",
              "gemini:gemini-3-pro-image-preview", "--provider", "bfl", "--accept-terms", "--json", env=env)  # fmt: skip
    assert out.returncode == 1, out.stderr  # one engine failed, said so, the others went on
    tiles = {t["provider"]: t for t in json.loads(out.stdout)}
    assert tiles["openai"]["model"] == "gpt-image-2" and len(tiles["openai"]["headshots"]) == 1
    assert tiles["bfl"]["model"] == "flux-2-pro" and tiles["bfl"]["cost_usd"] == pytest.approx(0.045)
    assert "made no image" in tiles["gemini"]["error"] and tiles["gemini"]["headshots"] == []
    assert all(t["seconds"] >= 0 for t in tiles.values())
    assert "Black Forest Labs FLUX: estimated cost" in out.stderr and "Google Gemini: estimated cost" in out.stderr
    [sent] = [r for r in gemini.generate_requests() if r.path.endswith(":generateContent")]
    assert "gemini-3-pro-image-preview" in sent.path
    assert len(openai.requests_to("images/edits")) == 1 and len(bfl.submits()) == 1


def test_comparing_takes_one_photo_and_one_style(servers, selfie) -> None:
    *_, env = servers
    out = cli("generate", str(selfie), "--style", "legal", "--style", "medical", "--provider", "openai",
              "--provider", "bfl", env=env)  # fmt: skip
    assert out.returncode == 2 and "one PHOTO and one --style" in out.stderr
    other = cli("styles", "--provider", "openai", "--provider", "bfl", env=env)
    assert other.returncode == 2 and "only generate takes several --provider" in other.stderr
