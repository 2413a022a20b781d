"""``headshot-desktop key set | delete | status``: the provider key, never printed."""

from __future__ import annotations

import argparse
import getpass
import sys

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, json_result, message, result
from headshot_desktop.core.errors import ConfigError
from headshot_desktop.system.secrets import KeySource, check_key_text


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("key", help="store, remove or check the OpenAI API key")
    actions = parser.add_subparsers(dest="key_action", required=True, metavar="ACTION")
    actions.add_parser("set", help="read the key from stdin (or a hidden prompt) and store it in the system keyring")
    actions.add_parser("delete", help="remove the key from the system keyring")
    status = actions.add_parser("status", help="say where the key comes from (never prints it)")
    status.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def _read_key() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("OpenAI API key (input hidden): ")
    return sys.stdin.read(64_000)  # all of it: a key cut at a line break must not be stored half


def run(args: argparse.Namespace, context: AppContext) -> int:
    secrets = context.secrets
    if args.key_action == "set":
        key = _read_key().strip()
        if not key:
            message("error: no key given (pipe it in, or type it at the prompt)")
            return EXIT_FAILED
        try:
            check_key_text(key)
        except ConfigError as err:
            error(err)
            return EXIT_USAGE
        secrets.set(key)
        message("The API key is stored in the system keyring.")
        if secrets.source() is KeySource.ENVIRONMENT:
            message("Note: OPENAI_API_KEY is set in the environment and takes precedence while it is.")
        return EXIT_OK
    if args.key_action == "delete":
        removed = secrets.delete()
        message("The stored API key was removed." if removed else "No API key was stored.")
        if secrets.source() is KeySource.ENVIRONMENT:
            message("OPENAI_API_KEY is still set in the environment; unset it to stop using that key.")
        return EXIT_OK
    source = secrets.source()
    if args.json:
        json_result({"provider": "openai", "source": source.value, "keyring_available": secrets.keyring_available()})
    else:
        result(f"OpenAI API key: {source.describe()}")
    return EXIT_OK
