"""What ``headshot-desktop batch`` prints as the runner's events come in, on a terminal and in a pipe."""

from __future__ import annotations

import io

from headshot_desktop.commands.batch_report import BatchReport
from headshot_desktop.services.team.manifest import DONE, QUEUED, REFUSED, RUNNING, BatchManifest, PersonState
from headshot_desktop.services.team.runner import BatchProgress, PersonChanged


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def batch(*statuses: str) -> BatchManifest:
    people = [PersonState(f"p{n:03d}", f"Person {n}", f"/team/{n}.jpg", status=s) for n, s in enumerate(statuses, 1)]
    return BatchManifest("b", {"name": "Acme"}, "", "2026-11-30T15:00:00+00:00", None, "/out", people)


def changed(manifest: BatchManifest, key: str, status: str, reason: str = "") -> PersonChanged:
    person = manifest.person(key).copy()
    person.status, person.reason = status, reason
    return PersonChanged(person)


def test_a_person_sent_back_by_the_rate_limit_leaves_the_line_without_counting_as_done() -> None:
    manifest = batch(DONE, QUEUED, QUEUED)
    screen = Terminal()
    report = BatchReport(manifest, screen)
    report.start()
    report(changed(manifest, "p002", RUNNING))
    report(changed(manifest, "p003", RUNNING))
    report(BatchProgress(1, 3, 0.1, 95.0, waiting_s=0.0))
    assert "1/3" in screen.getvalue().split("\r")[-1] and "Person 2: making the headshots" in screen.getvalue()
    assert "$0.10 spent, 1:35 left" in screen.getvalue()

    report(changed(manifest, "p002", QUEUED))  # a 429: back in the queue
    report(BatchProgress(1, 3, 0.1, 95.0, waiting_s=12.0))
    line = screen.getvalue().split("\r")[-1]
    assert "Person 2" not in line and "Person 3: making" in line and "1/3" in line
    assert "paused 12 s (rate limit)" in line

    report(changed(manifest, "p003", REFUSED, "The safety system refused this photo."))
    report.close()
    assert "[Person 3] refused: The safety system refused this photo.\n" in screen.getvalue()
    assert "2/3" in screen.getvalue().split("\r")[-1]


def test_in_a_pipe_each_change_is_one_line() -> None:
    manifest = batch(QUEUED, QUEUED)
    pipe = io.StringIO()
    report = BatchReport(manifest, pipe)
    report.start()
    report(BatchProgress(0, 2, 0.0, None))
    report(changed(manifest, "p001", RUNNING))
    report(changed(manifest, "p001", DONE))
    report(BatchProgress(1, 2, 0.05, 30.0))
    report(BatchProgress(1, 2, 0.05, 29.5))  # the same words: not printed again
    report.close()
    assert pipe.getvalue().splitlines() == [
        "0/2 people finished, $0.00 spent",
        "[Person 1] making the headshots",
        "[Person 1] done",  # once: the overall line below counts it
        "1/2 people finished, $0.05 spent, about 1 min left",
    ]
