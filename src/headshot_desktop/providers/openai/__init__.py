"""OpenAI's Images API (and servers that speak it) behind the provider seam.

The package is light to import (who it is, what it can do, what it costs);
``create`` imports the HTTPS client only when a provider is really built.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from headshot_desktop.providers.openai.seam import INFO, capabilities, estimate

if TYPE_CHECKING:
    from headshot_desktop.providers.openai.provider import OpenAIProvider

__all__ = ["INFO", "capabilities", "create", "estimate"]


def create(api_key: str | None, *, environ: Mapping[str, str] | None = None, **options: object) -> OpenAIProvider:
    from headshot_desktop.providers.openai.provider import OpenAIProvider

    return OpenAIProvider.create(api_key, environ=environ, **options)


_LAZY = {
    "OpenAIProvider": "headshot_desktop.providers.openai.provider",
    "OpenAIClient": "headshot_desktop.providers.openai.client",
    "RetryPolicy": "headshot_desktop.providers.openai.client",
    "DEFAULT_BASE_URL": "headshot_desktop.providers.openai.config",
}


def __getattr__(name: str) -> object:
    """The network classes, imported on first use (tests and ``create``), not with the package."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)
