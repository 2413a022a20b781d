"""OpenAI's Images API (and servers that speak it) behind the ``Provider`` protocol."""

from __future__ import annotations

from headshot_desktop.providers.openai.client import OpenAIClient, RetryPolicy
from headshot_desktop.providers.openai.config import DEFAULT_BASE_URL
from headshot_desktop.providers.openai.models import Capabilities, capabilities, choose_default
from headshot_desktop.providers.openai.provider import OpenAIProvider

__all__ = [
    "DEFAULT_BASE_URL",
    "Capabilities",
    "OpenAIClient",
    "OpenAIProvider",
    "RetryPolicy",
    "capabilities",
    "choose_default",
]
