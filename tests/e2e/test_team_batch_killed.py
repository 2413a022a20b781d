"""A batch process killed with SIGKILL mid-run: the manifest is whole, and the next run pays for nobody twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.team.manifest import DONE, RUNNING, BatchStore
from headshot_desktop.services.team.people import Person
from headshot_desktop.services.team.runner import BatchRunner
from tests.e2e.test_team_batch import KIT
from tests.support.openai_server import Pacing
from tests.support.team import make_team, who

REPO = Path(__file__).resolve().parents[2]
RUN_BATCH = """
import sys
from headshot_desktop.app import build_context
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.team.manifest import BatchStore
from headshot_desktop.services.team.runner import BatchRunner

ctx = build_context(log_to_file=False)
store = BatchStore(ctx.library().root)
BatchRunner(ctx, store, store.load(sys.argv[1]), lambda event: None).run(CancelToken())
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_a_killed_batch_resumes_without_paying_twice_or_losing_a_headshot(api_server, context_for, tmp_path) -> None:
    api_server.pacing = Pacing(0.4)
    photos = make_team(tmp_path / "team", 8)
    ctx = context_for(api_server)
    store = BatchStore(ctx.library().root)
    manifest = store.create(KIT, None, [Person(f"Person {i + 1}", p) for i, p in enumerate(photos)],
                            tmp_path / "out", None)  # fmt: skip
    path = store.path_of(manifest.batch_id)
    process = subprocess.Popen([sys.executable, "-c", RUN_BATCH, manifest.batch_id], cwd=REPO,
                               env={**os.environ, **api_server.environ()}, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            statuses = [p["status"] for p in json.loads(path.read_text())["people"]]
            if statuses.count(DONE) >= 2 and RUNNING in statuses:
                break
            time.sleep(0.02)
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait(timeout=10)

    at_kill = store.load(manifest.batch_id)  # whole: every save was atomic
    done_at_kill = {i for i, p in enumerate(at_kill.people) if p.status == DONE}
    assert len(done_at_kill) >= 2 and RUNNING in {p.status for p in at_kill.people}
    sent_before = len(api_server.requests_to("images/edits"))

    stopped = BatchRunner(ctx, store, at_kill, lambda event: None).run(CancelToken())
    assert stopped.reason == "finished", stopped.message
    final = store.load(manifest.batch_id)
    assert final.counts()[DONE] == 8
    again = [who(r, photos) for r in api_server.requests_to("images/edits")[sent_before:]]
    assert not done_at_kill & set(again)  # nobody done before the kill was sent again
    # Nothing lost: every headshot in the library belongs to someone in the batch, and nobody shares one.
    ids = [i for p in final.people for i in p.headshot_ids]
    assert sorted(ids) == sorted(h.id for h in ctx.library().list_headshots())
