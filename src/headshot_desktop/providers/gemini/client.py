"""The HTTPS client for Gemini: its key header, its address and API version, and its reading of error answers.

Settings follow Google's own ``google-genai`` SDK: the key from ``GOOGLE_API_KEY``, else
``GEMINI_API_KEY``; the address from ``GOOGLE_GEMINI_BASE_URL``; the API version from
``GOOGLE_GENAI_API_VERSION`` ("beta" means ``v1beta``). The version is ``v1`` by default,
on purpose: it is the stable version and the one the SDK itself has used since 3.0, so it
is what Google tests image models against; ``v1beta`` stays one variable away.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

import httpx

from headshot_desktop.errors import ConfigError, NoKeyError, ProviderError
from headshot_desktop.providers.gemini import errors
from headshot_desktop.providers.https.client import HttpsClient, RetryPolicy
from headshot_desktop.providers.https.config import check_base_url, or_settings
from headshot_desktop.system.logging import redacting_filter
from headshot_desktop.system.secrets import check_key_text
from headshot_desktop.translatable import N_

DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/"
DEFAULT_API_VERSION = "v1"
KEY_VARIABLES = ("GOOGLE_API_KEY", "GEMINI_API_KEY")
BASE_URL_VARIABLE = "GOOGLE_GEMINI_BASE_URL"
VERSION_VARIABLE = "GOOGLE_GENAI_API_VERSION"
# Each success is billed and a failure is not, so a server error is retried, but twice at most.
RETRY = RetryPolicy(max_retries=2)
_VERSION = re.compile(r"^v\d+[a-z0-9]*$")


def resolve_api_version(requested: str | None, environ: Mapping[str, str]) -> str:
    raw = (requested or environ.get(VERSION_VARIABLE) or DEFAULT_API_VERSION).strip()
    version = "v1beta" if raw == "beta" else raw
    if not _VERSION.match(version):
        raise ConfigError(N_("gemini", "The Gemini API version {version} is not one Google serves.").format(
            version=repr(raw)), hint=N_("gemini", "Use v1 or v1beta (or unset {variable}).").format(
            variable=VERSION_VARIABLE))  # fmt: skip
    return version


class GeminiClient(HttpsClient):
    unreadable_hint = N_("providers", "Try again; if it keeps happening with a custom server address, check "
                         "{variable}.").format(variable=BASE_URL_VARIABLE)  # fmt: skip

    def __init__(self, api_key: str | None = None, *, base_url: str | None = None, api_version: str | None = None,
                 environ: Mapping[str, str] | None = None, retry: RetryPolicy | None = None,
                 **options: Any) -> None:  # fmt: skip
        env = os.environ if environ is None else environ
        key = (api_key or next((env[v] for v in KEY_VARIABLES if env.get(v, "").strip()), "")).strip()
        if not key:
            raise NoKeyError(N_("gemini", "No Gemini API key is set."),
                             hint=N_("providers", "Enter your key in Settings, or set {variable}.").format(
                                 variable="GEMINI_API_KEY"))  # fmt: skip
        redacting_filter.add_secret(key)
        check_key_text(key)
        url = check_base_url(base_url or env.get(BASE_URL_VARIABLE) or DEFAULT_BASE_URL,
                             where=or_settings(BASE_URL_VARIABLE))  # fmt: skip
        self.version = resolve_api_version(api_version, env)
        service = "Google Gemini" if url.host.endswith(".googleapis.com") else url.host
        super().__init__(service=service, base_url=url, headers={"x-goog-api-key": key},
                         address_hint=BASE_URL_VARIABLE, environ=environ, retry=retry or RETRY,
                         **options)  # fmt: skip

    def url(self, path: str) -> httpx.URL:
        return super().url(f"{self.version}/{path.lstrip('/')}")

    def read_error(self, status: int, body: bytes, headers: Mapping[str, str], model: str) -> ProviderError:
        return errors.from_response(status, body, headers, service=self.service, model=model)
