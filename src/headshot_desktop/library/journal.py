"""How each file was made, in a journal that outlives the index.

The index is a cache: when it is lost or damaged it is rebuilt from the files,
and a file cannot say which style, prompt, cost or original made it. Each write
also appends one JSON line here, keyed by the file's sha256; a rebuild reads it
back. Kept in the library folder (it travels with the photos), never inside the
image files (exports must stay metadata-free). Deleting an item rewrites the
journal without it, so nothing about a deleted photo stays behind.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from headshot_desktop.system.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

JOURNAL_NAME = ".headshot-journal.jsonl"
MAX_LINE_BYTES = 1 << 20


class Journal:
    def __init__(self, root: Path) -> None:
        self.path = root / JOURNAL_NAME

    def append(self, record: dict[str, Any]) -> None:
        """Add one record, durably. A failure is logged: the file and the index still hold the data."""
        line = (json.dumps(record, ensure_ascii=True, separators=(",", ":")) + "\n").encode("ascii")
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, 0o644)
            try:
                os.write(fd, line)
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as err:
            log.warning("cannot add to the library journal %s: %s", self.path, err)

    def _lines(self) -> list[dict[str, Any]]:
        if os.path.islink(self.path):
            return []
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError as err:
            log.warning("cannot read the library journal %s: %s", self.path, err)
            return []
        records = []
        for line in raw.splitlines():
            if not line.strip() or len(line) > MAX_LINE_BYTES:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                continue  # a line cut short by a crash
            if isinstance(record, dict):
                records.append(record)
        return records

    def load(self) -> dict[str, dict[str, Any]]:
        """What the journal knows of each file hash; later lines add to earlier ones."""
        known: dict[str, dict[str, Any]] = {}
        for record in self._lines():
            if isinstance(record.get("sha256"), str):
                known.setdefault(record["sha256"], {}).update(record)
        return known

    def note_trashed(self, name: str, when: str) -> None:
        """Remember that a file went to the system trash: "delete all" must say a copy may be there."""
        self.append({"trashed": name, "at": when})

    def trashed(self) -> list[str]:
        return [str(r["trashed"]) for r in self._lines() if isinstance(r.get("trashed"), str)]

    def forget(self, hashes: set[str]) -> None:
        """Rewrite the journal without any record of these files."""
        if not hashes:
            return
        records = self._lines()
        kept = [r for r in records if r.get("sha256") not in hashes]
        if len(kept) == len(records):
            return
        data = "".join(json.dumps(r, ensure_ascii=True, separators=(",", ":")) + "\n" for r in kept)
        try:
            atomic_write_bytes(self.path, data.encode("ascii"), make_folder=False)
        except OSError as err:
            log.warning("cannot rewrite the library journal %s: %s", self.path, err)
