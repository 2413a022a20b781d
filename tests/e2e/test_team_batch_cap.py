"""The spending cap with real prices: it trusts what people really cost once some are made, and a batch whose prices
are unknown cannot keep a cap, so it is not started with one."""

from __future__ import annotations

import dataclasses

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.team.manifest import DONE, QUEUED, BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.services.team.runner import BatchRunner
from tests.e2e.test_team_batch import KIT
from tests.support.team import make_team


def test_the_cap_message_says_what_people_really_cost_not_the_higher_estimate(api_server, context_for,
                                                                               tmp_path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 6)
    ctx = context_for(api_server)
    store = BatchStore(ctx.library().root)
    manifest = store.create(KIT, None, [Person(f"P{i}", p) for i, p in enumerate(photos)], tmp_path / "out", 0.35)
    estimate = BatchRunner(ctx, store, manifest, lambda e: None).estimate()
    assert estimate is not None and estimate.total_usd is not None
    assert estimate.total_usd / 6 > 0.15  # the estimate is well above the test server's real price (about $0.10)

    stopped = BatchRunner(ctx, store, manifest, lambda e: None).run(CancelToken())

    assert stopped.reason == "cap", stopped.message
    real = max(p.cost_usd or 0.0 for p in manifest.people)
    assert 0.09 < real < 0.12 and f"(the next person costs about ${real:.2f})" in stopped.message
    assert manifest.counts()[DONE] == 3 and manifest.spent_usd <= 0.35  # room for three at the real price


def test_a_capped_batch_whose_prices_are_unknown_is_not_started(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 2)
    ctx = context_for(api_server)
    store = BatchStore(ctx.library().root)
    kit = dataclasses.replace(KIT, model="gpt-image-unpriced")
    manifest = store.create(kit, None, [Person(f"P{i}", p) for i, p in enumerate(photos)], tmp_path / "out", 1.0)
    assert BatchRunner(ctx, store, manifest, lambda e: None).estimate() is None

    stopped = BatchRunner(ctx, store, manifest, lambda e: None).run(CancelToken())

    assert stopped.reason == "failed"
    assert "spending cap of $1.00" in stopped.message and "prices" in stopped.message and "unknown" in stopped.message
    assert "Remove the cap" in stopped.message
    assert api_server.requests_to("images/edits") == []
    assert [p.status for p in store.load(manifest.batch_id).people] == [QUEUED, QUEUED]


def test_without_a_cap_unknown_prices_do_not_stop_the_batch(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 1)
    ctx = context_for(api_server)
    store = BatchStore(ctx.library().root)
    kit = dataclasses.replace(KIT, model="gpt-image-unpriced")
    manifest = store.create(kit, None, [Person("P0", photos[0])], tmp_path / "out", None)
    stopped = BatchRunner(ctx, store, manifest, lambda e: None).run(CancelToken())
    assert "spending cap" not in stopped.message
    assert len(api_server.requests_to("images/edits")) >= 1
