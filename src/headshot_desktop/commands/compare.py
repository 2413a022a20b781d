"""``generate PHOTO --style ID --provider A --provider B[:MODEL] …``: one photo and style, several engines side by side.

Each engine runs on its own (a refusal or a failure says why while the others go on); the
result names each one's provider, model, time and cost. Each engine's terms are asked as for
one provider, and its cost is shown before anything is sent.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import time
from dataclasses import dataclass, field

from headshot_desktop.app import AppContext
from headshot_desktop.commands import likeness_args
from headshot_desktop.commands.output import EXIT_FAILED, EXIT_OK, EXIT_USAGE, json_result, message, result
from headshot_desktop.commands.progress import Progress
from headshot_desktop.commands.wording import for_command_line
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import ImageReady, Status
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import HeadshotError
from headshot_desktop.library import Original
from headshot_desktop.providers import registry
from headshot_desktop.services.options import GenerateOptions, check_options, estimate


@dataclass
class Tile:
    """One engine's part of the comparison."""

    provider: str
    model: str
    title: str = ""
    seconds: float = 0.0
    cost_usd: float | None = None
    headshots: list[str] = field(default_factory=list)
    error: str = ""


def parse(engines: list[str], context: AppContext) -> list[Tile] | None:
    tiles = []
    for engine in engines:
        provider, _, model = engine.partition(":")
        try:
            registry.check_allowed(provider, context.environ)
        except HeadshotError as err:
            message(f"error: {err.user_text()}")
            return None
        tiles.append(Tile(provider, model, registry.info(provider).title))
    return tiles


def unconfirmed(tiles: list[Tile], context: AppContext, accept: bool) -> list[str]:
    """Engines whose condition (a paid key, say) is not confirmed; with ``accept`` they are, now."""
    missing = [t.provider for t in tiles if registry.info(t.provider).must_confirm
               and t.provider not in context.settings.accepted_providers]  # fmt: skip
    if missing and accept:
        context.settings.accepted_providers = [*context.settings.accepted_providers, *missing]
        context.save_settings()
        return []
    return missing


def run(args: argparse.Namespace, context: AppContext, styles: list[Style]) -> int:
    if len(args.photos) != 1 or len(styles) != 1:
        message("error: to compare engines, give one PHOTO and one --style with the --provider list.")
        return EXIT_USAGE
    tiles = parse(args.engines, context)
    if tiles is None:
        return EXIT_USAGE
    missing = unconfirmed(tiles, context, args.accept_terms)
    if missing:
        message(f"error: {', '.join(missing)} ask you to confirm their terms first (see `providers`); run again "
                "with --accept-terms if they hold.")  # fmt: skip
        return EXIT_USAGE
    style = styles[0]
    options = {t.provider: GenerateOptions.from_settings(context.settings, t.provider, variants=args.variants or 1,
                                                         detail=args.detail, shape=args.shape, model=t.model or None,
                                                         **likeness_args.overrides(args))
               for t in tiles}  # fmt: skip
    for tile in tiles:  # every engine's options are checked before any price is shown
        caps = context.provider_module(tile.provider).capabilities(tile.model)
        problems = check_options(options[tile.provider], caps, tile.title, len(args.reference))
        if problems:
            message(f"error: {tile.title}: " + "; ".join(problems) + ". Nothing was sent.")
            return EXIT_USAGE
    for tile in tiles:
        price = estimate(context.provider_module(tile.provider), style, options[tile.provider], None)
        message(f"{tile.title}: estimated cost {price.describe()} for {options[tile.provider].variants} image(s).")
    references = likeness_args.import_references(args, context)
    if references is None:
        return EXIT_FAILED
    try:
        original = context.workflow().import_photo(args.photos[0])
    except HeadshotError as err:
        message(f"error: {err.user_text()}")
        return EXIT_FAILED
    _run_all(tiles, context, original, style, options, references)
    if args.json:
        json_result([t.__dict__ for t in tiles])
    else:
        for tile in tiles:
            head = f"{tile.title} · {tile.model or 'default model'} · {tile.seconds:.1f} s"
            if tile.error:
                result(f"{head} · failed: {tile.error}")
            else:
                cost = f"${tile.cost_usd:.3f}" if tile.cost_usd is not None else "cost unknown"
                result(f"{head} · {cost} · " + ", ".join(tile.headshots))
    return EXIT_FAILED if any(t.error for t in tiles) else EXIT_OK


def _run_all(tiles: list[Tile], context: AppContext, original: Original, style: Style,
             options: dict[str, GenerateOptions], references: tuple[Original, ...]) -> None:  # fmt: skip
    progress, cancel = Progress(total=len(tiles)), CancelToken()

    def one(tile: Tile) -> None:
        def report(event: object) -> None:
            if isinstance(event, Status | ImageReady):
                progress.event(tile.title, event)

        started = time.monotonic()
        try:
            outcome = context.workflow(tile.provider).generate(original, style, options[tile.provider], report,
                                                               cancel.child(), references)  # fmt: skip
        except HeadshotError as err:
            tile.error = for_command_line(err.user_text())
        else:
            tile.model = next((r.model for r in outcome.results), tile.model)
            tile.cost_usd, tile.headshots = outcome.cost_usd, [str(h.path) for h in outcome.headshots]
            tile.error = for_command_line(" ".join(outcome.problems))
        tile.seconds = round(time.monotonic() - started, 1)
        progress.finished(tile.title)

    progress.start()
    with cf.ThreadPoolExecutor(max_workers=len(tiles), thread_name_prefix="engine") as pool:
        futures = [pool.submit(one, tile) for tile in tiles]
        try:
            for future in futures:
                future.result()
        except KeyboardInterrupt:
            cancel.cancel()
            progress.close()
            raise
    progress.close()
