"""Model discovery, the default model, retirement warnings, and the capability table."""

from __future__ import annotations

from datetime import date

import pytest

from headshot_desktop.core.results import ModelInfo
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.openai.models import capabilities, choose_default, parse_models


def test_list_models_keeps_image_models_newest_first(provider, server) -> None:
    found = provider.list_models()
    assert [m.id for m in found] == ["gpt-image-2", "gpt-image-1.5", "gpt-image-1", "gpt-image-1-mini"]
    assert found[2].shutdown_date == date(2026, 10, 23) and found[0].shutdown_date is None
    assert server.requests_to("models")[0].method == "GET"


def test_default_is_the_newest_full_model_the_key_has(provider, server) -> None:
    assert provider.default_model().id == "gpt-image-2"
    server.models = [{"id": "gpt-image-1.5", "created": 1765000000}, {"id": "gpt-image-1-mini", "created": 1770000000}]
    provider.list_models()
    assert provider.default_model().id == "gpt-image-1.5"  # a full model beats a newer mini


def test_no_image_model_at_all(provider, server) -> None:
    server.models = [{"id": "gpt-4.1", "object": "model", "created": 1}]
    with pytest.raises(ProviderError) as caught:
        provider.default_model()
    assert caught.value.kind == ErrorKind.PERMISSION


def test_check_key(provider, make_provider, server) -> None:
    provider.check_key()
    with pytest.raises(ProviderError) as caught:
        make_provider(api_key="sk-not-the-right-one-0000000000").check_key()
    assert caught.value.kind == ErrorKind.AUTH and caught.value.status == 401
    assert len(server.requests_to("models")) == 2  # a bad key is not retried


def test_retirement_warnings() -> None:
    retiring = ModelInfo("gpt-image-1", 1, date(2026, 10, 23))
    assert retiring.warning(today=date(2026, 9, 1)) == (
        "The model gpt-image-1 will be retired on 23 October 2026. Choose a newer model in Settings before then."
    )
    assert "was retired on 23 October 2026" in retiring.warning(today=date(2026, 11, 1))
    assert ModelInfo("gpt-image-2", 1).warning() is None


def test_default_skips_retired_models_and_falls_back_on_names_without_created() -> None:
    listed = parse_models(
        {
            "data": [
                {"id": "gpt-image-1.5", "shutdown_date": 1790000000},  # a Unix time: 2026-09-21
                {"id": "gpt-image-1"},
                {"id": "chatgpt-image-latest"},
                {"id": "dall-e-2"},
                {"id": 42},
                "junk",
            ]
        }
    )
    assert [m.id for m in listed] == ["gpt-image-1.5", "gpt-image-1", "chatgpt-image-latest"]
    assert listed[0].shutdown_date == date(2026, 9, 21)
    assert choose_default(listed, today=date(2026, 1, 1)).id == "gpt-image-1.5"  # by version in the name
    assert choose_default(listed, today=date(2026, 10, 1)).id == "gpt-image-1"  # 1.5 is retired by then
    assert choose_default([ModelInfo("chatgpt-image-latest")]).id == "chatgpt-image-latest"
    assert choose_default([]) is None
    newer = [
        ModelInfo("gpt-image-2", 1776700000),
        ModelInfo("gpt-image-2.5-sunburst", 1790000000),
        ModelInfo("gpt-image-2.5-mini", 1795000000),
    ]
    assert choose_default(newer, today=date(2026, 12, 1)).id == "gpt-image-2.5-sunburst"


@pytest.mark.parametrize(
    ("model", "fidelity", "transparent", "custom"),
    [
        ("gpt-image-1", True, True, False),
        ("gpt-image-1.5-2025-12-16", True, True, False),
        ("gpt-image-1-mini", False, True, False),
        ("gpt-image-2", False, False, True),
        ("gpt-image-2-2026-04-21", False, False, True),
        ("gpt-image-2.5-flare", False, False, True),
        ("my-local-model", False, False, False),
    ],
)
def test_capability_table(model: str, fidelity: bool, transparent: bool, custom: bool) -> None:
    caps = capabilities(model)
    assert (caps.input_fidelity, caps.transparent, caps.custom_sizes) == (fidelity, transparent, custom)
