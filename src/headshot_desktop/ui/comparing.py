"""Compare providers in the window: one photo and style made by each ticked provider, shown as tiles with each
one's provider, model, time and cost, or why it failed. Kept out of ``main_window.py``; ``attach`` wires it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.core.styles import Style
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.i18n import money, number, shown, translate
from headshot_desktop.ui.provider_words import cost_line
from headshot_desktop.ui.window_api import WindowApi

if TYPE_CHECKING:
    from headshot_desktop.library import Original
    from headshot_desktop.ui.job import Job


def attach(window: WindowApi) -> None:
    window.options.compareRequested.connect(lambda: ask_compare(window))
    session = window.session
    session.previewArrived.connect(lambda job, _index, image: _tile(window, job.id, shown(job.status), image))
    session.jobChanged.connect(lambda job: _tile(window, job.id, shown(job.status)))
    session.jobFinished.connect(lambda job: _tile(window, job.id, summary(job)))


def _tile(window: WindowApi, job_id: int, *shown: object) -> None:
    """A comparison's tile shows its run; with Results not yet built there is no comparison to show."""
    if window.tab_pages.results_built():
        window.results.grid.update_tile(job_id, *shown)


def options_for(window: WindowApi, provider_id: str, model: str = "") -> GenerateOptions:
    shown = window.options.options(window.context.settings)
    return GenerateOptions.from_settings(window.context.settings, provider_id, variants=1, detail=shown.detail,
                                         shape=shown.shape, model=model or None)  # fmt: skip


def summary(job: Job) -> str:
    """A tile's words once its run ended: model, time and cost, or what went wrong."""
    took = (
        translate("Comparing", "{seconds} s").format(seconds=number(job.seconds, 1)) if job.seconds is not None else ""
    )
    status = shown(job.status)
    if job.state != "done" or job.outcome is None:
        return translate("Comparing", "{took} · {status}").format(took=took, status=status) if took else status
    model = next((r.model for r in job.outcome.results), job.options.model or translate("Comparing", "default model"))
    cost = job.outcome.cost_usd
    price = money(cost, 3) if cost is not None else translate("Comparing", "cost unknown")
    return translate("Comparing", "{model} · {took} · {price}").format(model=model, took=took, price=price)


def ask_compare(window: WindowApi) -> None:
    from PySide6.QtWidgets import QMessageBox

    style, original = window.current_style(), window.original
    if style is None or original is None:
        QMessageBox.information(window, translate("Comparing", "Compare providers"),  # type: ignore[arg-type]
                                translate("Comparing", "Choose a photo and a style first."))  # fmt: skip
        return
    context = window.context
    offered = [(p, options_for(window, p)) for p, _title in provider_choice.choices(context)]

    def price_all(_progress: object, _cancel: object) -> dict[str, str]:
        # On a worker: a provider reads its price table (a file) the first time it prices.
        return {
            p: cost_line(context.provider_info(p), window.session.estimate(p, style, o, None), 1) for p, o in offered
        }

    window.session.runner.submit(price_all, label="compare prices",
                                 on_done=lambda prices: choose(window, style, original, prices))  # fmt: skip


def choose(window: WindowApi, style: Style, original: Original, prices: dict[str, str]) -> None:
    """The dialog, once every provider is priced; then one run per ticked provider."""
    from headshot_desktop.ui.dialogs.compare_dialog import CompareDialog

    context = window.context
    dialog = CompareDialog(context, style, window.options.options(context.settings), prices, window)  # type: ignore[arg-type]
    if not dialog.exec():
        return
    jobs = []
    for provider_id, model in dialog.chosen():
        if not provider_choice.ask_consent(window, context, provider_id):  # type: ignore[arg-type]
            continue
        job = window.session.generate(original, style, options_for(window, provider_id, model), provider_id,
                                      window.photo.references.originals())  # fmt: skip
        jobs.append((job.id, shown(context.provider_info(provider_id).title) + (f" · {model}" if model else "")))
    window.results.grid.start(jobs)
    if jobs:
        window.tabs.setCurrentIndex(1)
