"""What an OpenAI edit costs: the token formula, and per-image prices from OpenAI's pages.

Prices live in ``resources/providers/openai/prices.json`` with the date they were
read, so an update is a data change. A model without prices gets "unknown",
never a guess. The real cost of a run comes from the token counts the answer
reports (``actual_cost``); the estimate before it is sent guesses the input tokens.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.generation import parse_size
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.providers.openai.sizes import quality_for
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.request import GenerationRequest
    from headshot_desktop.core.results import Usage


@dataclass(frozen=True)
class ModelPrices:
    name: str
    text_input: float  # USD per 1M tokens
    image_input: float
    image_output: float
    per_image: Mapping[str, Mapping[str, float]] | None  # quality -> size -> USD
    input_fidelity: str  # "optional", "always" or "none"
    fidelity_extra_tokens: Mapping[str, int] | None


def estimate_image_tokens(width: int, height: int) -> int:
    """Rough input tokens for one photo: 85 + 170 per 512-px tile once the short side is 768.

    Only for the estimate; the actual cost uses the counts the provider reports.
    """
    scale = min(1.0, 2048 / max(width, height))
    w, h = width * scale, height * scale
    scale = min(1.0, 768 / min(w, h))
    w, h = w * scale, h * scale
    return 85 + 170 * math.ceil(w / 512) * math.ceil(h / 512)


class PricingTable:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.as_of = date.fromisoformat(raw["as_of"])
        self.currency = raw.get("currency", "USD")
        self.partial_tokens = int(raw.get("partial_image_output_tokens", 100))
        self.models: dict[str, ModelPrices] = {}
        for name, entry in raw["models"].items():
            tokens = entry["tokens_per_million"]
            self.models[name] = ModelPrices(
                name,
                float(tokens["text_input"]),
                float(tokens["image_input"]),
                float(tokens["image_output"]),
                entry.get("per_image"),
                entry.get("input_fidelity", "none"),
                entry.get("fidelity_extra_tokens"),
            )

    @classmethod
    def builtin(cls) -> PricingTable:
        return cls(json.loads(resource_text("providers", "openai", "prices.json")))

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
            return CostEstimate(model, None, reason=N_("pricing", "no prices known for {model}").format(model=model))
        if not prices.per_image:
            return CostEstimate(model, None, reason=N_("pricing", "no per-image prices known for {model}").format(
                model=model))  # fmt: skip
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


@cache
def builtin_table() -> PricingTable:
    return PricingTable.builtin()


def estimate(request: GenerationRequest, input_size: tuple[int, int] | None, model: str,
             size: str, table: PricingTable | None = None) -> CostEstimate:  # fmt: skip
    """One request (one image) as this app sends it: ``size`` is the size it asks for, in pixels."""
    streaming = request.options.get("stream", "on") != "off"
    return (table or builtin_table()).estimate(
        model, quality=quality_for(request.detail), size=size, n=1, input_size=input_size,
        prompt_chars=len(request.prompt),
        partial_images=request.previews if streaming else 0,
        input_fidelity=request.options.get("input_fidelity", "high") == "high",
    )  # fmt: skip
