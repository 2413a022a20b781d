"""Deleting items from the library: each file to the trash (or gone, when asked), what went noted as it goes.

The notes are filled in as the files go, so the caller's clean-up (index rows, journal, framings) covers every
file that went even when a later one fails.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from headshot_desktop.errors import NotFoundError
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.trash import TrashFunction, remove

log = logging.getLogger(__name__)


@dataclass
class Removed:
    paths: list[Path] = field(default_factory=list)
    ids: dict[str, list[int]] = field(default_factory=lambda: {"originals": [], "headshots": []})  # by table
    file_hashes: set[str] = field(default_factory=set)
    stale: bool = False  # the index and the folder disagree: a scan is due


def remove_items(batch: Iterable[Original | Headshot], removed: Removed, *, contains: Callable[[Path], bool],
                 trash: TrashFunction, permanently: bool) -> None:  # fmt: skip
    """Remove each item's file, noting it in ``removed``; a link, a file outside the library or one already gone
    is left (to a scan)."""
    for item in batch:
        if os.path.lexists(item.path) and not contains(item.path):
            log.warning("not removing %s: it is a link or lies outside the library", item.path)
            removed.stale = True
            continue
        try:
            remove(item.path, trash=trash, permanently=permanently)
        except NotFoundError:
            removed.stale = True
            continue
        removed.paths.append(item.path)
        removed.file_hashes.add(item.file_hash)
        removed.ids["originals" if isinstance(item, Original) else "headshots"].append(item.id)
