"""What a run will cost, before it is made.

Each provider prices its own requests (its formula and price table live in its
package); this module holds the estimate every provider returns. What was spent
is logged by ``core/spending.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from headshot_desktop.translatable import N_, Money

log = logging.getLogger(__name__)

UNKNOWN = N_("pricing", "unknown")


@dataclass(frozen=True)
class CostEstimate:
    """A run's price in US dollars before it is made (unknown when the provider cannot say)."""

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
