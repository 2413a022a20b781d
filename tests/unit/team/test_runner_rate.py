"""The batch's rate-limit pause: as long as the server asked, a growing backoff when it did not say."""

from __future__ import annotations

from headshot_desktop.core.progress import Retrying
from headshot_desktop.errors import ErrorKind
from headshot_desktop.services.team.rate import FIRST_BACKOFF, MAX_BACKOFF, RatePause, is_rate_limit


def test_only_a_retry_for_a_rate_limit_holds_the_batch_back() -> None:
    assert is_rate_limit(Retrying(1, 2.0, "Too many requests.", ErrorKind.RATE_LIMIT))
    assert not is_rate_limit(Retrying(1, 2.0, "The server had a problem.", ErrorKind.SERVER))
    assert not is_rate_limit(Retrying(1, 2.0, "Something was retried."))


def test_the_pause_lasts_as_asked_and_backs_off_when_not_told() -> None:
    now = [100.0]
    pause = RatePause(clock=lambda: now[0])
    assert pause.remaining() == 0 and not pause.seen
    assert pause.hold(3.0) == 3.0 and pause.remaining() == 3.0 and pause.seen
    pause.hold(1.0)  # a shorter wait never cuts a longer one short
    assert pause.remaining() == 3.0
    now[0] += 3.0
    assert pause.remaining() == 0
    assert [pause.hold(None) for _ in range(7)] == [2.0, 4.0, 8.0, 16.0, 32.0, MAX_BACKOFF, MAX_BACKOFF]
    pause.went_through()
    assert pause.hold(None) == FIRST_BACKOFF
