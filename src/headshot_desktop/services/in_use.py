"""Which originals runs still need: retention must leave them until the runs let go."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headshot_desktop.library import Original


class InUse:
    """Originals that runs still need (running or queued): retention leaves them until released."""

    def __init__(self) -> None:
        self._counts: Counter[int] = Counter()
        self._lock = threading.Lock()

    def reserve(self, originals: Iterable[Original]) -> None:
        with self._lock:
            self._counts.update(o.id for o in originals)

    def release(self, originals: Iterable[Original]) -> None:
        with self._lock:
            self._counts.subtract(o.id for o in originals)
            self._counts = +self._counts  # drops what reached zero

    def snapshot(self) -> frozenset[int]:
        with self._lock:
            return frozenset(self._counts)
