"""``headshot-desktop import`` and ``generate``: photos in, headshots out, without the window."""

from __future__ import annotations

import argparse
import concurrent.futures as cf
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.commands import compare, likeness_args, terms
from headshot_desktop.commands.export import add_export_options, chosen_preset, export_one
from headshot_desktop.commands.output import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    error,
    json_result,
    message,
    result,
)
from headshot_desktop.commands.progress import Progress
from headshot_desktop.commands.wording import for_command_line
from headshot_desktop.core.generation import DETAIL_LEVELS, SHAPES, CancelToken
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import CancelledError, ConfigError, HeadshotError, NotFoundError
from headshot_desktop.library import Original
from headshot_desktop.services.options import GenerateOptions, check_options, estimate_run, upload_size

if TYPE_CHECKING:
    from headshot_desktop.services.workflow import Outcome, Workflow


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    importing = subparsers.add_parser("import", help="store photos in the library (metadata removed)")
    importing.add_argument("photos", nargs="+", type=Path, metavar="PHOTO")
    importing.add_argument("--json", action="store_true")
    importing.set_defaults(run=run_import)

    gen = subparsers.add_parser("generate", help="make headshots: every photo × every style")
    gen.add_argument("photos", nargs="+", type=Path, metavar="PHOTO")
    gen.add_argument(
        "--style", action="append", required=True, metavar="ID", help="a style id (repeatable); see `styles`"
    )
    gen.add_argument(
        "--variants",
        type=int,
        choices=range(1, 5),
        metavar="1-4",
        help="images per style, each its own request (default: setting, 2)",
    )
    gen.add_argument(
        "--detail", "--quality", dest="detail", choices=DETAIL_LEVELS, help="detail level (default: setting, medium)"
    )
    gen.add_argument("--shape", choices=SHAPES, help="(default: the setting, else the style's)")
    gen.add_argument("--model", metavar="M", help="(default: the provider's newest model your key can use)")
    gen.add_argument(
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="one of the provider's own options (see `providers --json`); repeatable",
    )
    gen.add_argument(
        "--jobs", type=int, default=2, metavar="N", help="photo × style runs at the same time (default: 2)"
    )
    gen.add_argument("--no-stream", action="store_true", help="no previews (for servers that cannot stream)")
    gen.add_argument("--export", type=Path, metavar="DIR", help="also export each headshot into DIR")
    add_export_options(gen, required=False, quality_flag="--export-quality")
    gen.add_argument("--json", action="store_true")
    terms.add_flag(gen)
    likeness_args.add_arguments(gen)
    gen.set_defaults(run=run_generate)


def _import_all(context: AppContext, photos: list[Path]) -> tuple[list[Original], int]:
    workflow = context.workflow()
    originals, refused = [], 0
    for photo in photos:
        try:
            originals.append(workflow.import_photo(photo))
        except HeadshotError as err:
            error(err)
            refused += 1
    return originals, refused


def run_import(args: argparse.Namespace, context: AppContext) -> int:
    originals, refused = _import_all(context, args.photos)
    if args.json:
        json_result([{"id": o.id, "path": str(o.path), "source_name": o.source_name} for o in originals])
    else:
        for original in originals:
            result(str(original.path))
    return EXIT_FAILED if refused else EXIT_OK


@dataclass
class Job:
    original: Original
    style: Style
    cancel: CancelToken
    references: tuple[Original, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.original.source_name or self.original.name} · {self.style.name}"


def _styles(context: AppContext, ids: list[str]) -> list[Style] | None:
    found = []
    for style_id in ids:
        try:
            found.append(context.styles.get(style_id))
        except NotFoundError:
            message(
                f"error: there is no style {style_id!r}. Known styles: " + ", ".join(s.id for s in context.styles.all())
            )
            return None
    return found


