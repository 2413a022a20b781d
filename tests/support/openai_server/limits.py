"""The test server's request rate limit: a sliding window, and OpenAI's own 429 answer past it.

OpenAI counts requests per minute (RPM) per model and organization; past the limit it answers
``429`` with ``{"error": {"code": "rate_limit_exceeded", "type": "requests", ...}}`` and tells the
client where it stands in the ``x-ratelimit-*`` headers, on every answer (see OpenAI's guide
"Rate limits", section "Rate limits in headers"). The window here counts the edits requests it let
through; a refused request does not take a slot, so ``retry-after`` is exactly when one frees.
"""

from __future__ import annotations

import collections
import math
import threading
import time
from dataclasses import dataclass

from tests.support.openai_server.replies import Reply

RATE_LIMITS_URL = "https://platform.openai.com/account/rate-limits"


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` edits requests in any ``per_seconds`` (``RateLimit(60, 60)``: 60 RPM)."""

    requests: int
    per_seconds: float = 60.0

    def __post_init__(self) -> None:
        if self.requests < 1 or self.per_seconds <= 0:
            raise ValueError(f"a rate limit needs at least one request in a positive time, not {self}")


def duration(seconds: float) -> str:
    """OpenAI's way of writing a wait in ``x-ratelimit-reset-*``: ``"120ms"``, ``"1s"``, ``"17.5s"``, ``"6m0s"``."""
    seconds = max(0.0, seconds)
    if seconds < 1:
        return f"{max(1, round(seconds * 1000))}ms"
    if seconds < 60:
        return f"{round(seconds, 3):g}s"
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}m{round(rest, 3):g}s"


@dataclass(frozen=True)
class Verdict:
    """What the window decided for one request: let through or not, and the headers to answer with."""

    admitted: bool
    headers: dict[str, str]
    wait: float = 0.0  # refused: seconds until a slot frees


class RateWindow:
    """The sliding window of admitted requests; thread-safe (one server thread per connection)."""

    def __init__(self, clock=time.monotonic) -> None:
        self._lock = threading.Lock()
        self._admitted: collections.deque[float] = collections.deque()
        self._clock = clock
        self.refused = 0  # requests answered 429 by the window

    def admit(self, limit: RateLimit) -> Verdict:
        with self._lock:
            now = self._clock()
            while self._admitted and self._admitted[0] <= now - limit.per_seconds:
                self._admitted.popleft()
            if len(self._admitted) < limit.requests:
                self._admitted.append(now)
                return Verdict(True, self._headers(limit, now))
            self.refused += 1
            wait = self._admitted[0] + limit.per_seconds - now
            return Verdict(False, self._headers(limit, now), wait)

    def _headers(self, limit: RateLimit, now: float) -> dict[str, str]:
        # "reset": until the window is back to its initial state, i.e. the newest admitted request ages out.
        newest = self._admitted[-1] if self._admitted else now - limit.per_seconds
        return {
            "x-ratelimit-limit-requests": str(limit.requests),
            "x-ratelimit-remaining-requests": str(max(0, limit.requests - len(self._admitted))),
            "x-ratelimit-reset-requests": duration(newest + limit.per_seconds - now),
        }


def rate_limit_exceeded(limit: RateLimit, verdict: Verdict, model: str) -> Reply:
    """OpenAI's 429 for a request past the requests limit, with ``retry-after`` in whole seconds (rounded up)."""
    retry_after = max(1, math.ceil(verdict.wait))
    per = "min (RPM)" if limit.per_seconds == 60 else f"{limit.per_seconds:g} s"
    message = (
        f"Rate limit reached for {model or 'gpt-image-1'} in organization org-test on requests per {per}: "
        f"Limit {limit.requests}, Used {limit.requests}, Requested 1. Please try again in {duration(verdict.wait)}. "
        f"Visit {RATE_LIMITS_URL} to learn more."
    )
    headers = {**verdict.headers, "retry-after": str(retry_after)}
    return Reply.error(429, "rate_limit_exceeded", message, type="requests", headers=headers)
