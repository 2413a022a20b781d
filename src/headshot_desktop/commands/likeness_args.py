"""``generate --reference PHOTO --keep FEATURES --keep-text TEXT``: what helps the result look like the person.

References are further photos of the same person, so they go with one photo at a time; each is
imported (metadata removed) like the photo itself. ``--keep`` ticks the same features as the
window's checklist; given, it replaces the saved list for this run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import error, message
from headshot_desktop.core.generation import MAX_REFERENCES
from headshot_desktop.core.likeness import FEATURES
from headshot_desktop.errors import HeadshotError
from headshot_desktop.library import Original


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--reference", action="append", default=[], type=Path, metavar="PHOTO",
                        help=f"another photo of the same person, to keep the likeness (up to {MAX_REFERENCES})")  # fmt: skip
    parser.add_argument("--keep", metavar="F,F…",
                        help="features to keep, comma-separated: " + ", ".join(FEATURES) + " (default: the saved list)")  # fmt: skip
    parser.add_argument("--keep-text", metavar="TEXT", help="what else to keep, in your words")


def overrides(args: argparse.Namespace) -> dict[str, object]:
    """Options for ``generate_options``: only what was given on the command line."""
    found: dict[str, object] = {}
    if args.keep is not None:
        found["keep"] = tuple(f.strip() for f in args.keep.split(",") if f.strip())
    if args.keep_text is not None:
        found["keep_text"] = args.keep_text
    return found


def import_references(args: argparse.Namespace, context: AppContext) -> tuple[Original, ...] | None:
    """The reference photos, imported; None (after saying why) when they cannot be used."""
    if not args.reference:
        return ()
    if len(args.photos) != 1:
        message("error: --reference is for one person: give exactly one PHOTO with it.")
        return None
    if len(args.reference) > MAX_REFERENCES:
        message(f"error: at most {MAX_REFERENCES} --reference photos.")
        return None
    workflow = context.workflow()
    found = []
    for path in args.reference:
        try:
            found.append(workflow.import_photo(path))
        except HeadshotError as err:
            error(err)
            message(f"error: the reference photo {path} cannot be used; nothing was sent.")
            return None
    return tuple(found)
