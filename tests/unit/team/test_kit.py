"""The team kit file: what it holds, how it round-trips, and every way it is refused, each naming file and field."""

from __future__ import annotations

import copy
import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from headshot_desktop.core.styles import StyleCatalog
from headshot_desktop.library.crops import Crop
from headshot_desktop.library.presets import load_presets
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.services.team.kit import (
    CUSTOM_STYLE_ID,
    KIT_FORMAT,
    KIT_SUFFIX,
    KIT_VERSION,
    KitError,
    KitExport,
    TeamKit,
    load_kit,
    new_seed,
    save_kit,
)

FULL = TeamKit(
    name="Acme team page", provider="openai", style="corporate-grey", model="gpt-image-1", keep=("glasses",),
    keep_text="the scar on my chin", shape="square", detail="high", variants=3, seed=1234,
    options={"output_format": "png"},
    export=KitExport(preset="team-page", fmt="webp", quality=80, framing=Crop(0.0, 0.1, 1.0, 0.7),
                     template="{name} {n}", ai_label=False),
)  # fmt: skip


def _raw(**changes: Any) -> dict[str, Any]:
    """FULL as JSON with ``changes``: top-level keys, or "generation.x" / "export.x" inside a section."""
    raw = copy.deepcopy(FULL.to_json())
    for key, value in changes.items():
        section, _, field = key.partition("__")
        if field:
            raw[section][field] = value
        else:
            raw[key] = value
    return raw


def _styles(tmp_path: Path) -> StyleCatalog:
    return StyleCatalog(tmp_path / "config")


def test_save_then_load_gives_the_same_kit(tmp_path: Path) -> None:
    path = tmp_path / f"acme{KIT_SUFFIX}"
    save_kit(FULL, path)
    assert load_kit(path) == FULL
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n") and text.startswith('{\n  "format": "headshot-desktop-team-kit"')
    on_disk = json.loads(text)
    assert on_disk["version"] == KIT_VERSION == 1
    assert on_disk["generation"]["seed"] == 1234 and on_disk["export"]["framing"] == [0.0, 0.1, 1.0, 0.7]
    assert stat.S_IMODE(path.stat().st_mode) & 0o044 == 0o044 & ~_umask()  # meant to be shared: not 0600


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_minimal_kit_gets_every_default(tmp_path: Path) -> None:
    kit = TeamKit.from_json({"format": KIT_FORMAT, "version": 1, "name": "Team",
                             "generation": {"provider": "openai", "style": "startup"}})  # fmt: skip
    assert kit == TeamKit(name="Team", provider="openai", style="startup")
    assert kit.export == KitExport(preset="linkedin", fmt="", quality=90, framing=None, template="{name}",
                                   ai_label=True)  # fmt: skip
    assert (kit.variants, kit.detail, kit.seed, kit.shape, dict(kit.options)) == (2, "medium", None, "", {})


def test_unknown_keys_are_ignored(tmp_path: Path) -> None:
    raw = _raw(background_plate="plate.png", generation__retouch="light", export__eye_line=0.4)
    assert TeamKit.from_json(raw, "acme.json") == FULL


def test_a_prompt_wins_over_a_style_and_makes_the_kit_style(tmp_path: Path) -> None:
    kit = TeamKit.from_json(_raw(generation__prompt="  Pale blue backdrop, navy blazer.  "), "acme.json")
    assert (kit.prompt, kit.style) == ("Pale blue backdrop, navy blazer.", "")
    style = kit.style_in(_styles(tmp_path))
    assert (style.id, style.name, style.builtin) == (CUSTOM_STYLE_ID, "Acme team page", False)
    assert "Pale blue backdrop" in style.request_prompt() and "PRESERVE" in style.request_prompt()
    assert FULL.style_in(_styles(tmp_path)).id == "corporate-grey"


def test_generate_options_are_the_kits() -> None:
    assert FULL.generate_options() == GenerateOptions(
        variants=3, detail="high", shape="square", model="gpt-image-1", provider_options={"output_format": "png"},
        keep=("glasses",), keep_text="the scar on my chin",
    )  # fmt: skip


