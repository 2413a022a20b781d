"""Where requests go and which certificates are trusted.

Only HTTPS leaves the machine; plain HTTP is allowed to loopback hosts only.
The certificate store is explicit rather than left to httpx (whose handling of
the environment changed in 0.28): ``SSL_CERT_FILE`` or ``SSL_CERT_DIR`` when
set, replacing the defaults as OpenSSL does; otherwise the system store plus
certifi's. Verification is never switched off.
"""

from __future__ import annotations

import ipaddress
import os
import ssl
from collections.abc import Mapping

import certifi
import httpx

from headshot_desktop import __version__
from headshot_desktop.errors import ConfigError
from headshot_desktop.translatable import N_

USER_AGENT = f"headshot-desktop/{__version__}"
# A complex edit can take two minutes before the first byte of the answer.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=180.0, write=60.0, pool=10.0)


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def or_settings(variable: str) -> str:
    """Where an address is set: the variable, or the server address in Settings (the ``where`` of a hint)."""
    return N_("providers", "{variable} or the server address in Settings").format(variable=variable)


def check_base_url(raw: str, *, where: str) -> httpx.URL:
    """``raw`` as a base URL ending in "/"; ``where`` names the setting it came from, for the hint."""
    raw = raw.strip()
    try:
        url = httpx.URL(raw)
    except httpx.InvalidURL as err:
        raise ConfigError(N_("providers", "The server address {address} is not a valid URL.").format(address=repr(raw)),
                          detail=str(err)) from None  # fmt: skip
    if not url.host or url.scheme not in ("https", "http"):
        raise ConfigError(N_("providers", "The server address {address} must start with https://.").format(
            address=repr(raw)), hint=N_("providers", "Check {where}.").format(where=where))  # fmt: skip
    if url.scheme == "http" and not is_loopback(url.host):
        raise ConfigError(
            N_("providers", "The server address {address} uses plain http://, which would send your key and photo "
               "unencrypted.").format(address=repr(raw)),
            hint=N_("providers", "Use https://. Plain http:// is only allowed for a server on this computer "
                    "(localhost)."),
        )  # fmt: skip
    path = url.raw_path.split(b"?", 1)[0]
    if not path.endswith(b"/"):
        path += b"/"
    return url.copy_with(raw_path=path, fragment=None)


def build_ssl_context(environ: Mapping[str, str]) -> ssl.SSLContext:
    cafile = environ.get("SSL_CERT_FILE") or None
    capath = environ.get("SSL_CERT_DIR") or None
    for name, value, exists in (("SSL_CERT_FILE", cafile, os.path.isfile), ("SSL_CERT_DIR", capath, os.path.isdir)):
        if value and not exists(value):
            raise ConfigError(
                N_("providers", "{variable} points to {path}, which does not exist.").format(variable=name, path=value),
                hint=N_("providers", "Fix or unset {variable} and start the app again.").format(variable=name),
            )
    if cafile or capath:
        try:
            return ssl.create_default_context(cafile=cafile, capath=capath)
        except (ssl.SSLError, OSError) as err:
            raise ConfigError(N_("providers", "The certificates in {path} cannot be read.").format(path=cafile or capath),
                              detail=str(err)) from None  # fmt: skip
    context = ssl.create_default_context()  # the system's store
    context.load_verify_locations(cafile=certifi.where())
    return context
