"""What has been spent: one JSON line per run, by provider, in the spend log."""

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
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

SPEND_LOG_NAME = "spend.jsonl"


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
