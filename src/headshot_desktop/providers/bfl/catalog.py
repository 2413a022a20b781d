"""BFL's endpoints, hosts and prices as data (``resources/providers/bfl/catalog.json``), and the sizes we ask for.

Each endpoint is a "model" to the seam. FLUX.2 takes a width and height (multiples of 16,
at most 4 megapixels) and is priced per megapixel; FLUX.1 Kontext takes an aspect ratio,
makes about one megapixel and is priced per image.

FLUX.2's sizes: "width/height: multiple of 16, max 4MP total", minimum 64 (BFL's skills repository,
skills/bfl-api/references/endpoints.md, https://github.com/black-forest-labs/skills; BFL's Python client
black-forest-labs/blackforest, types/inputs/flux_pro_2.py: ``multiple_of=16``, ``ge=64``). Four megapixels
are read as 4,000,000 pixels, the stricter of the two readings. BFL's own pages give no longest side, but the
schemas its partners check FLUX.2 [pro] requests against before passing them on say at most 2048 a side (Comfy
Router's bfl/flux-2-pro, https://docs.comfy.org/development/comfy-router/models/black-forest-labs/flux-2-pro/code;
Replicate's black-forest-labs/flux-2-flex: "The maximum image size is 2048x2048"): the sizes keep to both.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from headshot_desktop.core.generation import LARGEST
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import N_

DEFAULT_ENDPOINT = "flux-2-pro"
DEFAULT_REGION = "eu"
MAX_PIXELS = 4_000_000
MAX_SIDE = 2048
ASPECTS: Mapping[str, tuple[int, int]] = {"portrait": (4, 5), "square": (1, 1), "landscape": (5, 4)}
# The detail level as the size of the result; the largest, for a final that a print needs, is FLUX.2's limit
# (``size`` keeps it within the longest side).
MEGAPIXELS = {"low": 0.5, "medium": 1.0, "high": 2.0, LARGEST: 4.0}


@dataclass(frozen=True)
class Endpoint:
    id: str
    family: str  # "flux2" or "kontext"
    images: int  # input images it takes, the photo included
    price: Mapping[str, float]

    @property
    def kontext(self) -> bool:
        return self.family == "kontext"


@cache
def _raw() -> dict[str, Any]:
    found: dict[str, Any] = json.loads(resource_text("providers", "bfl", "catalog.json"))
    return found


def regions() -> dict[str, str]:
    return dict(_raw()["regions"])


def endpoints() -> dict[str, Endpoint]:
    return {name: Endpoint(name, e["family"], int(e["images"]), e["price"]) for name, e in _raw()["endpoints"].items()}


def endpoint(name: str) -> Endpoint:
    """The endpoint by name; one the catalogue does not know is taken as a FLUX.2 endpoint, price unknown."""
    return endpoints().get(name or DEFAULT_ENDPOINT) or Endpoint(name, "flux2", 4, {})


def size(shape: str, detail: str) -> tuple[int, int]:
    """Width and height for FLUX.2: the shape's aspect at the detail level's megapixels, in multiples of 16, at most
    ``MAX_SIDE`` a side and ``MAX_PIXELS`` in all."""
    a, b = ASPECTS[shape]
    pixels = MEGAPIXELS.get(detail, 1.0) * 1e6
    width = max(64, round(math.sqrt(pixels * a / b) / 16) * 16)
    height = max(64, round(width * b / a / 16) * 16)
    if max(width, height) > MAX_SIDE:
        scale = MAX_SIDE / max(width, height)
        width, height = math.floor(width * scale / 16) * 16, math.floor(height * scale / 16) * 16
    while width * height > MAX_PIXELS:
        width, height = width - 16, height - 16
    return width, height


def aspect_ratio(shape: str) -> str:
    a, b = ASPECTS[shape]
    return f"{a}:{b}"


def estimate(name: str, shape: str, detail: str, input_megapixels: float) -> CostEstimate:
    found = endpoint(name)
    price = found.price
    if "per_image_cents" in price:
        cents = price["per_image_cents"]
        return CostEstimate(found.id, round(cents / 100, 4), round(cents / 100, 4), 0.0)
    if "first_mp_cents" not in price:
        return CostEstimate(found.id, None, reason=N_("pricing", "no prices known for {model}").format(model=found.id))
    width, height = size(shape, detail)
    out_mp = width * height / 1e6
    images = price["first_mp_cents"] + max(0.0, out_mp - 1) * price["mp_cents"]
    inputs = input_megapixels * price["mp_cents"]
    return CostEstimate(found.id, round((images + inputs) / 100, 4), round(images / 100, 4), round(inputs / 100, 4))
