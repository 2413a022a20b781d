"""Words that tell library items apart: a photo's name, and the date heading an item falls under.

Plain text in the computer's own time zone; the window and the command line both show them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime, timedelta

from headshot_desktop.library.models import Original


def photo_name(original: Original) -> str:
    """The name the photo came in with ("pasted image", "IMG_1234.HEIC"), else its file's name."""
    return original.source_name or original.name


def day_and_time(moment: datetime) -> str:
    """``12 Mar 2026, 15:30`` in local time (no ``%-d``: Windows has none)."""
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def day(moment: datetime) -> str:
    """``12 Mar 2026`` in local time."""
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y}"


def original_labels(originals: Iterable[Original]) -> dict[int, str]:
    """Original id -> a name no other original in ``originals`` has.

    A name used once is shown as it is; a repeated one is numbered as a file manager would,
    oldest first: ``astronaut.jpg``, ``astronaut.jpg (2)``, ``astronaut.jpg (3)``.
    """
    labels: dict[int, str] = {}
    taken: set[str] = set()
    seen: Counter[str] = Counter()
    for original in sorted(originals, key=lambda o: (o.created, o.id)):
        name = photo_name(original)
        seen[name] += 1
        label = name if seen[name] == 1 else f"{name} ({seen[name]})"
        while label in taken:  # a photo really called "astronaut.jpg (2)"
            seen[name] += 1
            label = f"{name} ({seen[name]})"
        taken.add(label)
        labels[original.id] = label
    return labels


def date_heading(moment: datetime, now: datetime) -> str:
    """Today, Yesterday, This week (from Monday), else the month: ``March 2026``."""
    local, today = moment.astimezone().date(), now.astimezone().date()
    if local == today:
        return "Today"
    if local == today - timedelta(days=1):
        return "Yesterday"
    if today - timedelta(days=today.weekday()) <= local < today:
        return "This week"
    return f"{local:%B %Y}"
