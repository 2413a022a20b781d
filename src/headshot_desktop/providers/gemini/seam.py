"""Gemini as the seam sees it: who it is, what it keeps, what it can do, what it costs. No network code here.

The privacy facts below are data the window and the command line show before the
first photo goes; ``privacy_checked`` is the day they were last read at the sources.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from headshot_desktop.core.generation import LARGEST
from headshot_desktop.providers.base import Capabilities, KeySpec, ProviderInfo
from headshot_desktop.providers.gemini import models
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.request import GenerationRequest
    from headshot_desktop.providers.gemini import pricing

INFO = ProviderInfo(
    id="gemini",
    photos_leave_computer=True,
    hosts=("generativelanguage.googleapis.com",),
    privacy=N_(
        "gemini",
        "Google keeps prompts and images for up to 55 days to watch for abuse. On a paid "
        "(billing-enabled) project it does not use them to improve its products.",
    ),
    key=KeySpec(
        env_vars=("GOOGLE_API_KEY", "GEMINI_API_KEY"),  # the order Google's own SDK reads them in
        placeholder="AIza…",
        get_key_url="https://aistudio.google.com/apikey",
        patterns=(r"\bAIza[0-9A-Za-z_-]{20,}",),
    ),
    base_url_env="GOOGLE_GEMINI_BASE_URL",
    retention_days=55,
    privacy_notes=(
        N_(
            "gemini",
            "On the free tier Google may use what you send to improve its products, and people at Google "
            "may read it: use a key from a Google Cloud project with billing turned on.",
        ),
        N_(
            "gemini",
            "Projects created since 26 October 2026 keep a log of requests unless logging is turned off in "
            "Google AI Studio. The app asks Google not to log each request; turning logging off in AI Studio makes "
            "sure.",
        ),
        N_(
            "gemini",
            "Google's terms say the Gemini API is for professional or business use, by people aged 18 or over.",
        ),
    ),
    must_confirm=N_("gemini", "My Gemini API key belongs to a project with billing turned on (the paid tier)."),
    privacy_checked="2026-11-30",
    privacy_sources=(
        "https://ai.google.dev/gemini-api/docs/usage-policies",
        "https://ai.google.dev/gemini-api/terms",
        "https://ai.google.dev/gemini-api/docs/logs-datasets",
    ),
    output_note=N_(
        "gemini", "Every image Gemini makes carries Google's invisible SynthID watermark, which marks it as made by AI."
    ),
)

# The shape in Gemini's own words: an aspect ratio (the image size comes from the detail level).
ASPECT_RATIOS: Mapping[str, str] = {"portrait": "4:5", "square": "1:1", "landscape": "5:4"}
# The detail level as an image size, for the models that take one: the smallest for drafts; "4K", the largest
# ("1K", "2K", "4K" in google-genai's ImageConfig.image_size, https://github.com/googleapis/python-genai), for a
# final that a print needs.
_DETAIL_SIZES = {"medium": "1K", "high": "2K", LARGEST: "4K"}
# The pixels of each image size at our aspect ratios, from the table "Aspect ratios and image size" of
# https://ai.google.dev/gemini-api/docs/image-generation (Gemini 3 image models; "2K" and "4K" are 2 and 4 times
# "1K"), as quoted by several clients of the API: read there, not from Google's page itself. 2.5 Flash Image makes
# one size, of its own table.
_PIXELS_1K: Mapping[str, tuple[int, int]] = {"4:5": (928, 1152), "1:1": (1024, 1024), "5:4": (1152, 928)}
_PIXELS_25: Mapping[str, tuple[int, int]] = {"4:5": (896, 1152), "1:1": (1024, 1024), "5:4": (1152, 896)}
_SCALE = {"1K": 1, "2K": 2, "4K": 4}


def image_size(model: str, detail: str) -> str:
    """The ``imageConfig.imageSize`` for this model and detail level; "" for a model that takes none."""
    sizes = models.family_or_default(model).image_sizes
    if not sizes:
        return ""
    wanted = sizes[0] if detail == "low" else _DETAIL_SIZES.get(detail, "1K")
    return wanted if wanted in sizes else sizes[0]


def level_sizes(model: str, levels: tuple[str, ...]) -> dict[str, dict[str, tuple[int, int]]]:
    """The pixels each level makes in each shape, where Google says (not for the "512" size)."""
    found: dict[str, dict[str, tuple[int, int]]] = {}
    for level in levels:
        size = image_size(model, level)
        scale = _SCALE.get(size, 0) if size else 1
        table = _PIXELS_1K if size else _PIXELS_25
        if scale:
            found[level] = {shape: (table[ratio][0] * scale, table[ratio][1] * scale)
                            for shape, ratio in ASPECT_RATIOS.items()}  # fmt: skip
    return found


def capabilities(model: str = "") -> Capabilities:
    family = models.family_or_default(model)
    levels: tuple[str, ...] = ("low", "medium", "high") if family.image_sizes else ("medium",)
    largest = (LARGEST,) if "4K" in family.image_sizes else ()
    return Capabilities(
        images_per_request=1,  # no "n": variants are separate requests
        streams_previews=False,  # the image arrives whole, even when streamed
        shapes=dict(ASPECT_RATIOS),
        detail_levels=levels,
        max_reference_photos=family.reference_photos,
        max_upload_side=1536,
        max_upload_bytes=7 * 1024 * 1024,  # the smallest per-image limit Google states for its image models
        max_concurrency=4,
        level_sizes=level_sizes(model, levels + largest),
    )


def estimate(request: GenerationRequest, input_size: tuple[int, int] | None,
             table: pricing.PricingTable | None = None) -> CostEstimate:  # fmt: skip
    from headshot_desktop.providers.gemini import pricing  # the price table: with the first price, on a worker

    model = request.model or models.DEFAULT_MODEL_FOR_ESTIMATES
    return (table or pricing.builtin_table()).estimate(
        model, image_size=image_size(model, request.detail), photos=1, prompt_chars=len(request.prompt)
    )
