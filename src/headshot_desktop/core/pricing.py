"""What a run will cost (before), what it did cost (after), and what has been spent.

Prices live in ``resources/pricing.json`` with the date they were read, so an
update is a data change. A model without prices gets "unknown", never a guess.
"""

from __future__ import annotations

import json
import logging
import math
import os
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from headshot_desktop.core.errors import StorageError
from headshot_desktop.core.generation import GenerationRequest, GenerationResult, Usage, parse_size
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.system.resources import resource_text

log = logging.getLogger(__name__)

SPEND_LOG_NAME = "spend.jsonl"


@dataclass(frozen=True)
class ModelPrices:
    name: str
    text_input: float  # USD per 1M tokens
    image_input: float
    image_output: float
    per_image: Mapping[str, Mapping[str, float]] | None  # quality -> size -> USD
    input_fidelity: str  # "optional", "always" or "none"
    fidelity_extra_tokens: Mapping[str, int] | None


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

    def describe(self) -> str:
        if self.total_usd is None:
            return f"unknown ({self.reason})" if self.reason else "unknown"
        return f"about ${self.total_usd:.2f}" if self.approximate else f"${self.total_usd:.2f}"


def estimate_image_tokens(width: int, height: int) -> int:
    """Rough input tokens for one photo: 85 + 170 per 512-px tile once the short side is 768.

    Only for the estimate; the actual cost uses the counts the provider reports.
    """
    scale = min(1.0, 2048 / max(width, height))
    width, height = width * scale, height * scale
    scale = min(1.0, 768 / min(width, height))
    width, height = width * scale, height * scale
    return 85 + 170 * math.ceil(width / 512) * math.ceil(height / 512)


class PricingTable:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.as_of = date.fromisoformat(raw["as_of"])
        self.currency = raw.get("currency", "USD")
        self.partial_tokens = int(raw.get("partial_image_output_tokens", 100))
        self.models: dict[str, ModelPrices] = {}
        for name, entry in raw["models"].items():
            tokens = entry["tokens_per_million"]
            self.models[name] = ModelPrices(
                name, float(tokens["text_input"]), float(tokens["image_input"]), float(tokens["image_output"]),
                entry.get("per_image"), entry.get("input_fidelity", "none"), entry.get("fidelity_extra_tokens"),
            )

    @classmethod
    def builtin(cls) -> PricingTable:
        return cls(json.loads(resource_text("pricing.json")))

    def prices(self, model: str) -> ModelPrices | None:
        """Exact name, else the longest family name followed by "-" (snapshots, variants)."""
        if model in self.models:
            return self.models[model]
        families = [name for name in self.models if model.startswith(name + "-")]
        return self.models[max(families, key=len)] if families else None

    def estimate(
        self,
        model: str,
        *,
        quality: str,
        size: str,
        n: int,
        input_size: tuple[int, int] | None = None,
        prompt_chars: int = 0,
        partial_images: int = 0,
        input_fidelity: bool = True,
    ) -> CostEstimate:
        prices = self.prices(model)
        if prices is None:
            return CostEstimate(model, None, reason=f"no prices known for {model}")
        if not prices.per_image:
            return CostEstimate(model, None, reason=f"no per-image prices known for {model}")
        quality_key = quality if quality in prices.per_image else "medium"
        table = prices.per_image[quality_key]
        if size in table:
            per_image = table[size]
        else:  # "auto" or a custom size: scale the largest standard price by area
            dims = parse_size(size) or (1024, 1536)
            per_image = max(table.values()) * (dims[0] * dims[1]) / (1024 * 1536)
        images = n * per_image + n * partial_images * self.partial_tokens * prices.image_output / 1e6
        in_tokens = 0
        if input_size is not None:
            in_tokens = estimate_image_tokens(*input_size)
            extra = prices.fidelity_extra_tokens or {}
            if prices.input_fidelity == "always" or (prices.input_fidelity == "optional" and input_fidelity):
                square = input_size[0] == input_size[1]
                in_tokens += int(extra.get("square" if square else "other", 0))
        inputs = in_tokens * prices.image_input / 1e6 + math.ceil(prompt_chars / 4) * prices.text_input / 1e6
        return CostEstimate(model, round(images + inputs, 4), round(images, 4), round(inputs, 4))

    def estimate_request(self, request: GenerationRequest, photo: PreparedPhoto | None = None,
                         model: str | None = None) -> CostEstimate:
        """The estimate for a run as the window or the command line is about to start it."""
        return self.estimate(
            model or request.model,
            quality=request.quality,
            size=request.size,
            n=request.n,
            input_size=(photo.width, photo.height) if photo is not None else None,
            prompt_chars=len(request.prompt),
            partial_images=request.partial_images if request.stream else 0,
            input_fidelity=request.input_fidelity == "high",
        )

    def actual_cost(self, model: str, usage: Usage) -> float | None:
        prices = self.prices(model)
        if prices is None:
            return None
        return round(
            usage.input_text_tokens * prices.text_input / 1e6
            + usage.input_image_tokens * prices.image_input / 1e6
            + usage.output_tokens * prices.image_output / 1e6,
            6,
        )


@dataclass(frozen=True)
class SpendEntry:
    when: str  # ISO 8601, UTC
    model: str
    images: int
    cost_usd: float | None  # None when the model's prices are unknown
    style_id: str = ""
    request_id: str | None = None

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
            raise StorageError(f"The spending log {self.path} cannot be written.", detail=repr(err)) from None

    def record_result(self, result: GenerationResult, style_id: str = "") -> SpendEntry:
        entry = SpendEntry.now(result.model, len(result.images), result.cost_usd, style_id=style_id,
                               request_id=result.request_id)
        self.record(entry)
        return entry

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
