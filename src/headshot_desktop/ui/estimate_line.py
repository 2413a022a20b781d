"""The Create tab's model and cost lines: the model a run will use, and what it will cost, priced on a worker.

Kept out of ``main_window.py``; the window's ``refresh_estimate`` asks for it whenever the photo, style, options or
provider change.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from headshot_desktop.ui.i18n import translate
from headshot_desktop.ui.provider_words import cost_line

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.ui.window_api import WindowApi


def model_text(window: WindowApi) -> str:
    """The model chosen, else the one the key was found to use, else what the provider picks."""
    context, provider_id = window.context, window.provider_id
    chosen = context.settings.provider_section(provider_id)["model"]
    if chosen:
        return chosen
    keyed = context.provider_info(provider_id).key is not None
    found = window.session.discovered_models.get(provider_id)
    if found:
        return translate("EstimateLine", "{model} (newest available)").format(model=found) if keyed else found
    if keyed:
        return translate("EstimateLine", "Newest available")
    return translate("EstimateLine", "The provider's default")


def refresh(window: WindowApi) -> None:
    """The model line at once; the price once the session has worked it out (the photos' real sizes, off this
    thread), with "Working out the cost…" meanwhile when Generate is not waiting for it."""
    style, panel = window.current_style(), window.options
    panel.show_model(model_text(window))
    if style is None or window.original is None:
        panel.show_estimate(translate("EstimateLine", "Choose a photo and a style to see the cost."), False)
        return
    options = panel.options(window.context.settings)
    info = window.context.provider_info(window.provider_id)

    def priced(estimate: CostEstimate) -> None:  # the photos' real sizes, the model the key may use
        panel.show_model(model_text(window))
        panel.show_estimate(cost_line(info, estimate, options.variants), True)

    if not panel.generate.isEnabled():  # Generate works at once; the price follows in a moment
        panel.show_estimate(translate("EstimateLine", "Working out the cost…"), True)
    photos = (window.original, *window.photo.references.originals())
    window.session.price(window.provider_id, style, options, photos, priced)
