"""What a Gemini image costs: a dated table per model family and image size, and the actual from usageMetadata.

Gemini bills tokens: the image it makes as image output tokens (a fixed number per
size), the photo and prompt as input tokens, thinking as text output tokens. The
estimate uses the table's counts; the actual cost reads the counts the answer reports.
A model the table does not know is priced "unknown", never guessed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.results import Usage


@dataclass(frozen=True)
class ModelPrices:
    name: str
    input: float  # USD per 1M tokens: the photo and the prompt
    text_output: float  # thinking and any words
    image_output: float
    image_tokens: Mapping[str, int]  # image size ("" when the model has one size) -> output tokens per image
    input_image_tokens: int  # per photo sent

    def tokens_for(self, image_size: str) -> int:
        return self.image_tokens.get(image_size) or self.image_tokens.get("1K") or max(self.image_tokens.values())


class PricingTable:
    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.as_of = date.fromisoformat(raw["as_of"])
        self.models: dict[str, ModelPrices] = {}
        for name, entry in raw["models"].items():
            rates = entry["tokens_per_million"]
            self.models[name] = ModelPrices(name, float(rates["input"]), float(rates["text_output"]),
                                            float(rates["image_output"]), dict(entry["image_tokens"]),
                                            int(entry["input_image_tokens"]))  # fmt: skip

    def prices(self, model: str) -> ModelPrices | None:
        """The longest family name the model id starts with (``-preview`` and dated ids included)."""
        model = model.removeprefix("models/")
        families = [name for name in self.models if model == name or model.startswith(name + "-")]
        return self.models[max(families, key=len)] if families else None

    def estimate(self, model: str, *, image_size: str, photos: int = 1, prompt_chars: int = 0) -> CostEstimate:
        prices = self.prices(model)
        if prices is None:
            return CostEstimate(model, None, reason=N_("pricing", "no prices known for {model}").format(model=model))
        images = prices.tokens_for(image_size) * prices.image_output / 1e6
        input_tokens = photos * prices.input_image_tokens + math.ceil(prompt_chars / 4)
        inputs = input_tokens * prices.input / 1e6
        return CostEstimate(model, round(images + inputs, 4), round(images, 4), round(inputs, 4))

    def actual_cost(self, model: str, metadata: Mapping[str, Any]) -> float | None:
        """From ``usageMetadata``: image output tokens at the image rate, the other output at the text rate."""
        prices = self.prices(model)
        if prices is None:
            return None
        image_out = _modality_tokens(metadata.get("candidatesTokensDetails"), "IMAGE")
        other_out = max(0, _count(metadata, "candidatesTokenCount") - image_out) + _count(
            metadata, "thoughtsTokenCount"
        )
        return round(
            _count(metadata, "promptTokenCount") * prices.input / 1e6
            + image_out * prices.image_output / 1e6
            + other_out * prices.text_output / 1e6,
            6,
        )


def usage_of(metadata: Mapping[str, Any]) -> Usage:
    """``usageMetadata`` as the app's ``Usage`` (for the log and the spend line)."""
    from headshot_desktop.core.results import Usage  # an answer's type: not needed to start the window

    details = metadata.get("promptTokensDetails")
    image_in = _modality_tokens(details, "IMAGE")
    prompt = _count(metadata, "promptTokenCount")
    text_in = _modality_tokens(details, "TEXT") if details else prompt
    output = _count(metadata, "candidatesTokenCount") + _count(metadata, "thoughtsTokenCount")
    return Usage(prompt, text_in, image_in, output)


def _count(mapping: object, key: str) -> int:
    value = mapping.get(key) if isinstance(mapping, Mapping) else None
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _modality_tokens(details: object, modality: str) -> int:
    rows = details if isinstance(details, list) else []
    return sum(
        _count(row, "tokenCount") for row in rows if isinstance(row, Mapping) and row.get("modality") == modality
    )


@cache
def builtin_table() -> PricingTable:
    return PricingTable(json.loads(resource_text("providers", "gemini", "prices.json")))
