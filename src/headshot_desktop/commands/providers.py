"""``headshot-desktop providers``: who can make the headshots, whether each is usable, where the key comes from."""

from __future__ import annotations

import argparse
from typing import Any

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_OK, json_result, result
from headshot_desktop.providers import registry
from headshot_desktop.system.secrets import KeySource


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("providers", help="the image providers, whether each is usable, and their keys")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, context: AppContext) -> int:
    rows: list[dict[str, Any]] = []
    for provider in registry.ids(developer=registry.developer_mode(context.environ)):
        info = context.provider_info(provider)
        if info.server is not None:
            usable, key = True, "none (your own server at " + ", ".join(info.hosts) + ")"
        elif info.key is None:
            usable, key = True, "needs no key"
        else:
            usable = context.secrets.source(provider) is not KeySource.NONE
            key = context.secrets.describe(provider)
        rows.append({
            "id": provider, "title": info.title, "chosen": provider == context.provider_id, "usable": usable,
            "key": key, "photos_leave_computer": info.photos_leave_computer, "hosts": list(info.hosts),
            "privacy": info.privacy, "retention_days": info.retention_days, "privacy_notes": list(info.privacy_notes),
            "must_confirm": info.must_confirm, "output_note": info.output_note,
            "privacy_checked": info.privacy_checked or None, "server": info.server is not None, "key_variables": list(info.key.env_vars if info.key else ()),
        })  # fmt: skip
    if args.json:
        json_result(rows)
        return EXIT_OK
    width = max(len(r["id"]) for r in rows)
    for row in rows:
        mark = "*" if row["chosen"] else " "
        state = "usable" if row["usable"] else "no key"
        where = "on this computer" if not row["photos_leave_computer"] else "photo goes to " + ", ".join(row["hosts"])
        if row["server"]:
            where = "photo goes only to your server at " + ", ".join(row["hosts"]) + ", never to a cloud service"
        result(f"{mark} {row['id'].ljust(width)}  {row['title']} — {state}; key {row['key']}; {where}")
        indent = " " * (width + 4)
        for line in (row["privacy"], *(f"- {n}" for n in row["privacy_notes"]), row["output_note"]):
            if line:
                result(indent + line)
        if row["must_confirm"]:
            result(
                f"{indent}Asks you to confirm once (in the window, or generate --accept-terms): {row['must_confirm']}"
            )
    return EXIT_OK
