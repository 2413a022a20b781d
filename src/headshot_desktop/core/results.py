"""What comes back from a generation: the images, the tokens counted, and the models a provider offers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from headshot_desktop.translatable import N_, Day


@dataclass(frozen=True)
class GeneratedImage:
    data: bytes  # the encoded image exactly as the provider sent it
    mime_type: str
    width: int
    height: int
    index: int  # 0-based position among the run's images
    revised_prompt: str | None = None


@dataclass(frozen=True)
class Usage:
    """Token counts the provider reports; the real cost is computed from these."""

    input_tokens: int = 0
    input_text_tokens: int = 0
    input_image_tokens: int = 0
    output_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> Usage:
        def count(mapping: object, key: str) -> int:
            value = mapping.get(key) if isinstance(mapping, Mapping) else None
            return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0

        details = raw.get("input_tokens_details")
        text, image = count(details, "text_tokens"), count(details, "image_tokens")
        total_in = count(raw, "input_tokens") or text + image
        if not details:  # no split given: count it all as text, the cheaper guess
            text = total_in
        return cls(total_in, text, image, count(raw, "output_tokens"))


@dataclass(frozen=True)
class GenerationResult:
    images: tuple[GeneratedImage, ...]
    usage: Usage | None
    model: str
    request_id: str | None = None
    cost_usd: float | None = None  # from ``usage`` and the pricing table; None when unknown
    warnings: tuple[str, ...] = ()  # e.g. "only 1 of 2 images arrived"
    seed: int | None = None  # the seed the provider was given, where it takes one


@dataclass(frozen=True)
class ModelInfo:
    id: str
    created: int | None = None  # Unix time the provider gives; orders "newest"
    shutdown_date: date | None = None

    def warning(self, today: date | None = None) -> str | None:
        """A sentence to show when the model is retired or about to be."""
        if self.shutdown_date is None:
            return None
        today = today or date.today()
        # The date is a value, not text: the window writes it the way the person's locale does.
        if self.shutdown_date <= today:
            return N_(
                "generation",
                "The model {model} was retired on {when}. Choose another model in Settings.",
            ).format(model=self.id, when=Day.of(self.shutdown_date))
        return N_(
            "generation",
            "The model {model} will be retired on {when}. Choose a newer model in Settings before then.",
        ).format(model=self.id, when=Day.of(self.shutdown_date))
