"""What was saved and billed is reported truthfully (issue 13, item 3).

The command line in a subprocess against the local HTTPS OpenAI server (``PaidServer``): with the second of
two images damaged, the first is saved and printed and both are billed; a spend log that cannot be written
is a warning, not a failure; after Ctrl-C, the headshot already kept is printed and counted.
"""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import pytest

from tests.support.openai_server import Reply
from tests.support.paid_server import (
    STYLE,
    WAIT_S,
    PaidServer,
    _env,
    assert_run_was_billed,
    cli,
    images_in,
    printed_paths,
    without,
)

# pytest fixtures, imported under their own names so that pytest finds them here
from tests.support.paid_server import background as background
from tests.support.paid_server import default_library as default_library
from tests.support.paid_server import selfie as selfie
from tests.support.paid_server import server as server
from tests.support.paid_server import spend_log as spend_log


# -- item 3: billed results are reported truthfully ----------------------------------------------------
@pytest.mark.parametrize("stream", [True, False], ids=["stream", "json"])
def test_second_image_damaged_the_first_is_saved_printed_and_both_billed(
    server: PaidServer, selfie: Path, default_library: Path, spend_log: Path, stream: bool
) -> None:
    server.server.script(Reply.ok())  # variants are separate requests: one arrives whole,
    server.damage_last()  # the other arrives damaged
    args = ["generate", str(selfie), "--style", STYLE, "--variants", "2"] + ([] if stream else ["--no-stream"])
    done = cli(*args, env=_env(server))

    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    saved = printed_paths(done.stdout)
    assert len(saved) == 1, f"stdout: {done.stdout!r}\nstderr: {done.stderr}"
    assert saved[0].is_file() and saved[0].parent == default_library / "Headshots"
    assert images_in(default_library / "Headshots") == saved
    assert "1 of 2" in done.stderr, done.stderr
    assert "$0.00" not in done.stderr, done.stderr
    assert_run_was_billed(spend_log, 2, STYLE)


def test_spend_log_not_writable_is_a_warning_not_a_failure(
    server: PaidServer, selfie: Path, default_library: Path, spend_log: Path, tmp_path: Path
) -> None:
    spend_log.mkdir(parents=True)  # a folder where the log file should be: it cannot be appended to
    done = cli("generate", str(selfie), "--style", STYLE, "--variants", "1", env=_env(server))

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    saved = printed_paths(done.stdout)
    assert len(saved) == 1 and saved[0].is_file(), done.stdout
    assert saved[0].parent == default_library / "Headshots"
    said = without(done.stderr, spend_log, spend_log.parent, tmp_path).lower()
    assert any("warning" in line and "spend" in line for line in said.splitlines()), done.stderr


def test_ctrl_c_after_one_job_prints_what_was_kept(
    server: PaidServer, background, selfie: Path, default_library: Path, home: Path, tmp_path: Path
) -> None:
    server.script(Reply.ok(), Reply.stall(seconds=WAIT_S))
    run = background(
        "generate",
        str(selfie),
        "--style",
        STYLE,
        "--style",
        "startup",
        "--variants",
        "1",
        "--jobs",
        "1",
        env=_env(server),
    )
    deadline = time.monotonic() + WAIT_S
    while server.edits() < 2:  # with one job at a time, the 2nd request means the 1st run is stored
        assert run.proc.poll() is None, f"ended early: {run.stderr()}"
        assert time.monotonic() < deadline, f"the 2nd request never arrived: {run.stderr()}"
        time.sleep(0.05)
    run.proc.send_signal(signal.SIGINT)
    done = run.finish(timeout=WAIT_S)

    assert done.returncode in (1, 130), done.stderr  # 1 (a job failed) or 130 (128 + SIGINT): either is honest
    assert "Traceback" not in done.stderr
    stored = images_in(default_library / "Headshots")
    assert len(stored) == 1  # the cancelled run kept nothing
    assert printed_paths(done.stdout) == stored, f"stdout: {done.stdout!r}\nstderr: {done.stderr}"
    said = without(done.stderr, home, tmp_path)  # no digit of a folder name counts
    kept = [line for line in said.splitlines() if re.search(r"\bkept\b", line, re.I)]
    assert any(re.search(r"\b1\b", line) for line in kept), f"no line says 1 headshot was kept: {done.stderr}"
