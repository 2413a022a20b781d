"""``refine HEADSHOT "instruction"`` (or ``--final``) and ``library tree HEADSHOT``: change one result, see its family.

A refinement sends the headshot with the instruction, the selfie it came from as the likeness
reference and the features to keep; the answer is stored as the headshot's child. ``--final``
makes the chosen draft again at the highest detail level. HEADSHOT is a file in the library's
Headshots folder, or its id (see ``library list --json``).
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.commands import terms
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
from headshot_desktop.commands.progress import Progress
from headshot_desktop.core.generation import LARGEST, CancelToken
from headshot_desktop.core.progress import ImageProgress, ImageReady, Status
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import CancelledError, HeadshotError, NotFoundError

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot, Library


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("refine", help="change one headshot as you say, keeping the likeness")
    parser.add_argument("headshot", metavar="HEADSHOT", help="its file in the library, or its id")
    parser.add_argument("instruction", nargs="?", default="", metavar="INSTRUCTION",
                        help='what to change, e.g. "tie navy instead of red"')  # fmt: skip
    parser.add_argument("--final", action="store_true", help="make it again at the highest detail instead")
    parser.add_argument("--largest", action="store_true",
                        help="with --final: at the largest size the provider makes (for prints), at its price")  # fmt: skip
    parser.add_argument("--variants", type=int, choices=range(1, 5), metavar="1-4", default=1)
    parser.add_argument("--json", action="store_true")
    terms.add_flag(parser)
    parser.set_defaults(run=run)


def find(library: Library, given: str) -> Headshot:
    """The headshot by id or by its file; a clear sentence when it is not there."""
    wanted = Path(given).expanduser()
    for headshot in library.list_headshots():
        if given == str(headshot.id) or (wanted.exists() and headshot.path.resolve() == wanted.resolve()):
            return headshot
    raise NotFoundError(f"There is no headshot {given} in the library (it may have been deleted).",
                        hint="See `headshot-desktop library list --json` for the headshots and their ids.")  # fmt: skip


def style_of(context: AppContext, headshot: Headshot) -> Style:
    try:
        return context.styles.get(headshot.style_id)
    except NotFoundError:  # a style deleted since: the headshot still names it
        return Style(headshot.style_id or "refined", headshot.style_name or "Refined", "PRESERVE: the person.")


def run(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.services.refine import final_in_high_detail, refine

    if not args.final and not args.instruction.strip():
        message('error: say what to change, e.g. refine HEADSHOT "less smile", or use --final.')
        return EXIT_USAGE
    if args.largest and not args.final:
        message("error: --largest is for a final (--final): a refinement keeps the headshot's size.")
        return EXIT_USAGE
    if not terms.confirmed(args, context):
        return EXIT_USAGE
    try:
        headshot = find(context.library(), args.headshot)
    except HeadshotError as err:
        error(err)
        return EXIT_FAILED
    options = context.generate_options(variants=args.variants)
    workflow = context.workflow()
    progress = Progress()

    def report(event: object) -> None:
        if isinstance(event, ImageReady):
            progress.line("the new version is ready")
        elif isinstance(event, Status | ImageProgress):
            progress.event("", event)

    cancel = CancelToken()
    style = style_of(context, headshot)
    progress.start()
    with cf.ThreadPoolExecutor(max_workers=1) as pool:
        if args.final:
            detail = LARGEST if args.largest else None
            future = pool.submit(final_in_high_detail, workflow, headshot, style, options, report, cancel, detail)
        else:
            future = pool.submit(refine, workflow, headshot, args.instruction, style, options, report, cancel)
        try:
            outcome = future.result()
        except KeyboardInterrupt:
            cancel.cancel()
            progress.close()
            message("Cancelled; nothing was kept.")
            return EXIT_INTERRUPTED
        except CancelledError:
            return EXIT_INTERRUPTED
        except HeadshotError as err:
            progress.close()
            error(err)
            return EXIT_FAILED
        finally:
            progress.close()
    for warning in outcome.warnings:
        message(f"warning: {warning}")
    for problem in outcome.problems:
        message(f"error: {problem}")
    if args.json:
        json_result([{"id": h.id, "path": str(h.path), "parent_id": h.parent_id, "instruction": h.instruction}
                     for h in outcome.headshots])  # fmt: skip
    else:
        for made in outcome.headshots:
            result(str(made.path))
    return EXIT_OK if outcome.headshots and not outcome.problems else EXIT_FAILED


def show_tree(context: AppContext, given: str, as_json: bool) -> int:
    """The chain from the first version to HEADSHOT, then its own refinements."""
    library = context.library()
    try:
        headshot = find(library, given)
    except HeadshotError as err:
        error(err)
        return EXIT_FAILED
    chain, children = library.lineage(headshot.id), library.children(headshot.id)
    if as_json:

        def row(h: Headshot) -> dict[str, object]:
            return {"id": h.id, "path": str(h.path), "parent_id": h.parent_id, "instruction": h.instruction}

        json_result({"lineage": [row(h) for h in chain], "children": [row(h) for h in children]})
        return EXIT_OK
    for depth, found in enumerate(chain):
        said = f"  “{found.instruction}”" if found.instruction else ""
        mark = " ◀" if found.id == headshot.id else ""
        result(f"{'  ' * depth}{found.id}  {found.path.name}{said}{mark}")
    for child in children:
        result(f"{'  ' * len(chain)}{child.id}  {child.path.name}  “{child.instruction}”")
    return EXIT_OK
