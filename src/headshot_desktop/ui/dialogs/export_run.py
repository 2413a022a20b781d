"""The export dialog's work on the library pool: the look for files in the way, and writing the files one by one.

Each file is written whole or not at all (``export_headshot`` writes a temporary file and renames it), and a
cancel is looked at between files, so a stopped export leaves exactly the files done before it. A framing chosen
in the dialog is remembered for its headshot and size (``Library.crops``) before its file is written; the other
headshots use the framing remembered for them, or the default one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.notices import plain_error

if TYPE_CHECKING:
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.library import Headshot, Library
    from headshot_desktop.library.crops import Crop
    from headshot_desktop.library.presets import ExportPreset
    from headshot_desktop.system.pending import PendingWrites


@dataclass(frozen=True)
class ExportPlan:
    folder: Path
    todo: list[Headshot]
    targets: list[Path]  # where each goes, as planned from the names alone
    naming: dict[str, Any]  # preset, fmt, template and the names already written (plan_targets' keywords)
    quality: int
    ai_label: bool
    renumber: bool = False  # keep both: number past the files in the folder (found again, on the pool)
    replace: frozenset[Path] = frozenset()  # the targets to write over, as the person chose
    pending: PendingWrites | None = None
    preset: ExportPreset | None = None  # the size (one of the person's own too); None: naming's preset id
    crops: dict[int, Crop] = field(default_factory=dict)  # framed in the dialog, by headshot id
    allow_upscale: bool = False  # the person chose to enlarge a headshot with fewer pixels than the size needs
    library: Callable[[], Library] | None = None  # where framings are remembered (opened on the pool)


@dataclass(frozen=True)
class Exporting:
    """Progress: the ``number``-th file of ``total`` is being written."""

    number: int
    total: int
    name: str

    def text(self) -> str:
        if self.total == 1:
            return translate("ExportRun", "Exporting “{name}”…").format(name=self.name)
        return translate("ExportRun", "Exporting {number} of {total}…").format(number=self.number, total=self.total)


@dataclass
class ExportOutcome:
    written: list[tuple[Headshot, Path]] = field(default_factory=list)
    error: HeadshotError | None = None  # the file that failed, in words; the ones after it were not tried
    stopped: bool = False  # cancelled between two files


def files_in_the_way(targets: list[Path]) -> list[Path]:
    """On the library pool: the targets already in the folder (a folder on a slow drive can take a while)."""
    return [target for target in targets if target.exists()]


def export_files(plan: ExportPlan, progress: Callable[[Any], None], cancel: CancelToken) -> ExportOutcome:
    """On the library pool: write ``plan``'s files in order, until done, a failure or a cancel."""
    from headshot_desktop.library.export import export_headshot, free_targets

    outcome = ExportOutcome()
    try:
        targets = free_targets(plan.todo, plan.folder, **plan.naming) if plan.renumber else plan.targets
        memory = plan.library().crops if plan.library is not None else None
    except HeadshotError as err:
        outcome.error = err
        return outcome
    preset = plan.preset or plan.naming["preset"]
    total = len(plan.todo)
    for number, (headshot, target) in enumerate(zip(plan.todo, targets, strict=True), 1):
        if cancel.cancelled:
            outcome.stopped = True
            break
        progress(Exporting(number, total, target.name))
        replace = target in plan.replace
        crop = plan.crops.get(headshot.id)
        try:
            if crop is not None and memory is not None:
                memory.set(headshot, plan.naming["preset"], crop)
            written = export_headshot(
                headshot, target, preset=preset, fmt=plan.naming["fmt"], quality=plan.quality, overwrite=replace,
                keep_both=not replace, ai_label=plan.ai_label, pending=plan.pending, crop=crop,
                allow_upscale=plan.allow_upscale, crops=memory,
            )  # fmt: skip
        except Exception as err:  # said in the dialog, with the files written before it
            failed = translate("ExportRun", "Could not export “{name}” to {folder}.")
            outcome.error = plain_error(err, failed.format(name=target.name, folder=target.parent))
            break
        outcome.written.append((headshot, written))
    return outcome
