"""ComfyUI as the seam sees it: the person's own server, free, nothing sent to any cloud service. No network here."""

from __future__ import annotations

import dataclasses
import math
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from headshot_desktop.core.generation import SHAPES
from headshot_desktop.providers.base import Capabilities, ProviderInfo, ServerSpec
from headshot_desktop.providers.comfyui import workflows
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.request import GenerationRequest

DEFAULT_ADDRESS = "http://127.0.0.1:8188"
ADDRESS_VARIABLE = "HEADSHOT_COMFYUI_URL"

INFO = ProviderInfo(
    id="comfyui",
    photos_leave_computer=False,
    hosts=("127.0.0.1:8188",),
    privacy=N_(
        "comfyui",
        "Nothing is sent to any cloud service: the photo goes only to the ComfyUI server you run, "
        "which keeps what its own settings say. The app uploads it as a temporary file (ComfyUI clears those "
        "when it starts) and removes the run from the server's history once the headshot is back.",
    ),
    key=None,
    server=ServerSpec(ADDRESS_VARIABLE, DEFAULT_ADDRESS, "https://docs.comfy.org/installation"),
    privacy_notes=(
        N_(
            "comfyui",
            "The shipped workflows use open-weight models you download to your server once; their licences "
            "differ (FLUX.1 Kontext [dev] is for non-commercial use only).",
        ),
    ),
)

ASPECTS = {"portrait": (4, 5), "square": (1, 1), "landscape": (5, 4)}
MEGAPIXELS = {"low": 0.5, "medium": 1.0, "high": 2.0}


def server_name(address: str) -> str:
    """The address as a person recognises it: host and port."""
    try:
        url = urlsplit(address.strip())
        port = url.port
    except ValueError:
        return address
    host = url.hostname or address
    return f"{host}:{port}" if port else host


def info_for(address: str) -> ProviderInfo:
    """The info naming this server; a server on this computer keeps the photo on it."""
    name = server_name(address)
    local = name.split(":")[0] in ("127.0.0.1", "localhost", "::1", "[::1]")
    return dataclasses.replace(INFO, hosts=(name,), photos_leave_computer=not local)


def size(shape: str, detail: str) -> tuple[int, int]:
    """Width and height for the shape at the detail level's megapixels, in multiples of 16."""
    a, b = ASPECTS[shape]
    width = round(math.sqrt(MEGAPIXELS.get(detail, 1.0) * 1e6 * a / b) / 16) * 16
    return width, round(width * b / a / 16) * 16


def capabilities(model: str = "") -> Capabilities:
    return Capabilities(
        images_per_request=1,
        streams_previews=True,
        max_previews=3,
        shapes={shape: "{}x{}".format(*size(shape, "medium")) for shape in SHAPES},
        detail_levels=("low", "medium", "high"),
        max_reference_photos=workflows.slots_of(model),
        max_upload_side=1536,
        max_upload_bytes=100 * 1024 * 1024,  # ComfyUI's default upload limit
        max_concurrency=1,  # one GPU makes one image at a time; more would only wait in its queue
    )


def estimate(request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
    from headshot_desktop.core.pricing import CostEstimate

    return CostEstimate(request.model or workflows.DEFAULT_WORKFLOW, 0.0, 0.0, 0.0, approximate=False)