def _options(args: argparse.Namespace, context: AppContext) -> GenerateOptions | None:
    """The options, checked against what the chosen provider can do; None after saying why not."""
    info, package = context.provider_info(), context.provider_module()
    chosen: dict[str, str] = {}
    for item in args.option:
        name, sep, value = item.partition("=")
        if not sep:
            message(f"error: --option takes KEY=VALUE, not {item!r}")
            return None
        chosen[name.strip()] = value.strip()
    caps = package.capabilities(args.model or "")
    if args.no_stream and caps.option("stream") is not None:
        chosen.setdefault("stream", "off")
    options = context.generate_options(variants=args.variants, detail=args.detail, shape=args.shape,
                                       model=args.model, provider_options=chosen,
                                       previews=0 if args.no_stream else None,
                                       **likeness_args.overrides(args))  # fmt: skip
    problems = check_options(options, caps, info.title, len(args.reference))
    if problems:
        message("error: " + "; ".join(problems) + ".")
        return None
    return options


def run_generate(args: argparse.Namespace, context: AppContext) -> int:
    styles = _styles(context, args.style)
    if styles is None:
        return EXIT_USAGE
    if args.jobs < 1:
        message("error: --jobs must be at least 1")
        return EXIT_USAGE
    if args.export is not None and args.export.exists() and not args.export.is_dir():
        message(f"error: --export {args.export} is a file, not a folder. Give a folder to export into "
                "(it is made when it does not exist yet); nothing was sent.")  # fmt: skip
        return EXIT_USAGE
    if args.export is not None and (preset_problem := _preset_problem(context, args.preset)) is not None:
        error(preset_problem)  # said before anything is priced or sent
        return EXIT_USAGE
    if len(getattr(args, "engines", [])) > 1:
        return compare.run(args, context, styles)
    options = _options(args, context)
    if options is None or not terms.confirmed(args, context):
        return EXIT_USAGE
    terms.trust_server(args, context)
    provider = context.make_provider()  # fails early, before any import, if there is no key
    try:
        model = provider.resolve_model(options.model)
        if (warning := provider.model_warning(model)) is not None:
            message(f"warning: {warning}")
    finally:
        provider.close()
    options = options.with_model(model)
    info = context.provider_info()
    problems = check_options(options, context.provider_module().capabilities(model), info.title, len(args.reference))
    if problems:  # the model the key resolved to may take fewer reference photos than its family
        message(f"error: with {model}, " + "; ".join(problems) + ".")
        return EXIT_USAGE
    references = likeness_args.import_references(args, context)
    if references is None:
        return EXIT_FAILED

    originals, refused = _import_all(context, args.photos)
    jobs = [Job(o, s, CancelToken(), references) for o in originals for s in styles]
    if not jobs:
        return EXIT_FAILED
    package = context.provider_module()
    total = CostEstimate.add(estimate_run(package, j.style, options, upload_size(j.original.path),
                                         [upload_size(r.path) for r in j.references]) for j in jobs)  # fmt: skip
    count = f"{len(jobs) * options.variants} image(s) ({len(originals)} photo(s) × {len(styles)} style(s) × " + (
        f"{options.variants}, {info.title} {model}, detail {options.detail})")  # fmt: skip
    if info.server is not None:
        message(f"Cost: free: {count} made on your server at {', '.join(info.hosts)}; nothing is sent to any cloud "
                "service.")  # fmt: skip
    else:
        message(f"Estimated cost: {total.describe() if total else 'unknown'} for {count}.")

    workflow = context.workflow()
    workflow.after_run = None  # retention runs once, after the whole batch
    workflow.in_use.reserve(photo for j in jobs for photo in (j.original, *j.references))
    try:
        outcomes, failed, interrupted = _run_jobs(workflow, jobs, options, args.jobs)
    finally:
        workflow.in_use.release(photo for j in jobs for photo in (j.original, *j.references))
        _retention(context)
    exported = _export(outcomes, args, context) if args.export and not interrupted else {}
    if args.json:
        json_result(
            [
                {
                    "photo": str(o.original.path),
                    "style": o.style.id,
                    "model": o.model or model,
                    "cost_usd": o.cost_usd,
                    "headshots": [{"path": str(h.path), "exported": exported.get(h.path)} for h in o.headshots],
                    "recovered": [str(p) for p in o.recovered],
                    "problems": [for_command_line(p) for p in o.problems],
                }
                for o in outcomes
            ]
        )
    else:
        for outcome in outcomes:
            for headshot in outcome.headshots:
                result(str(exported.get(headshot.path) or headshot.path))
    spent = sum(o.cost_usd or 0 for o in outcomes)
    saved = sum(len(o.headshots) for o in outcomes)
    kept = sum(len(o.recovered) for o in outcomes)
    summary = f"{saved} headshot(s) saved" + (f", {kept} kept in {context.paths.recovery_dir}" if kept else "")
    if interrupted:
        message(f"Cancelled. {summary}; runs that had not finished kept nothing. Cost ${spent:.2f}.")
        return EXIT_INTERRUPTED
    unexported = sum(len(o.headshots) for o in outcomes) - len(exported) if args.export else 0
    if unexported:
        summary += f", {unexported} not exported (see above; they are in the library)"
    message(f"Done: {summary}, cost ${spent:.2f}.")
    return EXIT_FAILED if failed or refused or unexported else EXIT_OK


