"""A team batch as a file in the library: who is in it, how far each person got, what it cost.

``<library>/.headshot-batches/<batch_id>.json``, written atomically on every change, so a batch survives a
closed window or a crash and goes on where it stopped (``runner.py``). The batch keeps the kit it started with.
"""

from __future__ import annotations

import contextlib
import copy
import json
import logging
import re
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headshot_desktop.errors import ConfigError, StorageError
from headshot_desktop.library.layout import BATCHES_DIR
from headshot_desktop.services.team.batch_lock import BatchBusyError, BatchLocks
from headshot_desktop.services.team.person_state import (
    DONE,
    FAILED,
    QUEUED,
    REFUSED,
    RUNNING,
    STATUSES,
    PersonState,
)  # fmt: skip
from headshot_desktop.services.team.small_files import SmallFile
from headshot_desktop.system.atomic import atomic_write_bytes
from headshot_desktop.system.config_files import reason_of
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.people import Person

log = logging.getLogger(__name__)

__all__ = ["DONE", "FAILED", "QUEUED", "REFUSED", "RUNNING", "STATUSES", "BatchBusyError", "BatchManifest", "BatchStore",
           "PersonState"]  # fmt: skip

BATCH_FORMAT = "headshot-desktop-batch"
BATCH_VERSION = 1
MAX_MANIFEST_BYTES = 32 << 20
_HINT_DAMAGED = N_("team", "Start the batch again from its kit; the headshots it made are still in the library.")
BATCH_FILE = SmallFile(
    ConfigError, MAX_MANIFEST_BYTES, _HINT_DAMAGED,
    a_folder=N_("team", "The team batch {name} is a folder, not a file."),
    missing=N_("team", "The team batch {path} does not exist."),
    unreadable=N_("team", "The team batch {name} cannot be read: {error}."),
    too_large=N_("team", "The team batch {name} cannot be used: it is too large to be a batch."),
    missing_hint=N_("team", "List the batches with `headshot-desktop batch --list`."),
)  # fmt: skip


@dataclass
class BatchManifest:
    batch_id: str  # "2026-11-30-153012-acme" (time + kit name slug)
    kit: dict  # TeamKit.to_json() as it was when the batch started
    kit_path: str
    created: str  # ISO UTC
    cap_usd: float | None
    out_dir: str
    people: list[PersonState]
    spent_usd: float = 0.0  # what this batch has paid (sum of finished runs' cost)

    @property
    def team_kit(self) -> TeamKit:
        from headshot_desktop.services.team.kit import TeamKit

        return TeamKit.from_json(
            self.kit, source=N_("team", "the kit of the batch {batch}").format(batch=self.batch_id)
        )

    @property
    def created_at(self) -> datetime:
        return datetime.fromisoformat(self.created)

    def counts(self) -> dict[str, int]:
        """Status -> how many people have it (every status listed, 0 included)."""
        counts = dict.fromkeys(STATUSES, 0)
        for person in self.people:
            counts[person.status] += 1
        return counts

    def remaining(self) -> list[PersonState]:
        """Who is still to do: queued, and running ones a crash left behind."""
        return [p for p in self.people if p.status in (QUEUED, RUNNING)]

    def finished(self) -> bool:
        return not self.remaining()

    def person(self, key: str) -> PersonState:
        for person in self.people:
            if person.key == key:
                return person
        raise KeyError(key)

    def to_json(self) -> dict[str, Any]:
        body = {f.name: copy.deepcopy(getattr(self, f.name)) for f in fields(self) if f.name != "people"}
        body["people"] = [p.to_json() for p in self.people]
        return {"format": BATCH_FORMAT, "version": BATCH_VERSION, **{f.name: body[f.name] for f in fields(self)}}

    @classmethod
    def from_json(cls, raw: object, source: str) -> BatchManifest:
        """The manifest in ``raw``; ``ConfigError`` naming ``source`` when it is not one or is damaged."""
        if not isinstance(raw, dict) or raw.get("format") != BATCH_FORMAT:
            raise ConfigError(
                N_("team", "{source} is not a Headshot Desktop team batch.").format(source=source), hint=_HINT_DAMAGED
            )
        version = raw.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ConfigError(N_("team", "{source} has no valid version number, so it cannot be read.").format(
                source=source), hint=_HINT_DAMAGED)  # fmt: skip
        if version > BATCH_VERSION:
            raise ConfigError(
                N_("team", "{source} was written by a newer Headshot Desktop (batch format {version}; this one reads "
                   "up to {supported}).").format(source=source, version=version, supported=BATCH_VERSION),
                hint=N_("team", "Update Headshot Desktop to go on with this batch."),
            )  # fmt: skip
        try:
            people_raw = raw.get("people")
            if not isinstance(people_raw, list):
                raise ValueError(N_("team", "it lists no people"))
            people = [PersonState.from_json(p, N_("team", "person {number}").format(number=n))
                      for n, p in enumerate(people_raw, 1)]  # fmt: skip
            if len({p.key for p in people}) != len(people):
                raise ValueError(N_("team", "two people have the same key"))
            for name in ("batch_id", "kit_path", "created", "out_dir"):
                if not isinstance(raw.get(name), str):
                    raise ValueError(N_("team", "its {field} is missing").format(field=name))
            datetime.fromisoformat(raw["created"])
            if not raw["batch_id"]:
                raise ValueError(N_("team", "its batch_id is empty"))
            if not isinstance(raw.get("kit"), dict):
                raise ValueError(N_("team", "its kit is missing"))
            cap, spent = raw.get("cap_usd"), raw.get("spent_usd", 0.0)
            for name, value in (("cap_usd", cap), ("spent_usd", spent)):
                if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
                    raise ValueError(N_("team", "its {field} is not a number").format(field=name))
        except ValueError as err:
            raise ConfigError(N_("team", "{source} is damaged: {problem}.").format(source=source, problem=reason_of(err)),
                              hint=_HINT_DAMAGED) from err  # fmt: skip
        return cls(
            batch_id=raw["batch_id"], kit=raw["kit"], kit_path=raw["kit_path"], created=raw["created"],
            cap_usd=None if cap is None else float(cap), out_dir=raw["out_dir"], people=people,
            spent_usd=float(spent or 0.0),
        )  # fmt: skip


