"""Where one request is, said as it happens: the photo going out (and how much of it), the provider at work, the
answer coming in.

The moments come from the wire, not from guesses: the body is counted as httpcore takes it, the end of the
upload is httpcore's own ``send_request_body`` trace, and the answer begins when its headers arrive. A stream
of events is the provider still at work, so there the provider's reader says when the image comes.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import Any

import httpx

from headshot_desktop.core.progress import RECEIVING, UPLOADING, WAITING, Phase

STEPS = (UPLOADING, WAITING, RECEIVING)
COUNT_FROM = 256 << 10  # a smaller body goes out in a blink: no percentages for it
PIECE = 64 << 10  # the body is handed over in pieces this big, so how much has gone can be counted
STEPS_OF_PERCENT = 20  # a large upload says how far it is every 5 %

Trace = Callable[[str, Mapping[str, Any]], None]


def is_event_stream(response: httpx.Response) -> bool:
    return "text/event-stream" in response.headers.get("content-type", "")


class PhaseReporter:
    """Tells ``report`` the ``steps`` of one attempt (nothing when ``report`` is None)."""

    def __init__(self, service: str, report: Callable[[Phase], None] | None, steps: Collection[str] = STEPS) -> None:
        self.service = service
        self._report = report
        self._steps = frozenset(steps) if report is not None else frozenset()
        self._ours = True  # whether the body being sent is the request's own, not a proxy's CONNECT

    def _say(self, step: str, fraction: float | None = None) -> None:
        if step in self._steps and self._report is not None:
            self._report(Phase(step=step, service=self.service, fraction=fraction))

    def start(self, request: httpx.Request) -> None:
        """The request is about to go: it is uploading, and a large body is counted as it goes."""
        self._say(UPLOADING)
        length = request.headers.get("content-length", "")
        if UPLOADING in self._steps and length.isdigit() and int(length) >= COUNT_FROM:
            request.stream = CountedBody(request.stream, int(length), lambda f: self._say(UPLOADING, f))  # type: ignore[arg-type]

    def trace(self, name: str, info: Mapping[str, Any]) -> None:
        if name.endswith(".send_request_body.started"):
            # Through a proxy the tunnel's CONNECT goes first, with the same trace: its end is not the upload's.
            self._ours = getattr(info.get("request"), "method", b"") != b"CONNECT"
        elif name.endswith(".send_request_body.complete") and self._ours:
            self._say(WAITING)

    def answered(self, response: httpx.Response) -> None:
        """The answer's first bytes are here: it is coming in, unless it is a stream of events."""
        if 200 <= response.status_code < 300 and not is_event_stream(response):
            self._say(RECEIVING)


def both(first: Trace, second: Trace) -> Trace:
    """One ``trace`` extension that tells two listeners."""

    def trace(name: str, info: Mapping[str, Any]) -> None:
        first(name, info)
        second(name, info)

    return trace


class CountedBody(httpx.SyncByteStream):
    """The request body in pieces, telling ``on_fraction`` how much has been handed to the connection."""

    def __init__(self, body: Iterable[bytes], total: int, on_fraction: Callable[[float], None]) -> None:
        self._body = body
        self._total = total
        self._on_fraction = on_fraction

    def __iter__(self) -> Iterator[bytes]:
        sent, said = 0, -1
        for chunk in self._body:
            for start in range(0, len(chunk), PIECE):
                piece = chunk[start : start + PIECE]
                yield piece  # back here once httpcore has written it
                sent += len(piece)
                fraction = min(1.0, sent / self._total)
                step = int(fraction * STEPS_OF_PERCENT)
                if step != said:
                    said = step
                    self._on_fraction(fraction)
