"""``headshot-desktop library list | export-data | delete-data``: see, take and erase your data."""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, json_result, message, result


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("library", help="list, export or delete everything in the library")
    actions = parser.add_subparsers(dest="library_action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help="the originals and headshots in the library")
    listing.add_argument("--json", action="store_true")
    export = actions.add_parser("export-data", help="write every original, headshot and metadata.json to one zip")
    export.add_argument("zip", type=Path, metavar="ZIP")
    export.add_argument("--force", action="store_true", help="replace ZIP if it exists")
    actions.add_parser(
        "recover", help="move paid headshots kept aside (the library could not take them then) into the library"
    )
    tree = actions.add_parser("tree", help="a headshot's versions: what it was refined from, and into")
    tree.add_argument("headshot", metavar="HEADSHOT", help="its file in the library, or its id")
    tree.add_argument("--json", action="store_true")
    delete = actions.add_parser("delete-data", help="delete the library, thumbnails, logs, settings and the stored key")
    delete.add_argument("--yes", action="store_true", help="confirm: without it nothing is deleted")
    delete.add_argument("--empty-trash", action="store_true",
                        help="also remove from the system trash the photos and headshots you deleted earlier")  # fmt: skip
    parser.set_defaults(run=run)


def _list(context: AppContext, as_json: bool) -> int:
    library = context.library()
    scan = library.scan()
    if scan.index_rebuilt:
        message(f"note: the library index was rebuilt from the files; {scan.details_restored} headshot(s) got "
                "their style, prompt and cost back.")  # fmt: skip
        if scan.details_lost:
            message(f"note: {len(scan.details_lost)} headshot(s) could not get them back: "
                    + ", ".join(p.name for p in scan.details_lost))  # fmt: skip
    if library.read_only:
        message(f"note: the library {library.root} is read-only: you can list and export, not add or delete.")
    originals, headshots = library.list_originals(), library.list_headshots()
    if as_json:
        json_result(
            {
                "library": str(library.root),
                "originals": [
                    {
                        "id": o.id,
                        "path": str(o.path),
                        "created": o.created.isoformat(),
                        "kept": o.kept,
                        "source_name": o.source_name,
                        "damaged": o.damaged,
                    }
                    for o in originals
                ],
                "headshots": [
                    {
                        "id": h.id,
                        "path": str(h.path),
                        "created": h.created.isoformat(),
                        "original_id": h.original_id,
                        "style_id": h.style_id,
                        "style_name": h.style_name,
                        "model": h.model,
                        "size": h.size,
                        "quality": h.quality,
                        "cost_usd": h.cost_usd,
                        "kept": h.kept,
                        "damaged": h.damaged,
                    }
                    for h in headshots
                ],
            }
        )
        return EXIT_OK
    message(f"{library.root}: {len(originals)} original(s), {len(headshots)} headshot(s)")
    for o in originals:
        result(f"original  {o.path}")
    for h in headshots:
        result(f"headshot  {h.path}  [{h.style_name or h.style_id or 'added by hand'}]")
    return EXIT_OK


def _recover(context: AppContext) -> int:
    from headshot_desktop.library.recovery import RecoveryBox, spare_folder

    box = RecoveryBox(context.paths.recovery_dir, spare_folder())
    if not box.items():
        message(f"Nothing to recover: {box.folder} holds no kept headshots.")
        return EXIT_OK
    added, problems = box.move_into(context.library())
    for headshot in added:
        result(str(headshot.path))
    for problem in problems:
        message(f"error: {problem}")
    message(f"Moved {len(added)} headshot(s) into the library.")
    return EXIT_FAILED if problems else EXIT_OK


def run(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.library import delete_all, export_all

    if args.library_action == "list":
        return _list(context, args.json)
    if args.library_action == "recover":
        return _recover(context)
    if args.library_action == "tree":
        from headshot_desktop.commands.refine import show_tree

        return show_tree(context, args.headshot, args.json)
    if args.library_action == "export-data":
        report = export_all(context.library(), args.zip, overwrite=args.force, pending=context.pending)
        message(f"Exported {report.originals} original(s) and {report.headshots} headshot(s).")
        for skipped in report.skipped:
            message(f"skipped: {skipped}")
        result(str(report.path))
        return EXIT_OK
    if not args.yes:
        message(
            "This deletes every photo and headshot in the library, its team batches, the thumbnails, logs, "
            "settings and the stored API keys. Run it again with --yes to confirm (and --empty-trash to also "
            "remove from the system trash the photos and headshots you deleted in the app earlier)."
        )
        return EXIT_USAGE
    context.close()  # release the library's lock and index before removing them
    deletion = delete_all(context.paths, context.secrets, confirm=True, library_must_exist=context.library_must_exist,
                          providers=context.key_providers(), empty_trash=args.empty_trash)  # fmt: skip
    library = shlex.quote(str(context.paths.library_dir))
    again = f"headshot-desktop --library {library} library delete-data --yes --empty-trash"
    message(deletion.summary(empty_trash_hint=f"To remove them from the trash too, run: {again}"))
    return EXIT_OK if deletion.complete else EXIT_FAILED
