"""The person's rights over their data: a copy of everything, and deleting everything.

``export_all`` writes one zip with every original and headshot, a
``metadata.json`` anyone can read, and a README. ``delete_all`` removes every
file the app made, the API key in the keyring included, and says what it removed.
"""

from __future__ import annotations

import json
import logging
import zipfile
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from headshot_desktop import APP_NAME, __version__
from headshot_desktop.errors import ConfigError, HeadshotError
from headshot_desktop.library import removal
from headshot_desktop.library.index import text, to_iso
from headshot_desktop.library.journal import Journal
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.removal import DeletionReport
from headshot_desktop.library.storage_errors import FileExistsStorageError, storage_error
from headshot_desktop.library.store import Library
from headshot_desktop.system.atomic import TEMP_PREFIX, atomic_write_with
from headshot_desktop.system.logging import shutdown_logging
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.pending import PendingWrites
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings, SettingsStore

log = logging.getLogger(__name__)

EXPORT_FORMAT_VERSION = 1
README = f"""\
{APP_NAME} — a copy of your photos and headshots

Originals/      the photos you gave the app, as it stored them (without their original metadata)
Headshots/      the headshots it made
metadata.json   how each headshot was made: which original (and reference photos), style,
                prompt, provider, model, size, quality, cost in US dollars and when
                (ISO 8601 times, UTC); for a refinement, the headshot it was refined
                from ("parent_id", "parent_file") and the instruction given; the
                seed the provider made it with ("seed"), where it has one

Every "file" in metadata.json is a path inside this zip. The images are ordinary
PNG, JPEG or WebP files; no app is needed to open any of this.
"""


@dataclass
class ExportAllReport:
    path: Path
    originals: int
    headshots: int
    skipped: list[str] = field(default_factory=list)  # files that vanished while the zip was written


def _original_record(item: Original, arcname: str) -> dict[str, object]:
    return {
        "id": item.id, "file": arcname, "created": to_iso(item.created), "source_name": text(item.source_name),
        "kept": item.kept, "headshots_made": item.generated, "sha256": item.file_hash, "damaged": item.damaged,
    }  # fmt: skip


def _headshot_record(item: Headshot, arcname: str, root: Path, originals: Mapping[int, Original],
                     headshots: Mapping[int, Headshot]) -> dict[str, object]:  # fmt: skip
    references = [originals[i] for i in item.reference_ids if i in originals]
    parent = headshots.get(item.parent_id) if item.parent_id is not None else None
    return {
        "id": item.id, "file": arcname, "created": to_iso(item.created), "original_id": item.original_id,
        "original_file": text(item.original_path.relative_to(root).as_posix()) if item.original_path else None,
        "style_id": item.style_id, "style_name": item.style_name, "prompt": item.prompt,
        "provider": item.provider, "model": item.model, "size": item.size, "quality": item.quality,
        "cost_usd": item.cost_usd, "index_in_run": item.index_in_run, "kept": item.kept,
        "sha256": item.file_hash, "damaged": item.damaged, "reference_ids": list(item.reference_ids),
        "reference_files": [text(r.path.relative_to(root).as_posix()) for r in references],
        "parent_id": item.parent_id, "instruction": item.instruction, "seed": item.seed,
        "parent_file": text(parent.path.relative_to(root).as_posix()) if parent else None,
    }  # fmt: skip


