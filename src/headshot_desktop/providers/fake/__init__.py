"""A provider for developers: makes headshots on this computer, costs nothing, never uses the network.

Used by screenshots, benchmarks, UI work and the provider contract suite, like
Dangerzone's dummy converter. It is never listed to users and is refused unless
``HEADSHOT_DESKTOP_DEVELOPER=1`` (see ``providers/registry.py``).

The package is light to import; ``create`` imports Pillow and the provider itself.
How it behaves (``create`` arguments win over the environment):

- ``latency`` / ``HEADSHOT_DESKTOP_FAKE_LATENCY``: seconds each image takes (default 0).
  The previews are spread over it, and a cancel stops the wait at once.
- ``fail`` / ``HEADSHOT_DESKTOP_FAKE_FAIL``: an ``ErrorKind`` value (``auth``, ``permission``,
  ``quota``, ``rate_limit``, ``safety``, ``bad_request``, ``not_found``, ``server``, ``network``,
  ``timeout``, ``protocol``). Every attempt then fails with a ``ProviderError`` of that kind,
  with the retryable flag a real provider gives it; retryable kinds are retried (with
  ``Retrying`` events) before the error is raised. ``kind:N`` fails only the first N attempts
  of each image, so ``rate_limit:1`` shows one retry and then succeeds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from headshot_desktop.providers.base import Capabilities, OptionSpec, ProviderInfo
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.request import GenerationRequest
    from headshot_desktop.providers.fake.provider import FakeProvider

__all__ = ["INFO", "MODEL", "capabilities", "create", "estimate"]

MODEL = "fake-1"
LATENCY_ENV = "HEADSHOT_DESKTOP_FAKE_LATENCY"
FAIL_ENV = "HEADSHOT_DESKTOP_FAKE_FAIL"

INFO = ProviderInfo(
    id="fake",
    photos_leave_computer=False,
    hosts=(),
    privacy=N_("fake", "Nothing leaves this computer: the fake provider makes its pictures locally and keeps nothing."),
    key=None,
)

SIZES: Mapping[str, str] = {"portrait": "768x1024", "square": "1024x1024", "landscape": "1024x768"}

LOOK = OptionSpec(
    "look",
    N_("fake", "Look"),
    (N_("fake", "warm"), N_("fake", "cool"), N_("fake", "mono")),
    "warm",
    N_("fake", "The tint the fake headshot gets."),
)


def capabilities(model: str = "") -> Capabilities:
    return Capabilities(
        images_per_request=1,
        streams_previews=True,
        max_previews=3,
        shapes=dict(SIZES),
        detail_levels=("low", "medium", "high"),
        max_reference_photos=4,
        max_concurrency=4,
        options=(LOOK,),
    )


def estimate(request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
    from headshot_desktop.core.pricing import CostEstimate

    return CostEstimate(MODEL, 0.0, images_usd=0.0, input_usd=0.0, approximate=False)


def create(
    key: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    latency: float | None = None,
    **options: object,
) -> FakeProvider:
    from headshot_desktop.providers.fake.provider import FakeProvider

    return FakeProvider.create(key, environ=environ, latency=latency, **options)
