"""The HTTPS clients for BFL: one for its API (with the key), one for the delivery host (never with the key).

The API address is the chosen region's host, or ``BFL_API_URL``. A submit that failed with a
server error or a timeout is never sent again: the job may exist already, and be billed.
The delivery client follows redirects, HTTPS only.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx

from headshot_desktop.errors import NoKeyError, ProviderError
from headshot_desktop.providers.bfl import catalog, errors
from headshot_desktop.providers.https.client import HttpsClient
from headshot_desktop.providers.https.config import check_base_url, or_settings
from headshot_desktop.system.logging import redacting_filter
from headshot_desktop.system.secrets import check_key_text
from headshot_desktop.translatable import N_

BASE_URL_VARIABLE = "BFL_API_URL"


class BflClient(HttpsClient):
    unreadable_hint = N_("providers", "Try again; if it keeps happening with a custom server address, check "
                         "{variable}.").format(variable=BASE_URL_VARIABLE)  # fmt: skip
    resend_paid_after_server_error = False

    def __init__(self, api_key: str | None = None, *, environ: Mapping[str, str] | None = None,
                 **options: Any) -> None:  # fmt: skip
        env = os.environ if environ is None else environ
        key = (api_key or env.get("BFL_API_KEY") or "").strip()
        if not key:
            raise NoKeyError(N_("bfl", "No Black Forest Labs API key is set."),
                             hint=N_("providers", "Enter your key in Settings, or set {variable}.").format(
                                 variable="BFL_API_KEY"))  # fmt: skip
        redacting_filter.add_secret(key)
        check_key_text(key)
        override = env.get(BASE_URL_VARIABLE, "").strip()
        self.custom_address = bool(override)
        url = check_base_url(override or catalog.regions()[catalog.DEFAULT_REGION],
                             where=or_settings(BASE_URL_VARIABLE))  # fmt: skip
        service = "Black Forest Labs" if url.host.endswith(".bfl.ai") else url.host
        super().__init__(service=service, base_url=url, headers={"x-key": key, "Accept": "application/json"},
                         address_hint=BASE_URL_VARIABLE, environ=environ, **options)  # fmt: skip

    def region_url(self, region: str) -> httpx.URL:
        """Where submits go: ``BFL_API_URL`` when set, else the chosen region's host."""
        if self.custom_address:
            return self.base_url
        return check_base_url(catalog.regions().get(region) or catalog.regions()[catalog.DEFAULT_REGION],
                              where=N_("bfl", "the region in Settings"))  # fmt: skip

    def may_get_key(self, url: httpx.URL, submitted_to: httpx.URL) -> bool:
        """A polling address the key may go to: BFL's own hosts over HTTPS, or the server the job was submitted to."""
        same_server = (url.scheme, url.host, url.port) == (submitted_to.scheme, submitted_to.host, submitted_to.port)
        return same_server or (url.scheme == "https" and url.host.endswith(".bfl.ai"))

    def read_error(self, status: int, body: bytes, headers: Mapping[str, str], model: str) -> ProviderError:
        return errors.from_response(status, body, headers, service=self.service, model=model)


class DeliveryClient(HttpsClient):
    """Fetches the finished image from the signed link: no key, redirects followed over HTTPS only."""

    def __init__(self, *, environ: Mapping[str, str] | None = None, **options: Any) -> None:
        super().__init__(service=N_("bfl", "BFL's delivery host"), base_url=httpx.URL("https://delivery.bfl.ai/"),
                         headers={}, address_hint=N_("bfl", "the link BFL gave"), environ=environ,
                         follow_redirects=True,
                         **options)  # fmt: skip

    def read_error(self, status: int, body: bytes, headers: Mapping[str, str], model: str) -> ProviderError:
        return errors.from_delivery(status, self.service)