def test_a_newer_kit_says_update_the_app(tmp_path: Path) -> None:
    path = tmp_path / "acme.headshot-kit.json"
    path.write_text(json.dumps(_raw(version=3, generation__new_thing=True)))
    with pytest.raises(KitError) as err:
        load_kit(path)
    assert err.value.user_text() == (
        "The team kit acme.headshot-kit.json was made by a newer version of Headshot Desktop "
        "(kit version 3; this version reads 1). Update the app to open it."
    )


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"generation__variants": 7}, '"variants" must be 1 to 4, not 7'),
        ({"generation__variants": "2"}, "\"variants\" must be a whole number from 1 to 4, not the text '2'"),
        ({"generation__variants": True}, '"variants" must be a whole number from 1 to 4, not true'),
        ({"generation__seed": -1}, '"seed" must be 0 to 2147483647, not -1'),
        ({"generation__seed": 1.5}, '"seed" must be a whole number from 0 to 2147483647, not 1.5'),
        ({"generation__detail": "ultra"}, "\"detail\" must be one of 'low', 'medium', 'high', 'largest', not 'ultra'"),
        ({"generation__shape": "round"}, "\"shape\" must be one of '', 'portrait', 'square', 'landscape', not 'round'"),
        ({"generation__keep": ["glasses", "nose_job"]}, "\"keep\" names 'nose_job', which is not a feature to keep"),
        ({"generation__keep": "glasses"}, "\"keep\" must be a list of feature names, not the text 'glasses'"),
        ({"generation__keep_text": "x" * 301}, '"keep_text" may be at most 300 characters, not 301'),
        ({"generation__options": {"quality": 3}}, '"options" must be a group of option names and text values'),
        ({"generation__provider": ""}, '"provider" is empty'),
        ({"generation__provider": 5}, '"provider" must be text, not 5'),
        ({"generation__style": "", "generation__prompt": " "}, 'it has neither a "style" nor a "prompt"'),
        ({"generation": ["openai"]}, '"generation" must be a group of fields ({…}), not a list'),
        ({"name": "  "}, '"name" is empty'),
        ({"name": "n" * 81}, '"name" may be at most 80 characters, not 81'),
        ({"export__quality": 0}, '"quality" must be 1 to 100, not 0'),
        ({"export__format": "gif"}, "\"format\" must be \"\", 'png', 'jpeg', 'webp', not 'gif'"),
        ({"export__preset": ""}, '"preset" is empty'),
        ({"export__framing": [0, 0, 1]}, '"framing" must be null or four numbers [x, y, w, h], not a list'),
        ({"export__framing": [0.5, 0, 0.8, 1]}, '"framing" is not a framing'),
        ({"export__template": "{name} {department}"}, '"template" uses {department}, which is not a known field'),
        ({"export__template": "{name"}, "\"template\" '{name' is not valid"),
        ({"export__template": ""}, '"template" is empty'),
        ({"export__ai_label": "yes"}, "\"ai_label\" must be true or false, not the text 'yes'"),
        ({"version": "1"}, "\"version\" must be a whole number from 1, not the text '1'"),
    ],
)
def test_every_bad_field_is_refused_naming_the_file_and_the_field(
    tmp_path: Path, changes: dict[str, Any], reason: str
) -> None:
    path = tmp_path / "acme.headshot-kit.json"
    path.write_text(json.dumps(_raw(**changes)))
    with pytest.raises(KitError) as err:
        load_kit(path)
    assert err.value.message.startswith(f"The team kit acme.headshot-kit.json cannot be used: {reason}")
    assert err.value.message.endswith(".") and err.value.hint


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"{not json", "it is not JSON text (it may be damaged)"),
        (b"\xff\xfe\x00", "it is not JSON text (it may be damaged)"),
        (b"[1, 2]", "it is not a Headshot Desktop team kit"),
        (json.dumps({"format": "headshot-desktop-styles", "version": 1}).encode(), "it is not a Headshot Desktop team kit"),
        (b" " * (1 << 20) + b"{}", "it is far too large to be a team kit"),
    ],
)  # fmt: skip
def test_a_file_that_is_not_a_kit_is_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "acme.headshot-kit.json"
    path.write_bytes(content)
    with pytest.raises(KitError) as err:
        load_kit(path)
    assert err.value.message == f"The team kit acme.headshot-kit.json cannot be used: {reason}."
    assert "kit new" in err.value.hint


