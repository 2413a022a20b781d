"""``headshot-desktop kit new KIT --style ID | --prompt TEXT …`` and ``kit show KIT``: the team kit file.

A team kit holds everything that makes a team's headshots match (docs/TEAM_KITS.md); ``batch`` runs one.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.commands.export import quality
from headshot_desktop.commands.output import EXIT_OK, EXIT_USAGE, error, json_result, message, result
from headshot_desktop.core.generation import DETAIL_LEVELS, MAX_VARIANTS, SHAPES
from headshot_desktop.core.likeness import FEATURES
from headshot_desktop.errors import HeadshotError

if TYPE_CHECKING:
    from headshot_desktop.services.team.kit import TeamKit

SUFFIX = ".headshot-kit.json"  # services.team.kit.KIT_SUFFIX, repeated so `--help` loads no services


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("kit", help="make or show a team kit: how every headshot of a team is made")
    actions = parser.add_subparsers(dest="kit_action", metavar="ACTION", required=True)

    new = actions.add_parser("new", help="write a team kit file (see docs/TEAM_KITS.md)")
    new.add_argument("kit", type=Path, metavar="KIT", help=f"the file to write, e.g. acme{SUFFIX}")
    look = new.add_mutually_exclusive_group(required=True)
    look.add_argument("--style", metavar="ID", help="the style everyone gets (see `styles`)")
    look.add_argument("--prompt", metavar="TEXT", help="a prompt of the kit's own, instead of a style")
    new.add_argument("--provider", metavar="ID", default=argparse.SUPPRESS,
                     help="the image provider everyone's headshots are made with (default: the chosen one)")  # fmt: skip
    new.add_argument("--name", metavar="N", help="the kit's name, e.g. 'Acme team page' (default: from KIT's name)")
    new.add_argument("--model", metavar="M", default="", help="(default: the provider's default model)")
    new.add_argument("--variants", type=int, choices=range(1, MAX_VARIANTS + 1), default=2, metavar=f"1-{MAX_VARIANTS}",
                     help="images per person, each its own request (default: 2)")  # fmt: skip
    new.add_argument("--detail", choices=DETAIL_LEVELS, default="medium", help="detail level (default: medium)")
    new.add_argument("--shape", choices=SHAPES, default="", help="(default: the style's own)")
    new.add_argument("--seed", type=_seed, metavar="N",
                     help="the seed everyone gets; variant i gets N + i (default: a random one, drawn now)")  # fmt: skip
    new.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                     help="one of the provider's own options (see `providers --json`); repeatable")  # fmt: skip
    new.add_argument("--keep", metavar="F,F…", default="", help="features to keep: " + ", ".join(FEATURES))
    new.add_argument("--keep-text", metavar="TEXT", default="", help="what else to keep, in your words")
    new.add_argument("--preset", metavar="ID", default="linkedin", help="export size (default: linkedin)")
    new.add_argument("--format", dest="fmt", choices=["png", "jpeg", "jpg", "webp"], default="",
                     help="export file format (default: the preset's own)")  # fmt: skip
    new.add_argument("--quality", type=quality, default=90, metavar="1-100", help="JPEG/WebP quality (default: 90)")
    new.add_argument("--crop", metavar="X,Y,W,H",
                     help="the framing of every headshot, in fractions of its width and height "
                     "(default: the preset's own framing)")  # fmt: skip
    new.add_argument("--template", metavar="T", default="{name}",
                     help="export file names: {name} (the person), {date}, {time}, {style}, {n}, {original}, "
                     "{preset} (default: {name})")  # fmt: skip
    new.add_argument("--ai-label", action=argparse.BooleanOptionalAction, default=True,
                     help="label the exported files as made with AI (default: on)")  # fmt: skip
    new.add_argument("--force", action="store_true", help="replace KIT if it exists")
    new.set_defaults(run=run_new)

    show = actions.add_parser("show", help="print what a team kit holds, and whether this app can use it")
    show.add_argument("kit", type=Path, metavar="KIT")
    show.add_argument("--json", action="store_true", help="the kit as JSON (as the file holds it, tidied)")
    show.set_defaults(run=run_show)


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value < 2**31:
        raise argparse.ArgumentTypeError(f"{value} is out of range: use 0 to {2**31 - 1}")
    return value


def _kit_from(args: argparse.Namespace, context: AppContext) -> TeamKit:
    """The kit the options describe; ``KitError`` naming KIT and the option at fault."""
    from headshot_desktop.library.crops import parse_crop
    from headshot_desktop.services.team.kit import KIT_SUFFIX, KitError, KitExport, TeamKit, new_seed
    from headshot_desktop.services.team.people import name_from_file

    label = args.kit.name
    options: dict[str, str] = {}
    for item in args.option:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise KitError(f"The team kit {label} cannot be made: --option takes KEY=VALUE, not {item!r}.")
        options[key.strip()] = value.strip()
    framing = None
    if args.crop is not None:
        try:
            framing = parse_crop(args.crop)
        except ValueError as err:
            raise KitError(f"The team kit {label} cannot be made: --crop {err}",
                           hint="Give four fractions x,y,w,h, e.g. --crop 0,0.1,1,0.7.") from None  # fmt: skip
    stem = label[: -len(KIT_SUFFIX)] if label.endswith(KIT_SUFFIX) else Path(label).stem
    kit = TeamKit(
        name=args.name if args.name is not None else name_from_file(Path(stem + ".x")),
        provider=args.provider or context.provider_id, style=args.style or "", prompt=args.prompt or "",
        model=args.model, keep=tuple(f.strip() for f in args.keep.split(",") if f.strip()), keep_text=args.keep_text,
        shape=args.shape, detail=args.detail, variants=args.variants,
        seed=args.seed if args.seed is not None else new_seed(), options=options,
        export=KitExport(preset=args.preset, fmt=args.fmt, quality=args.quality, framing=framing,
                         template=args.template, ai_label=args.ai_label),
    )  # fmt: skip
    return kit.validated(label)


def run_new(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.commands.export import export_presets
    from headshot_desktop.services.team.kit import save_kit

    path = args.kit.expanduser()
    if path.is_dir():
        message(f"error: {args.kit} is a folder; give the kit's file name, e.g. {args.kit / ('team' + SUFFIX)}.")
        return EXIT_USAGE
    if path.exists() and not args.force:
        message(f"error: {args.kit} exists; nothing was written. Add --force to replace it, or choose another name.")
        return EXIT_USAGE
    try:
        kit = _kit_from(args, context)
        problems = kit.check(context.styles, export_presets(context))
        if problems:
            message(f"error: The team kit {args.kit.name} cannot be made. " + " ".join(problems))
            return EXIT_USAGE
        save_kit(kit, path, replace=args.force)
    except HeadshotError as err:
        error(err)
        return EXIT_USAGE
    result(str(path))
    return EXIT_OK


def run_show(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.commands.export import export_presets
    from headshot_desktop.services.team.kit import load_kit

    try:
        kit = load_kit(args.kit.expanduser())
    except HeadshotError as err:
        error(err)
        return EXIT_USAGE
    presets = export_presets(context)
    if args.json:
        json_result(kit.to_json())
    else:
        for line in describe(kit, context, presets):
            result(line)
    problems = kit.check(context.styles, presets)
    for problem in problems:
        message(f"warning: {problem}")
    if problems:
        message("warning: This kit cannot be used here until that is fixed.")
    return EXIT_OK


def describe(kit: TeamKit, context: AppContext, presets: dict) -> list[str]:
    """The kit in lines a person reads: one setting a line."""
    from headshot_desktop.services.team.kit import KIT_VERSION

    if kit.prompt:
        look = f"a prompt of its own: {kit.prompt!r}"
    else:
        try:
            look = f"{kit.style} ({context.styles.get(kit.style).name})"
        except HeadshotError:
            look = f"{kit.style} (not a style here)"
    keep = ", ".join(kit.keep) or "nothing ticked"
    out = kit.export
    preset = presets.get(out.preset)
    lines = [
        f"{kit.name}  (team kit, version {KIT_VERSION})",
        f"provider    {kit.provider}, model {kit.model or 'the default'}",
        f"style       {look}",
        f"keep        {keep}" + (f"; {kit.keep_text!r}" if kit.keep_text else ""),
        f"shape       {kit.shape or 'the style’s own'}",
        f"detail      {kit.detail}",
        f"variants    {kit.variants} a person",
        "seed        " + ("a new one each run" if kit.seed is None else f"{kit.seed} (variant i gets {kit.seed} + i)"),
    ]
    if kit.options:
        lines.append("options     " + ", ".join(f"{k}={v}" for k, v in kit.options.items()))
    lines += [
        f"export      {preset.label if preset else out.preset}, {out.fmt or 'the preset’s own format'}, "
        f"quality {out.quality}, AI label {'on' if out.ai_label else 'off'}",
        f"framing     {out.framing if out.framing is not None else 'the preset’s own'}",
        f"file names  {out.template}",
    ]
    return lines
