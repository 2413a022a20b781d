"""The app's own words that come from JSON (built-in styles, shipped workflows) are marked for translation.

``lupdate`` reads only code, so each such text is listed with ``N_`` in a words module; a catalogue entry
added or renamed without it would reach the window untranslated. The loaded texts are ``Template`` objects
of the same context, so the window can translate them; a person's own style stays plain text.
"""

from __future__ import annotations

import json
from pathlib import Path

from headshot_desktop.core.style_words import STYLE_WORDS
from headshot_desktop.core.styles import StyleCatalog, load_builtin_styles
from headshot_desktop.providers.comfyui import workflows
from headshot_desktop.providers.comfyui.workflow_words import WORKFLOW_WORDS
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import Template


def test_every_builtin_style_name_and_description_is_listed() -> None:
    listed = {str(words) for words in STYLE_WORDS}
    raw = json.loads(resource_text("styles", "catalog.json"))["styles"]
    missing = [text for entry in raw for text in (entry["name"], entry.get("description") or "")
               if text and text not in listed]  # fmt: skip
    assert not missing, f"add these to core/style_words.py: {missing}"
    assert all(words.context == "styles" for words in STYLE_WORDS)


def test_builtin_styles_load_as_marked_words() -> None:
    for style in load_builtin_styles():
        assert isinstance(style.name, Template) and style.name.context == "styles"
        assert isinstance(style.description, Template) and style.description.context == "styles"
        assert style.name in STYLE_WORDS and style.description in STYLE_WORDS
        assert not isinstance(style.prompt, Template)  # the prompt goes to the provider in English


def test_a_persons_own_style_stays_their_text(tmp_path: Path) -> None:
    catalog = StyleCatalog(tmp_path)
    catalog.add("My look", "CHANGE: a blue backdrop", description="Mine")
    (own,) = catalog.user_styles()
    assert not isinstance(own.name, Template) and not isinstance(own.description, Template)


def test_every_shipped_workflow_title_is_listed() -> None:
    listed = {str(words) for words in WORKFLOW_WORDS}
    raw = json.loads(resource_text("providers", "comfyui", "workflows.json"))["workflows"]
    missing = [entry["title"] for entry in raw.values() if entry["title"] not in listed]
    assert not missing, f"add these to providers/comfyui/workflow_words.py: {missing}"
    for workflow_id in workflows.shipped_ids():
        title = workflows.load(workflow_id).title
        assert isinstance(title, Template) and title.context == "comfyui"