def test_a_missing_kit_a_folder_and_an_unreadable_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(KitError, match=r"The team kit .*gone\.json does not exist\."):
        load_kit(tmp_path / "gone.json")
    (tmp_path / "kits.headshot-kit.json").mkdir()
    with pytest.raises(KitError, match=r"^The team kit kits.headshot-kit.json cannot be opened: it is a folder"):
        load_kit(tmp_path / "kits.headshot-kit.json")
    loop = tmp_path / "loop.json"
    loop.symlink_to(loop)
    with pytest.raises(KitError, match=r"^The team kit loop.json cannot be read: Too many levels of symbolic links\."):
        load_kit(loop)


def test_save_without_replace_keeps_the_existing_file(tmp_path: Path) -> None:
    path = tmp_path / "acme.json"
    save_kit(FULL, path)
    before = path.read_bytes()
    with pytest.raises(KitError, match=r"^The team kit acme.json already exists in .*; it was kept as it is\."):
        save_kit(TeamKit(name="Other", provider="gemini", style="startup"), path, replace=False)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["acme.json"]  # no temporary file left


def test_save_into_a_folder_that_cannot_be_made_names_it(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(KitError, match=r"^The team kit acme.json cannot be saved in .*file"):
        save_kit(FULL, tmp_path / "file" / "acme.json")


def test_validated_names_the_kit_being_made() -> None:
    with pytest.raises(KitError) as err:
        TeamKit(name="Acme", provider="openai", style="startup", variants=9).validated("acme.json")
    assert err.value.message == 'The team kit acme.json cannot be made: "variants" must be 1 to 4, not 9.'
    assert TeamKit(name="Acme", provider="openai", style="startup").validated("acme.json").variants == 2


def test_check_is_empty_for_a_usable_kit(tmp_path: Path) -> None:
    assert FULL.check(_styles(tmp_path), load_presets()) == []


def test_check_names_what_this_app_lacks(tmp_path: Path) -> None:
    kit = TeamKit(
        name="Acme", provider="gemini", style="my-lost-style", detail="largest", options={"stream": "on"},
        export=KitExport(preset="their-own-preset"),
    )  # fmt: skip
    problems = kit.check(_styles(tmp_path), load_presets())
    assert problems[0] == "There is no style called 'my-lost-style' here; the kit needs it or a prompt."
    assert problems[1].startswith("There is no export size called 'their-own-preset' here (there are linkedin,")
    assert problems[2:] == ["Google Gemini has no option 'stream'."]
    assert all(p[0].isupper() and p.endswith(".") for p in problems)


def test_check_names_an_unknown_provider(tmp_path: Path) -> None:
    kit = TeamKit(name="Acme", provider="midjourney", prompt="Blue backdrop.")
    assert kit.check(_styles(tmp_path), load_presets()) == [
        "There is no image provider called 'midjourney' (known providers: openai, gemini, bfl, comfyui)."
    ]


def test_a_persons_own_style_and_preset_count(tmp_path: Path) -> None:
    styles = _styles(tmp_path)
    own = styles.add("Clinic white", "White coat, white backdrop.")
    (tmp_path / "config" / "export_presets.json").write_text(
        json.dumps({"presets": [{"id": "intranet", "name": "Intranet", "width": 400, "height": 500}]})
    )
    presets = load_presets(tmp_path / "config")
    kit = TeamKit(name="Clinic", provider="openai", style=own.id, export=KitExport(preset="intranet"))
    assert kit.check(styles, presets) == []


def test_new_seed_is_in_range_and_drawn_afresh() -> None:
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) > 1 and all(0 <= s < 2**31 for s in seeds)


def test_the_documented_example_loads_and_every_field_is_documented() -> None:
    doc = (Path(__file__).resolve().parents[3] / "docs" / "TEAM_KITS.md").read_text(encoding="utf-8")
    example = doc.split("```json\n", 1)[1].split("```", 1)[0]
    kit = TeamKit.from_json(json.loads(example), "TEAM_KITS.md")
    assert kit.check(StyleCatalog(Path("/nonexistent")), load_presets()) == []
    default = TeamKit(name="x", provider="openai", style="startup").to_json()
    for section in ("generation", "export"):
        for key, value in default[section].items():
            row = next(line for line in doc.splitlines() if line.startswith(f"| `{section}.{key}` |"))
            if key not in ("provider", "style"):
                assert row.split("|")[2].strip() == f"`{json.dumps(value)}`", row
    assert all(f"| `{key}` |" in doc for key in ("format", "version", "name"))
