"""``refine HEADSHOT "instruction"``, ``refine --final`` and ``library tree``: versions kept as a tree."""

from __future__ import annotations

import io
import json

from PIL import Image

from tests.e2e.test_cli import cli
from tests.support.fixtures import headshots_dir as headshots_dir  # fixtures by name
from tests.support.fixtures import selfie as selfie


def made(api_server, selfie) -> dict:
    out = cli("generate", str(selfie), "--style", "legal", "--variants", "1", "--json", env=api_server.environ())
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)[0]["headshots"][0]


def test_refine_twice_keeps_the_chain_and_sends_the_headshot_with_the_selfie(api_server, selfie, headshots_dir) -> None:
    first = made(api_server, selfie)
    one = cli("refine", first["path"], "tie navy instead of red", "--json", env=api_server.environ())
    assert one.returncode == 0, one.stderr
    (child,) = json.loads(one.stdout)
    sent = api_server.requests_to("images/edits")[-1]
    assert len(sent.images) == 2, "the headshot to change, then the selfie as the likeness reference"
    with Image.open(io.BytesIO(sent.images[0].data)) as edited, Image.open(first["path"]) as stored:
        assert edited.size[0] / edited.size[1] == stored.size[0] / stored.size[1]
    prompt = sent.field("prompt") or ""
    assert "CHANGE: in image 1" in prompt and "tie navy instead of red" in prompt and "Image 2 shows" in prompt
    assert child["instruction"] == "tie navy instead of red" and child["parent_id"] is not None

    two = cli("refine", str(child["id"]), "less smile", "--json", env=api_server.environ())
    assert two.returncode == 0, two.stderr
    (grandchild,) = json.loads(two.stdout)
    tree = json.loads(cli("library", "tree", str(grandchild["id"]), "--json", env=api_server.environ()).stdout)
    assert [v["instruction"] for v in tree["lineage"]] == ["", "tie navy instead of red", "less smile"]
    text = cli("library", "tree", str(child["id"]), env=api_server.environ()).stdout
    assert "“tie navy instead of red” ◀" in text and "“less smile”" in text

    final = cli("refine", str(child["id"]), "--final", "--json", env=api_server.environ())
    assert final.returncode == 0, final.stderr
    last = api_server.requests_to("images/edits")[-1]
    assert last.field("quality") == "high" and "tie navy instead of red" in (last.field("prompt") or "")


def test_what_cannot_be_refined_is_refused_with_a_reason(api_server, selfie) -> None:
    first = made(api_server, selfie)
    sent_before = len(api_server.requests_to("images/edits"))
    empty = cli("refine", first["path"], "   ", env=api_server.environ())
    assert empty.returncode == 2 and "say what to change" in empty.stderr
    gone = cli("refine", "9999", "less smile", env=api_server.environ())
    assert gone.returncode == 1 and "There is no headshot 9999" in gone.stderr
    long = cli("refine", first["path"], "x" * 600, env=api_server.environ())
    assert long.returncode == 1 and "longer than 500 characters" in long.stderr
    assert len(api_server.requests_to("images/edits")) == sent_before and "Traceback" not in long.stderr


def test_final_in_high_detail_keeps_the_seed_where_the_provider_takes_one(selfie) -> None:
    from tests.support.bfl_server import bfl_server

    with bfl_server() as bfl:
        env = bfl.environ()
        out = cli("generate", "--provider", "bfl", str(selfie), "--style", "legal", "--variants", "1", "--detail",
                  "low", "--json", env=env)  # fmt: skip
        assert out.returncode == 0, out.stderr
        draft = json.loads(out.stdout)[0]["headshots"][0]
        final = cli("refine", "--provider", "bfl", draft["path"], "--final", "--json", env=env)
        assert final.returncode == 0, final.stderr
        first, again = (s.body for s in bfl.submits())
        assert again["seed"] == first["seed"], "the same seed, so the final keeps the chosen draft's look"
        assert (first["width"], first["height"]) == (640, 800) and (again["width"], again["height"]) == (1264, 1584)
        largest = cli("refine", "--provider", "bfl", draft["path"], "--final", "--largest", "--json", env=env)
        assert largest.returncode == 0, largest.stderr
        print_size = bfl.submits()[-1].body
        assert (print_size["width"], print_size["height"]) == (1632, 2048)  # FLUX.2's most: 4 MP, 2048 a side
        assert cli("refine", draft["path"], "less smile", "--largest", env=env).returncode == 2  # only with --final
