"""The command line shows where a run is as soon as it starts: uploading, then waiting while the provider works.

A real process against the local HTTPS server, which holds every answer far longer than the test runs: each
test reads the process's stderr as it comes and checks, on the server, that the answer is still held when the
words arrive. A pipe gets plain lines; a terminal (a pty) gets one line rewritten in place, ticking by itself.
"""

from __future__ import annotations

import os
import pty
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from tests.support.fixtures import selfie as selfie  # fixtures by name
from tests.support.openai_server import OpenAITestServer, Pacing, RecordedRequest

HELD = Pacing(120.0)  # the server holds each answer this long: the process is stopped long before
WAIT = 60.0


class Output:
    """Everything a stream of the process wrote so far, read on a thread of its own as it comes."""

    def __init__(self, fd: int) -> None:
        self.text = ""
        self._changed = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(fd,), daemon=True)
        self._thread.start()

    def _read(self, fd: int) -> None:
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # a pty's reader sees EIO once the process is gone
                chunk = b""
            with self._changed:
                self.text += chunk.decode("utf-8", "replace")
                self._changed.notify_all()
            if not chunk:
                return

    def wait_for(self, pattern: str) -> re.Match[str]:
        with self._changed:
            found = self._changed.wait_for(lambda: re.search(pattern, self.text), timeout=WAIT)
        assert found, f"{pattern!r} never came; the process wrote:\n{self.text}"
        return found


def start(selfie: Path, server: OpenAITestServer, stderr: int, *extra: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "headshot_desktop", "generate", str(selfie), "--style", "academic", "--variants", "1",
         *extra],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=stderr, env={**os.environ, **server.environ()},
    )  # fmt: skip


def held_edit(server: OpenAITestServer) -> RecordedRequest:
    """The edit request, once the server has read it all; its answer must not have begun."""
    deadline = time.monotonic() + WAIT
    while not server.requests_to("images/edits") and time.monotonic() < deadline:
        time.sleep(0.01)  # the words can come a moment before the server has parsed the form
    [edit] = server.requests_to("images/edits")
    assert edit.sent == [], "the server had already answered"
    return edit


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGINT)
    process.communicate(timeout=WAIT)
    assert process.returncode == 130


def test_a_pipe_gets_the_phases_as_lines_while_the_server_holds_the_answer(api_server, selfie) -> None:
    api_server.pacing = HELD
    process = start(selfie, api_server, subprocess.PIPE, "--no-stream")
    assert process.stderr is not None
    err = Output(process.stderr.fileno())
    err.wait_for(r"\] Waiting for 127\.0\.0\.1…\n")
    held_edit(api_server)
    assert process.poll() is None
    lines = [line for line in err.text.splitlines() if line.startswith("[")]
    assert [re.sub(r"^\[[^]]+\] ", "", line) for line in lines][-2:] == ["Uploading to 127.0.0.1…",
                                                                         "Waiting for 127.0.0.1…"]  # fmt: skip
    assert "\r" not in err.text  # plain lines, nothing drawn over
    stop(process)


def test_a_terminal_gets_one_line_at_once_that_ticks_while_the_server_holds_the_answer(api_server, selfie) -> None:
    api_server.pacing = HELD
    reader, writer = pty.openpty()
    process = start(selfie, api_server, writer)
    os.close(writer)
    err = Output(reader)
    try:
        first = err.wait_for(r"\r\[\.{24}\] 0/1 \| [^\r\n]+ · Academic: Waiting for 127\.0\.0\.1 · 0:0\d")
        held_edit(api_server)
        assert "\n" not in err.text[first.start() :]  # drawn in place, not a line of its own
        err.wait_for(r"\r\[\.{24}\] 0/1 \| [^\r\n]+: Waiting for 127\.0\.0\.1 · 0:02")  # the clock moves by itself
        assert held_edit(api_server).sent == [] and process.poll() is None
        stop(process)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(reader)
