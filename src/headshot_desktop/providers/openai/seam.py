"""OpenAI as the seam sees it: who it is, what it can do, what it costs. No network code here.

Imported to list providers and show the options and the price, so it stays light:
the HTTPS client is imported only when ``create`` builds a provider.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.providers.base import HIGH, LOW, OFF, ON, Capabilities, KeySpec, OptionSpec, ProviderInfo
from headshot_desktop.providers.openai import models, sizes
from headshot_desktop.providers.openai.sizes import SIZES as SIZES  # the shapes in OpenAI's words, as before
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.request import GenerationRequest

INFO = ProviderInfo(
    id="openai",
    photos_leave_computer=True,
    hosts=("api.openai.com",),
    privacy=N_(
        "openai",
        "OpenAI acts as a processor for API requests: it does not train on them by default, and "
        "keeps inputs and outputs for up to 30 days for abuse monitoring, under its own policy.",
    ),
    key=KeySpec(
        env_vars=("OPENAI_API_KEY",),
        placeholder="sk-…",
        get_key_url="https://platform.openai.com/api-keys",
        patterns=(r"\bsk-[A-Za-z0-9_-]{8,}",),
    ),
    base_url_env="OPENAI_BASE_URL",
)

DEFAULT_MODEL_FOR_ESTIMATES = "gpt-image-2"  # the newest with known prices, until the key's own list says which

OUTPUT_FORMAT = OptionSpec("output_format", N_("options", "File format"), ("png", "jpeg", "webp"), "png",
                           N_("openai", "The format OpenAI sends the headshot in."))  # fmt: skip
INPUT_FIDELITY = OptionSpec("input_fidelity", N_("options", "Keep the face closely"), (HIGH, LOW), "high",
                            N_("openai", "High keeps more of your features; it costs a few more input tokens."))  # fmt: skip
STREAM = OptionSpec("stream", N_("options", "Show previews while it works"), (ON, OFF), "on",
                    N_("openai", "Turn off for OpenAI-compatible servers that cannot stream."))  # fmt: skip


def capabilities(model: str = "") -> Capabilities:
    model = model or DEFAULT_MODEL_FOR_ESTIMATES
    options = [OUTPUT_FORMAT, STREAM]
    if models.capabilities(model).input_fidelity:
        options.insert(1, INPUT_FIDELITY)
    levels = ("low", "medium", "high")
    return Capabilities(
        images_per_request=1,  # streaming with n > 1 is undocumented: variants are separate requests
        streams_previews=True,
        max_previews=3,
        shapes=dict(SIZES),
        detail_levels=levels,
        max_reference_photos=15,  # image[] takes up to 16 images
        max_upload_side=1536,
        max_upload_bytes=50 * 1024 * 1024,
        max_concurrency=4,
        options=tuple(options),
        level_sizes=sizes.level_sizes(model, levels),
    )


def estimate(request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
    from headshot_desktop.providers.openai import pricing  # the price table: with the first price, on a worker

    model = request.model or DEFAULT_MODEL_FOR_ESTIMATES
    return pricing.estimate(request, input_size, model, sizes.size_for(model, request.shape, request.detail))
