"""What a run will cost (before), and what has been spent (the spend log).

Each provider prices its own requests (its formula and price table live in its
package); this module holds the estimate every provider returns and the log of
what was spent, by provider.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from headshot_desktop.errors import StorageError
from headshot_desktop.translatable import N_, Money

log = logging.getLogger(__name__)

SPEND_LOG_NAME = "spend.jsonl"
UNKNOWN = N_("pricing", "unknown")


@dataclass(frozen=True)
class CostEstimate:
    model: str
    total_usd: float | None  # None: unknown
    images_usd: float | None = None
    input_usd: float | None = None
    approximate: bool = True  # an estimate always is: input tokens are guessed before the run
    reason: str = ""

    @property
    def known(self) -> bool:
        return self.total_usd is not None

    def times(self, count: int) -> CostEstimate:
        """The estimate for ``count`` such requests (variants are separate requests)."""

        def scaled(value: float | None) -> float | None:
            return None if value is None else round(value * count, 4)

        return CostEstimate(self.model, scaled(self.total_usd), scaled(self.images_usd), scaled(self.input_usd),
                            self.approximate, self.reason)  # fmt: skip

    @staticmethod
    def add(parts: Iterable[CostEstimate]) -> CostEstimate | None:
        """The sum of several estimates; unknown when any part is."""
        parts = list(parts)
        if not parts:
            return None
        unknown = next((p for p in parts if p.total_usd is None), None)
        if unknown is not None:
            return unknown
        return CostEstimate(parts[0].model, round(sum(p.total_usd or 0 for p in parts), 4))

    def describe(self) -> str:
        if self.total_usd is None:
            return N_("pricing", "unknown ({reason})").format(reason=self.reason) if self.reason else UNKNOWN
        if self.approximate:
            return N_("pricing", "about {usd}").format(usd=Money(self.total_usd))
        return N_("pricing", "{usd}").format(usd=Money(self.total_usd))


@dataclass(frozen=True)
class SpendEntry:
    when: str  # ISO 8601, UTC
    model: str
    images: int
    cost_usd: float | None  # None when the model's prices are unknown
    style_id: str = ""
    request_id: str | None = None
    provider: str = ""  # empty in lines written before there was more than one provider

    @classmethod
    def now(cls, model: str, images: int, cost_usd: float | None, **extra: Any) -> SpendEntry:
        return cls(datetime.now(UTC).isoformat(timespec="seconds"), model, images, cost_usd, **extra)


class SpendLog:
    """One JSON line per run in ``<state_dir>/spend.jsonl``, appended with a single write."""

    def __init__(self, state_dir: Path) -> None:
        self.path = Path(state_dir) / SPEND_LOG_NAME

    def record(self, entry: SpendEntry) -> None:
        line = (json.dumps(asdict(entry), sort_keys=True) + "\n").encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
            try:
                os.write(fd, line)  # O_APPEND + one write: lines never interleave
            finally:
                os.close(fd)
        except OSError as err:
            raise StorageError(N_("pricing", "The spending log {path} cannot be written.").format(path=self.path),
                               detail=repr(err)) from None  # fmt: skip

    def entries(self) -> list[SpendEntry]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        found = []
        for number, line in enumerate(text.splitlines(), 1):
            try:
                raw = json.loads(line)
                found.append(SpendEntry(**{k: raw[k] for k in raw if k in SpendEntry.__dataclass_fields__}))
            except (ValueError, TypeError):
                log.warning("spend log line %d is damaged; skipped", number)
        return found

    def total(self, since: datetime | None = None) -> float:
        return round(sum(e.cost_usd or 0.0 for e in self._since(self.entries(), since)), 6)

    @staticmethod
    def _since(entries: Iterable[SpendEntry], since: datetime | None) -> Iterable[SpendEntry]:
        if since is None:
            return entries
        return [e for e in entries if datetime.fromisoformat(e.when) >= since]
