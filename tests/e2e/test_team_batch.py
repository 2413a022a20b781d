"""A whole team through one kit: the real OpenAI test server, the real library, spend log and manifest on disk."""

from __future__ import annotations

import json
import socket
import threading
import time
from pathlib import Path

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.team.kit import KitExport, TeamKit
from headshot_desktop.services.team.manifest import DONE, FAILED, QUEUED, REFUSED, RUNNING, BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.services.team.runner import BatchProgress, BatchRunner, BatchStopped, PersonChanged
from tests.support.openai_server import RateLimit, Reply, openai_server
from tests.support.team import make_team, refuse_marked, refuse_photos, who

KIT = TeamKit("Acme team page", "openai", style="corporate-grey", variants=2, seed=1234,
              export=KitExport(preset="linkedin", fmt="jpeg", template="{name}"))  # fmt: skip


def team(photos: list[Path]) -> list[Person]:
    return [Person(f"Person {i + 1}", path) for i, path in enumerate(photos)]


def start(ctx, photos: list[Path], tmp_path: Path, cap: float | None = None):
    store = BatchStore(ctx.library().root)
    return store, store.create(KIT, None, team(photos), tmp_path / "out", cap)


def run(ctx, store, manifest, cancel: CancelToken | None = None, on_event=None):
    events: list = []

    def hear(event) -> None:
        events.append(event)
        if on_event is not None:
            on_event(event)

    stopped = BatchRunner(ctx, store, manifest, hear).run(cancel or CancelToken())
    return stopped, events


def spend_lines(ctx) -> list[dict]:
    if not ctx.spend_log.path.exists():
        return []
    return [json.loads(line) for line in ctx.spend_log.path.read_text().splitlines()]


def made_for(server, photos: list[Path], since: int = 0) -> list[int]:
    """Whose photo each edits request after the first ``since`` that made an image carried."""
    return [who(r, photos) for r in server.requests_to("images/edits")[since:] if r.status == 200]


def test_a_thirty_person_batch_with_refusals_failures_and_rate_limits_loses_nothing(context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 30, refused=(4,), broken=(7, 20))
    with openai_server(rate_limit=RateLimit(6, 1.0)) as server:
        server.answer_by(refuse_marked())
        server.answer_by(refuse_photos([photos[9]], Reply.server_error()))
        ctx = context_for(server)
        store, manifest = start(ctx, photos, tmp_path)
        stopped, events = run(ctx, store, manifest)

        assert server.rate_limited > 0  # the limit was met, and nobody failed for it
        assert stopped.reason == "finished", stopped.message
        saved = store.load(manifest.batch_id)
        status = {p.name: p.status for p in saved.people}
        assert status.pop("Person 5") == REFUSED and status.pop("Person 8") == REFUSED
        assert status.pop("Person 21") == REFUSED and status.pop("Person 10") == FAILED
        assert set(status.values()) == {DONE}
        by_name = {p.name: p for p in saved.people}
        assert "safety" in by_name["Person 5"].reason.lower() or "refused" in by_name["Person 5"].reason.lower()
        assert "person_08.jpg" in by_name["Person 8"].reason
        assert "HTTP 500" in by_name["Person 10"].reason

        library = ctx.library()
        every_id = [i for p in saved.people for i in p.headshot_ids]
        assert len(every_id) == len(set(every_id))  # nobody shares a headshot
        for index, person in enumerate(saved.people):
            if person.status == DONE:
                shots = [library.get_headshot(i) for i in person.headshot_ids]
                assert len(shots) == 2 or (len(shots) == 1 and "1 of 2 headshots" in person.reason)
                assert all(s.path.is_file() and s.original_id == person.original_id for s in shots)
                # Every headshot the server made of this person is one the batch knows: nothing lost, none twice.
                assert made_for(server, photos).count(index) == len(shots)
        # Each paid request recorded once: one spend line per image the server made, the batch's sum the same.
        spent = spend_lines(ctx)
        assert len(spent) == server.images_made() == len(every_id) == len(library.list_headshots())
        assert len(every_id) >= 26 * 2 - 2  # at most one variant lost to a limit that outlasted the client's retries
        assert saved.spent_usd == pytest.approx(sum(s["cost_usd"] for s in spent))
        assert not {4, 7, 9, 20} & set(made_for(server, photos))

        progress = [e for e in events if isinstance(e, BatchProgress)]
        assert progress[-1].done == progress[-1].total == 30
        assert any(e.seconds_left is not None and e.seconds_left > 0 for e in progress)
        assert any(e.waiting_s > 0 for e in progress)  # paused by the rate limit, and said so
        assert isinstance(events[-1], BatchStopped)


