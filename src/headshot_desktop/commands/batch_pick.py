"""``batch --pick NAME=N [BATCH_ID]``, and the export every batch run ends with.

The export writes only the people not exported yet (or whose file is gone), so going on with a batch does
not leave a second copy of everyone in the folder. Picking another variant replaces the person's own
earlier export: the file the batch wrote for them, never a file it did not write.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, json_result, message, result
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import ConfigError, HeadshotError

if TYPE_CHECKING:
    from headshot_desktop.services.team.manifest import BatchManifest, BatchStore, PersonState


def _saving_the_whole(store: BatchStore, manifest: BatchManifest) -> BatchStore:
    """A store whose ``save`` of any manifest saves ``manifest``: the export is handed a view of some people
    (the same ``PersonState`` objects), and what it records must land in the whole batch's file."""
    from headshot_desktop.services.team.manifest import BatchStore

    class _Whole(BatchStore):
        def save(self, _view: BatchManifest) -> None:
            store.save(manifest)

    return _Whole(store.root)


def export_people(context: AppContext, store: BatchStore, manifest: BatchManifest, people: list[PersonState],
                  out_dir: Path) -> list[Path]:  # fmt: skip
    """Export ``people`` of the batch into ``out_dir``; ``BatchExportError`` names who could not be, and why."""
    from dataclasses import replace

    from headshot_desktop.commands.export import export_presets
    from headshot_desktop.services.team.export import export_batch

    if not people:
        return []
    view = replace(manifest, people=people)
    return export_batch(context.library(), view, export_presets(context), out_dir, lambda done, total: None,
                        CancelToken(), store=_saving_the_whole(store, manifest))  # fmt: skip


def export_unexported(context: AppContext, store: BatchStore, manifest: BatchManifest,
                      out_dir: Path) -> tuple[list[Path], bool]:  # fmt: skip
    """Export every finished person not exported yet; (the files written, whether someone could not be)."""
    from headshot_desktop.services.team.export import BatchExportError
    from headshot_desktop.services.team.manifest import DONE

    todo = [p for p in manifest.people if p.status == DONE and not (p.exported and Path(p.exported).exists())]
    try:
        return export_people(context, store, manifest, todo, out_dir), False
    except BatchExportError as err:
        error(err)
        return err.written, True
    except HeadshotError as err:
        error(err)
        return [], True


def pick(args: argparse.Namespace, context: AppContext, store: BatchStore) -> int:
    """Choose variant N of each named person, then export them again in place of their earlier export."""
    if args.photos or args.csv or args.cap is not None or args.dry_run:
        message("error: --pick takes NAME=N choices and, optionally, the batch id.")
        return EXIT_USAGE
    try:
        manifest = store.load(str(args.kit)) if args.kit is not None else next(iter(store.list()), None)
    except ConfigError as err:
        error(err)
        return EXIT_USAGE
    if manifest is None:
        message("error: there are no team batches in this library. Start one with `headshot-desktop batch`.")
        return EXIT_USAGE
    from headshot_desktop.services.team.manifest import BatchBusyError

    try:  # a run in another window or command would write over the pick
        with store.held(manifest):
            return _pick_held(args, context, store, manifest)
    except BatchBusyError as err:
        error(err)
        return EXIT_FAILED


def _pick_held(args: argparse.Namespace, context: AppContext, store: BatchStore, manifest: BatchManifest) -> int:
    from headshot_desktop.services.team.manifest import DONE

    chosen: list[PersonState] = []
    for item in args.pick:
        name, sep, number = item.rpartition("=")
        person = _find(manifest, name.strip()) if sep else None
        if not sep or not number.strip().isdigit():
            message(f"error: --pick takes NAME=N (N: 1 for the first variant), not {item!r}.")
            return EXIT_USAGE
        if person is None:
            names = ", ".join(p.name for p in manifest.people)
            message(f"error: the batch {manifest.batch_id} has nobody called {name.strip()!r}. It has: {names}.")
            return EXIT_USAGE
        variant = int(number)
        if person.status != DONE or not 1 <= variant <= len(person.headshot_ids):
            made = len(person.headshot_ids)
            message(f"error: {person.name} has {made} variant(s) to choose from"
                    + (f" (1 to {made}); not {variant}." if made else f": they are {person.status}."))  # fmt: skip
            return EXIT_USAGE
        person.chosen_id = person.headshot_ids[variant - 1]
        chosen.append(person)
    out_dir = args.out.expanduser().absolute() if args.out is not None else Path(manifest.out_dir)
    for person in chosen:
        _forget_export(person)
    store.save(manifest)
    try:
        written = export_people(context, store, manifest, chosen, out_dir)
    except HeadshotError as err:
        error(err)
        return EXIT_FAILED
    if args.json:
        json_result([{"name": p.name, "chosen_id": p.chosen_id, "exported": p.exported or None} for p in chosen])
    else:
        for path in written:
            result(str(path))
    return EXIT_OK


def _find(manifest: BatchManifest, name: str) -> PersonState | None:
    """The person called ``name`` (any case), or with that key (``p007``)."""
    for person in manifest.people:
        if person.name.casefold() == name.casefold() or person.key == name:
            return person
    return None


def _forget_export(person: PersonState) -> None:
    """Remove the file the batch exported for this person (theirs alone), so the new pick takes its name."""
    if person.exported:
        try:
            Path(person.exported).unlink(missing_ok=True)
        except OSError as err:
            message(f"warning: the earlier export {person.exported} could not be removed ({err.strerror or err}); "
                    "the new pick is written next to it.")  # fmt: skip
    person.exported = ""
