"""The price the window shows: the run as it will be sent, for the model that will run, worked out off its thread.

One code path with the command line (``services.options.estimate_run``): the photo's and each further
photo's upload size count, and without a chosen model the one the key may use is priced.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.app import AppContext
from headshot_desktop.core.styles import Style
from headshot_desktop.errors import HeadshotError
from headshot_desktop.services.options import GenerateOptions, estimate_run, upload_size
from headshot_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.library import Original

log = logging.getLogger(__name__)


class Pricing:
    def __init__(self, context: AppContext, runner: TaskRunner) -> None:
        self.context = context
        self.runner = runner
        # provider id -> the model the key may use, shared with the runs (they need not ask again)
        self.discovered_models: dict[str, str] = context.default_models
        self._model_unknown: set[str] = set()  # providers that could not say (no key, offline): not asked again
        self._upload_sizes: dict[Path, tuple[int, int] | None] = {}
        self._asked = 0

    def estimate(self, provider_id: str, style: Style, options: GenerateOptions,
                 input_size: tuple[int, int] | None = None,
                 reference_sizes: tuple[tuple[int, int] | None, ...] = ()) -> CostEstimate:  # fmt: skip
        """The whole run's cost by the provider's own formula (no network; it may read a price table once).

        Without a chosen model, the one the key may use (found by ``price``) is priced, else the provider's default.
        """
        if not options.model and self.discovered_models.get(provider_id):
            options = options.with_model(self.discovered_models[provider_id])
        return estimate_run(self.context.provider_module(provider_id), style, options, input_size, reference_sizes)

    def price(self, provider_id: str, style: Style, options: GenerateOptions, photos: tuple[Original, ...],
              on_priced: Callable[[CostEstimate], None]) -> None:  # fmt: skip
        """Price a run on the worker; ``photos``: the photo, then its further photos.

        Only the newest request's answer reaches ``on_priced``: an older one would show a stale price.
        """
        self._asked = asked = self._asked + 1

        def work(_progress: object, _cancel: object) -> CostEstimate:
            self._find_model(provider_id, options)
            sizes = tuple(self._upload_size(photo) for photo in photos)
            return self.estimate(provider_id, style, options, sizes[0] if sizes else None, sizes[1:])

        def done(found: CostEstimate) -> None:
            if asked == self._asked:
                on_priced(found)

        self.runner.submit(work, label="price", on_done=done, on_error=lambda err: log.warning("pricing: %r", err))
        # Then, behind the price on the same worker, the photos are made ready to send: Generate need not wait.
        self.runner.submit(lambda _p, _c: self._prepare_uploads(provider_id, options, photos), label="prepare",
                           on_error=lambda err: log.warning("preparing ahead: %r", err))  # fmt: skip

    def prepare(self, provider_id: str) -> None:
        """Price one run ahead (a provider reads its price table the first time); the key may have just changed,
        so which model it may use is asked again."""
        self._model_unknown.discard(provider_id)
        self.discovered_models.pop(provider_id, None)
        styles = self.context.styles.all()
        if not styles:
            return
        options = GenerateOptions.from_settings(self.context.settings, provider_id)
        self.runner.submit(lambda _p, _c: self.estimate(provider_id, styles[0], options), label="prices",
                           on_error=lambda err: log.debug("pricing ahead failed: %r", err))  # fmt: skip

    def _upload_size(self, photo: Original) -> tuple[int, int] | None:
        if photo.path not in self._upload_sizes:
            self._upload_sizes[photo.path] = upload_size(photo.path)
        return self._upload_sizes[photo.path]

    def _prepare_uploads(self, provider_id: str, options: GenerateOptions, photos: tuple[Original, ...]) -> None:
        """Prepare the photos for sending as the run will, so Generate sends at once (the run finds them ready)."""
        from headshot_desktop.intake import DEFAULT_MAX_SIDE

        model = options.model or self.discovered_models.get(provider_id, "")
        caps = self.context.provider_module(provider_id).capabilities(model)
        for photo in photos:
            try:
                self.context.uploads.prepare_for(photo.path, photo.name, caps, DEFAULT_MAX_SIDE)
            except HeadshotError as err:  # the run will say it, in its own words
                log.info("%s could not be prepared ahead: %s", photo.name, err.message)

    def _find_model(self, provider_id: str, options: GenerateOptions) -> None:
        """Ask the provider once which model the key may use; only one whose notice the person accepted."""
        if options.model or provider_id in self.discovered_models or provider_id in self._model_unknown:
            return
        if provider_id not in self.context.settings.accepted_providers:
            return
        try:
            provider = self.context.make_provider(provider_id)
            try:
                self.discovered_models[provider_id] = provider.resolve_model("")
            finally:
                provider.close()
        except HeadshotError as err:  # no key, offline: the default is priced, and said to be
            log.info("which model %s offers is unknown: %s", provider_id, err.message)
            self._model_unknown.add(provider_id)
