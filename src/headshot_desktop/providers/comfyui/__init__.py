"""A ComfyUI server the person runs (on this computer or their own network) behind the provider seam.

The photo goes to that server only; open-weight edit models run there, driven over ComfyUI's
HTTP and WebSocket API. The package is light to import; ``create`` imports the clients.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from headshot_desktop.providers.comfyui.seam import INFO, capabilities, estimate, info_for

if TYPE_CHECKING:
    from headshot_desktop.providers.comfyui.provider import ComfyProvider

__all__ = ["INFO", "capabilities", "create", "estimate", "info_for"]


def create(api_key: str | None = None, *, environ: Mapping[str, str] | None = None, **options: Any) -> ComfyProvider:
    from headshot_desktop.providers.comfyui.provider import ComfyProvider

    return ComfyProvider.create(environ=environ, **options)
