"""Refine one headshot: send it with the person's instruction, the selfie it came from as the likeness reference,
and the features to keep; store the answer as its child. "Final in high detail" is the same at the highest level.
"""

from __future__ import annotations

from dataclasses import replace

from headshot_desktop.core.generation import CancelToken, ProgressCallback
from headshot_desktop.core.likeness import MAX_INSTRUCTION
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import ConfigError, NotFoundError
from headshot_desktop.library import Headshot
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.services.workflow import Outcome, Workflow


def check_instruction(instruction: str) -> str:
    said = " ".join(instruction.split())
    if not said:
        raise ConfigError("Say what to change, for example “tie navy instead of red” or “less smile”.")
    if len(said) > MAX_INSTRUCTION:
        raise ConfigError(f"The instruction is longer than {MAX_INSTRUCTION} characters: keep it to one change.")
    return said


def refine(workflow: Workflow, headshot: Headshot, instruction: str, style: Style, options: GenerateOptions,
           on_progress: ProgressCallback, cancel: CancelToken, seed: int | None = None) -> Outcome:  # fmt: skip
    """One new version of ``headshot`` per variant, each stored as its child with the instruction."""
    said = check_instruction(instruction)
    library = workflow.library
    if not headshot.path.is_file():
        raise NotFoundError(f"The headshot {headshot.name} is no longer in the library, so it cannot be refined.",
                            hint="Choose another headshot.")  # fmt: skip
    if headshot.original_id is None:
        raise NotFoundError(f"The selfie {headshot.name} was made from is no longer in the library, so the app "
                            "cannot hold the likeness to it.", hint="Generate from the selfie again.")  # fmt: skip
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
                         on_progress: ProgressCallback, cancel: CancelToken) -> Outcome:  # fmt: skip
    """The chosen draft made again at the highest detail: the same style and photos, or the same instruction,
    and the same seed where the provider takes one."""
    high = replace(options, detail="high", variants=1)
    if headshot.parent_id is not None and headshot.instruction:
        parent = workflow.library.get_headshot(headshot.parent_id)
        return refine(workflow, parent, headshot.instruction, style, high, on_progress, cancel, headshot.seed)
    if headshot.original_id is None:
        raise NotFoundError(f"The selfie {headshot.name} was made from is no longer in the library.",
                            hint="Generate from the selfie again.")  # fmt: skip
    library = workflow.library
    selfie = library.get_original(headshot.original_id)
    references = tuple(library.get_original(i) for i in headshot.reference_ids)
    return workflow.generate(selfie, style, high, on_progress, cancel, references, headshot.seed)