def _retention(context: AppContext) -> None:
    try:
        report = context.apply_retention()
    except HeadshotError as err:
        message(f"warning: the retention setting could not be applied: {err.user_text()}")
        return
    for problem in report.problems:
        message(f"warning: {problem}")


def _run_jobs(
    workflow: Workflow, jobs: list[Job], options: GenerateOptions, workers: int
) -> tuple[list[Outcome], int, bool]:
    """(outcomes of every run that got paid images, how many runs failed, whether Ctrl-C stopped it)."""
    progress = Progress(total=len(jobs))
    outcomes: list[Outcome] = []
    failed = 0

    def collect(future: cf.Future, job: Job) -> None:
        nonlocal failed
        try:
            outcome = future.result()
        except CancelledError:
            failed += 1
            return
        except HeadshotError as err:
            failed += 1
            progress.line(f"[{job.label}] failed: {err.user_text()}")
            return
        outcomes.append(outcome)
        for warning in outcome.warnings:
            progress.line(f"[{job.label}] warning: {warning}")
        if outcome.problems:
            failed += 1
            progress.line(f"[{job.label}] " + " ".join(outcome.problems))

    progress.start()  # the line is there before the first run has said anything
    try:
        with cf.ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {
                pool.submit(workflow.generate, j.original, j.style, options,
                            lambda e, j=j: progress.event(j.label, e), j.cancel, j.references): j
                for j in jobs
            }  # fmt: skip
            pending = set(futures)
            try:
                while pending:
                    # A short wait keeps the main thread free to receive Ctrl-C.
                    finished, pending = cf.wait(pending, timeout=0.2, return_when=cf.FIRST_COMPLETED)
                    for future in finished:
                        job = futures[future]
                        collect(future, job)
                        progress.finished(job.label)
            except KeyboardInterrupt:
                for job in jobs:
                    job.cancel.cancel()
                finished, _ = cf.wait(pending)
                for future in finished:
                    if not future.cancelled():
                        collect(future, futures[future])
                return outcomes, failed, True
    finally:
        progress.close()
    return outcomes, failed, False


def _preset_problem(context: AppContext, preset_id: str) -> ConfigError | None:
    try:
        chosen_preset(context, preset_id)
    except ConfigError as err:
        return err
    return None


def _export(outcomes: list[Outcome], args: argparse.Namespace, context: AppContext) -> dict[Path, Path]:
    """Each headshot into the folder; a name already taken (by this run or an earlier one) gets " (2)", " (3)"…

    One that cannot be exported (too few pixels for the preset, say) is said and stays in the library.
    """
    preset = chosen_preset(context, args.preset)
    written = {}
    for outcome in outcomes:
        for headshot in outcome.headshots:
            exported = export_one(headshot, args.export, args, preset, context, quality=args.export_quality,
                                  keep_both=True)  # fmt: skip
            if exported is not None:
                written[headshot.path] = exported
    return written
