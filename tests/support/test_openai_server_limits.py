"""The OpenAI test double's rate limit and answer rules, and the team photos that go with them.

The app's own provider reads what the server says (a 429 it waits out, a safety refusal), so the
batch tests built on these helpers test the app, not the double.
"""

from __future__ import annotations

import time

import httpx
import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.openai.errors import from_response
from headshot_desktop.services.workflow import GenerateOptions
from tests.support.openai_server import RateLimit, Reply, openai_server
from tests.support.openai_server.limits import duration
from tests.support.team import make_team, mean_colour, refuse_marked, refuse_photos, who


def _edit(client: httpx.Client, server, photo: bytes = b"\x89PNG\r\n\x1a\n") -> httpx.Response:
    return client.post(
        f"{server.base_url}/images/edits",
        data={"model": "gpt-image-1", "prompt": "A headshot."},
        files={"image[]": ("me.jpg", photo, "image/jpeg")},
    )


def _client(server) -> httpx.Client:
    return httpx.Client(verify=server.client_ssl_context(), headers={"authorization": f"Bearer {server.api_key}"})


def test_past_the_limit_openai_answers_429_with_when_to_retry() -> None:
    with openai_server(rate_limit=RateLimit(3, 1.0)) as server, _client(server) as client:
        answers = [_edit(client, server) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 200, 429]
        assert [a.headers["x-ratelimit-remaining-requests"] for a in answers] == ["2", "1", "0", "0"]
        assert {a.headers["x-ratelimit-limit-requests"] for a in answers} == {"3"}
        limited = answers[3]
        error = limited.json()["error"]
        assert (error["code"], error["type"], error["param"]) == ("rate_limit_exceeded", "requests", None)
        assert error["message"].startswith("Rate limit reached for gpt-image-1 in organization")
        assert "Limit 3, Used 3, Requested 1. Please try again in" in error["message"]
        assert limited.headers["retry-after"] == "1"  # whole seconds, rounded up
        assert limited.headers["x-ratelimit-reset-requests"].endswith("ms")
        assert server.rate_limited == 1 and server.images_made() == 3

        # The app reads it as a rate limit with the wait the server asked for.
        read = from_response(429, limited.content, limited.headers, service="OpenAI")
        assert read.kind is ErrorKind.RATE_LIMIT and read.retry_after == 1.0

        time.sleep(float(limited.headers["retry-after"]))
        assert _edit(client, server).status_code == 200  # a slot freed: the refused request took none


def test_the_window_slides_rather_than_resetting_all_at_once() -> None:
    with openai_server(rate_limit=RateLimit(2, 1.0)) as server, _client(server) as client:
        assert _edit(client, server).status_code == 200
        time.sleep(0.6)
        assert _edit(client, server).status_code == 200
        time.sleep(0.5)  # the first has aged out, the second not yet
        assert _edit(client, server).status_code == 200
        assert _edit(client, server).status_code == 429


def test_the_limit_can_be_set_lifted_and_changed_while_serving() -> None:
    with openai_server() as server, _client(server) as client:
        assert [_edit(client, server).status_code for _ in range(3)] == [200] * 3
        assert "x-ratelimit-limit-requests" not in _edit(client, server).headers
        server.rate_limit = RateLimit(1, 60)
        assert [_edit(client, server).status_code for _ in range(2)] == [200, 429]
        assert _edit(client, server).headers["retry-after"] == "60"
        server.rate_limit = None
        assert _edit(client, server).status_code == 200
        # The models list is never limited.
        server.rate_limit = RateLimit(1, 60)
        assert client.get(f"{server.base_url}/models").status_code == 200


def test_openai_writes_waits_the_way_its_headers_do() -> None:
    assert [duration(s) for s in (0.012, 1, 17.5, 360, 61.25)] == ["12ms", "1s", "17.5s", "6m0s", "1m1.25s"]


def test_rules_answer_chosen_requests_before_the_script_and_after_the_limit() -> None:
    with openai_server(rate_limit=RateLimit(3, 60)) as server, _client(server) as client:
        asked = []

        def refuse_blue(request) -> Reply | None:
            asked.append(request)
            return Reply.moderation_blocked() if request.images[0].data == b"blue" else None

        server.answer_by(refuse_blue)
        server.script(Reply.server_error())
        refused = _edit(client, server, b"blue")
        assert refused.status_code == 400
        assert refused.json()["error"]["code"] == "moderation_blocked"
        assert refused.headers["x-ratelimit-remaining-requests"] == "2"  # the limit's headers on every answer
        assert _edit(client, server, b"red").status_code == 500  # the script was kept for the next one
        assert _edit(client, server, b"red").status_code == 200
        assert _edit(client, server, b"blue").status_code == 429
        assert len(asked) == 3  # the request past the limit reached no rule

        server.answer_by(None)
        server.rate_limit = None
        assert _edit(client, server, b"blue").status_code == 200


def test_team_photos_are_real_distinct_selfies_and_broken_ones_are_not_images(tmp_path) -> None:
    photos = make_team(tmp_path / "team", 12, refused=(3,), broken=(5,))
    assert [p.name for p in photos][:2] == ["person_01.jpg", "person_02.jpg"]
    assert not photos[5].read_bytes().startswith(b"\xff\xd8")
    good = [p for i, p in enumerate(photos) if i != 5]
    colours = {tuple(round(v) for v in mean_colour(p.read_bytes())) for p in good}
    assert len(colours) == len(good)
    named = make_team(tmp_path / "named", 2, names=("jane_doe", "Li Wei"))
    assert [p.name for p in named] == ["jane_doe.jpg", "Li Wei.jpg"]


def test_the_apps_own_upload_is_recognised_refused_and_traced_to_its_person(context_for, tmp_path) -> None:
    photos = make_team(tmp_path / "team", 4, refused=(1,))
    with openai_server() as server:
        ctx = context_for(server)
        workflow = ctx.workflow()
        style = ctx.styles.get("corporate-grey")
        server.answer_by(refuse_marked())
        server.answer_by(refuse_photos([photos[2]], Reply.server_error()))
        outcomes = {}
        for index, photo in enumerate(photos):
            original = workflow.import_photo(photo)
            try:
                workflow.generate(original, style, GenerateOptions(variants=1), lambda e: None, CancelToken())
                outcomes[index] = "done"
            except ProviderError as error:
                outcomes[index] = error.kind
        assert outcomes == {0: "done", 1: ErrorKind.SAFETY, 2: ErrorKind.SERVER, 3: "done"}
        traced = [who(r, photos) for r in server.requests_to("images/edits")]
        assert traced[0] == 0 and traced[1] == 1 and set(traced[2:-1]) == {2} and traced[-1] == 3
        assert server.images_made() == 2


@pytest.mark.parametrize(("requests", "per_seconds"), [(0, 60), (3, 0)])
def test_a_limit_that_allows_nothing_is_refused(requests: int, per_seconds: float) -> None:
    with pytest.raises(ValueError, match="at least one request in a positive time"):
        RateLimit(requests, per_seconds)
