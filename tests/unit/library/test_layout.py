from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from headshot_desktop.library.layout import (
    headshot_stem,
    original_stem,
    parse_stamp,
    safe_component,
    write_new_file,
)

WINDOWS_ILLEGAL = set('<>:"/\\|?*')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Corporate navy", "Corporate navy"),
        ('a<b>c:d"e/f\\g|h?i*j', "a b c d e f g h i j"),
        ("trailing dots...", "trailing dots"),
        ("  spaced   out  ", "spaced out"),
        ("CON", "_CON"),
        ("lpt1.txt", "_lpt1.txt"),
        (".hidden", "hidden"),
        ("", "headshot"),
        ("???", "headshot"),
        ("tab\there\x00", "tab here"),
    ],
)
def test_safe_component(text: str, expected: str) -> None:
    assert safe_component(text) == expected


def test_names_people_understand() -> None:
    moment = datetime(2026, 11, 22, 14, 3).astimezone()
    assert headshot_stem(moment, "Corporate navy", 1) == "2026-11-22 14.03 Corporate navy 1"
    assert original_stem(moment, "C:\\Users\\me\\IMG_1234.HEIC") == "2026-11-22 14.03 IMG_1234"
    assert original_stem(moment, "pasted image") == "2026-11-22 14.03 pasted image"
    assert parse_stamp("2026-11-22 14.03 Corporate navy 1.png") == moment
    assert parse_stamp("holiday.png") is None
    stem = headshot_stem(moment, "Style: A/B " + "x" * 300, 2)
    assert not WINDOWS_ILLEGAL & set(stem) and len(stem) <= 120


def test_never_overwrites(tmp_path: Path) -> None:
    first = write_new_file(tmp_path, "2026-11-22 14.03 Navy 1", ".png", b"one")
    second = write_new_file(tmp_path, "2026-11-22 14.03 Navy 1", ".png", b"two")
    third = write_new_file(tmp_path, "2026-11-22 14.03 Navy 1", ".png", lambda f: f.write(b"three"))
    assert [p.name for p in (first, second, third)] == [
        "2026-11-22 14.03 Navy 1.png",
        "2026-11-22 14.03 Navy 1 (2).png",
        "2026-11-22 14.03 Navy 1 (3).png",
    ]
    assert [p.read_bytes() for p in (first, second, third)] == [b"one", b"two", b"three"]
