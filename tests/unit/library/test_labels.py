"""Names a person can tell apart: repeated photo names, and headings by date."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from headshot_desktop.library.labels import date_heading, original_labels
from headshot_desktop.library.models import Original

LOCAL = datetime(2026, 3, 12, 15, 30).astimezone()  # a Thursday, in the computer's own time zone


def _original(number: int, name: str, created: datetime) -> Original:
    return Original(id=number, path=Path(f"/lib/Originals/{number}.jpg"), created=created, source_name=name)


def test_a_unique_name_is_shown_as_it_is() -> None:
    labels = original_labels([_original(1, "astronaut.jpg", LOCAL), _original(2, "", LOCAL)])
    assert labels == {1: "astronaut.jpg", 2: "2.jpg"}  # no name given: the file's own


def test_repeated_names_are_numbered_oldest_first() -> None:
    originals = [
        _original(3, "astronaut.jpg", LOCAL + timedelta(seconds=20)),
        _original(1, "astronaut.jpg", LOCAL - timedelta(days=2)),
        _original(2, "astronaut.jpg", LOCAL),
        _original(4, "pasted image", LOCAL),
        _original(5, "astronaut.jpg (2)", LOCAL - timedelta(days=9)),  # a photo really called so
    ]
    labels = original_labels(originals)
    assert labels == {5: "astronaut.jpg (2)", 1: "astronaut.jpg", 2: "astronaut.jpg (3)", 3: "astronaut.jpg (4)",
                      4: "pasted image"}  # fmt: skip
    assert len(set(labels.values())) == 5


def test_date_headings() -> None:
    now = LOCAL
    assert date_heading(now - timedelta(hours=1), now) == "Today"
    assert date_heading(now - timedelta(days=1), now) == "Yesterday"
    assert date_heading(now - timedelta(days=3), now) == "This week"  # Monday 9 March
    assert date_heading(now - timedelta(days=4), now) == "March 2026"  # Sunday 8 March: last week
    assert date_heading(now - timedelta(days=30), now) == "February 2026"
    assert date_heading(now - timedelta(days=400), now) == "February 2025"
    assert date_heading(now + timedelta(days=2), now) == "March 2026"  # a clock set wrong: no "Today"
