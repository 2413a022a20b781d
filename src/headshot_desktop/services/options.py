"""What the person asked for (variants, shape, detail, the provider's options) and what it will cost."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.generation import (
    DETAIL_LEVELS,
    LARGEST,
    MAX_REFERENCES,
    MAX_VARIANTS,
    SHAPES,
    reference_note,
)
from headshot_desktop.core.likeness import FEATURES, MAX_KEEP_TEXT, check_keep, keep_clause, refine_prompt
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import ConfigError, HeadshotError
from headshot_desktop.providers.base import Capabilities
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.models import PreparedPhoto
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.request import GenerationRequest

STYLE_SHAPE = ""  # the shape the style itself asks for


@dataclass(frozen=True)
class GenerateOptions:
    """What the person asked for in the window or on the command line, before it is checked against a provider."""

    variants: int = 2
    detail: str = "medium"
    shape: str = STYLE_SHAPE  # portrait, square, landscape, or empty: the style's own
    model: str = ""  # empty: the provider's default (for a key provider: the newest the key can use)
    previews: int = 2
    provider_options: Mapping[str, str] = field(default_factory=dict)
    keep: tuple[str, ...] = ()  # features to keep (core/likeness.py), as PRESERVE clauses
    keep_text: str = ""

    @classmethod
    def from_settings(cls, settings: Any, provider_id: str, **overrides: Any) -> GenerateOptions:
        section = settings.provider_section(provider_id)
        values: dict[str, Any] = dict(
            variants=settings.variants, detail=settings.detail, shape=settings.shape, model=section.get("model", ""),
            previews=settings.previews, provider_options=dict(section.get("options", {})),
            keep=tuple(f for f in settings.keep_features if f in FEATURES), keep_text=settings.keep_text[:MAX_KEEP_TEXT],
        )  # fmt: skip
        extra = overrides.pop("provider_options", None) or {}
        values.update({k: v for k, v in overrides.items() if v is not None})
        values["provider_options"] = {**values["provider_options"], **extra}
        return cls(**values)

    def with_model(self, model: str) -> GenerateOptions:
        return replace(self, model=model)


def check_options(options: GenerateOptions, caps: Capabilities, title: str, references: int = 0) -> list[str]:
    """What the provider cannot do of what was asked, in sentences (empty when all is fine)."""
    problems = check_keep(options.keep, options.keep_text)
    if references > MAX_REFERENCES:
        problems.append(N_("services", "a run takes at most {count} reference photos").format(count=MAX_REFERENCES))
    elif references > caps.max_reference_photos:
        if caps.max_reference_photos == 0:
            problems.append(N_("services", "{provider} takes no reference photos").format(provider=title))
        else:
            problems.append(N_("services", "{provider} takes at most {count} reference photos").format(
                provider=title, count=caps.max_reference_photos))  # fmt: skip
    if not 1 <= options.variants <= MAX_VARIANTS:
        problems.append(N_("services", "the number of variants must be 1 to {count}").format(count=MAX_VARIANTS))
    if options.detail not in caps.levels and options.detail != LARGEST:  # "largest" is whatever the model makes
        problems.append(N_("services", "{provider} offers the detail levels {levels}, not {asked}").format(
            provider=title, levels=", ".join(caps.detail_levels), asked=repr(options.detail)))  # fmt: skip
    if options.shape and options.shape not in caps.shapes:
        problems.append(N_("services", "{provider} makes the shapes {shapes}, not {asked}").format(
            provider=title, shapes=", ".join(caps.shapes), asked=repr(options.shape)))  # fmt: skip
    for key, value in options.provider_options.items():
        spec = caps.option(key)
        if spec is None and caps.options:
            problems.append(N_("services", "{provider} has no option {option} (its options: {options})").format(
                provider=title, option=repr(key), options=", ".join(o.id for o in caps.options)))  # fmt: skip
        elif spec is None:
            problems.append(
                N_("services", "{provider} has no option {option}").format(provider=title, option=repr(key))
            )
        elif value not in spec.choices:
            problems.append(N_("services", "{provider}'s option {option} takes {choices}, not {asked}").format(
                provider=title, option=key, choices=", ".join(spec.choices), asked=repr(value)))  # fmt: skip
    return problems


def build_request(style: Style, options: GenerateOptions, caps: Capabilities, variant: int = 0,
                  references: tuple[PreparedPhoto, ...] = (), instruction: str = "",
                  seed: int | None = None) -> GenerationRequest:  # fmt: skip
    """One request; with an ``instruction``, a refinement of the image sent (the style only names it)."""
    from headshot_desktop.core.request import GenerationRequest  # made when a run is priced or made

    shape = options.shape or style.shape
    if shape not in SHAPES or shape not in caps.shapes:
        shape = next(iter(caps.shapes), "portrait")
    if options.detail in caps.levels:
        detail = options.detail
    else:  # the biggest it has: of all levels when the largest was asked, else of the draft levels
        detail = (caps.levels if options.detail == LARGEST else caps.detail_levels)[-1]
    if detail not in DETAIL_LEVELS:
        raise ConfigError(N_("services", "The detail level {detail} is unknown.").format(detail=repr(detail)))
    known = {o.id: o.default for o in caps.options}
    chosen = {k: v for k, v in options.provider_options.items() if k in known}
    base = refine_prompt(instruction) if instruction else style.request_prompt()
    prompt = base + keep_clause(options.keep, options.keep_text) + reference_note(len(references))
    return GenerationRequest(
        style_id=style.id, prompt=prompt, model=options.model, shape=shape, detail=detail,
        previews=min(options.previews, caps.max_previews) if caps.streams_previews else 0, variant=variant,
        options={**known, **chosen}, references=references, seed=seed,
    )  # fmt: skip


def estimate(provider: ModuleType, style: Style, options: GenerateOptions,
             input_size: tuple[int, int] | None) -> CostEstimate:  # fmt: skip
    """The whole run: one request per variant, priced by the provider's own formula."""
    caps = provider.capabilities(options.model)
    one: CostEstimate = provider.estimate(build_request(style, options, caps), input_size)
    return one.times(options.variants)


def upload_size(path: Path) -> tuple[int, int] | None:
    """The pixel size a stored photo is sent at, as intake prepares it (None: it cannot be read)."""
    from headshot_desktop import intake  # Pillow: on the worker that prices, not at start

    try:
        with intake.open_normalized(path, max_side=intake.DEFAULT_MAX_SIDE) as image:
            return image.size
    except HeadshotError:
        return None


def estimate_run(provider: ModuleType, style: Style, options: GenerateOptions, input_size: tuple[int, int] | None,
                 reference_sizes: Iterable[tuple[int, int] | None] = ()) -> CostEstimate:  # fmt: skip
    """The whole run as it will be sent: the photo's and each reference's input priced, one request per variant.

    The one estimate the window and the command line show; the sizes come from ``upload_size``.
    """
    run = estimate(provider, style, options, input_size)
    extra = [estimate(provider, style, options, size) for size in reference_sizes if size is not None]
    bare = estimate(provider, style, options, None) if extra else None
    if run.total_usd is None or bare is None or bare.total_usd is None:
        return run
    more = sum((e.total_usd or 0) - bare.total_usd for e in extra)  # each reference adds only its input
    return replace(run, total_usd=round(run.total_usd + more, 4), input_usd=round((run.input_usd or 0) + more, 4))
