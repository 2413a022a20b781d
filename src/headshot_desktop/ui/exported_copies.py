"""Headshots exported into the app's cache for the clipboard and for dragging out: what an export would write.

Copy and drag-out give the exported pixels (the last export's size, format, quality and label, and each headshot's
remembered framing), never the library's own file. Each copy is a folder of its own under
``<cache>/exported/<kind>``; making one removes the older ones of its kind but the newest few, which the clipboard
or a drop target may still be reading. Runs on the library pool.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.errors import CancelledError
from headshot_desktop.ui.dialogs.export_choices import remembered
from headshot_desktop.ui.dialogs.export_sizes import team_page
from headshot_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.library import Headshot
    from headshot_desktop.library.crops import CropMemory
    from headshot_desktop.library.presets import ExportPreset
    from headshot_desktop.system.settings import Settings

CLIPBOARD, DRAG = "clipboard", "drag"
# The clipboard holds one copy; a drop target may still be reading the drags before the last one.
KEEP = {CLIPBOARD: 1, DRAG: 3}


@dataclass(frozen=True)
class CopyChoices:
    """How a copy is exported: as the person's last export was."""

    preset: str
    fmt: str
    quality: int
    ai_label: bool
    template: str
    team_page: tuple[int, int]  # the size the person set for the team page

    @classmethod
    def last_used(cls, settings: Settings) -> CopyChoices:
        choices = remembered(settings)
        return cls(settings.export_preset, settings.export_format, choices.quality, choices.ai_label,
                   choices.template, team_page(settings))  # fmt: skip


def cache_folder(cache_dir: Path) -> Path:
    return cache_dir / "exported"


def export_copies(headshots: list[Headshot], cache_dir: Path, kind: str, choices: CopyChoices, *,
                  config_dir: Path | None = None, crops: CropMemory | None = None, cancel: CancelToken | None = None,
                  progress: Callable[[int], None] | None = None) -> tuple[list[Path], ExportPreset]:  # fmt: skip
    """On the library pool: ``headshots`` exported into a new folder of ``kind``, named as an export names them,
    each with its framing remembered in ``crops``; the files and the preset (a built-in or the person's own)."""
    from headshot_desktop.library.export import export_headshot, plan_targets
    from headshot_desktop.library.presets import find_preset, load_presets

    preset = find_preset(choices.preset, load_presets(config_dir, team_page=choices.team_page))
    root = cache_folder(cache_dir) / kind
    folder = root / f"{time.time_ns()}-{os.urandom(3).hex()}"  # sorts by age
    targets = plan_targets(headshots, folder, preset=preset.id, fmt=choices.fmt, template=choices.template)
    folder.mkdir(parents=True)
    written = []
    try:
        for number, (headshot, target) in enumerate(zip(headshots, targets, strict=True)):
            if cancel is not None and cancel.cancelled:
                raise CancelledError(translate("ExportedCopies", "The copy was stopped."))
            if progress is not None:
                progress(number)
            written.append(export_headshot(headshot, target, preset=preset, fmt=choices.fmt, quality=choices.quality,
                                           ai_label=choices.ai_label, crops=crops))  # fmt: skip
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    prune(root, KEEP[kind])
    return written, preset


def prune(root: Path, keep: int) -> None:
    """Remove the copies in ``root`` but the newest ``keep``."""
    with contextlib.suppress(OSError):
        folders = sorted((p for p in root.iterdir() if p.is_dir() and not p.is_symlink()), key=lambda p: p.name)
        for old in folders[: max(0, len(folders) - keep)]:
            shutil.rmtree(old, ignore_errors=True)
