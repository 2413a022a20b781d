"""``headshot-desktop styles``: the built-in styles and the person's own."""

from __future__ import annotations

import argparse

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_OK, json_result, result


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("styles", help="list the styles (ids for --style)")
    parser.add_argument("--json", action="store_true", help="machine-readable output, prompts included")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    styles = context.styles.all()
    if args.json:
        json_result(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "description": s.description,
                    "shape": s.shape,
                    "builtin": s.builtin,
                    "prompt": s.request_prompt(),
                }
                for s in styles
            ]
        )
        return EXIT_OK
    width = max(len(s.id) for s in styles)
    for s in styles:
        mine = "" if s.builtin else "  (yours)"
        result(f"{s.id.ljust(width)}  {s.name} — {s.description}{mine}")
    return EXIT_OK
