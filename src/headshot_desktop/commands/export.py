"""``headshot-desktop export HEADSHOT --preset ID --format F -o PATH``."""

from __future__ import annotations

import argparse
from pathlib import Path

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_OK, result
from headshot_desktop.errors import NotFoundError
from headshot_desktop.library.presets import FORMATS, PRESETS


def quality(text: str) -> int:
    """A JPEG/WebP quality from 1 to 100, refused while the command line is read: before anything is paid for."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 1 to 100") from None
    if not 1 <= value <= 100:
        raise argparse.ArgumentTypeError(f"{value} is out of range: use a number from 1 to 100")
    return value


def add_export_options(parser: argparse.ArgumentParser, *, required: bool, quality_flag: str = "--quality") -> None:
    parser.add_argument(
        "--preset",
        choices=sorted(PRESETS),
        default="linkedin" if not required else None,
        required=required,
        help="crop and size (default: linkedin, 400×400)",
    )
    parser.add_argument(
        "--format", dest="fmt", choices=[*FORMATS, "jpg"], default="png", help="file format (default: png)"
    )
    parser.add_argument(quality_flag, type=quality, default=90, metavar="1-100", help="JPEG/WebP quality (default: 90)")
    parser.add_argument("--ai-label", action="store_true", help='add an "AI-generated" label (XMP) to the file')


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export one headshot cropped to a preset")
    parser.add_argument("headshot", type=Path, metavar="HEADSHOT", help="a headshot file (from the library)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH", help="a file name, or a folder to put it in"
    )
    parser.add_argument("--force", action="store_true", help="replace PATH if it exists")
    add_export_options(parser, required=True)
    parser.set_defaults(run=run)


def find_headshot(context: AppContext, path: Path):
    """The library's record for ``path`` if it has one (for the file name), else the plain path."""
    resolved = path.expanduser().resolve()
    if not resolved.is_file():
        raise NotFoundError(f"{path}: there is no such file.", hint="Check the path; `library list` shows them all.")
    library = context.library()
    library.scan()  # the person may have renamed it in the file manager
    for headshot in library.list_headshots():
        if headshot.path.resolve() == resolved:
            return headshot
    return resolved


def run(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.library import export_headshot

    source = find_headshot(context, args.headshot)
    written = export_headshot(
        source,
        args.output,
        preset=args.preset,
        fmt=args.fmt,
        quality=args.quality,
        overwrite=args.force,
        ai_label=args.ai_label,
        pending=context.pending,
    )
    result(str(written))
    return EXIT_OK
