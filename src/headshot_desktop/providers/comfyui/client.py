"""The HTTP client for a ComfyUI server: its address rules, no key, direct connections only.

Plain ``http://`` is allowed to this computer; to another machine only ``https://``, or plain
``http://`` that the person trusted for that address (remembered, with a warning). Proxies
from the environment are not used: the only connections are to the server itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from headshot_desktop.errors import ConfigError, ProviderError
from headshot_desktop.providers.comfyui import errors
from headshot_desktop.providers.comfyui.seam import ADDRESS_VARIABLE, server_name
from headshot_desktop.providers.https.client import HttpsClient, RetryPolicy
from headshot_desktop.providers.https.config import check_base_url, is_loopback, or_settings
from headshot_desktop.translatable import N_

# The server is the person's own, near by: a refused connection will not change in a few seconds.
RETRY = RetryPolicy(max_retries=1, base_delay=0.5)
TRUST_HINT = N_("comfyui", "Use https://, or tick “Trust this server on my network” in Settings (on the command "
                "line: --trust-server, once). Only do that on a network you trust: plain http:// can be read on the "
                "way.")  # fmt: skip


def check_address(address: str, *, trusted: bool) -> httpx.URL:
    """The server's base URL (ending in "/"); plain http:// to another machine only when trusted."""
    try:
        url = httpx.URL(address.strip())
    except httpx.InvalidURL as err:
        raise ConfigError(N_("comfyui", "The ComfyUI address {address} is not a valid URL.").format(
            address=repr(address)), detail=str(err)) from None  # fmt: skip
    if url.scheme == "http" and url.host and not is_loopback(url.host):
        if not trusted:
            raise ConfigError(N_("comfyui", "The ComfyUI server {server} would be reached over plain http://, "
                                 "which sends your photo unencrypted across the network.").format(
                                     server=server_name(address)), hint=TRUST_HINT)  # fmt: skip
        path = url.raw_path.split(b"?", 1)[0]
        return url.copy_with(raw_path=path if path.endswith(b"/") else path + b"/", fragment=None)
    return check_base_url(address, where=or_settings(ADDRESS_VARIABLE))


class ComfyClient(HttpsClient):
    unreadable_hint = N_("comfyui", "Check that the address in Settings is your ComfyUI server.")

    def __init__(self, address: str, *, trusted: bool = False, environ: Mapping[str, str] | None = None,
                 **options: Any) -> None:  # fmt: skip
        url = check_address(address, trusted=trusted)
        options.setdefault("retry", RETRY)
        super().__init__(service=N_("comfyui", "ComfyUI at {server}").format(server=server_name(str(url))),
                         base_url=url, headers={}, address_hint=or_settings(ADDRESS_VARIABLE), environ=environ,
                         use_env_proxies=False, **options)  # fmt: skip

    def read_error(self, status: int, body: bytes, headers: Mapping[str, str], model: str) -> ProviderError:
        return errors.from_response(status, body, headers, service=self.service)

    def get_json(self, path: str, cancel: Any, params: Mapping[str, str] | None = None) -> Any:
        return self.request("GET", path, cancel=cancel, params=params, handle=self.read_json)
