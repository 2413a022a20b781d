"""``headshot-desktop export HEADSHOT… --preset ID [--crop x,y,w,h] [--template T] -o PATH``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error, message, result
from headshot_desktop.errors import ConfigError, HeadshotError, NotFoundError
from headshot_desktop.library.crops import Crop, parse_crop
from headshot_desktop.library.presets import DEFAULT_TEMPLATE, FORMATS, PRESETS, TEMPLATE_FIELDS, ExportPreset
from headshot_desktop.library.provenance import AI_LABEL_EXPLANATION

if TYPE_CHECKING:
    from headshot_desktop.library import Headshot

CROP_HINT = "Give four fractions of the headshot's width and height, x,y,w,h: for example --crop 0,0.1,1,0.667."
UPSCALE_HINT = (
    "Add --allow-upscale to enlarge it anyway (a plain Lanczos enlargement: softer, with no new detail), "
    "or make the headshot again at a larger size."
)


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
    built_in = ", ".join(PRESETS)
    parser.add_argument(
        "--preset",
        default="linkedin" if not required else None,
        required=required,
        metavar="ID",
        help=f"crop and size: {built_in}, or one of your own in export_presets.json in the config folder"
        + ("" if required else " (default: linkedin, 800 × 800)"),
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=[*FORMATS, "jpg"],
        default=None,
        help="file format (default: the preset's own, e.g. jpeg for linkedin; else png)",
    )
    parser.add_argument(quality_flag, type=quality, default=90, metavar="1-100", help="JPEG/WebP quality (default: 90)")
    parser.add_argument(
        "--ai-label",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=f"label the file as made with AI (default: on; --no-ai-label leaves it out). {AI_LABEL_EXPLANATION}"
        .replace("%", "%%"),
    )  # fmt: skip
    parser.add_argument(
        "--allow-upscale",
        action="store_true",
        help="enlarge a headshot that has fewer pixels than the preset (Lanczos: softer, no new detail) "
        "instead of refusing",
    )


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("export", help="export headshots cropped and sized for a destination")
    parser.add_argument("headshots", nargs="+", type=Path, metavar="HEADSHOT", help="headshot files (from the library)")
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="PATH",
        help="a file name, or a folder to put them in (a folder for several headshots)",
    )  # fmt: skip
    parser.add_argument("--force", action="store_true", help="replace files that exist")
    parser.add_argument(
        "--crop", metavar="X,Y,W,H",
        help="the part to export, in fractions of the width and height (default: the framing chosen in the "
        "window for this preset, else the upper middle)",
    )  # fmt: skip
    parser.add_argument(
        "--template", default=DEFAULT_TEMPLATE, metavar="T",
        help="file names in a folder: " + ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS)
        + f" (default: {DEFAULT_TEMPLATE!r})",
    )  # fmt: skip
    add_export_options(parser, required=True)
    parser.set_defaults(run=run)


def export_presets(context: AppContext) -> dict[str, ExportPreset]:
    """The built-in presets and the person's own, the team page at the size they set."""
    from headshot_desktop.library.presets import load_presets

    size = context.settings.team_page_size
    return load_presets(context.paths.config_dir, team_page=(size[0], size[1]), notices=context.notices)


def chosen_preset(context: AppContext, preset_id: str) -> ExportPreset:
    """``--preset``'s preset; ``ConfigError`` (exit 2) naming the ones there are."""
    from headshot_desktop.library.presets import find_preset

    return find_preset(preset_id, export_presets(context))


def find_headshots(context: AppContext, paths: list[Path]) -> list[Headshot | Path]:
    """The library's record for each path if it has one (its name and remembered framing), else the plain path."""
    resolved = [path.expanduser().resolve() for path in paths]
    for path, full in zip(paths, resolved, strict=True):
        if not full.is_file():
            raise NotFoundError(
                f"{path}: there is no such file.", hint="Check the path; `library list` shows them all."
            )
    library = context.library()
    library.scan()  # the person may have renamed it in the file manager
    known = {headshot.path.resolve(): headshot for headshot in library.list_headshots()}
    return [known.get(full, full) for full in resolved]


def export_one(source: Headshot | Path, dest: Path, args: argparse.Namespace, preset: ExportPreset,
               context: AppContext, *, quality: int, crop: Crop | None = None, overwrite: bool = False,
               keep_both: bool = False, template: str = DEFAULT_TEMPLATE) -> Path | None:  # fmt: skip
    """Export one headshot, saying (on stderr) why not; an enlargement only with --allow-upscale, and said so."""
    from headshot_desktop.library.export import NeedsMorePixels, export_headshot

    name = source.name if isinstance(source, Path) else source.path.name

    def attempt(allow_upscale: bool) -> Path:
        return export_headshot(
            source, dest, preset=preset, fmt=args.fmt, quality=quality, template=template, overwrite=overwrite,
            keep_both=keep_both, ai_label=args.ai_label, pending=context.pending, crop=crop,
            allow_upscale=allow_upscale, crops=None if isinstance(source, Path) else context.library().crops,
        )  # fmt: skip

    try:
        try:
            return attempt(False)
        except NeedsMorePixels as short:
            if not args.allow_upscale:
                error(f"{name}: {short.message} {UPSCALE_HINT}")
                return None
            message(f"warning: {name}: {short.message} It is enlarged (Lanczos): softer, with no new detail.")
            return attempt(True)
    except HeadshotError as err:
        error(err if name in err.user_text() else f"{name}: {err.user_text()}")
        return None


def _crop(args: argparse.Namespace, sources: list[Headshot | Path]) -> Crop | None:
    if args.crop is None:
        return None
    try:
        return parse_crop(args.crop)
    except ValueError as err:
        names = ", ".join((s.name if isinstance(s, Path) else s.path.name) for s in sources[:3])
        raise ConfigError(f"--crop cannot frame {names}: {err}", hint=CROP_HINT) from None


def run(args: argparse.Namespace, context: AppContext) -> int:
    from headshot_desktop.library.export import file_name, plan_targets

    try:  # what was asked is checked before any file is written (exit 2)
        preset = chosen_preset(context, args.preset)
        file_name(args.template, dict.fromkeys(TEMPLATE_FIELDS, ""))
        sources = find_headshots(context, args.headshots)
        crop = _crop(args, sources)
    except ConfigError as err:
        error(err)
        return EXIT_USAGE
    output = args.output.expanduser()
    targets: list[Path] = [output]
    if len(sources) > 1:
        if output.exists() and not output.is_dir():
            message(f"error: -o {args.output} is a file; several headshots go into a folder (made when missing).")
            return EXIT_USAGE
        fmt = args.fmt or preset.format or "png"
        targets = plan_targets(sources, output, preset=preset.id, fmt=fmt, template=args.template)
    failed = 0
    for source, target in zip(sources, targets, strict=True):
        written = export_one(source, target, args, preset, context, quality=args.quality, crop=crop,
                             overwrite=args.force, template=args.template)  # fmt: skip
        if written is None:
            failed += 1
        else:
            result(str(written))
    return EXIT_FAILED if failed else EXIT_OK
