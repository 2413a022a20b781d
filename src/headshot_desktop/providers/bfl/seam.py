"""Black Forest Labs as the seam sees it: who it is, what it keeps, what it can do, what it costs. No network here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.core.generation import LARGEST, SHAPES
from headshot_desktop.providers.base import Capabilities, KeySpec, OptionSpec, ProviderInfo
from headshot_desktop.providers.bfl import catalog
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.request import GenerationRequest

TERMS_URL = "https://bfl.ai/legal/flux-api-service-terms"
MAX_UPLOAD_SIDE = 1536

INFO = ProviderInfo(
    id="bfl",
    photos_leave_computer=True,
    hosts=("api.eu.bfl.ai",),
    privacy=N_(
        "bfl",
        "Black Forest Labs has not published how long its API keeps the photos and images it is sent, "
        "or whether it uses them for training: we could not confirm either. Read its API terms: {address}",
    ).format(address=TERMS_URL),
    key=KeySpec(
        env_vars=("BFL_API_KEY",),
        placeholder="bfl_…",
        get_key_url="https://dashboard.bfl.ai",
        patterns=(r"\bbfl_[A-Za-z0-9_-]{16,}",),
    ),
    base_url_env="BFL_API_URL",
    privacy_notes=(
        N_(
            "bfl",
            "The photo goes to BFL's EU host by default (api.eu.bfl.ai, which BFL runs in EU regions only); you "
            "can choose its global or US host instead.",
        ),
        N_(
            "bfl",
            "The finished headshot comes back from a second BFL host (delivery…bfl.ai) through a link that "
            "works for about 10 minutes; the app fetches it at once, without your key.",
        ),
    ),
    privacy_checked="2026-11-30",
    privacy_sources=(TERMS_URL, "https://docs.bfl.ai/api_integration/integration_guidelines"),
)

# The regions' names as the window shows them (each is still the region's id: "eu" == EU).
REGION_WORDS = {"eu": N_("bfl", "eu"), "global": N_("bfl", "global"), "us": N_("bfl", "us")}
REGION = OptionSpec("region", N_("options", "Server region"),
                    tuple(REGION_WORDS.get(region, region) for region in catalog.regions()), catalog.DEFAULT_REGION,
                    N_("bfl", "Where BFL receives your photo: its EU host (the default), its global host, or its US "
                       "host."))  # fmt: skip
OUTPUT_FORMAT = OptionSpec("output_format", N_("options", "File format"), ("png", "jpeg"), "png",
                           N_("bfl", "The format BFL sends the headshot in."))  # fmt: skip


def capabilities(model: str = "") -> Capabilities:
    found = catalog.endpoint(model)
    sizes: dict[str, dict[str, tuple[int, int]]] = {}
    if found.kontext:
        shapes = {shape: catalog.aspect_ratio(shape) for shape in SHAPES}
        levels: tuple[str, ...] = ("medium",)  # Kontext makes about one megapixel, whatever is asked
    else:
        shapes = {shape: "{}x{}".format(*catalog.size(shape, "medium")) for shape in SHAPES}
        levels = ("low", "medium", "high")
        sizes = {level: {shape: catalog.size(shape, level) for shape in SHAPES} for level in (*levels, LARGEST)}
    return Capabilities(
        images_per_request=1,
        streams_previews=False,  # it reports how far a job is, not pictures
        shapes=shapes,
        detail_levels=levels,
        max_reference_photos=min(4, found.images - 1),
        max_upload_side=MAX_UPLOAD_SIDE,
        max_upload_bytes=15 * 1024 * 1024,  # base64 in JSON: a third more on the wire
        max_concurrency=4,  # well under BFL's 24 active tasks per account (6 for Kontext max)
        options=(REGION, OUTPUT_FORMAT),
        level_sizes=sizes,
    )


def input_megapixels(input_size: tuple[int, int] | None) -> float:
    """The photo as it is sent (downscaled to the upload side); one megapixel when not known yet."""
    if input_size is None:
        return 1.0
    width, height = input_size
    scale = min(1.0, MAX_UPLOAD_SIDE / max(width, height))
    return width * height * scale * scale / 1e6


def estimate(request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
    return catalog.estimate(request.model or catalog.DEFAULT_ENDPOINT, request.shape, request.detail,
                            input_megapixels(input_size))  # fmt: skip
