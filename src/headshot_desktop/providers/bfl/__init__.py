"""Black Forest Labs' FLUX image editing (FLUX.2, FLUX.1 Kontext) behind the provider seam.

The request is queued: the app polls the address BFL gives for it, then fetches the finished
image from a short-lived link on a second host. The package is light to import; ``create``
imports the HTTPS client only when a provider is really built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from headshot_desktop.providers.bfl.seam import INFO, capabilities, estimate

if TYPE_CHECKING:
    from headshot_desktop.providers.bfl.provider import BflProvider

__all__ = ["INFO", "capabilities", "create", "estimate"]


def create(api_key: str | None, *, environ: Mapping[str, str] | None = None, **options: Any) -> BflProvider:
    from headshot_desktop.providers.bfl.provider import BflProvider

    return BflProvider.create(api_key, environ=environ, **options)