def export_all(
    library: Library, zip_path: Path | str, *, overwrite: bool = False, pending: PendingWrites | None = None
) -> ExportAllReport:
    """Write every original and headshot with their metadata into one zip (atomically)."""
    zip_path = Path(zip_path).expanduser()
    library.scan()  # the copy matches what is in the folder right now
    originals, headshots = library.list_originals(), library.list_headshots()
    by_id, headshots_by_id = {o.id: o for o in originals}, {h.id: h for h in headshots}
    report = ExportAllReport(zip_path, 0, 0)

    def write(handle: BinaryIO) -> None:
        records: dict[str, list[dict[str, object]]] = {"originals": [], "headshots": []}
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, strict_timestamps=False) as archive:
            archive.writestr("README.txt", README)
            items: list[Original | Headshot] = [*originals, *headshots]
            for item in items:
                # A name that is not UTF-8 (an old camera card's) cannot be a zip name as it is.
                arcname = text(item.path.relative_to(library.root).as_posix())
                if not library.contains(item.path):
                    if item.path.exists() or item.path.is_symlink():
                        report.skipped.append(f"{arcname} (a link, or outside the library: not copied)")
                    else:
                        report.skipped.append(arcname)
                    continue
                try:
                    # Images are compressed already; storing them is as small and much faster.
                    archive.write(item.path, arcname, compress_type=zipfile.ZIP_STORED)
                except FileNotFoundError:
                    report.skipped.append(arcname)
                    continue
                if isinstance(item, Original):
                    records["originals"].append(_original_record(item, arcname))
                else:
                    records["headshots"].append(_headshot_record(item, arcname, library.root, by_id, headshots_by_id))
            metadata = {
                "about": f"{APP_NAME} export",
                "format_version": EXPORT_FORMAT_VERSION,
                "app_version": __version__,
                "exported_at": to_iso(datetime.now(UTC)),
                **records,
            }
            archive.writestr("metadata.json", json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
        report.originals, report.headshots = len(records["originals"]), len(records["headshots"])

    try:
        with pending.note(zip_path) if pending else nullcontext(TEMP_PREFIX) as prefix:
            atomic_write_with(zip_path, write, replace=overwrite, prefix=prefix)
    except FileExistsError as err:
        raise FileExistsStorageError(zip_path) from err
    except OSError as err:
        raise storage_error("write the export", zip_path, err) from err
    log.info("exported %d originals and %d headshots to %s", report.originals, report.headshots, zip_path.name)
    return report


def delete_all(
    paths: AppPaths,
    secrets: SecretStore,
    *,
    confirm: bool = False,
    providers: Mapping[str, str] | None = None,
    lock_timeout: float = removal.LOCK_TIMEOUT_S,
    library_must_exist: bool = False,
) -> DeletionReport:
    """Delete every file the app made and each provider's stored key. Refuses unless ``confirm=True``.

    ``providers`` maps every registered provider's id to its title.

    Close the open ``Library`` first: it holds the library lock this takes.
    In the library folder only the app's own files go (images in ``Originals/`` and
    ``Headshots/``, the index, the lock); anything else the person put there stays
    and is listed in ``left_behind``.
    """
    if confirm is not True:
        raise ConfigError(
            "Nothing was deleted: deleting all data needs an explicit confirmation.",
            hint="Confirm that everything should be deleted.",
        )
    report = DeletionReport()
    root = paths.library_dir
    if library_must_exist and not root.is_dir():
        report.library_unreachable = root
        report.errors.append(
            f"the library folder {root} was not found (is its drive connected?), so its photos were not "
            "deleted. The setting that says where it is was kept: connect the drive and run this again."
        )
    else:
        report.trashed_earlier = Journal(root).trashed() if root.is_dir() else []
        try:
            removal.delete_library(root, report, lock_timeout=lock_timeout)
        except removal.LibraryBusyError:
            raise  # nothing at all is deleted while a run could write back
        except HeadshotError as err:  # a read-only library, say: the rest of the person's data still goes
            report.errors.append(f"the library in {root}: {err.user_text()}")
    shutdown_logging()  # the log file must not come back with a line about this very deletion
    removal.delete_app_dirs(paths, report)
    if report.library_unreachable is not None:
        try:
            SettingsStore(paths.settings_file).save(Settings(library_dir=str(root)))
        except OSError as err:
            report.errors.append(f"the library folder setting ({err.strerror or err})")
    for provider, title in (providers or {}).items():  # provider id -> its title, for the report
        report.keys_checked.append(title)
        try:
            if secrets.delete(provider):
                report.keys_removed.append(title)
        except Exception as err:  # noqa: BLE001 - a missing keyring is reported, never fatal
            report.keyring_problem = getattr(err, "message", "") or str(err) or type(err).__name__
    return report
