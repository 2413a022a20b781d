"""``headshot-desktop key set | delete | status``: the provider key, never printed."""

from __future__ import annotations

import argparse
import getpass
import sys

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, json_result, message, result
from headshot_desktop.errors import ConfigError, KeyringUnavailableError
from headshot_desktop.system.secrets import KeySource, check_key_text


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("key", help="store, remove or check a provider's API key")
    actions = parser.add_subparsers(dest="key_action", required=True, metavar="ACTION")
    for name, text in (
        ("set", "read the key from stdin (or a hidden prompt) and store it in the system keyring"),
        ("delete", "remove the key from the system keyring"),
        ("status", "say where the key comes from (never prints it)"),
    ):
        action = actions.add_parser(name, help=text)
        action.add_argument(
            "--provider", metavar="ID", help="whose key (default: the chosen provider); see `providers`"
        )
        if name == "status":
            action.add_argument("--json", action="store_true")
    parser.set_defaults(run=run)


def _read_key(title: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(f"{title} API key (input hidden): ")
    return sys.stdin.read(64_000)  # all of it: a key cut at a line break must not be stored half


def run(args: argparse.Namespace, context: AppContext) -> int:
    secrets = context.secrets
    provider = args.provider or context.provider_id  # main() reduced the --provider list to its first
    info = context.provider_info(provider)
    if info.key is None:
        message(f"error: {info.title} needs no API key.")
        return EXIT_USAGE
    variables = " or ".join(info.key.env_vars)
    if args.key_action == "set":
        key = _read_key(info.title).strip()
        if not key:
            message("error: no key given (pipe it in, or type it at the prompt)")
            return EXIT_FAILED
        try:
            check_key_text(key)
        except ConfigError as err:
            error(err)
            return EXIT_USAGE
        try:
            secrets.set(key, provider)
        except KeyringUnavailableError as err:
            # The window could keep the key for its session; a command has none: the variable does that job.
            message(f"error: {err.message} Nothing was stored. Start a keyring service (GNOME Keyring, KWallet, "
                    f"KeePassXC) and run this again, or set {variables} in the environment of each command instead.")  # fmt: skip
            return EXIT_FAILED
        message(f"The {info.title} API key is stored in the system keyring.")
        if secrets.source(provider) is KeySource.ENVIRONMENT:
            message(
                f"Note: {secrets.env_variable(provider)} is set in the environment and takes precedence while it is."
            )
        return EXIT_OK
    if args.key_action == "delete":
        removed = secrets.delete(provider)
        message(f"The stored {info.title} API key was removed." if removed else f"No {info.title} API key was stored.")
        if secrets.source(provider) is KeySource.ENVIRONMENT:
            message(
                f"{secrets.env_variable(provider)} is still set in the environment; unset it to stop using that key."
            )
        return EXIT_OK
    source = secrets.source(provider)
    if args.json:
        json_result({"provider": provider, "source": source.value, "variables": list(info.key.env_vars),
                     "keyring_available": secrets.keyring_available()})  # fmt: skip
    else:
        result(f"{info.title} API key: {secrets.describe(provider)} (environment: {variables})")
    return EXIT_OK
