"""Features the person wants kept, as PRESERVE clauses every style's prompt carries.

Only what the person ticks or writes: nothing here looks at a face. The list is data the
window shows as a checklist (and the compare view beside a result), the command line as
``--keep``; the clauses go to the provider in English, whatever the window's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from headshot_desktop.translatable import N_

# id -> (what the checklist says, marked for the window; what the prompt says, in English for every language)
FEATURES: dict[str, tuple[str, str]] = {
    "glasses": (N_("likeness", "Glasses"), "their glasses, exactly as they are"),
    "grey_hair": (N_("likeness", "Grey or greying hair"), "their grey or greying hair, not darkened or recoloured"),
    "beard": (N_("likeness", "Beard or stubble"), "their beard or stubble, its shape and length"),
    "freckles": (N_("likeness", "Freckles and moles"), "their freckles, moles and birthmarks"),
    "teeth": (N_("likeness", "Natural teeth"), "their natural teeth, not whitened or reshaped"),
    "skin_texture": (
        N_("likeness", "Skin texture (no smoothing)"),
        "their real skin texture, with no smoothing or retouching",
    ),
    "age": (N_("likeness", "Apparent age"), "their apparent age: do not make them look younger or older"),
    "body_shape": (N_("likeness", "Body shape"), "their body shape and build"),
    "skin_tone": (N_("likeness", "Skin tone"), "their exact skin tone, neither lightened nor darkened"),
    "hairstyle": (N_("likeness", "Hairstyle"), "their hairstyle and hairline"),
}
MAX_KEEP_TEXT = 300


def check_keep(features: Sequence[str], text: str) -> list[str]:
    """Problems with what was asked to keep, in sentences (empty when all is fine)."""
    problems: list[str] = []
    unknown = [f for f in features if f not in FEATURES]
    if unknown:
        problems.append(
            N_("likeness", "there is no feature called {features} to keep (known: {known})").format(
                features=", ".join(map(repr, unknown)), known=", ".join(FEATURES)
            )
        )
    if len(text) > MAX_KEEP_TEXT:
        problems.append(
            N_("likeness", "what to keep, in your words, may be at most {limit} characters").format(limit=MAX_KEEP_TEXT)
        )
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
