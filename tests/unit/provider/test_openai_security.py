"""Where requests may go, how TLS is checked, and that the key never reaches the log."""

from __future__ import annotations

import logging
import ssl
import time
from pathlib import Path

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import ConfigError, ErrorKind, NoKeyError, ProviderError
from headshot_desktop.providers.openai import DEFAULT_BASE_URL, OpenAIClient, OpenAIProvider
from headshot_desktop.system.logging import setup_logging, shutdown_logging
from tests.support.openai_server import Reply
from tests.unit.provider.helpers import FAST_RETRY, Events, request

KEY = "sk-proj-" + "unit-test-key-0123456789abcdef"  # joined at run time: no key-shaped literal in the repo


def client(**options: object) -> OpenAIClient:
    options.setdefault("environ", {})
    return OpenAIClient(**options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "url",
    [
        "http://api.openai.com/v1",
        "http://192.168.1.10:8080/v1",
        "http://10.0.0.1/v1",
        "http://localhost.evil.com/v1",
        "ftp://api.openai.com/v1",
        "file:///etc/passwd",
        "api.openai.com/v1",
    ],
)
def test_unencrypted_or_odd_addresses_are_refused(url: str) -> None:
    with pytest.raises(ConfigError) as caught:
        client(api_key=KEY, base_url=url)
    assert caught.value.kind == ErrorKind.CONFIG


@pytest.mark.parametrize(
    "url", ["http://localhost:8080/v1", "http://127.0.0.1:1234/v1", "http://127.8.9.10/v1", "http://[::1]:8000/v1"]
)
def test_plain_http_is_allowed_on_loopback(url: str) -> None:
    made = client(api_key=KEY, base_url=url)
    assert str(made.url("images/edits")).startswith(url.rstrip("/") + "/images/edits")
    made.close()


def test_environment_is_read_as_the_openai_sdk_does() -> None:
    made = client(environ={"OPENAI_API_KEY": KEY})
    assert str(made.url("images/edits")) == f"{DEFAULT_BASE_URL}/images/edits" and made.service == "OpenAI"
    made = client(environ={"OPENAI_API_KEY": KEY, "OPENAI_BASE_URL": "https://gateway.example.org/openai/v1/"})
    assert str(made.url("/models")) == "https://gateway.example.org/openai/v1/models"
    made = client(api_key=KEY, base_url="https://other.example.org/v1", environ={"OPENAI_BASE_URL": "http://x/"})
    assert made.host == "other.example.org"  # an explicit value wins over the environment
    with pytest.raises(NoKeyError):
        client(environ={"OPENAI_API_KEY": "  "})


def test_certificate_checks_cannot_be_turned_off() -> None:
    with pytest.raises(TypeError):
        client(api_key=KEY, verify=False)


def test_missing_ssl_cert_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="SSL_CERT_FILE"):
        client(api_key=KEY, environ={"SSL_CERT_FILE": str(tmp_path / "nope.pem")})


def test_unknown_certificate_authority_fails_with_a_tls_message(server, photo, sleep) -> None:
    provider = OpenAIProvider(client(api_key=server.api_key, base_url=server.base_url, retry=FAST_RETRY, sleep=sleep))
    with pytest.raises(ProviderError) as caught:
        provider.edit(photo, request(), Events(), CancelToken())
    error = caught.value
    assert error.kind == ErrorKind.NETWORK
    assert "certificate" in error.message and "SSL_CERT_FILE" in error.hint
    assert sleep.delays == [] and server.requests == []  # never retried, nothing got through
    deadline = time.monotonic() + 2  # the server thread notes the failed handshake a moment later
    while server.tls_failures == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.tls_failures == 1


def test_ssl_cert_file_adds_the_certificate_authority(server, photo) -> None:
    provider = OpenAIProvider(client(environ=server.environ()))
    result = provider.edit(photo, request(), Events(), CancelToken())
    assert len(result.images) == 1 and server.tls_failures == 0


def test_an_injected_context_is_used_as_is(server, photo) -> None:
    context = server.client_ssl_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    provider = OpenAIProvider(client(api_key=server.api_key, base_url=server.base_url, verify=context))
    provider.check_key()
    assert server.requests_to("models")[0].headers["authorization"] == f"Bearer {server.api_key}"


def test_the_key_never_reaches_the_log(tmp_path: Path, server, make_provider, photo) -> None:
    log_file = setup_logging(tmp_path / "logs", level=logging.DEBUG)
    noisy = [logging.getLogger(name) for name in ("httpx", "httpcore")]
    levels = [logger.level for logger in noisy]
    for logger in noisy:
        logger.setLevel(logging.DEBUG)  # even their connection-level chatter
    try:
        provider = make_provider()
        provider.edit(photo, request(), Events(), CancelToken())
        server.script(Reply.error(500, None, "boom"), Reply.error(401, "invalid_api_key", "bad key"))
        with pytest.raises(ProviderError):
            provider.edit(photo, request(), Events(), CancelToken())
        with pytest.raises(ProviderError):
            make_provider(api_key="sk-wrong-" + "q" * 30).check_key()
        logging.getLogger("headshot_desktop.test").info("as text: %s", server.api_key)
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
        shutdown_logging()
        for logger, level in zip(noisy, levels, strict=True):
            logger.setLevel(level)
        logging.getLogger().setLevel(logging.WARNING)
    text = log_file.read_text(encoding="utf-8")
    assert "req_test_1" in text and "invalid_api_key" in text  # the log is useful
    assert server.api_key not in text and server.api_key[8:30] not in text
    assert "sk-wrong-qqqq" not in text
