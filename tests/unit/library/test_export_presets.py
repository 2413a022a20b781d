"""The export presets as data: the built-ins from the resource, the person's own from the config folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from headshot_desktop.errors import ConfigError
from headshot_desktop.library.presets import (
    PRESETS,
    NeedsMorePixels,
    aspect,
    find_preset,
    load_presets,
    shortfall,
)

BUILT_IN = {
    "linkedin": (800, 800),
    "avatar": (512, 512),
    "team-page": (600, 600),
    "portrait": (1080, 1350),
    "square": (1024, 1024),
    "print-8x10": (2400, 3000),
    "casting-5x7": (1500, 2100),
    "original": None,
}


def test_the_built_in_presets() -> None:
    assert {p.id: p.size for p in PRESETS.values()} == BUILT_IN
    linkedin = PRESETS["linkedin"]
    assert (linkedin.max_bytes, linkedin.format, linkedin.round_preview) == (8_000_000, "jpeg", True)
    assert linkedin.label == "LinkedIn (800 × 800)"
    assert (PRESETS["print-8x10"].dpi, PRESETS["casting-5x7"].dpi) == (300, 300)
    assert PRESETS["print-8x10"].label == "Print 8 × 10 (2400 × 3000, 300 dpi)"
    assert aspect(PRESETS["print-8x10"]) == 0.8 and aspect(PRESETS["original"]) is None
    assert not any(p.custom for p in PRESETS.values())


def test_the_team_page_size_is_the_persons(tmp_path: Path) -> None:
    presets = load_presets(tmp_path, team_page=(400, 500))
    assert presets["team-page"].size == (400, 500) and presets["team-page"].label == "Team page (400 × 500)"
    assert PRESETS["team-page"].size == (600, 600)  # the built-ins are left as shipped


def test_the_persons_own_presets(tmp_path: Path) -> None:
    (tmp_path / "export_presets.json").write_text(json.dumps({"presets": [
        {"id": "company-intranet", "name": "Intranet", "size": [300, 400], "format": "jpg", "max_bytes": 50000},
        {"id": "linkedin", "name": "Mine", "size": [10000, 10000]},
    ]}))  # fmt: skip
    notices: list[str] = []
    presets = load_presets(tmp_path, notices=notices)
    own = presets["company-intranet"]
    assert (own.size, own.format, own.max_bytes, own.custom, own.label) == (
        (300, 400), "jpeg", 50000, True, "Intranet (300 × 400)")  # fmt: skip
    assert presets["linkedin"] == PRESETS["linkedin"]
    assert len(notices) == 1 and "'linkedin'" in notices[0] and "export_presets.json" in notices[0]
    assert list(presets)[: len(PRESETS)] == list(PRESETS)  # built-ins first


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{not json", "not valid JSON"),
        ('{"presets": 3}', '"presets" list'),
        ('{"presets": [{"id": "Big Print", "size": [10, 10]}]}', "lower-case"),
        ('{"presets": [{"id": "big", "size": [10, 99999]}]}', "size"),
        ('{"presets": [{"id": "big", "size": [100, 100], "format": "gif"}]}', "format"),
        ('{"presets": [{"id": "big", "size": [100, 100], "dpi": "300"}]}', "dpi"),
    ],
)
def test_a_damaged_file_is_set_aside_with_a_notice(tmp_path: Path, text: str, reason: str) -> None:
    path = tmp_path / "export_presets.json"
    path.write_text(text)
    notices: list[str] = []
    assert load_presets(tmp_path, notices=notices) == PRESETS
    assert not path.exists() and (tmp_path / "export_presets.json.bad").read_text() == text
    assert len(notices) == 1 and str(path) in notices[0] and reason in notices[0]


def test_an_unknown_preset_is_named_with_the_choices() -> None:
    with pytest.raises(ConfigError, match="billboard") as info:
        find_preset("billboard")
    assert "print-8x10" in info.value.user_text()


def test_needs_more_pixels_says_what_and_how_much() -> None:
    error = shortfall(PRESETS["print-8x10"], (1024, 1280), (1024, 1536))
    assert isinstance(error, NeedsMorePixels) and isinstance(error, ConfigError)
    assert (error.needed, error.available) == ((2400, 3000), (1024, 1280))
    assert error.message.startswith("Print 8 × 10 needs 2400 × 3000 pixels; this headshot has 1024 × 1536")
    assert error.hint.endswith(".")
    assert shortfall(PRESETS["linkedin"], (1024, 1024)) is None
    assert shortfall(PRESETS["linkedin"], (797, 797)) is None  # a pixel or two short is no question
    assert shortfall(PRESETS["original"], (10, 10)) is None