def test_a_cancelled_batch_goes_on_and_pays_only_for_the_rest(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 10)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    cancel = CancelToken()
    done = []

    def cancel_after_three(event) -> None:
        if isinstance(event, PersonChanged) and event.person.status == DONE:
            done.append(event.person.key)
            if len(done) == 3:
                cancel.cancel()

    stopped, _ = run(ctx, store, manifest, cancel, cancel_after_three)
    assert stopped.reason == "cancelled"
    saved = store.load(manifest.batch_id)
    assert RUNNING not in {p.status for p in saved.people}  # back in the queue, on disk
    first_done = {p.key for p in saved.people if p.status == DONE}
    assert len(first_done) >= 3 and saved.counts()[QUEUED] >= 1
    first_requests = len(api_server.requests_to("images/edits"))

    stopped, _ = run(ctx, store, store.load(manifest.batch_id))
    assert stopped.reason == "finished"
    resumed = store.load(manifest.batch_id)
    assert resumed.counts()[DONE] == 10
    index_of = {p.key: i for i, p in enumerate(resumed.people)}
    again = made_for(api_server, photos, since=first_requests)
    assert again and not {index_of[k] for k in first_done} & set(again)  # nobody done is paid for twice
    assert resumed.spent_usd == pytest.approx(sum(s["cost_usd"] for s in spend_lines(ctx)))

    stopped, _ = run(ctx, store, resumed)  # a finished batch run again sends nothing
    assert stopped.reason == "finished" and len(made_for(api_server, photos, since=first_requests)) == len(again)


def test_the_cap_stops_the_batch_before_it_is_passed(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 12)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    per_person = BatchRunner(ctx, store, manifest, lambda e: None).estimate().total_usd / 12
    manifest.cap_usd = round(per_person * 4.5, 4)
    store.save(manifest)

    stopped, _ = run(ctx, store, manifest)
    assert stopped.reason == "cap" and "spending cap" in stopped.message
    saved = store.load(manifest.batch_id)
    paid = sum(s["cost_usd"] for s in spend_lines(ctx))
    assert paid <= manifest.cap_usd and saved.spent_usd == pytest.approx(paid)
    assert saved.counts()[DONE] >= 1 and paid + per_person > manifest.cap_usd  # the next one might have passed it
    assert saved.counts()[QUEUED] == 12 - saved.counts()[DONE] and saved.counts()[RUNNING] == 0


def test_people_a_crash_left_running_are_reconciled_without_a_new_request(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 3)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    # The crash: person 2 was made and its headshots stored, but the manifest still says running.
    workflow = ctx.workflow("openai")
    original = workflow.import_photo(photos[1])
    made = workflow.generate(original, KIT.style_in(ctx.styles), KIT.generate_options(), lambda e: None,
                             CancelToken(), seed=KIT.seed, seed_all=True)  # fmt: skip
    crashed = manifest.people[1]
    crashed.status, crashed.original_id, crashed.attempts = RUNNING, original.id, 1
    manifest.people[2].status = RUNNING  # killed before its photo was even imported
    store.save(manifest)
    before = len(api_server.requests_to("images/edits"))

    stopped, events = run(ctx, store, store.load(manifest.batch_id))
    assert stopped.reason == "finished"
    saved = store.load(manifest.batch_id)
    assert saved.people[1].status == DONE and saved.people[1].headshot_ids == sorted(h.id for h in made.headshots)
    assert sorted(made_for(api_server, photos, since=before)) == [0, 0, 2, 2]  # person 2 was not sent again
    assert saved.counts()[DONE] == 3
    assert any(isinstance(e, PersonChanged) and e.person.key == crashed.key and e.person.status == DONE
               for e in events)  # fmt: skip


def test_a_rejected_key_stops_the_batch_and_keeps_everyone_queued(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 4)
    ctx = context_for(api_server, OPENAI_API_KEY="sk-wrong-key-0000")
    store, manifest = start(ctx, photos, tmp_path)
    stopped, _ = run(ctx, store, manifest)
    assert stopped.reason == "failed" and "did not accept the API key" in stopped.message
    assert store.load(manifest.batch_id).counts()[QUEUED] == 4


