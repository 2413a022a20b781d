"""The shared code speaks no provider's words: adding a provider is its package and one registry line.

Everything outside ``providers/<id>/`` (core, services, library, commands, the window,
even the seam itself) is searched for the names and vocabulary of the providers we
have. Only the registry may name them, one line each.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import headshot_desktop
from headshot_desktop.providers import registry

SOURCE = Path(headshot_desktop.__file__).parent
# Words that only make sense for one provider: its name, its models, its wire fields, its key shape.
VOCABULARY = {
    "openai": [
        r"open\s?ai",
        r"gpt-image",
        r"chatgpt",
        r"dall-e",
        r"input_fidelity",
        r"partial_images",
        r"b64_json",
        r"\bsk-",
        r"images/edits",
        r"OPENAI_",
    ],
    "gemini": [
        r"gemini",
        r"google",
        r"generativelanguage",
        r"nano.?banana",
        r"inline_?data",
        r"x-goog",
        r"\bAIza",
        r"synthid",
        r"generateContent",
        r"imageConfig",
    ],
    "bfl": [
        r"\bbfl",
        r"black forest",
        r"\bflux",
        r"kontext",
        r"x-key",
        r"polling_url",
        r"get_result",
    ],
    "comfyui": [
        r"comfy",
        r"object_info",
        r"clientId",
        r"\[temp\]",
        r"workflow\.json",
        r"8188",
    ],
}
ALLOWED_FILES = {SOURCE / "providers" / "registry.py", SOURCE / "providers" / "names.py"}  # the lines naming each


def _shared_files() -> list[Path]:
    own = {SOURCE / "providers" / provider for provider in registry.PROVIDERS}
    return sorted(
        p for p in SOURCE.rglob("*.py") if not any(folder in p.parents for folder in own) and p not in ALLOWED_FILES
    )


def test_every_provider_with_words_is_in_the_registry() -> None:
    assert set(VOCABULARY) <= set(registry.PROVIDERS)


@pytest.mark.parametrize("provider", sorted(VOCABULARY))
def test_shared_code_does_not_speak_a_providers_words(provider: str) -> None:
    pattern = re.compile("|".join(VOCABULARY[provider]), re.IGNORECASE)
    found = [
        f"{path.relative_to(SOURCE)}:{number}: {line.strip()}"
        for path in _shared_files()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if pattern.search(line)
    ]
    assert not found, "provider words outside its package:\n" + "\n".join(found)


def test_the_registry_names_each_provider_on_one_line() -> None:
    text = (SOURCE / "providers" / "registry.py").read_text(encoding="utf-8")
    for provider, package in registry.PROVIDERS.items():
        assert sum(f'"{provider}": "{package}"' in line for line in text.splitlines()) == 1


def test_the_search_finds_a_planted_word() -> None:
    # The test can fail: the same search over a line that names a provider finds it.
    pattern = re.compile("|".join(VOCABULARY["openai"]), re.IGNORECASE)
    assert pattern.search('hint="Set OPENAI_API_KEY"') and pattern.search("model = 'gpt-image-2'")
