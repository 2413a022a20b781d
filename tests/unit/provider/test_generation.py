"""The shared value types: request validation, usage, the cancel token."""

from __future__ import annotations

import threading

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import Usage
from headshot_desktop.errors import CancelledError, ConfigError


def test_request_defaults_are_a_portrait_with_previews() -> None:
    made = GenerationRequest("corporate-grey", "CHANGE: x")
    assert (made.shape, made.detail, made.previews, made.variant, dict(made.options)) == (
        "portrait",
        "medium",
        2,
        0,
        {},
    )


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"variant": -1}, "variants"),
        ({"variant": 4}, "variants"),
        ({"previews": 4}, "previews"),
        ({"detail": "ultra"}, "detail"),
        ({"shape": "1024x1536"}, "shape"),
        ({"prompt": "   "}, "empty"),
        ({"prompt": "x" * 32_001}, "32,000"),
    ],
)
def test_bad_requests_are_refused_with_a_reason(changes: dict, words: str) -> None:
    values = {"style_id": "s", "prompt": "CHANGE: x", **changes}
    with pytest.raises(ConfigError, match=words):
        GenerationRequest(**values)


def test_usage_from_json() -> None:
    usage = Usage.from_json(
        {
            "input_tokens": 50,
            "input_tokens_details": {"text_tokens": 20, "image_tokens": 30},
            "output_tokens": 272,
            "total_tokens": 322,
        }
    )
    counts = (usage.input_tokens, usage.input_text_tokens, usage.input_image_tokens, usage.output_tokens)
    assert counts == (50, 20, 30, 272)
    assert usage.total_tokens == 322
    odd = Usage.from_json({"input_tokens": "many", "output_tokens": -5})
    assert odd == Usage()


def test_cancel_token() -> None:
    token = CancelToken()
    calls: list[str] = []
    remove = token.on_cancel(lambda: calls.append("first"))
    token.on_cancel(lambda: calls.append("second"))
    remove()
    token.raise_if_cancelled()
    assert token.wait(0.01) is False
    threading.Timer(0.05, token.cancel).start()
    assert token.wait(5) is True and token.cancelled
    token.cancel()  # twice is harmless
    assert calls == ["second"]
    with pytest.raises(CancelledError):
        token.raise_if_cancelled()
    token.on_cancel(lambda: calls.append("late"))  # registered after the cancel: runs at once
    assert calls == ["second", "late"]
