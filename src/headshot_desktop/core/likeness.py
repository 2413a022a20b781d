"""Features the person wants kept, as PRESERVE clauses every style's prompt carries.

Only what the person ticks or writes: nothing here looks at a face. The list is data the
window shows as a checklist (and the compare view beside a result), the command line as
``--keep``; the clauses go to the provider in English, whatever the window's language.
"""

from __future__ import annotations

from collections.abc import Sequence

# id -> (what the checklist says, what the prompt says)
FEATURES: dict[str, tuple[str, str]] = {
    "glasses": ("Glasses", "their glasses, exactly as they are"),
    "grey_hair": ("Grey or greying hair", "their grey or greying hair, not darkened or recoloured"),
    "beard": ("Beard or stubble", "their beard or stubble, its shape and length"),
    "freckles": ("Freckles and moles", "their freckles, moles and birthmarks"),
    "teeth": ("Natural teeth", "their natural teeth, not whitened or reshaped"),
    "skin_texture": ("Skin texture (no smoothing)", "their real skin texture, with no smoothing or retouching"),
    "age": ("Apparent age", "their apparent age: do not make them look younger or older"),
    "body_shape": ("Body shape", "their body shape and build"),
    "skin_tone": ("Skin tone", "their exact skin tone, neither lightened nor darkened"),
    "hairstyle": ("Hairstyle", "their hairstyle and hairline"),
}
MAX_KEEP_TEXT = 300


def check_keep(features: Sequence[str], text: str) -> list[str]:
    """Problems with what was asked to keep, in sentences (empty when all is fine)."""
    problems = []
    unknown = [f for f in features if f not in FEATURES]
    if unknown:
        problems.append(f"there is no feature called {', '.join(map(repr, unknown))} to keep "
                        f"(known: {', '.join(FEATURES)})")  # fmt: skip
    if len(text) > MAX_KEEP_TEXT:
        problems.append(f"what to keep, in your words, may be at most {MAX_KEEP_TEXT} characters")
    return problems


MAX_INSTRUCTION = 500


def refine_prompt(instruction: str) -> str:
    """The prompt that changes one headshot as the person asks, and nothing else."""
    said = " ".join(instruction.split())
    return (f"CHANGE: in image 1, a headshot of this person: {said}.\n"
            "PRESERVE: everything else exactly as it is in image 1 (the face, expression, hair, clothes, light, "
            "backdrop and framing), unless the change above says otherwise.")  # fmt: skip


def keep_clause(features: Sequence[str], text: str = "") -> str:
    """The PRESERVE clause for the prompt; empty when nothing is asked."""
    parts = [FEATURES[f][1] for f in dict.fromkeys(features) if f in FEATURES]
    own = " ".join(text.split())[:MAX_KEEP_TEXT]
    if own:
        parts.append(own)
    return "\nPRESERVE ALSO: " + "; ".join(parts) + "." if parts else ""
