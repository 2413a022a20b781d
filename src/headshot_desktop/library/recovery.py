"""Paid headshots the library could not take are kept here, never dropped.

A full disk, a library drive unplugged mid-run, a library that became read-only:
the images were made and paid for, so each goes to ``Recovered/`` in the app's
data folder (another place than the library, often another disk), with a small
JSON file saying how it was made. ``move_into`` brings them into the library once
it can take them again.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library.imaging import sha256_hex
from headshot_desktop.library.layout import safe_component, write_new_file
from headshot_desktop.library.lineage import JOURNAL_KEY as PARENT_KEY
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.references import JOURNAL_KEY as REFERENCES_KEY
from headshot_desktop.library.storage_errors import storage_error
from headshot_desktop.library.store import Library
from headshot_desktop.system.atomic import atomic_write_text
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)

META_SUFFIX = ".json"
# The keyword arguments of ``Library.add_headshot`` that a recovered image keeps.
META_FIELDS = ("style_id", "style_name", "prompt", "provider", "model", "size", "quality", "cost_usd",
               "index_in_run", "instruction", "seed")  # fmt: skip


def recovery_meta(meta: dict[str, Any], original: Original, references: Sequence[Original] = (),
                  parent: Headshot | None = None) -> dict[str, Any]:  # fmt: skip
    """What ``RecoveryBox.keep`` stores with a paid image: ``meta`` and the originals it was made from.

    A refinement also names its ``parent`` headshot (by file hash); its instruction is in ``meta``.
    """
    return {**meta, "original_sha256": original.file_hash, REFERENCES_KEY: [r.file_hash for r in references],
            PARENT_KEY: parent.file_hash if parent is not None else None}  # fmt: skip


def _reference_ids(library: Library, hashes: object) -> list[int]:
    """The references a recovered image names (by file hash) that the library still holds, in order."""
    found = [library.original_by_hash(h) for h in hashes if isinstance(h, str)] if isinstance(hashes, list) else []
    return [o.id for o in found if o is not None]


@dataclass
class RecoveredItem:
    image: Path
    meta: dict[str, Any]


def spare_folder() -> Path:
    """Where a paid image goes when the recovery folder's disk is full too (often the library's disk)."""
    return Path(tempfile.gettempdir()) / f"headshot-desktop-recovered-{getattr(os, 'getuid', lambda: 'user')()}"


class RecoveryBox:
    """``folder`` first; ``spare`` (another disk, as a rule) only when ``folder`` cannot take the image."""

    def __init__(self, folder: Path, spare: Path | None = None) -> None:
        self.folder = folder
        self.spare = spare

    def keep(self, image_bytes: bytes, extension: str, meta: dict[str, Any]) -> Path:
        """Store one image and its metadata; raises ``StorageError`` when even this fails."""
        stem = safe_component(f"{meta.get('style_name') or 'headshot'} {sha256_hex(image_bytes)[:12]}")
        failure: OSError | None = None
        for folder in (self.folder, self.spare):
            if folder is None:
                continue
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                path = write_new_file(folder, stem, extension, image_bytes)
                atomic_write_text(path.with_name(path.name + META_SUFFIX), json.dumps(meta, indent=2) + "\n")
            except OSError as err:
                failure = failure or err
                continue
            log.warning("kept a paid headshot the library could not take: %s", path)
            return path
        assert failure is not None
        raise storage_error(
            N_("library", "keep the paid headshot in the recovery folder"), self.folder, failure
        ) from failure

    def items(self) -> list[RecoveredItem]:
        found: list[RecoveredItem] = []
        for folder in (self.folder, self.spare):
            if folder is not None:
                found += self._items_in(folder)
        return found

    def _items_in(self, folder: Path) -> list[RecoveredItem]:
        try:
            names = sorted(os.listdir(folder))
        except FileNotFoundError:
            return []
        except OSError as err:
            raise storage_error(N_("library", "read the recovery folder"), folder, err) from err
        found = []
        for name in names:
            path = folder / name
            if name.startswith(".") or name.endswith(META_SUFFIX) or os.path.islink(path) or not path.is_file():
                continue
            try:
                meta = json.loads(path.with_name(name + META_SUFFIX).read_text(encoding="utf-8"))
            except (OSError, ValueError):
                meta = {}
            found.append(RecoveredItem(path, meta if isinstance(meta, dict) else {}))
        return found

    def move_into(self, library: Library) -> tuple[list[Headshot], list[str]]:
        """Add every recovered image to the library, then remove it here. (added, problems)"""
        added: list[Headshot] = []
        problems: list[str] = []
        for item in self.items():
            try:
                data = item.image.read_bytes()
                if library.holds_file(sha256_hex(data)):  # moved in before, but not removed here
                    self._remove(item, problems)
                    continue
                fields: dict[str, Any] = {k: item.meta[k] for k in META_FIELDS if item.meta.get(k) is not None}
                original = library.original_by_hash(str(item.meta.get("original_sha256") or ""))
                parent = library.headshot_by_hash(str(item.meta.get(PARENT_KEY) or ""))  # gone: a root
                headshot = library.add_headshot(
                    data,
                    original_id=original.id if original else None,
                    reference_ids=_reference_ids(library, item.meta.get(REFERENCES_KEY)),
                    parent_id=parent.id if parent else None,
                    extension=item.image.suffix,
                    **{"style_id": "", "style_name": "", "prompt": "", "provider": "", "model": "",
                       "size": "", "quality": "", "cost_usd": None, **fields},
                )  # fmt: skip
            except (OSError, HeadshotError) as err:
                text = err.user_text() if isinstance(err, HeadshotError) else str(err)
                problems.append(N_("library", "{name}: {problem}").format(name=item.image.name, problem=text))
                continue
            added.append(headshot)
            self._remove(item, problems)
        return added, problems

    @staticmethod
    def _remove(item: RecoveredItem, problems: list[str]) -> None:
        for path in (item.image, item.image.with_name(item.image.name + META_SUFFIX)):
            try:
                path.unlink()
            except FileNotFoundError:
                pass
            except OSError as err:
                problems.append(
                    N_("library", "Could not remove {path} ({error}).").format(path=path, error=err.strerror or err)
                )
