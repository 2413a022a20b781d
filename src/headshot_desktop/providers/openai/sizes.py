"""The size and quality OpenAI is asked for: the shape as one of its sizes, the detail level as its quality.

The detail levels low, medium and high are OpenAI's qualities at its three standard sizes. "Largest" (a final
that a print needs) is high quality at the largest size the model makes: gpt-image-2 and later take any size
(``models.Capabilities.custom_sizes``), the others only the standard ones.
"""

from __future__ import annotations

from collections.abc import Mapping

from headshot_desktop.core.generation import LARGEST, parse_size
from headshot_desktop.providers.openai import models

# The shape in OpenAI's own vocabulary: one of its three standard sizes.
SIZES: Mapping[str, str] = {"portrait": "1024x1536", "square": "1024x1024", "landscape": "1536x1024"}

# gpt-image-2's custom sizes, from the images.edit reference (openai-python src/openai/types/image_edit_params.py,
# 2026-08-21, https://github.com/openai/openai-python): "Width and height must both be divisible by 16 and the
# requested aspect ratio must be between 1:3 and 3:1. Resolutions above 2560x1440 are experimental, and the maximum
# supported resolution is 3840x2160." The largest asked here keeps to the pixels of 2560 x 1440, so that a paid
# final is never an experiment: the standard sizes' own shapes, 1.5 times as wide and tall (the square as wide as
# those pixels allow).
LARGEST_SIZES: Mapping[str, str] = {"portrait": "1536x2304", "square": "1920x1920", "landscape": "2304x1536"}


def size_for(model: str, shape: str, detail: str) -> str:
    """The ``size`` field for this model, shape and detail level."""
    if detail == LARGEST and models.capabilities(model).custom_sizes:
        return LARGEST_SIZES[shape]
    return SIZES[shape]


def quality_for(detail: str) -> str:
    """The ``quality`` field: the detail level itself, high for the largest size."""
    return "high" if detail == LARGEST else detail


def level_sizes(model: str, levels: tuple[str, ...]) -> dict[str, dict[str, tuple[int, int]]]:
    """The pixels each level makes in each shape; the largest only where the model makes more than high."""
    sizes = {level: _pixels(SIZES) for level in levels}
    if models.capabilities(model).custom_sizes:
        sizes[LARGEST] = _pixels(LARGEST_SIZES)
    return sizes


def _pixels(sizes: Mapping[str, str]) -> dict[str, tuple[int, int]]:
    return {shape: parsed for shape, size in sizes.items() if (parsed := parse_size(size)) is not None}
