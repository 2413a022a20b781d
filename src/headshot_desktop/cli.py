"""The command line. With no arguments it opens the window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from headshot_desktop import APP_NAME, __version__

EXAMPLES = """\
examples:
  headshot-desktop                      open the window
  headshot-desktop --startup-check      open the window, report start-up time in ms, quit
  headshot-desktop --library ~/Pictures/Work-Headshots
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="headshot-desktop",
        description=f"{APP_NAME}: turn a selfie into a professional headshot, privately.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="build and show the main window, wait until it is idle, print the milliseconds "
        "since the process started, and exit",
    )
    parser.add_argument("--library", metavar="DIR", help="use this library folder (default: a setting)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from headshot_desktop.app import build_context

    context = build_context(library_dir=args.library)
    from headshot_desktop.ui.gui import run_gui  # Qt is loaded only for the window

    return run_gui(context, startup_check=args.startup_check)


if __name__ == "__main__":
    sys.exit(main())
