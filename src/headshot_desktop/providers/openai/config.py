"""Where OpenAI requests go: ``OPENAI_BASE_URL`` as the OpenAI SDK reads it.

The default is ``https://api.openai.com/v1``; request paths are appended to it.
TLS and the address rules are the same for every provider (``providers/https/config``).
"""

from __future__ import annotations

from collections.abc import Mapping

import httpx

from headshot_desktop.providers.https.config import (
    DEFAULT_TIMEOUT,
    USER_AGENT,
    build_ssl_context,
    check_base_url,
    is_loopback,
    or_settings,
)

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "USER_AGENT", "build_ssl_context", "is_loopback",
           "resolve_base_url"]  # fmt: skip

DEFAULT_BASE_URL = "https://api.openai.com/v1"


def resolve_base_url(base_url: str | None, environ: Mapping[str, str]) -> httpx.URL:
    raw = base_url or environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
    return check_base_url(raw, where=or_settings("OPENAI_BASE_URL"))
