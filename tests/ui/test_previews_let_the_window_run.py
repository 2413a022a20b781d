"""Decoding a picture on a worker leaves the window's thread free to run: the decode must let go of the
interpreter lock. (``QImage.fromData`` keeps it for the whole decode, ~25 ms for a 1024 × 1536 PNG.)"""

from __future__ import annotations

import itertools
import sys
import threading
import time
from collections.abc import Iterator

import pytest

from headshot_desktop.ui.gui import GIL_SWITCH_INTERVAL_S
from headshot_desktop.ui.previews import load_preview
from tests.unit.intake import corpus


@pytest.fixture
def quick_switching() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)  # as the window sets it
    try:
        yield
    finally:
        sys.setswitchinterval(before)


def longest_wait_of_this_thread_while(work) -> tuple[float, float]:
    """(the longest this thread could not run Python while ``work`` ran on a worker, how long it took)."""
    began, ended = threading.Event(), threading.Event()
    span: list[float] = []

    def run() -> None:
        began.set()
        span.append(time.perf_counter())
        work()
        span.append(time.perf_counter())
        ended.set()

    worker = threading.Thread(target=run)
    worker.start()
    began.wait()
    ticks = []
    while not ended.is_set():
        ticks.append(time.perf_counter())
    worker.join()
    started, finished = span
    points = [started, *(t for t in ticks if started < t < finished), finished]
    return max(b - a for a, b in itertools.pairwise(points)), finished - started


def test_a_picture_from_bytes_is_decoded_without_holding_the_lock(qapp, quick_switching) -> None:
    png = corpus.png(corpus.photo((2000, 3000)))
    longest, took = longest_wait_of_this_thread_while(lambda: load_preview(png))
    assert took > 0.03  # long enough to tell holding the lock from letting go of it
    assert longest < took / 2, f"this thread waited {longest * 1000:.0f} ms of a {took * 1000:.0f} ms decode"


def test_a_picture_from_bytes_is_decoded_at_screen_size(qapp) -> None:
    image = load_preview(corpus.png(corpus.photo((2000, 3000))), side=600)
    assert (image.width(), image.height()) == (400, 600)
    assert load_preview(b"not a picture").isNull()
