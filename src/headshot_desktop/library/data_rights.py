"""The person's rights over their data: a copy of everything, and deleting everything.

``export_all`` writes one zip with every original, headshot and team batch,
a ``metadata.json`` anyone can read, and a README. ``delete_all`` removes every
file the app made, the API key in the keyring included, and says what it removed:
what the person deleted in the app earlier and is still in the system trash is named,
and removed from the trash too when they ask.
"""

from __future__ import annotations

import json
import logging
import os
import zipfile
from collections.abc import Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from headshot_desktop import APP_NAME, __version__
from headshot_desktop.errors import ConfigError, HeadshotError
from headshot_desktop.library import removal, trash
from headshot_desktop.library.confinement import resolved_inside
from headshot_desktop.library.index import text, to_iso
from headshot_desktop.library.journal import Journal
from headshot_desktop.library.layout import BATCHES_DIR, is_batch_name
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.removal import DeletionReport
from headshot_desktop.library.storage_errors import FileExistsStorageError, storage_error
from headshot_desktop.library.store import Library
from headshot_desktop.system.atomic import TEMP_PREFIX, atomic_write_with
from headshot_desktop.system.logging import shutdown_logging
from headshot_desktop.system.marked import joined
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.pending import PendingWrites
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings, SettingsStore
from headshot_desktop.translatable import N_

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
                seed the provider made it with ("seed"), where it has one;
                and the team batches ("batches": each one's id and file)
batches/        one JSON file per team batch: its kit, the people in it (their names
                and the paths of their photos), how far each got and what it cost

Every "file" in metadata.json is a path inside this zip. The images are ordinary
PNG, JPEG or WebP files; no app is needed to open any of this.
"""


@dataclass
class ExportAllReport:
    path: Path
    originals: int
    headshots: int
    skipped: list[str] = field(default_factory=list)  # files that vanished while the zip was written
    batches: int = 0  # team batch manifests


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


def _write_batches(archive: zipfile.ZipFile, root: Path, report: ExportAllReport) -> list[dict[str, object]]:
    """Each team batch's manifest as it is on disk, under ``batches/``; never through a link."""
    folder = root / BATCHES_DIR
    if os.path.islink(folder) or not folder.is_dir():
        return []
    records: list[dict[str, object]] = []
    for path in sorted(folder.iterdir()):
        if not is_batch_name(path.name):
            continue
        arcname = f"batches/{text(path.name)}"
        if not resolved_inside(path, root) or not path.is_file():
            report.skipped.append(
                N_("library", "{path} (a link, or not a file: not copied)").format(
                    path=f"{BATCHES_DIR}/{text(path.name)}"
                )
            )
            continue
        try:
            archive.write(path, arcname)
        except FileNotFoundError:
            report.skipped.append(f"{BATCHES_DIR}/{text(path.name)}")
            continue
        records.append({"id": path.stem, "file": arcname})
    return records


def export_all(
    library: Library, zip_path: Path | str, *, overwrite: bool = False, pending: PendingWrites | None = None
) -> ExportAllReport:
    """Write every original, headshot and team batch with their metadata into one zip (atomically)."""
    zip_path = Path(zip_path).expanduser()
    library.scan()  # the copy matches what is in the folder right now
    originals, headshots = library.list_originals(), library.list_headshots()
    by_id, headshots_by_id = {o.id: o for o in originals}, {h.id: h for h in headshots}
    report = ExportAllReport(zip_path, 0, 0)

    def write(handle: BinaryIO) -> None:
        records: dict[str, list[dict[str, object]]] = {"originals": [], "headshots": [], "batches": []}
        with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED, strict_timestamps=False) as archive:
            archive.writestr("README.txt", README)
            items: list[Original | Headshot] = [*originals, *headshots]
            for item in items:
                # A name that is not UTF-8 (an old camera card's) cannot be a zip name as it is.
                arcname = text(item.path.relative_to(library.root).as_posix())
                if not library.contains(item.path):
                    if item.path.exists() or item.path.is_symlink():
                        report.skipped.append(
                            N_("library", "{path} (a link, or outside the library: not copied)").format(path=arcname)
                        )
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
            records["batches"] = _write_batches(archive, library.root, report)
            metadata = {
                "about": f"{APP_NAME} export",
                "format_version": EXPORT_FORMAT_VERSION,
                "app_version": __version__,
                "exported_at": to_iso(datetime.now(UTC)),
                **records,
            }
            archive.writestr("metadata.json", json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
        report.originals, report.headshots = len(records["originals"]), len(records["headshots"])
        report.batches = len(records["batches"])

    try:
        with pending.note(zip_path) if pending else nullcontext(TEMP_PREFIX) as prefix:
            atomic_write_with(zip_path, write, replace=overwrite, prefix=prefix)
    except FileExistsError as err:
        raise FileExistsStorageError(zip_path) from err
    except OSError as err:
        raise storage_error(N_("library", "write the export"), zip_path, err) from err
    log.info("exported %d originals and %d headshots to a zip", report.originals, report.headshots)
    return report


@dataclass
class DataDeletionReport(DeletionReport):
    """What ``delete_all`` did, with the app's files found in the system trash."""

    in_trash: list[Path] = field(default_factory=list)  # where each file still in the trash was
    removed_from_trash: int = 0

    def summary(self, *, empty_trash_hint: str = "") -> str:
        """What was done, in sentences; ``empty_trash_hint`` says how to remove what is still in the trash."""
        lines = [super().summary()]
        if self.removed_from_trash:
            lines.append(N_("library", "Removed {count} file(s) you had deleted in the app from the system trash.")
                         .format(count=self.removed_from_trash))  # fmt: skip
        if self.in_trash:
            names = ", ".join(text(p.name) for p in self.in_trash)
            hint = empty_trash_hint or N_("library", "They stay there until the trash is emptied.")
            lines.append(N_("library", "{count} file(s) you deleted in the app are still in the system trash: "
                            "{names}. {hint}").format(count=len(self.in_trash), names=names, hint=hint))  # fmt: skip
        return joined(lines)


def _forget_keys(secrets: SecretStore, providers: Mapping[str, str], report: DeletionReport) -> None:
    """Remove each provider's key from the keyring, and say only what the keyring really held."""
    for provider, title in providers.items():
        report.keys_checked.append(title)
        secrets.forget_session(provider)  # the app closes anyway: not a key "removed"
        try:
            if secrets.delete_stored(provider):
                report.keys_removed.append(title)
        except Exception as err:  # noqa: BLE001 - a missing keyring is reported, never fatal
            report.keyring_problem = getattr(err, "message", "") or str(err) or type(err).__name__


def _clear_trash(root: Path, report: DataDeletionReport, *, empty: bool) -> None:
    if not trash.can_read_trash():
        return  # the journal's names stand: copies may be there
    report.trashed_earlier = []  # what is really in the trash, found by where it came from, says more
    copies = trash.find_trashed(root)
    if empty:
        removed, problems = trash.empty_trashed(copies)
        report.removed_from_trash = len(removed)
        report.errors += problems
        copies = [c for c in copies if c not in removed]
    report.in_trash = [c.was for c in copies]


def delete_all(
    paths: AppPaths,
    secrets: SecretStore,
    *,
    confirm: bool = False,
    providers: Mapping[str, str] | None = None,
    lock_timeout: float = removal.LOCK_TIMEOUT_S,
    library_must_exist: bool = False,
    empty_trash: bool = False,
) -> DataDeletionReport:
    """Delete every file the app made and each provider's stored key. Refuses unless ``confirm=True``.

    ``providers`` maps every registered provider's id to its title. With ``empty_trash``
    the files the app sent to the system trash earlier (found there by the place they
    came from in the library) are removed from it as well; without it they are named.

    Close the open ``Library`` first: it holds the library lock this takes.
    In the library folder only the app's own files go (images in ``Originals/`` and
    ``Headshots/``, the team batches in ``.headshot-batches/``, the index, the lock);
    anything else the person put there stays and is listed in ``left_behind``.
    """
    if confirm is not True:
        raise ConfigError(
            N_("library", "Nothing was deleted: deleting all data needs an explicit confirmation."),
            hint=N_("library", "Confirm that everything should be deleted."),
        )
    report = DataDeletionReport()
    root = paths.library_dir
    if library_must_exist and not root.is_dir():
        report.library_unreachable = root
        report.errors.append(
            N_(
                "library",
                "the library folder {folder} was not found (is its drive connected?), so its photos were not "
                "deleted. The setting that says where it is was kept: connect the drive and run this again.",
            ).format(folder=root)  # fmt: skip
        )
    else:
        report.trashed_earlier = Journal(root).trashed() if root.is_dir() else []
        try:
            removal.delete_library(root, report, lock_timeout=lock_timeout)
        except removal.LibraryBusyError:
            raise  # nothing at all is deleted while a run could write back
        except HeadshotError as err:  # a read-only library, say: the rest of the person's data still goes
            report.errors.append(
                N_("library", "the library in {folder}: {error}").format(folder=root, error=err.user_text())
            )
    shutdown_logging()  # the log file must not come back with a line about this very deletion
    removal.delete_app_dirs(paths, report)
    if report.library_unreachable is not None:
        try:
            SettingsStore(paths.settings_file).save(Settings(library_dir=str(root)))
        except OSError as err:
            report.errors.append(
                N_("library", "the library folder setting ({error})").format(error=err.strerror or err)
            )
    _clear_trash(root, report, empty=empty_trash)
    _forget_keys(secrets, providers or {}, report)
    return report
