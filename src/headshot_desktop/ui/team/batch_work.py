"""The Team tab's work off the window's thread: kits read and written, people looked for, the batch made,
priced, run and exported. Each function runs on a pool (``LibraryOp`` or ``NetworkOp``); none touches Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.i18n import error_text

if TYPE_CHECKING:
    from headshot_desktop.app import AppContext
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.library import Library
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import BatchManifest, BatchStore, PersonState
    from headshot_desktop.services.team.people import Person
    from headshot_desktop.services.team.runner import BatchStopped


@dataclass
class Opened:
    """The library's batches, once opened on the pool; ``manifest``: the newest unfinished batch, if any."""

    library: Library
    store: BatchStore
    manifest: BatchManifest | None
    kit: TeamKit | None  # the unfinished batch's own kit
    problems: list[str]  # what this computer cannot do of that kit (empty: it can run)


class Batches:
    """The library's batch store, made once on whichever worker first needs it (one store: one lock)."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self._lock = threading.Lock()
        self._store: BatchStore | None = None

    def store(self) -> BatchStore:
        from headshot_desktop.services.team.manifest import BatchStore

        with self._lock:
            if self._store is None:
                self._store = BatchStore(self.context.library().root)
            return self._store

    def open(self) -> Opened:
        """The library and its newest unfinished batch (with that batch's kit), read on the library pool."""
        store = self.store()
        manifest = store.latest_unfinished()
        kit = manifest.team_kit if manifest is not None else None
        problems = kit_problems(self.context, kit) if kit is not None else []
        return Opened(self.context.library(), store, manifest, kit, problems)


def kit_problems(context: AppContext, kit: TeamKit) -> list[str]:
    """What this computer cannot do of ``kit`` (a provider, style or export size it lacks), in sentences."""
    from headshot_desktop.ui.dialogs.export_sizes import read_presets, team_page

    presets, _notices = read_presets(context.paths.config_dir, team_page(context.settings))
    problems = kit.check(context.styles, presets)
    try:
        context.provider_module(kit.provider)  # a provider for developers only is refused here
    except HeadshotError as err:
        if err.message not in " ".join(problems):
            problems.append(err.message)
    return problems


def read_kit(context: AppContext, path: Path) -> tuple[TeamKit, list[str]]:
    """The kit in ``path`` and what this computer cannot do of it."""
    from headshot_desktop.services.team.kit import load_kit

    kit = load_kit(path)
    return kit, kit_problems(context, kit)


def write_kit(kit: TeamKit, path: Path) -> Path:
    from headshot_desktop.services.team.kit import save_kit

    save_kit(kit, path)
    return path


def people_in(paths: list[Path]) -> list[Person]:
    from headshot_desktop.services.team.people import people_from_paths

    return people_from_paths(paths)


def people_in_csv(path: Path) -> list[Person]:
    from headshot_desktop.services.team.people import people_from_csv

    return people_from_csv(path)


def default_out_dir(context: AppContext, kit: TeamKit) -> Path:
    """Beside the library: ``<Pictures>/Team headshots/<kit name>``."""
    from headshot_desktop.services.team.manifest import slug

    return context.paths.library_dir.parent / "Team headshots" / slug(kit.name)


def draft_rows(people: list[Person]) -> list[PersonState]:
    """The rows of people not yet in a batch (keys as the batch will give them)."""
    from headshot_desktop.services.team.manifest import PersonState

    return [PersonState(f"p{n:03d}", p.name, str(p.photo), [str(r) for r in p.references])
            for n, p in enumerate(people, 1)]  # fmt: skip


def draft_manifest(kit: TeamKit, kit_path: Path | None, people: list[Person], out_dir: Path,
                   cap_usd: float | None) -> BatchManifest:  # fmt: skip
    """The batch as it would be made, kept in memory only (nothing is written until Start)."""
    from headshot_desktop.services.team.manifest import BatchManifest

    return BatchManifest(batch_id="draft", kit=kit.to_json(), kit_path=str(kit_path or ""),
                         created=datetime.now(UTC).isoformat(), cap_usd=cap_usd, out_dir=str(out_dir),
                         people=draft_rows(people))  # fmt: skip


def estimate(context: AppContext, store: BatchStore, manifest: BatchManifest) -> CostEstimate | None:
    """What the people still to do will cost with the batch's kit; None: the provider's prices are unknown."""
    from headshot_desktop.services.team.runner import BatchRunner

    return BatchRunner(context, store, manifest, _ignore).estimate()


def unique_names(before: list[Person], added: list[Person]) -> list[Person]:
    """``before`` and ``added``, a second "Jane Doe" called "Jane Doe (2)" (names become file names)."""
    from headshot_desktop.services.team.people import with_unique_names

    return with_unique_names([*before, *added])


def add_to_batch(store: BatchStore, manifest: BatchManifest, people: list[Person],
                 taken: list[str]) -> list[PersonState]:  # fmt: skip
    """A person added to a running or finished batch gets the batch's own kit; the rows afterwards.
    ``taken``: the names already in the batch, which the newcomers' names must not repeat."""
    from headshot_desktop.services.team.people import Person

    named = unique_names([Person(name, Path()) for name in taken], people)[len(taken) :]
    store.add_people(manifest, named)
    return [p.copy() for p in manifest.people]


def create_batch(store: BatchStore, kit: TeamKit, kit_path: Path | None, people: list[Person], out_dir: Path,
                 cap_usd: float | None) -> BatchManifest:  # fmt: skip
    return store.create(kit, kit_path, people, out_dir, cap_usd)


def run_batch(context: AppContext, store: BatchStore, manifest: BatchManifest, cap_usd: float | None,
              on_event: Callable[[Any], None], cancel: CancelToken) -> BatchStopped:  # fmt: skip
    """Run (or go on with) the batch until it is finished, cancelled, capped or cannot go on; blocks.
    Held (its lock) from the cap's saving to the end: another window or command making it stops this at once."""
    from headshot_desktop.services.team.manifest import BatchBusyError
    from headshot_desktop.services.team.runner import STOPPED_FAILED, BatchRunner, BatchStopped

    try:
        with store.held(manifest):
            store.set_cap(manifest, cap_usd)  # the cap as the person set it last
            return BatchRunner(context, store, manifest, on_event).run(cancel)
    except BatchBusyError as err:
        return BatchStopped(STOPPED_FAILED, error_text(err))  # Qt's translate is thread-safe


def export_all(context: AppContext, store: BatchStore, manifest: BatchManifest, folder: Path,
               progress: Callable[[Any], None], cancel: CancelToken) -> list[Path]:  # fmt: skip
    """Each finished person's chosen headshot into ``folder`` the kit's way; ``progress((done, total))``."""
    from headshot_desktop.services.team.export import export_batch
    from headshot_desktop.ui.dialogs.export_sizes import read_presets, team_page

    presets, _notices = read_presets(context.paths.config_dir, team_page(context.settings))
    on_progress: Callable[[int, int], None] = lambda done, total: progress((done, total))  # noqa: E731
    with store.held(manifest):  # what it records (the files exported) must not be lost to another window's run
        return export_batch(context.library(), manifest, presets, folder, on_progress, cancel, store=store)


def choose(store: BatchStore, manifest: BatchManifest, key: str, headshot_id: int) -> None:
    store.choose(manifest, key, headshot_id)


def remove_queued(store: BatchStore, manifest: BatchManifest, keys: set[str]) -> None:
    """Take the queued people with ``keys`` out of the batch (never one who ran: their headshots stay counted)."""
    store.remove_queued(manifest, keys)


def _ignore(_event: object) -> None:
    """Pricing sends no events."""
