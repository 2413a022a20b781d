"""Google's Gemini image models ("Nano Banana") behind the provider seam.

The package is light to import (who it is, what it keeps, what it can do, what it
costs); ``create`` imports the HTTPS client only when a provider is really built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from headshot_desktop.providers.gemini.seam import INFO, capabilities, estimate

if TYPE_CHECKING:
    from headshot_desktop.providers.gemini.provider import GeminiProvider

__all__ = ["INFO", "capabilities", "create", "estimate"]


def create(api_key: str | None, *, environ: Mapping[str, str] | None = None, **options: object) -> GeminiProvider:
    from headshot_desktop.providers.gemini.provider import GeminiProvider

    return GeminiProvider.create(api_key, environ=environ, **options)
