"""Every provider the app knows: one line each, imported only when first needed.

A registry line names the provider's package; its name and whether only developers may choose it are in
``names.py``, so the window lists every provider while loading only the chosen one. The package offers ``INFO``,
``capabilities(model)``, ``estimate(request, input_size)`` and
``create(key, environ=..., **options)``, and imports its network code only in
``create``, so listing providers or showing a price costs no start-up time.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from headshot_desktop.errors import ConfigError
from headshot_desktop.providers.names import DEVELOPER_ONLY, TITLES
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.providers.base import ProviderInfo

PROVIDERS: dict[str, str] = {
    "openai": "headshot_desktop.providers.openai",
    "gemini": "headshot_desktop.providers.gemini",
    "bfl": "headshot_desktop.providers.bfl",
    "comfyui": "headshot_desktop.providers.comfyui",
    "fake": "headshot_desktop.providers.fake",  # developers only: screenshots, benchmarks, UI work
}
DEFAULT_PROVIDER = "openai"
PROVIDER_ENV = "HEADSHOT_DESKTOP_PROVIDER"
DEVELOPER_ENV = "HEADSHOT_DESKTOP_DEVELOPER"  # "1" allows the developer-only providers


def developer_mode(environ: Mapping[str, str] | None = None) -> bool:
    return (environ if environ is not None else os.environ).get(DEVELOPER_ENV, "") == "1"


def module(provider_id: str) -> ModuleType:
    if provider_id not in PROVIDERS:
        raise ConfigError(
            N_("providers", "There is no image provider called {name}.").format(name=repr(provider_id)),
            hint=N_("providers", "Known providers: {names}.").format(names=", ".join(ids())),
        )
    return importlib.import_module(PROVIDERS[provider_id])


def title(provider_id: str) -> str:
    return TITLES[provider_id]


def info(provider_id: str) -> ProviderInfo:
    found: ProviderInfo = module(provider_id).INFO
    return found


def ids(*, developer: bool = False) -> list[str]:
    """The providers a person may choose (and the developer-only ones when asked)."""
    return [p for p in PROVIDERS if developer or p not in DEVELOPER_ONLY]


def check_allowed(provider_id: str, environ: Mapping[str, str] | None = None) -> ProviderInfo:
    """The provider's info; a developer-only provider is refused unless the developer flag is set."""
    found = info(provider_id)
    if provider_id in DEVELOPER_ONLY and not developer_mode(environ):
        raise ConfigError(
            N_("providers", "The {title} provider is for developers only.").format(title=found.title),
            hint=N_("providers", "Set {variable}=1 to use it.").format(variable=DEVELOPER_ENV),
        )
    return found