class BatchStore:
    """Manifests in <library root>/.headshot-batches/<batch_id>.json, written atomically on every change."""

    def __init__(self, library_root: Path) -> None:
        self.root = Path(library_root)
        self.folder = self.root / BATCHES_DIR
        self._lock = threading.RLock()
        self._locks = BatchLocks(self.folder, self._lock)

    @property
    def lock(self) -> threading.RLock:
        """Held while a manifest of this store changes (the runner's threads and the window's edits)."""
        return self._lock

    def path_of(self, batch_id: str) -> Path:
        return self.folder / f"{batch_id}.json"

    def lock_path_of(self, batch_id: str) -> Path:
        return self._locks.path_of(batch_id)

    @contextlib.contextmanager
    def held(self, manifest: BatchManifest) -> Iterator[None]:
        """The batch to this store alone while the block runs (its OS lock: other windows and commands too).

        The first hold reads the file again into ``manifest`` (in place): what another window or command made of
        the batch before is the truth. ``BatchBusyError`` at once, changing nothing, when another one holds it.
        Holds nest, from any thread of this store: the runner holds the batch, the window's edits go through it.
        """
        self._refuse_links(self.lock_path_of(manifest.batch_id))
        first = self._locks.hold(manifest.batch_id, self.path_of(manifest.batch_id))
        try:
            if first:
                self._reread(manifest)
            yield
        finally:
            self._locks.let_go(manifest.batch_id)

    def holds(self, batch_id: str) -> bool:
        """Whether this store is making (or changing) the batch right now."""
        return self._locks.holds(batch_id)

    def _reread(self, manifest: BatchManifest) -> None:
        """``manifest`` as its file says (in place: the window keeps its object); nothing when not saved yet."""
        path = self.path_of(manifest.batch_id)
        if not path.exists():
            return
        fresh = self._read(path)
        manifest.people[:] = fresh.people
        manifest.spent_usd, manifest.cap_usd, manifest.out_dir = fresh.spent_usd, fresh.cap_usd, fresh.out_dir

    def create(self, kit: TeamKit, kit_path: Path | None, people: list[Person], out_dir: Path,
               cap_usd: float | None) -> BatchManifest:  # fmt: skip
        """A new batch of ``people`` made with ``kit``, saved at once."""
        now = datetime.now(UTC).replace(microsecond=0)
        with self._lock:
            base = f"{now:%Y-%m-%d-%H%M%S}-{slug(kit.name)}"
            batch_id, number = base, 1
            while self.path_of(batch_id).exists():
                number += 1
                batch_id = f"{base}-{number}"
            manifest = BatchManifest(
                batch_id=batch_id, kit=kit.to_json(), kit_path=str(kit_path) if kit_path else "",
                created=now.isoformat(), cap_usd=cap_usd, out_dir=str(out_dir), people=[],
            )  # fmt: skip
            self._add(manifest, people)  # nobody else knows the new batch yet: no need to hold it
            return manifest

    def add_people(self, manifest: BatchManifest, people: list[Person]) -> None:
        """Add people to the batch (made with the same kit) and save it; ``BatchBusyError`` when another window
        or command is making it."""
        with self._lock, self.held(manifest):
            self._add(manifest, people)

    def _add(self, manifest: BatchManifest, people: list[Person]) -> None:
        with self._lock:
            used = {p.key for p in manifest.people}
            number = len(manifest.people)
            for person in people:
                number += 1
                while f"p{number:03d}" in used:
                    number += 1
                key = f"p{number:03d}"
                used.add(key)
                manifest.people.append(PersonState(key, person.name, str(person.photo),
                                                   [str(r) for r in person.references]))  # fmt: skip
            self.save(manifest)

    def try_failed_again(self, manifest: BatchManifest) -> list[PersonState]:
        """The people a fault stopped (a server error, a timeout) queued again, and saved; the refused stay refused.

        Their runs made nothing, so nothing was paid for them: a new try cannot pay twice.
        """
        with self._lock, self.held(manifest):
            again = [p for p in manifest.people if p.status == FAILED and not p.headshot_ids and not p.cost_usd]
            for person in again:
                person.status, person.reason = QUEUED, ""
            if again:
                self.save(manifest)
            return again

    def choose(self, manifest: BatchManifest, key: str, headshot_id: int) -> None:
        """The variant ``headshot_id`` stands for the person ``key`` from now on; saved."""
        with self._lock, self.held(manifest):
            manifest.person(key).chosen_id = headshot_id
            self.save(manifest)

    def remove_queued(self, manifest: BatchManifest, keys: set[str]) -> None:
        """Take the queued people with ``keys`` out of the batch (never one who ran: their headshots stay counted).
        Only while nobody makes the batch: the runner's queue still has them."""
        with self._lock:
            if self.holds(manifest.batch_id):
                raise BatchBusyError(N_("team", "Stop the batch first to remove people: it is being made."),
                                     hint=N_("team", "Press Stop, then remove them."))  # fmt: skip
        with self._lock, self.held(manifest):
            manifest.people[:] = [p for p in manifest.people if not (p.key in keys and p.status == QUEUED)]
            self.save(manifest)

    def set_cap(self, manifest: BatchManifest, cap_usd: float | None) -> None:
        """The spending cap as the person set it last; saved when it changed."""
        with self._lock, self.held(manifest):
            if manifest.cap_usd != cap_usd:
                manifest.cap_usd = cap_usd
                self.save(manifest)

    def save(self, manifest: BatchManifest) -> None:
        """Write the manifest atomically; safe from any thread."""
        path = self.path_of(manifest.batch_id)
        with self._lock:
            self._refuse_links(path)
            data = (json.dumps(manifest.to_json(), indent=1, ensure_ascii=False) + "\n").encode("utf-8")
            try:
                atomic_write_bytes(path, data)
            except OSError as err:
                raise StorageError(
                    N_("team", "The team batch could not be saved in {path}: {error}.").format(
                        path=path, error=err.strerror or err
                    ),
                    hint=N_("team", "Check that the library folder is there and has free space."),
                    detail=repr(err),
                ) from err

    def _refuse_links(self, path: Path) -> None:
        """A batch is written only inside the library: never through a link (to a place it does not own)."""
        for place in (self.folder, path):
            if place.is_symlink():
                raise StorageError(
                    N_("team", "The team batches' place {place} is a link to somewhere outside the library, so the "
                       "batch was not saved there.").format(place=place),
                    hint=N_("team", "Replace the link with a real folder named {folder} in the library.").format(
                        folder=BATCHES_DIR),
                )  # fmt: skip

    def load(self, batch_id: str) -> BatchManifest:
        """The batch ``batch_id``; ``ConfigError`` naming the file when it is missing, damaged or newer."""
        path = self.path_of(batch_id)
        return self._read(path)

    def list(self) -> list[BatchManifest]:
        """Every batch of the library, newest first; a damaged one is skipped (and logged)."""
        found = []
        if self.folder.is_symlink():
            log.warning("the team batches' folder is a link; not read")
            return []
        try:
            paths = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        for path in paths:
            if path.name.startswith("."):
                continue
            try:
                found.append(self._read(path))
            except ConfigError as err:
                log.warning("skipping the team batch %s: %s", path.name, err.user_text())
        found.sort(key=lambda m: (m.created, m.batch_id), reverse=True)
        return found

    def latest_unfinished(self) -> BatchManifest | None:
        return next((m for m in self.list() if not m.finished()), None)

    def _read(self, path: Path) -> BatchManifest:
        source = N_("team", "The team batch {path}").format(path=path)
        data = BATCH_FILE.read(path, str(path))
        try:
            raw = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as err:
            raise ConfigError(
                N_("team", "{source} is damaged: it is not valid JSON.").format(source=source), hint=_HINT_DAMAGED
            ) from err
        return BatchManifest.from_json(raw, source)


def slug(text: str, *, limit: int = 40) -> str:
    """``"Acme team page"`` -> ``"acme-team-page"``: letters and digits, joined by hyphens (``"team"`` if none)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    words = re.findall(r"[a-z0-9]+", plain)
    return "-".join(words)[:limit].strip("-") or "team"
