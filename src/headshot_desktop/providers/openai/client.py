"""The HTTPS client for OpenAI: its key header, its base URL, and its reading of error answers.

Sending, retries, cancel and deadlines are the shared ``HttpsClient``'s.
"""

from __future__ import annotations

import os
import random
import ssl
import time
from collections.abc import Callable, Mapping

import httpx

from headshot_desktop.errors import NoKeyError, ProviderError
from headshot_desktop.providers.https.client import (
    DEFAULT_TOTAL_TIMEOUT,
    HttpsClient,
    RetryPolicy,
    Sleep,
    read_limited,
    wait_or_cancel,
)
from headshot_desktop.providers.https.config import or_settings
from headshot_desktop.providers.openai import errors
from headshot_desktop.providers.openai.config import resolve_base_url
from headshot_desktop.system.logging import redacting_filter
from headshot_desktop.system.secrets import check_key_text
from headshot_desktop.translatable import N_

__all__ = ["OpenAIClient", "RetryPolicy", "read_limited", "wait_or_cancel"]


class OpenAIClient(HttpsClient):
    """One HTTPS client per provider: headers, TLS, timeouts, retries, cancel."""

    unreadable_hint = errors.COMPATIBLE_HINT

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        environ: Mapping[str, str] | None = None,
        verify: ssl.SSLContext | None = None,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | None = None,
        retry: RetryPolicy | None = None,
        sleep: Sleep = wait_or_cancel,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
        total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
    ) -> None:
        env = os.environ if environ is None else environ
        key = (api_key or env.get("OPENAI_API_KEY") or "").strip()
        if not key:
            raise NoKeyError(N_("openai", "No OpenAI API key is set."),
                             hint=N_("providers", "Enter your key in Settings, or set {variable}.").format(
                                 variable="OPENAI_API_KEY"))  # fmt: skip
        redacting_filter.add_secret(key)
        check_key_text(key)
        url = resolve_base_url(base_url, env)
        service = "OpenAI" if url.host == "api.openai.com" or url.host.endswith(".openai.com") else url.host
        super().__init__(
            service=service, base_url=url, headers={"Authorization": f"Bearer {key}"},
            address_hint=or_settings("OPENAI_BASE_URL"), environ=environ, verify=verify,
            transport=transport, timeout=timeout, retry=retry, sleep=sleep, clock=clock, rng=rng,
            total_timeout=total_timeout,
        )  # fmt: skip

    def read_error(self, status: int, body: bytes, headers: Mapping[str, str], model: str) -> ProviderError:
        return errors.from_response(status, body, headers, service=self.service, model=model)
