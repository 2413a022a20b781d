"""The built-in style catalog and the person's own styles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from headshot_desktop.core.generation import SHAPES
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.styles import PRESERVE_CLAUSE, StyleCatalog, load_builtin_styles
from headshot_desktop.errors import ConfigError, NotFoundError

REQUIRED = {
    "corporate-grey",
    "navy-suit",
    "business-casual",
    "startup",
    "creative-studio",
    "outdoor-natural-light",
    "academic",
    "medical",
    "legal",
    "real-estate",
    "actors-headshot",
    "black-and-white",
}
HEX = re.compile(r"^#[0-9a-f]{6}$")


def test_catalog_has_the_professional_styles() -> None:
    styles = load_builtin_styles()
    ids = [s.id for s in styles]
    assert len(styles) >= 12 and set(ids) >= REQUIRED and len(set(ids)) == len(ids)
    for style in styles:
        assert style.builtin and style.name and style.description
        assert style.shape in SHAPES
        assert HEX.match(style.preview.background) and HEX.match(style.preview.accent)
        GenerationRequest(style.id, style.request_prompt(), shape=style.shape)  # a valid request


@pytest.mark.parametrize("style", load_builtin_styles(), ids=lambda s: s.id)
def test_every_prompt_says_what_changes_and_what_stays(style) -> None:
    prompt = style.prompt
    assert prompt.startswith("CHANGE: ") and prompt.count("\nPRESERVE: ") == 1
    change, preserve = prompt.split("\nPRESERVE: ")
    assert re.search(r"\b(background|backdrop)\b", change) and re.search(r"\b(light|lighting)\b", change)
    assert re.search(r"\bDress\b", change) and "Frame" in change
    for kept in (
        "identity",
        "proportions",
        "eyes",
        "nose",
        "mouth",
        "skin",
        "texture",
        "hairline",
        "apparent age",
        "glasses",
        "expression",
    ):
        assert kept in preserve, f"{style.id}: PRESERVE does not mention {kept}"
    assert "skin tone" in preserve or style.id == "black-and-white"
    assert "Do not beautify" in preserve and "skin smoothing" in preserve
    assert "enhance" not in prompt.lower()  # vague words invite a new face


def test_user_styles_round_trip(tmp_path: Path) -> None:
    catalog = StyleCatalog(tmp_path)
    mine = catalog.add("Corporate grey", "Dark green velvet jacket, forest backdrop.", "square", "Festive")
    assert mine.id == "my-corporate-grey" and not mine.builtin  # cannot collide with the built-in one
    second = catalog.add("Corporate grey", "Another.")
    assert second.id == "my-corporate-grey-2"

    again = StyleCatalog(tmp_path)  # read back from disk
    assert [s.id for s in again.user_styles()] == ["my-corporate-grey", "my-corporate-grey-2"]
    assert again.get("my-corporate-grey") == mine
    assert again.all()[: len(again.builtin)] == again.builtin

    updated = again.update(mine.id, name="Velvet", prompt="Blue velvet.", shape="landscape")
    assert (updated.id, updated.name, updated.prompt, updated.shape) == (mine.id, "Velvet", "Blue velvet.", "landscape")
    again.delete(second.id)
    assert [(s.name, s.shape) for s in StyleCatalog(tmp_path).user_styles()] == [("Velvet", "landscape")]
    stored = json.loads((tmp_path / "styles.json").read_text(encoding="utf-8"))
    assert stored["version"] == 1 and "builtin" not in stored["styles"][0]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]  # atomic write left nothing


def test_user_prompt_gets_the_preserve_part_when_sent(tmp_path: Path) -> None:
    catalog = StyleCatalog(tmp_path)
    plain = catalog.add("Plain", "Put me on a beach at sunset.")
    assert plain.request_prompt() == f"CHANGE: Put me on a beach at sunset.\n{PRESERVE_CLAUSE}"
    own = catalog.add("Own", "CHANGE: beach.\nPRESERVE: everything about my face.")
    assert own.request_prompt() == own.prompt


@pytest.mark.parametrize(
    ("name", "prompt", "shape", "words"),
    [
        ("  ", "x", "square", "name is empty"),
        ("A", "", "square", "prompt is empty"),
        ("A", "x" * 32_001, "square", "32,000"),
        ("A", "x", "1024x1024", "shape"),
        ("n" * 81, "x", "square", "80"),
    ],
)
def test_validation(tmp_path: Path, name: str, prompt: str, shape: str, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        StyleCatalog(tmp_path).add(name, prompt, shape)
    assert not (tmp_path / "styles.json").exists()


def test_a_prompt_of_exactly_32000_characters_is_fine(tmp_path: Path) -> None:
    assert len(StyleCatalog(tmp_path).add("Long", "y" * 32_000).prompt) == 32_000


def test_built_in_styles_cannot_be_changed_and_unknown_ids_are_reported(tmp_path: Path) -> None:
    catalog = StyleCatalog(tmp_path)
    with pytest.raises(ConfigError, match="built-in"):
        catalog.update("corporate-grey", name="Mine now")
    with pytest.raises(ConfigError, match="built-in"):
        catalog.delete("medical")
    with pytest.raises(NotFoundError):
        catalog.delete("my-nothing")
    with pytest.raises(NotFoundError):
        catalog.get("nothing")


def test_damaged_file_is_set_aside(tmp_path: Path) -> None:
    (tmp_path / "styles.json").write_text("{not json", encoding="utf-8")
    catalog = StyleCatalog(tmp_path)
    assert catalog.user_styles() == []
    assert (tmp_path / "styles.json.bad").read_text(encoding="utf-8") == "{not json"
    catalog.add("Fresh", "A fresh start.")
    assert [s.name for s in StyleCatalog(tmp_path).user_styles()] == ["Fresh"]


def test_a_style_saved_with_pixels_is_read_as_its_shape(tmp_path: Path) -> None:
    # Styles files written before shapes carried OpenAI's pixel sizes.
    (tmp_path / "styles.json").write_text(json.dumps({"version": 1, "styles": [
        {"id": "my-tall", "name": "Tall", "prompt": "x", "size": "1024x1536"},
        {"id": "my-wide", "name": "Wide", "prompt": "x", "size": "1536x1024"},
        {"id": "my-square", "name": "Square", "prompt": "x", "size": "1024x1024"},
    ]}), encoding="utf-8")  # fmt: skip
    assert [s.shape for s in StyleCatalog(tmp_path).user_styles()] == ["portrait", "landscape", "square"]


def test_the_persons_styles_are_read_once_until_the_file_changes(tmp_path: Path, monkeypatch) -> None:
    import headshot_desktop.core.styles as styles_module

    catalog = StyleCatalog(tmp_path)
    catalog.add("Velvet", "A velvet backdrop.")
    reads = []
    real = styles_module.read_json_object
    monkeypatch.setattr(styles_module, "read_json_object", lambda *a, **k: reads.append(1) or real(*a, **k))

    for _ in range(5):  # the gallery, the price and a run each ask for the styles
        assert [s.name for s in catalog.user_styles()] == ["Velvet"]
        catalog.get("my-velvet")
    assert len(reads) <= 1

    other = StyleCatalog(tmp_path)  # another window or command changes the file
    other.add("Linen", "A linen backdrop, a little longer.")
    assert [s.name for s in catalog.user_styles()] == ["Velvet", "Linen"]
