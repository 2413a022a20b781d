"""The command line. With no command it opens the window.

Exit codes: 0 success, 1 a job failed or a file was refused, 2 wrong usage.
Results go to stdout, messages and progress to stderr.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence, Set
from pathlib import Path

from headshot_desktop import APP_NAME, __version__
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, error, message
from headshot_desktop.errors import ConfigError, HeadshotError
from headshot_desktop.providers import registry

log = logging.getLogger(__name__)

EXAMPLES = """\
examples:
  headshot-desktop                                  open the window
  headshot-desktop selfie.jpg                       open the window with this photo
  headshot-desktop --startup-check                  open the window, print start-up ms, quit
  headshot-desktop providers                        the image providers, and whether each is usable
  echo "$KEY" | headshot-desktop key set            store the chosen provider's API key in the system keyring
  headshot-desktop key status --provider ID         where a provider's key comes from (never prints it)
  headshot-desktop styles                           list the style ids
  headshot-desktop generate me.jpg --style corporate-grey --style startup --variants 2
  headshot-desktop generate team/*.jpg --style navy-suit --export out/ --preset linkedin --format jpeg
  headshot-desktop generate me.jpg --style legal --reference me2.jpg --keep glasses,grey_hair
  headshot-desktop refine 12 "tie navy instead of red"   a new version of headshot 12, kept as its child
  headshot-desktop library tree 12                  the versions of headshot 12
  headshot-desktop export "~/Pictures/Headshot Desktop/Headshots/x.png" --preset square --format webp -o me.webp
  headshot-desktop library export-data my-data.zip  everything, as one zip
  headshot-desktop kit new acme.headshot-kit.json --style navy-suit --preset team-page --format jpeg
  headshot-desktop batch acme.headshot-kit.json team/ --out team-page/ --cap 5
  headshot-desktop batch --resume                   go on with the newest unfinished batch (never pays twice)
  headshot-desktop batch --pick "Jane Doe=2"        Jane's second variant instead, exported again
  headshot-desktop library delete-data --yes        erase the library, logs, settings and stored keys

environment:
{provider_variables}  HEADSHOT_DESKTOP_PROVIDER  the provider to use (like --provider)
  SSL_CERT_FILE             extra CA certificates (corporate proxies), for every provider
  HEADSHOT_DESKTOP_LIBRARY  library folder (like --library)

exit codes: 0 success, 1 a job failed or a file was refused, 2 wrong usage, 130 cancelled (Ctrl-C),
  141 the output was closed before it was all written (| head)
"""


def _provider_variables() -> str:
    """Each provider's own variables, from its registry entry (read, never stored)."""
    lines = []
    for provider_id in registry.ids():
        info = registry.info(provider_id)
        for variable in info.key.env_vars if info.key else ():
            lines.append(f"  {variable.ljust(26)}{info.title} API key (read, never stored; wins over a stored key)")
        if info.base_url_env:
            lines.append(f"  {info.base_url_env.ljust(26)}another {info.title}-compatible server (https, or localhost)")
    return "".join(line + "\n" for line in lines)


# The names the command modules register. Opening the window needs none of those modules: they are
# loaded only when one of these names (or --help) is on the command line.
COMMAND_NAMES = frozenset(
    {"styles", "import", "generate", "refine", "export", "library", "key", "providers", "kit", "batch"}
)


def _command_modules() -> tuple:
    from headshot_desktop.commands import batch, export, generate, key, kit, library, providers, refine, styles

    return (styles, generate, refine, export, library, key, providers, kit, batch)


def _common_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # On subcommands the default is SUPPRESS so "--library" given before the
    # command is not reset by the subcommand's own default.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--library", metavar="DIR", default=default, help="use this library folder")
    parser.add_argument(
        "--provider",
        metavar="ID",
        action="append",
        default=default,
        help="the image provider for this run (see `providers`; default: HEADSHOT_DESKTOP_PROVIDER, else the one "
        "chosen in the window); "
        "generate takes several (ID or ID:MODEL) to compare them on one photo and style",
    )


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only what opening the window takes (no subcommands)."""
    parser = argparse.ArgumentParser(
        prog="headshot-desktop",
        description=f"{APP_NAME}: turn a selfie into a professional headshot.",
        epilog=EXAMPLES.format(provider_variables=_provider_variables()) if commands else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="build and show the main window, wait until it is idle, print the milliseconds "
        "since the process started, and exit",
    )
    _common_options(parser, top=True)
    if not commands:
        parser.set_defaults(command=None, command_names=COMMAND_NAMES)
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in _command_modules():
        command.add_parser(subparsers)
    for sub in subparsers.choices.values():
        _common_options(sub, top=False)
        sub.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.set_defaults(command_names=set(subparsers.choices))
    return parser


def split_photos(argv: list[str], commands: Set[str]) -> tuple[list[Path], list[str]]:
    """Leading arguments that are files, not commands, are photos to open in the window.

    That is how a file manager's "Open with Headshot Desktop" calls the app.
    """
    photos = []
    for arg in argv:
        if arg.startswith("-") or arg in commands or not Path(arg).is_file():
            break
        photos.append(Path(arg))
    return photos, argv[len(photos) :]


EXIT_OUTPUT_CLOSED = 141  # what a shell shows for a tool that SIGPIPE ended: 128 + 13


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes thousands of objects that live as long as the app: looking for garbage among them only
    # delays the first paint. The window turns collection back on once it is idle (ui/gui.py), a command at once.
    gc.disable()
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader stopped early (`| head`). Python cannot take SIGPIPE's default (it would end
        # the app on any closed socket too), so stop here, quietly, as Unix tools do.
        log.info("the output was closed before it was all written")
        _silence_closed_output()
        return EXIT_OUTPUT_CLOSED
    finally:
        gc.enable()


def _silence_closed_output() -> None:
    """Point stdout and stderr at nothing: the flush at exit would otherwise print the same error again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        try:
            os.dup2(devnull, stream.fileno())
        except (OSError, ValueError, AttributeError):  # no real file behind it (a test's capture)
            continue
    os.close(devnull)


def _parsed(argv: list[str]) -> argparse.Namespace | int:
    """The command line's options and command, or the exit code when they cannot be used (or asked for help)."""
    # A command, a word that may be a mistyped one, or --help: the full parser. Otherwise the window opens.
    parser = build_parser(commands=any(not arg.startswith("-") or arg in ("-h", "--help") for arg in argv))
    if (
        argv
        and not argv[0].startswith("-")
        and argv[0] not in parser.get_default("command_names")
        and (Path(argv[0]).suffix or "/" in argv[0])
    ):  # a photo to open that is not there: say so, not "invalid choice"
        message(f"error: there is no file {argv[0]}.")
        return EXIT_USAGE
    try:
        return parser.parse_args(argv)
    except SystemExit as exit_:
        return EXIT_USAGE if exit_.code not in (0, None) else 0


def _launched(argv: list[str]) -> argparse.Namespace | None:
    """What a launcher's start asks (nothing, or only ``--startup-check``): argparse's parser is not built for it.

    Building it looks up argparse's own translations (gettext and locale: about 2 ms before the window).
    """
    if argv not in ([], ["--startup-check"]):
        return None
    return argparse.Namespace(command=None, startup_check=bool(argv), library=None, provider=None)


def _main(argv: Sequence[str] | None) -> int:
    photos, argv = split_photos(list(sys.argv[1:] if argv is None else argv), COMMAND_NAMES)
    asked = _launched(argv) or _parsed(argv)
    if isinstance(asked, int):
        return asked
    args = asked
    from headshot_desktop.app import build_context

    engines = [args.provider] if isinstance(args.provider, str) else args.provider or []  # key has its own option
    args.engines = [e.strip() for e in engines if e.strip()]
    args.provider = args.engines[0].split(":", 1)[0] if args.engines else None
    if len(args.engines) > 1 and args.command != "generate":
        message("error: only generate takes several --provider (to compare them); give one.")
        return EXIT_USAGE
    if args.engines and ":" in args.engines[0] and args.command != "generate":
        message("error: --provider ID:MODEL is for generate; use --provider ID here.")
        return EXIT_USAGE
    try:
        context = build_context(library_dir=args.library, provider=args.provider)
        if args.provider:
            context.provider_module()  # an unknown or developer-only provider: say so at once (exit 2)
    except ConfigError as err:
        error(err)
        return EXIT_USAGE
    except HeadshotError as err:
        error(err)
        return EXIT_FAILED
    if args.command is None:
        from headshot_desktop.ui.gui import run_gui  # Qt is loaded only for the window

        return run_gui(context, startup_check=args.startup_check, photos=photos)
    gc.enable()
    try:
        return args.run(args, context)
    except HeadshotError as err:
        log.warning("%s failed: %s (%s)", args.command, err.kind, err.detail or err.message)
        error(err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        error("cancelled")
        return EXIT_INTERRUPTED
    finally:
        for notice in context.notices:
            message(f"warning: {notice}")


if __name__ == "__main__":
    sys.exit(main())
