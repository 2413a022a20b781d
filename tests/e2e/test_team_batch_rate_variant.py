"""A rate limit that outlasts the client's retries for one variant while the other is made: the person keeps the
one made, goes back to the queue, and the next turn makes only the missing variant. Nothing is paid twice."""

from __future__ import annotations

import threading

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.team.manifest import DONE, BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.services.team.runner import BatchRunner, PersonChanged
from tests.e2e.test_team_batch import KIT
from tests.support.openai_server import Reply
from tests.support.team import make_team

REFUSALS = 4  # the client's own tries for one request: all of them refused


def test_a_variant_a_rate_limit_kept_back_is_made_on_the_next_turn(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 1)
    lock = threading.Lock()
    seen = {"edits": 0}
    too_fast = Reply.error(429, "rate_limit_exceeded", "Rate limit reached.", headers={"retry-after": "1"})

    def first_through_then_refuse(_request: object) -> Reply | None:
        with lock:  # the first request goes through; the other variant's tries are all refused
            seen["edits"] += 1
            return too_fast if 2 <= seen["edits"] <= 1 + REFUSALS else None

    api_server.answer_by(first_through_then_refuse)
    ctx = context_for(api_server)
    store = BatchStore(ctx.library().root)
    manifest = store.create(KIT, None, [Person("Ann", photos[0])], tmp_path / "out", None)
    heard: list = []

    stopped = BatchRunner(ctx, store, manifest, heard.append).run(CancelToken())

    assert stopped.reason == "finished", stopped.message
    ann = store.load(manifest.batch_id).people[0]
    assert ann.status == DONE and len(ann.headshot_ids) == 2 and ann.missing == [] and ann.attempts == 2
    library = ctx.library()
    assert sorted(library.get_headshot(i).index_in_run for i in ann.headshot_ids) == [1, 2]  # each variant once
    assert api_server.images_made() == 2  # one per variant: the one made first was not made again
    assert ann.cost_usd is not None and manifest.spent_usd == ann.cost_usd
    between = [e.person for e in heard if isinstance(e, PersonChanged) and e.person.status == "queued"]
    assert between and len(between[-1].headshot_ids) == 1 and "1 of 2 headshots made" in between[-1].reason
