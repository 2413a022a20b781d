"""``seed_all``: every variant of a run gets its own seed from one (a team batch's matching look)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.workflow import GenerateOptions
from tests.support.bfl_server import BflTestServer, bfl_server
from tests.unit.intake import corpus


@pytest.fixture
def server() -> Iterator[BflTestServer]:
    with bfl_server() as running:
        yield running


@pytest.mark.parametrize("seed_all", [True, False])
def test_seed_all_gives_variant_i_the_seed_plus_i(server, context_for, tmp_path, seed_all) -> None:
    ctx = context_for(server)
    workflow = ctx.workflow("bfl")
    original = workflow.import_photo(corpus.write(tmp_path, "me.png", corpus.png(corpus.photo((800, 1000)))))
    outcome = workflow.generate(original, ctx.styles.get("legal"), GenerateOptions(variants=3), lambda e: None,
                                CancelToken(), seed=700, seed_all=seed_all)  # fmt: skip

    sent = sorted(r.body["seed"] for r in server.submits())
    stored = sorted(h.seed for h in outcome.headshots if h.seed is not None)
    assert stored == sent and len(sent) == 3
    if seed_all:
        assert sent == [700, 701, 702]
    else:  # only the first variant is made again with the seed; the others draw their own
        assert 700 in sent and not {701, 702} & set(sent)
