"""``headshot-desktop batch KIT PHOTO_OR_FOLDER… --out DIR``: a whole team through one kit, resumable.

The batch is a manifest in the library (services/team/manifest.py), saved as each person starts and ends, so
Ctrl-C, a crash or ``kill -9`` loses at most the people then running and ``batch --resume`` goes on without
paying twice. Every run ends by exporting each finished person's chosen variant into the batch's folder.
"""

from __future__ import annotations

import argparse
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.commands import terms
from headshot_desktop.commands.batch_report import BatchReport, estimate_line, listing_line, summary_json
from headshot_desktop.commands.output import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    error,
    json_result,
    message,
    result,
)
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import ConfigError

if TYPE_CHECKING:
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import BatchManifest, BatchStore
    from headshot_desktop.services.team.people import Person

RESUME_HINT = "Go on with `headshot-desktop batch --resume {id}`."


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="make a whole team's headshots with a team kit (see `kit`), resumable, within a spending cap",
        description="Run a team kit over everyone's photo: one person per photo (the name from the file name, or "
        "from --csv). Prints the estimate first, then a line per person as they finish; Ctrl-C stops it and "
        "`batch --resume` goes on where it stopped, never paying twice. Every run ends by exporting each "
        "finished person's chosen variant into --out.",
    )
    parser.add_argument("kit", nargs="?", type=Path, metavar="KIT",
                        help="the team kit file (with --pick or --resume: a batch id instead, optional)")  # fmt: skip
    parser.add_argument("photos", nargs="*", type=Path, metavar="PHOTO_OR_FOLDER",
                        help="photos, or folders of photos (not their sub-folders)")  # fmt: skip
    parser.add_argument("--out", type=Path, metavar="DIR", help="the folder the headshots are exported into")
    parser.add_argument("--csv", type=Path, metavar="FILE",
                        help="people as lines of name,photo[,reference…] (paths relative to the file)")  # fmt: skip
    parser.add_argument("--cap", type=_usd, metavar="USD", help="stop before the batch would spend more than this")
    parser.add_argument("--dry-run", action="store_true", help="print the estimate and stop; nothing is sent")
    parser.add_argument("--resume", nargs="?", const="", metavar="BATCH_ID",
                        help="go on with a batch (default: the newest unfinished one)")  # fmt: skip
    parser.add_argument("--retry-failed", action="store_true",
                        help="with --resume: also try again the people a fault stopped (a server error, a timeout); "
                        "nothing was paid for them, and the refused stay refused (default batch: the newest)")  # fmt: skip
    parser.add_argument("--list", action="store_true", help="the library's batches, newest first")
    parser.add_argument("--pick", action="append", default=[], metavar="NAME=N",
                        help="choose variant N (1, 2…) of a person of the batch (KIT is then the batch id; "
                        "default: the newest batch) and export it again; repeatable")  # fmt: skip
    parser.add_argument("--json", action="store_true", help="the result as JSON on stdout")
    terms.add_flag(parser)
    parser.set_defaults(run=run)


