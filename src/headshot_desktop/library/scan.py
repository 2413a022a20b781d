"""Bring the index in line with the folder: the folder is the truth.

Fast when little changed: the walk uses ``os.scandir`` and compares each file's
(size, mtime) with the index; only new or changed files are read, hashed and
decoded. A new file whose hash matches a row whose file vanished is that file,
renamed or moved: it keeps its metadata.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from headshot_desktop.library import index, lineage, references
from headshot_desktop.library.imaging import read_and_check
from headshot_desktop.library.journal import Journal
from headshot_desktop.library.layout import HEADSHOTS, ORIGINALS, is_image_name, parse_stamp
from headshot_desktop.library.models import ScanReport
from headshot_desktop.system.atomic import is_temp_file

log = logging.getLogger(__name__)

FOLDERS = {"originals": ORIGINALS, "headshots": HEADSHOTS}


def walk_images(root: Path, folder: str, report: ScanReport, *, clean: bool = True) -> dict[str, os.stat_result]:
    """Every image file below ``root/folder`` by relative path; removes leftover temp files.

    Links are never followed, to a file or to a folder: the library reads nothing outside itself.
    """
    found: dict[str, os.stat_result] = {}
    if os.path.islink(root / folder):
        log.warning("%s is a link; not reading it", root / folder)
        return found
    stack = [(root / folder, folder)]
    while stack:
        directory, rel_dir = stack.pop()
        try:
            entries = os.scandir(directory)
        except FileNotFoundError:
            continue
        except OSError as err:
            log.warning("cannot read folder %s: %s", directory, err)
            continue
        with entries:
            for entry in entries:
                name = entry.name
                if name.startswith("."):
                    if clean and is_temp_file(Path(name)) and entry.is_file(follow_symlinks=False):
                        _remove_temp(Path(entry.path), report)
                    continue
                elif entry.is_symlink():
                    report.links_skipped.append(Path(entry.path))
                elif entry.is_dir(follow_symlinks=False):
                    stack.append((Path(entry.path), f"{rel_dir}/{name}"))
                elif is_image_name(name):
                    try:
                        if entry.is_file(follow_symlinks=False):
                            found[f"{rel_dir}/{name}"] = entry.stat(follow_symlinks=False)
                    except OSError:
                        continue  # vanished while we looked
    return found


def _remove_temp(path: Path, report: ScanReport) -> None:
    try:
        path.unlink()
        report.temp_files_removed += 1
        log.info("removed the leftover of an interrupted write: %s", path.name)
    except FileNotFoundError:
        pass
    except OSError as err:
        log.warning("cannot remove leftover %s: %s", path, err)


def _created(path: Path, stat: os.stat_result) -> datetime:
    return parse_stamp(path.name) or datetime.fromtimestamp(stat.st_mtime, UTC)


def reconcile(conn: sqlite3.Connection, root: Path, table: str, found: dict[str, os.stat_result],
              report: ScanReport, journal: Journal | None = None) -> None:  # fmt: skip
    """Update ``table`` so it lists exactly the files in ``found`` (one transaction)."""
    known = index.file_states(conn, table)
    missing = {rel: state for rel, state in known.items() if rel not in found}
    new = [rel for rel in found if rel not in known]
    changed = [
        rel
        for rel, stat in found.items()
        if rel in known and (known[rel].size, known[rel].mtime_ns) != (stat.st_size, stat.st_mtime_ns)
    ]
    if not (missing or new or changed):
        return

    inspected: dict[str, tuple[str, bool]] = {}
    for rel in new + changed:
        try:
            inspected[rel] = read_and_check(root / rel)
        except OSError as err:
            log.warning("cannot read %s: %s", rel, err)
    known_before: dict[str, dict[str, Any]] | None = None  # the journal, read only if needed
    missing_by_hash: dict[str, list[tuple[str, index.FileState]]] = defaultdict(list)
    parents: dict[int, object] = {}  # adopted headshot -> its parent's file hash, linked once all have rows
    for rel, state in missing.items():
        missing_by_hash[state.file_hash].append((rel, state))

    with index.transaction(conn):
        for rel in changed:
            if rel not in inspected:
                continue
            file_hash, damaged = inspected[rel]
            stat = found[rel]
            index.update_file(conn, table, known[rel].id, rel_path=rel, size=stat.st_size,
                              mtime_ns=stat.st_mtime_ns, file_hash=file_hash, damaged=damaged)  # fmt: skip
            report.changed.append(root / rel)
            if damaged:
                report.damaged.append(root / rel)
        for rel in new:
            if rel not in inspected:
                continue
            file_hash, damaged = inspected[rel]
            stat = found[rel]
            if damaged:
                report.damaged.append(root / rel)
            if missing_by_hash.get(file_hash):
                old_rel, state = missing_by_hash[file_hash].pop()
                del missing[old_rel]
                index.update_file(conn, table, state.id, rel_path=rel, size=stat.st_size,
                                  mtime_ns=stat.st_mtime_ns, file_hash=file_hash, damaged=damaged)  # fmt: skip
                report.renamed.append((root / old_rel, root / rel))
                continue
            common = dict(rel_path=rel, file_hash=file_hash, size=stat.st_size, mtime_ns=stat.st_mtime_ns,
                          created=_created(root / rel, stat), damaged=damaged)  # fmt: skip
            if known_before is None and journal is not None:
                known_before = journal.load()
            known_file = (known_before or {}).get(file_hash) or {}
            row_id = restore(conn, table, common, known_file, report, root / rel)
            if table == "headshots" and known_file.get(lineage.JOURNAL_KEY):
                parents[row_id] = known_file[lineage.JOURNAL_KEY]
            report.added.append(root / rel)
        index.delete_rows(conn, table, [state.id for state in missing.values()])
        report.removed.extend(root / rel for rel in missing)
        lineage.relink(conn, parents)


def restore(conn: sqlite3.Connection, table: str, common: dict[str, Any], known: dict[str, Any] | None,
            report: ScanReport, path: Path) -> int:  # fmt: skip
    """Add a row for a file the index did not know, with what the journal remembers of it; returns its id.

    A headshot's parent is linked later (``lineage.relink``): it may not have its row yet.
    """
    known = known or {}
    if known.get("created"):
        try:
            common["created"] = index.from_iso(str(known["created"]))
        except ValueError:
            pass
    kept = bool(known.get("kept"))
    if table == "originals":
        row_id = index.insert_original(
            conn, source_name=str(known.get("source_name") or path.name),
            content_hash=known.get("content_hash") if isinstance(known.get("content_hash"), str) else None,
            **common,
        )  # fmt: skip
        if isinstance(known.get("generated_at"), str):
            conn.execute("UPDATE originals SET generated_at = ? WHERE id = ?", (known["generated_at"], row_id))
    else:
        fields = {k: known[k] for k in index.HEADSHOT_FIELDS if k in known and k not in ("original_id", "parent_id")}
        fields = {k: v for k, v in fields.items() if isinstance(v, str | int | float) and not isinstance(v, bool)}
        if not isinstance(fields.get("seed", 0), int):  # a damaged record: the seed is unknown
            del fields["seed"]
        if isinstance(known.get("original_sha256"), str):
            row = conn.execute("SELECT id FROM originals WHERE file_hash = ?", (known["original_sha256"],)).fetchone()
            fields["original_id"] = row[0] if row else None
        row_id = index.insert_headshot(conn, **common, **fields)
        references.link(conn, row_id, references.from_journal(conn, known.get(references.JOURNAL_KEY)))
        if known.get("kind") == "headshot":
            report.details_restored += 1
        else:
            report.details_lost.append(path)
    if kept:
        index.set_kept(conn, table, row_id, True)
    return row_id


def scan(conn: sqlite3.Connection, root: Path, journal: Journal | None = None, *, clean: bool = True) -> ScanReport:
    """Walk ``Originals/`` and ``Headshots/`` and reconcile the index with them.

    ``clean=False`` (a read-only library) leaves leftovers of interrupted writes alone.
    """
    report = ScanReport()
    for table, folder in FOLDERS.items():
        found = walk_images(root, folder, report, clean=clean)
        reconcile(conn, root, table, found, report, journal)
    if not clean:
        return report
    # Leftovers of an interrupted write can also sit in the library root (e.g. an export there).
    try:
        with os.scandir(root) as entries:
            for entry in entries:
                if (
                    entry.name.startswith(".")
                    and is_temp_file(Path(entry.name))
                    and entry.is_file(follow_symlinks=False)
                ):
                    _remove_temp(Path(entry.path), report)
    except OSError as err:
        log.warning("cannot read the library folder %s: %s", root, err)
    if report.anything:
        log.info(
            "library scan: %d added, %d removed, %d renamed, %d changed, %d damaged, %d leftovers removed",
            len(report.added), len(report.removed), len(report.renamed), len(report.changed),
            len(report.damaged), report.temp_files_removed,
        )  # fmt: skip
    return report
