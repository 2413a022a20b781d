"""Export all: each finished person's chosen headshot, framed and named the kit's way, into one folder."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import ConfigError, HeadshotError, StorageError
from headshot_desktop.library.presets import FORMAT_ALIASES, FORMATS, ExportPreset
from headshot_desktop.services.team.manifest import DONE, BatchManifest, BatchStore, PersonState
from headshot_desktop.system.marked import joined
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Library

log = logging.getLogger(__name__)


class BatchExportError(StorageError):
    """Some people could not be exported; ``written`` holds the files that were."""

    def __init__(self, message: str, *, hint: str, written: list[Path]) -> None:
        super().__init__(message, hint=hint)
        self.written = written


def export_batch(library: Library, manifest: BatchManifest, presets: dict[str, ExportPreset], out_dir: Path,
                 on_progress: Callable[[int, int], None], cancel: CancelToken, *, replace: bool = False,
                 allow_upscale: bool = False, store: BatchStore | None = None) -> list[Path]:  # fmt: skip
    """Write each DONE person's chosen headshot (else their first) into ``out_dir`` with the kit's preset, format,
    quality and label; framed as the person adjusted it for that preset, else the kit's framing, else the preset's;
    named by the kit's template with ``{name}``. An existing file is kept (the new one gets " (2)") unless
    ``replace``. Each person's ``exported`` is saved in the manifest. Raises ``CancelledError`` when cancelled and
    ``BatchExportError`` (after the others were written) naming who could not be exported and why.
    """
    kit = manifest.team_kit.export
    preset = presets.get(kit.preset)
    if preset is None:
        raise ConfigError(N_("team", "The kit's export size {preset} is not known here.").format(preset=repr(kit.preset)),
                          hint=N_("team", "Choose another export size in the kit, or add it under Export sizes."))  # fmt: skip
    fmt = (kit.fmt or preset.format or "png").lower()
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ConfigError(N_("team", "The kit's file format {format} is not known.").format(format=repr(kit.fmt)),
                          hint=N_("team", "Choose PNG, JPEG or WebP."))  # fmt: skip
    store = store or BatchStore(library.root)
    people = [p for p in manifest.people if p.status == DONE and p.picked_id is not None]
    out_dir = Path(out_dir).expanduser()
    used: set[str] = set()  # names written in this export: two people never share a file, even when replacing
    written: list[Path] = []
    problems: list[str] = []
    on_progress(0, len(people))
    for number, person in enumerate(people, 1):
        cancel.raise_if_cancelled()
        try:
            target = _export_one(library, person, preset, fmt, kit.quality, kit.ai_label, kit.framing, kit.template,
                                 out_dir, used, replace, allow_upscale)  # fmt: skip
        except HeadshotError as err:
            log.warning("team export of %s failed: %s", person.key, err.detail or err.message)
            problems.append(N_("team", "{name}: {error}").format(name=person.name, error=err.user_text()))
        else:
            used.add(target.name.casefold())
            written.append(target)
            person.exported = str(target)
            store.save(manifest)
        on_progress(number, len(people))
    if problems:
        raise BatchExportError(
            N_("team", "{failed} of {total} headshots could not be exported: {problems}").format(
                failed=len(problems), total=len(people), problems=joined(problems, " ")
            ),
            hint=N_("team", "The other {count} are in {folder}.").format(count=len(written), folder=out_dir),
            written=written,
        )
    return written


def _export_one(library: Library, person: PersonState, preset: ExportPreset, fmt: str, quality: int,
                ai_label: bool, framing: object, template: str, out_dir: Path, used: set[str], replace: bool,
                allow_upscale: bool) -> Path:  # fmt: skip
    from headshot_desktop.library.crops import Crop
    from headshot_desktop.library.export import export_headshot, file_name, numbered, template_fields  # Pillow

    assert person.picked_id is not None
    headshot: Headshot = library.get_headshot(person.picked_id)
    crop = library.crops.get(headshot, preset.id)
    if crop is None and isinstance(framing, Crop):
        crop = framing
    name = file_name(template, {**template_fields(headshot, preset.id), "name": person.name})
    target = out_dir / f"{name}{FORMATS[fmt][1]}"
    first, copy = target, 1
    while target.name.casefold() in used:
        copy += 1
        target = numbered(first, copy)
    return export_headshot(headshot, target, preset=preset, fmt=fmt, quality=quality, overwrite=replace,
                           keep_both=not replace, ai_label=ai_label, crop=crop, allow_upscale=allow_upscale,
                           crops=library.crops)  # fmt: skip
