"""With its address variable pointing at another server, a cloud provider's words name that server (#14 item 13)."""

from __future__ import annotations

import pytest

from headshot_desktop.providers import registry
from headshot_desktop.providers.base import pointed_elsewhere
from headshot_desktop.ui.provider_words import escape, sending_html, where_photos_go


@pytest.mark.parametrize("provider_id", ["openai", "gemini", "bfl"])
def test_another_host_is_named_and_its_own_keeping_is_not_promised(provider_id: str) -> None:
    info = registry.info(provider_id)
    moved = pointed_elsewhere(info, "https://images.example.net:8443/v1")
    assert moved.hosts == ("images.example.net",)
    assert "images.example.net" in moved.title
    assert f"not {info.title}'s own service" in moved.privacy and info.base_url_env in moved.privacy
    line = where_photos_go(moved)
    assert "images.example.net" in line and f"go to {info.title} " not in line
    assert "up to whoever runs it" in sending_html(moved)


@pytest.mark.parametrize(
    ("provider_id", "address"),
    [("openai", ""), ("openai", "https://eu.api.openai.com/v1"), ("bfl", "https://api.us.bfl.ai"),
     ("gemini", "https://generativelanguage.googleapis.com")],
)  # fmt: skip
def test_the_providers_own_addresses_keep_its_words(provider_id: str, address: str) -> None:
    info = registry.info(provider_id)
    assert pointed_elsewhere(info, address) is info


def test_the_window_context_names_the_test_server(context_for, api_server) -> None:
    info = context_for(api_server).provider_info("openai")
    assert info.hosts != ("api.openai.com",) and info.title.startswith("OpenAI-compatible server at ")


@pytest.mark.parametrize("text", ["OpenAI", "api.openai.com", "Tom & Jerry's <server>", '"quoted"', "", "a<b"])
def test_the_words_escape_markup_as_html_escape_does(text: str) -> None:
    import html

    assert escape(text) == html.escape(text)
