"""``OpenAIProvider``: the ``Provider`` protocol on OpenAI's Images API."""

from __future__ import annotations

import logging
import threading
from datetime import date
from typing import TYPE_CHECKING

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult, ModelInfo
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.base import Capabilities, ProviderInfo
from headshot_desktop.providers.openai import edit, models, pricing, seam, sizes
from headshot_desktop.providers.openai.client import OpenAIClient
from headshot_desktop.providers.openai.pricing import PricingTable, builtin_table
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)


class OpenAIProvider:
    info: ProviderInfo = seam.INFO

    def __init__(self, client: OpenAIClient, *, pricing: PricingTable | None = None) -> None:
        self.client = client
        self._pricing = pricing
        self._models: list[ModelInfo] | None = None
        self._lock = threading.Lock()

    @classmethod
    def create(cls, api_key: str | None = None, **client_options: object) -> OpenAIProvider:
        """Build the client too; options as for ``OpenAIClient`` (base_url, environ, verify...)."""
        return cls(OpenAIClient(api_key, **client_options))  # type: ignore[arg-type]

    def close(self) -> None:
        self.client.close()

    # -- models ---------------------------------------------------------------
    def list_models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        cancel = cancel or CancelToken()

        def handle(response: httpx.Response) -> list[ModelInfo]:
            return models.parse_models(self.client.read_json(response))

        found = self.client.request("GET", "models", cancel=cancel, handle=handle)
        with self._lock:
            self._models = found
        return found

    def models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        return self.list_models(cancel)

    def check(self, cancel: CancelToken | None = None) -> str:
        found = self.list_models(cancel)
        return N_("providers", "The key works: {service} offers it {count} image model(s).").format(
            service=self.client.service, count=len(found))  # fmt: skip

    def check_key(self) -> None:
        self.list_models()

    def capabilities(self, model: str = "") -> Capabilities:
        return seam.capabilities(model)

    def resolve_model(self, requested: str = "", cancel: CancelToken | None = None) -> str:
        return requested or self.default_model(cancel).id

    def estimate(self, request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
        model = request.model or seam.DEFAULT_MODEL_FOR_ESTIMATES
        size = sizes.size_for(model, request.shape, request.detail)
        return pricing.estimate(request, input_size, model, size, self._pricing_table())

    def default_model(self, cancel: CancelToken | None = None) -> ModelInfo:
        """The newest GPT image model the key may use (asks the server once per session)."""
        with self._lock:
            known = self._models
        if known is None:
            known = self.list_models(cancel)
        choice = models.choose_default(known)
        if choice is None:
            raise ProviderError(
                N_("providers", "{service} offers no image model to this key.").format(service=self.client.service),
                kind=ErrorKind.PERMISSION,
                hint=N_(
                    "openai", "Check that the key's project may use GPT image models, or type a model name in Settings."
                ),  # fmt: skip
            )
        return choice

    def model_warning(self, model_id: str, today: date | None = None) -> str | None:
        """A retirement warning for ``model_id`` if the server listed a shutdown date."""
        with self._lock:
            known = self._models or []
        for info in known:
            if info.id == model_id:
                return info.warning(today)
        return None

    # -- the edit -------------------------------------------------------------
    def edit(
        self,
        photo: PreparedPhoto,
        request: GenerationRequest,
        on_progress: ProgressCallback,
        cancel: CancelToken,
    ) -> GenerationResult:
        model = request.model or self.default_model(cancel).id
        fields, files = edit.build_form(photo, request, model)
        log.info("edit: model=%s size=%s quality=%s stream=%s style=%s variant=%d", model, fields["size"],
                 request.detail, fields["stream"], request.style_id, request.variant)  # fmt: skip
        warnings: list[str] = []
        if (warning := self.model_warning(model)) is not None:
            warnings.append(warning)
        request_ids: list[str | None] = []

        def handle(response: httpx.Response) -> edit.Collected:
            request_ids.append(response.headers.get("x-request-id"))
            if "text/event-stream" in response.headers.get("content-type", ""):
                return edit.read_stream(response, self.client, 1, on_progress, cancel,
                                        previews=request.previews)  # fmt: skip
            return edit.read_json(response, self.client, on_progress)

        collected = self.client.request(
            "POST",
            "images/edits",
            cancel=cancel,
            handle=handle,
            data=fields,
            files=files,
            on_retry=on_progress,
            model=model,
            paid=True,
            on_phase=on_progress,
        )
        cost = None
        if collected.usage is not None:
            cost = self._pricing_table().actual_cost(model, collected.usage)
        return GenerationResult(
            images=tuple(collected.images),
            usage=collected.usage,
            model=model,
            request_id=request_ids[-1] if request_ids else None,
            cost_usd=cost,
            warnings=tuple(warnings + collected.warnings),
        )

    def _pricing_table(self) -> PricingTable:
        return self._pricing if self._pricing is not None else builtin_table()
