"""Refine one headshot: send it with the person's instruction, the selfie it came from as the likeness reference,
and the features to keep; store the answer as its child. "Final in high detail" is the same at the highest level,
or at the largest size the provider makes when a destination (a print) needs more pixels: ``final_plan`` says which
level reaches them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from headshot_desktop.core.generation import LARGEST, CancelToken
from headshot_desktop.core.likeness import MAX_INSTRUCTION
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import ConfigError, NotFoundError
from headshot_desktop.library import Headshot
from headshot_desktop.library.presets import UPSCALE_TOLERANCE
from headshot_desktop.providers.base import Capabilities
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.services.workflow import Outcome, Workflow
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

_FROM_THE_SELFIE = N_("services", "Generate from the selfie again.")


def check_instruction(instruction: str) -> str:
    said = " ".join(instruction.split())
    if not said:
        raise ConfigError(N_("services", "Say what to change, for example “tie navy instead of red” or “less smile”."))
    if len(said) > MAX_INSTRUCTION:
        raise ConfigError(
            N_("services", "The instruction is longer than {count} characters: keep it to one change.").format(
                count=MAX_INSTRUCTION
            )
        )
    return said


def refine(workflow: Workflow, headshot: Headshot, instruction: str, style: Style, options: GenerateOptions,
           on_progress: ProgressCallback, cancel: CancelToken, seed: int | None = None) -> Outcome:  # fmt: skip
    """One new version of ``headshot`` per variant, each stored as its child with the instruction."""
    said = check_instruction(instruction)
    library = workflow.library
    if not headshot.path.is_file():
        raise NotFoundError(N_("services", "The headshot {name} is no longer in the library, so it cannot be "
                               "refined.").format(name=headshot.name),
                            hint=N_("services", "Choose another headshot."))  # fmt: skip
    if headshot.original_id is None:
        raise NotFoundError(N_("services", "The selfie {name} was made from is no longer in the library, so the app "
                               "cannot hold the likeness to it.").format(name=headshot.name),
                            hint=_FROM_THE_SELFIE)  # fmt: skip
    selfie = library.get_original(headshot.original_id)
    references = tuple(library.get_original(i) for i in headshot.reference_ids)
    return workflow.generate_from(
        headshot.path,
        selfie,
        style,
        options,
        on_progress,
        cancel,
        references=(selfie, *references),
        parent=headshot,
        seed=seed,
        instruction=said,
    )


def final_in_high_detail(workflow: Workflow, headshot: Headshot, style: Style, options: GenerateOptions,
                         on_progress: ProgressCallback, cancel: CancelToken,
                         detail: str | None = None) -> Outcome:  # fmt: skip
    """The chosen draft made again at ``detail`` (None: high, or the largest when ``options`` ask for it): the same
    style and photos, or the same instruction, and the same seed where the provider takes one."""
    level = detail or (LARGEST if options.detail == LARGEST else "high")
    high = replace(options, detail=level, variants=1)
    if headshot.parent_id is not None and headshot.instruction:
        parent = workflow.library.get_headshot(headshot.parent_id)
        return refine(workflow, parent, headshot.instruction, style, high, on_progress, cancel, headshot.seed)
    if headshot.original_id is None:
        raise NotFoundError(N_("services", "The selfie {name} was made from is no longer in the library.").format(
            name=headshot.name), hint=_FROM_THE_SELFIE)  # fmt: skip
    library = workflow.library
    selfie = library.get_original(headshot.original_id)
    references = tuple(library.get_original(i) for i in headshot.reference_ids)
    return workflow.generate(selfie, style, high, on_progress, cancel, references, headshot.seed)


@dataclass(frozen=True)
class FinalPlan:
    """The level a final is asked at, for a destination that needs more pixels than the draft has."""

    level: str
    size: tuple[int, int] | None  # the pixels it makes (None: the provider does not say)
    needed: tuple[int, int]  # the whole picture the destination needs, framed as the draft is
    framed: tuple[int, int] | None  # what that frame would hold of ``size``

    @property
    def enough(self) -> bool:
        if self.size is None:
            return False
        (width, height), (need_w, need_h) = self.size, self.needed
        return width * UPSCALE_TOLERANCE >= need_w and height * UPSCALE_TOLERANCE >= need_h


def final_plan(caps: Capabilities, shape: str, needed: tuple[int, int], available: tuple[int, int],
               source: tuple[int, int]) -> FinalPlan:  # fmt: skip
    """The first level from high up whose picture in ``shape`` holds ``needed`` pixels in the frame that holds
    ``available`` of the draft's ``source`` pixels; else the largest level there is (which falls short)."""
    factor = max(n / max(1, a) for n, a in zip(needed, available, strict=True))
    whole = (math.ceil(source[0] * factor), math.ceil(source[1] * factor))
    levels = caps.levels
    start = levels.index("high") if "high" in levels else len(levels) - 1
    candidates = levels[start:]
    plans = [_plan(level, caps.size_of(level, shape), whole, available, source) for level in candidates]
    return next((plan for plan in plans if plan.enough), plans[-1])


def _plan(level: str, size: tuple[int, int] | None, whole: tuple[int, int], available: tuple[int, int],
          source: tuple[int, int]) -> FinalPlan:  # fmt: skip
    if size is None:
        return FinalPlan(level, None, whole, None)
    scale = min(size[0] / source[0], size[1] / source[1])
    return FinalPlan(level, size, whole, (math.floor(available[0] * scale), math.floor(available[1] * scale)))