def _usd(text: str) -> float:
    try:
        value = float(text.strip().lstrip("$"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not an amount in US dollars, e.g. 5 or 12.50") from None
    if not 0 < value < 1e6:
        raise argparse.ArgumentTypeError(f"{text!r}: give an amount above 0, e.g. 5 or 12.50")
    return value


def _store(context: AppContext) -> BatchStore:
    from headshot_desktop.services.team.manifest import BatchStore

    return BatchStore(context.library().root)


def run(args: argparse.Namespace, context: AppContext) -> int:
    modes = [name for name, on in (("--list", args.list), ("--resume", args.resume is not None),
                                   ("--pick", bool(args.pick))) if on]  # fmt: skip
    if len(modes) > 1:
        message(f"error: {' and '.join(modes)} cannot go together; give one.")
        return EXIT_USAGE
    if args.list:
        return _list(args, context)
    if args.pick:
        from headshot_desktop.commands.batch_pick import pick

        return pick(args, context, _store(context))
    if args.resume is not None:
        return _resume(args, context)
    if args.retry_failed:
        message(
            "error: --retry-failed goes with --resume: `headshot-desktop batch --resume [BATCH_ID] --retry-failed`."
        )
        return EXIT_USAGE
    return _new(args, context)


def _list(args: argparse.Namespace, context: AppContext) -> int:
    if args.kit is not None or args.photos:
        message("error: --list takes no kit or photos.")
        return EXIT_USAGE
    batches = _store(context).list()
    if args.json:
        json_result([summary_json(m, None, "", "", []) for m in batches])
    elif not batches:
        message("There are no team batches in this library yet. Start one with `headshot-desktop batch KIT PHOTOS "
                "--out DIR`.")  # fmt: skip
    for manifest in [] if args.json else batches:
        result(listing_line(manifest))
    return EXIT_OK


def _use_provider(args: argparse.Namespace, context: AppContext, kit: TeamKit) -> bool:
    """Point the context at the kit's provider (the batch keeps it); False after saying why --provider cannot."""
    if args.provider and args.provider != kit.provider:
        message(f"error: the kit makes everyone's headshots with {kit.provider!r}; --provider {args.provider} "
                "cannot change that. Make a kit for that provider with `headshot-desktop kit new`.")  # fmt: skip
        return False
    context.provider_override = kit.provider
    return True


def _people(args: argparse.Namespace) -> list[Person]:
    """Everyone from the photos, folders and CSV given, with absolute paths (a resume may run elsewhere)."""
    from headshot_desktop.services.team.people import people_from_csv, people_from_paths, with_unique_names

    people = people_from_paths(args.photos) if args.photos else []
    if args.csv is not None:
        people += people_from_csv(args.csv)
    return with_unique_names(
        replace(p, photo=p.photo.expanduser().absolute(), references=tuple(r.expanduser().absolute()
                                                                           for r in p.references))
        for p in people
    )  # fmt: skip


def _new(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.commands.export import export_presets
    from headshot_desktop.services.team.kit import load_kit
    from headshot_desktop.services.team.manifest import BatchManifest

    if args.kit is None or not (args.photos or args.csv):
        message("error: give a team kit and the team's photos (or --csv FILE), e.g. "
                "`headshot-desktop batch acme.headshot-kit.json photos/ --out headshots/`.")  # fmt: skip
        return EXIT_USAGE
    if args.out is None and not args.dry_run:
        message("error: give the folder to export the headshots into with --out DIR; nothing was sent.")
        return EXIT_USAGE
    if args.out is not None and args.out.exists() and not args.out.is_dir():
        message(f"error: --out {args.out} is a file, not a folder. Give a folder to export into (it is made when "
                "it does not exist yet); nothing was sent.")  # fmt: skip
        return EXIT_USAGE
    try:
        kit = load_kit(args.kit.expanduser())
        problems = kit.check(context.styles, export_presets(context))
        if problems:
            message(f"error: The team kit {args.kit.name} cannot be used here. " + " ".join(problems))
            return EXIT_USAGE
        people = _people(args)
    except ConfigError as err:
        error(err)
        return EXIT_USAGE
    if not people:
        message("error: there are no photos to make headshots of in what was given (a folder's photos are taken, "
                "not its sub-folders).")  # fmt: skip
        return EXIT_USAGE
    if not _use_provider(args, context, kit):
        return EXIT_USAGE
    out_dir = (args.out or Path(".")).expanduser().absolute()
    if args.dry_run:
        draft = BatchManifest("dry-run", kit.to_json(), str(args.kit), "1970-01-01T00:00:00+00:00", args.cap,
                              str(out_dir), [])  # fmt: skip
        _add_people(draft, people)
        return _dry_run(args, context, draft, kit)
    if not terms.confirmed(args, context):
        return EXIT_USAGE
    terms.trust_server(args, context)
    context.require_key(kit.provider)  # no key: said now (exit 1), before a batch is made
    store = _store(context)
    manifest = store.create(kit, args.kit.expanduser().absolute(), people, out_dir, args.cap)
    return _run_and_export(args, context, store, manifest, out_dir)


def _add_people(manifest: BatchManifest, people: list[Person]) -> None:
    from headshot_desktop.services.team.manifest import PersonState

    for number, person in enumerate(people, len(manifest.people) + 1):
        manifest.people.append(PersonState(f"p{number:03d}", person.name, str(person.photo),
                                           [str(r) for r in person.references]))  # fmt: skip


def _dry_run(args: argparse.Namespace, context: AppContext, draft: BatchManifest, kit: TeamKit) -> int:
    from headshot_desktop.services.team.runner import BatchRunner

    estimate = BatchRunner(context, _store(context), draft, lambda event: None).estimate()
    line = estimate_line(context, kit, len(draft.people), estimate, draft)
    if args.json:
        json_result({"people": [{"name": p.name, "photo": p.photo} for p in draft.people],
                     "variants": kit.variants, "estimate_usd": estimate.total_usd if estimate else None,
                     "cap_usd": args.cap, "message": line})  # fmt: skip
    else:
        message(line)
        for person in draft.people:
            result(f"{person.name}\t{person.photo}")
    message("Dry run: nothing was sent and no batch was made.")
    return EXIT_OK


def _resume(args: argparse.Namespace, context: AppContext) -> int:
    if args.photos or args.csv or args.cap is not None or args.dry_run:
        message("error: --resume goes on with the batch as it was made (its kit, people and cap); give only the "
                "batch id, and --out to export elsewhere.")  # fmt: skip
        return EXIT_USAGE
    store = _store(context)
    batch_id = args.resume or (str(args.kit) if args.kit is not None else "")
    try:
        manifest = store.load(batch_id) if batch_id else _newest(store, args.retry_failed)
        if manifest is None:
            message("error: there is no unfinished team batch in this library. See them all with "
                    "`headshot-desktop batch --list`.")  # fmt: skip
            return EXIT_USAGE
        kit = manifest.team_kit
    except ConfigError as err:
        error(err)
        return EXIT_USAGE
    if not _use_provider(args, context, kit):
        return EXIT_USAGE
    from headshot_desktop.services.team.manifest import BatchBusyError

    try:  # held to this command from here to the export: another one making it stops this at once
        with store.held(manifest):
            return _resume_held(args, context, store, manifest)
    except BatchBusyError as err:
        error(err)
        return EXIT_FAILED


def _resume_held(args: argparse.Namespace, context: AppContext, store: BatchStore, manifest: BatchManifest) -> int:
    kit = manifest.team_kit
    if args.retry_failed and (again := store.try_failed_again(manifest)):
        message(f"Trying again: {', '.join(p.name for p in again)}.")
    if manifest.remaining():
        if not terms.confirmed(args, context):
            return EXIT_USAGE
        terms.trust_server(args, context)
        context.require_key(kit.provider)
    out_dir = args.out.expanduser().absolute() if args.out is not None else Path(manifest.out_dir)
    return _run_and_export(args, context, store, manifest, out_dir)


def _newest(store: BatchStore, retry_failed: bool) -> BatchManifest | None:
    """The batch ``--resume`` means without an id: the newest unfinished one; with --retry-failed, the newest."""
    if retry_failed:
        return next(iter(store.list()), None)
    return store.latest_unfinished()


def _run_and_export(args: argparse.Namespace, context: AppContext, store: BatchStore, manifest: BatchManifest,
                    out_dir: Path) -> int:  # fmt: skip
    from headshot_desktop.commands.batch_pick import export_unexported
    from headshot_desktop.services.team.manifest import DONE
    from headshot_desktop.services.team.runner import CANCELLED, FINISHED, BatchRunner, BatchStopped

    report = BatchReport(manifest)
    runner = BatchRunner(context, store, manifest, report)
    kit = manifest.team_kit
    if manifest.remaining():
        message(estimate_line(context, kit, len(manifest.remaining()), runner.estimate(), manifest))
    message(f"Batch {manifest.batch_id}: {len(manifest.people)} people, exported into {out_dir}.")
    cancel = CancelToken()
    stopped: list[BatchStopped] = []
    over = threading.Event()

    def work() -> None:
        try:
            stopped.append(runner.run(cancel))
        finally:
            over.set()

    report.start()
    interrupted = False
    try:
        threading.Thread(target=work, name="batch-runner", daemon=True).start()
        # Short waits on an event keep the main thread free to receive Ctrl-C (a join it interrupts can
        # return before the thread has ended).
        try:
            while not over.wait(0.2):
                pass
        except KeyboardInterrupt:
            interrupted = True
            cancel.cancel()
            while not over.wait(0.2):  # the people running stop at once; their state is saved
                pass
    finally:
        report.close()
    ending = stopped[0] if stopped else BatchStopped(CANCELLED if interrupted else "failed",
                                                     "The batch stopped unexpectedly; the log has the details.")  # fmt: skip
    resume = RESUME_HINT.format(id=manifest.batch_id)
    if interrupted or ending.reason == CANCELLED:
        message(f"Cancelled. {ending.message} {resume}")
        if args.json:
            json_result(summary_json(manifest, context.library(), CANCELLED, ending.message, []))
        return EXIT_INTERRUPTED
    exported, export_problem = export_unexported(context, store, manifest, out_dir)
    counts = manifest.counts()
    message(ending.message if ending.reason == FINISHED else f"{ending.message} {resume}")
    if exported:
        message(f"Exported {len(exported)} headshot(s) into {out_dir}.")
    if args.json:
        json_result(summary_json(manifest, context.library(), ending.reason, ending.message,
                                 [str(p) for p in exported]))  # fmt: skip
    else:
        for path in exported:
            result(str(path))
    everyone_done = counts[DONE] == len(manifest.people)
    return EXIT_OK if ending.reason == FINISHED and everyone_done and not export_problem else EXIT_FAILED