def test_cancel_stops_a_stalled_batch_at_once(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 4)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    api_server.script(*[Reply.stall(30.0) for _ in range(8)])
    cancel = CancelToken()
    result: list[BatchStopped] = []
    worker = threading.Thread(target=lambda: result.append(run(ctx, store, manifest, cancel)[0]))
    worker.start()
    for _ in range(100):
        if len(api_server.requests_to("images/edits")) >= 2:
            break
        threading.Event().wait(0.05)
    assert len(api_server.requests_to("images/edits")) >= 2  # stalled at the server
    cancelled_at = time.monotonic()
    cancel.cancel()
    worker.join(timeout=5)
    assert not worker.is_alive() and result[0].reason == "cancelled"
    assert time.monotonic() - cancelled_at < 1.5
    assert store.load(manifest.batch_id).counts()[QUEUED] == 4


def test_a_rate_limit_past_the_clients_retries_requeues_and_waits_only_as_asked(api_server, context_for,
                                                                               tmp_path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 3)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    # Both people sent first are refused 4 times per variant: the client's own retries run out.
    too_fast = Reply.error(429, "rate_limit_exceeded", "Rate limit reached.", headers={"retry-after": "1"})
    api_server.script(*[too_fast] * 16)
    stopped, events = run(ctx, store, manifest)

    assert stopped.reason == "finished"
    saved = store.load(manifest.batch_id)
    assert saved.counts()[DONE] == 3 and [p.attempts for p in saved.people] == [2, 2, 1]
    waits = [e.waiting_s for e in events if isinstance(e, BatchProgress) and e.waiting_s > 0]
    assert waits and max(waits) <= 1.0  # said how long, never more than the server asked
    edits = api_server.requests_to("images/edits")
    last_refused = max(r.received_at for r in edits if r.status == 429)
    next_sent = min(r.received_at for r in edits if r.received_at > last_refused)
    assert 0.9 <= next_sent - last_refused <= 1.6  # waited as asked, and no longer


def test_a_provider_out_of_reach_stops_the_batch_instead_of_failing_everyone(api_server, context_for,
                                                                            tmp_path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 5)
    with socket.socket() as closed:  # a port nobody listens on: every connection is refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    ctx = context_for(api_server, OPENAI_BASE_URL=f"https://127.0.0.1:{port}/v1")
    store, manifest = start(ctx, photos, tmp_path)
    stopped, _ = run(ctx, store, manifest)
    assert stopped.reason == "failed" and "Could not connect to 127.0.0.1" in stopped.message
    saved = store.load(manifest.batch_id)
    assert saved.counts()[QUEUED] == 5 and saved.spent_usd == 0


def test_a_persons_further_photos_go_with_theirs(api_server, context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 3)
    ctx = context_for(api_server)
    store = BatchStore(ctx.library().root)
    manifest = store.create(KIT, None, [Person("Ann", photos[0], (photos[1],)), Person("Bo", photos[2])],
                            tmp_path / "out", None)  # fmt: skip
    stopped, _ = run(ctx, store, manifest)
    assert stopped.reason == "finished"
    sent = {who(r, photos): len(r.images) for r in api_server.requests_to("images/edits")}
    assert sent == {0: 2, 2: 1}
    ann = store.load(manifest.batch_id).people[0]
    assert ctx.library().get_headshot(ann.headshot_ids[0]).reference_ids != ()


def test_a_rate_limit_the_client_retries_holds_back_the_next_person_as_long_as_asked(api_server, context_for,
                                                                                    tmp_path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 3)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    too_fast = Reply.error(429, "rate_limit_exceeded", "Rate limit reached.", headers={"retry-after": "2"})
    api_server.script(too_fast)  # the very first request: its client retries it in 2 s by itself
    stopped, _ = run(ctx, store, manifest)

    assert stopped.reason == "finished" and store.load(manifest.batch_id).counts()[DONE] == 3
    edits = api_server.requests_to("images/edits")
    refused_at = next(r.received_at for r in edits if r.status == 429)
    third_sent = min(r.received_at for r in edits if who(r, photos) == 2)
    # People 1 and 2 were under way; a slot freed at once, but person 3 waited out the server's 2 s.
    assert 1.9 <= third_sent - refused_at <= 2.6


def test_a_manifest_that_cannot_be_saved_stops_the_batch_before_anything_is_sent(api_server, context_for,
                                                                                tmp_path) -> None:  # fmt: skip
    photos = make_team(tmp_path / "team", 2)
    ctx = context_for(api_server)
    store, manifest = start(ctx, photos, tmp_path)
    store.folder.rename(tmp_path / "moved")
    store.folder.write_text("a file where the batches' folder was\n")  # every save now fails
    stopped, _ = run(ctx, store, manifest)
    assert stopped.reason == "failed" and str(store.path_of(manifest.batch_id)) in stopped.message
    assert api_server.requests_to("images/edits") == []
