"""What one generation asks for: a style's prompt, a shape, a detail level and the provider's own options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from headshot_desktop.core.generation import (
    DEFAULT_SHAPE,
    DETAIL_LEVELS,
    MAX_PREVIEWS,
    MAX_PROMPT_CHARS,
    MAX_REFERENCES,
    MAX_VARIANTS,
    PROMPT_EMPTY,
    PROMPT_TOO_LONG,
    SHAPES,
    listed,
    not_one_of,
)
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.errors import ConfigError
from headshot_desktop.translatable import N_, Number


@dataclass(frozen=True)
class GenerationRequest:
    """One image from one photo: a style's prompt, a shape, a detail level, the provider's own options.

    Several variants are several requests (each with its own previews, cancel, error and
    cost); ``variant`` says which one this is. ``options`` holds the provider's own
    settings by the ids its ``Capabilities.options`` declare; the provider checks them.
    """

    style_id: str
    prompt: str
    model: str = ""  # empty: the provider's default model
    shape: str = DEFAULT_SHAPE
    detail: str = "medium"
    previews: int = 2  # rough previews while it works, where the provider streams them
    variant: int = 0  # 0-based: which of the run's variants this request makes
    options: Mapping[str, str] = field(default_factory=dict)
    # Further photos of the same person, prepared like the main one, sent after it (in this order) where the
    # provider takes them; the prompt already says what they are (``reference_note``).
    references: tuple[PreparedPhoto, ...] = ()
    seed: int | None = None  # the same seed again (a draft made final), where the provider takes one; None: random

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not self.prompt.strip():
            problems.append(PROMPT_EMPTY)
        if len(self.prompt) > MAX_PROMPT_CHARS:
            problems.append(PROMPT_TOO_LONG.format(limit=Number(MAX_PROMPT_CHARS)))
        if self.shape not in SHAPES:
            problems.append(not_one_of(self.shape, SHAPES))
        if self.detail not in DETAIL_LEVELS:
            problems.append(
                N_("generation", "the detail level {level} is not one of {levels}").format(
                    level=repr(self.detail), levels=", ".join(DETAIL_LEVELS)
                )
            )
        if not 0 <= self.previews <= MAX_PREVIEWS:
            problems.append(N_("generation", "the number of previews must be 0 to {most}").format(most=MAX_PREVIEWS))
        if not 0 <= self.variant < MAX_VARIANTS:
            problems.append(N_("generation", "there are at most {most} variants").format(most=MAX_VARIANTS))
        if len(self.references) > MAX_REFERENCES:
            problems.append(N_("generation", "there are at most {most} reference photos").format(most=MAX_REFERENCES))
        if problems:
            raise ConfigError(
                N_("generation", "These generation settings cannot be used: {problems}.").format(
                    problems=listed(problems)
                ),
                hint=N_("generation", "Change them in Settings and try again."),
            )
