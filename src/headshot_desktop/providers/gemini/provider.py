"""``GeminiProvider``: the ``Provider`` protocol on Gemini's generateContent image models."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.progress import ImageReady
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult, ModelInfo
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.base import Capabilities, ProviderInfo
from headshot_desktop.providers.gemini import answer, models, seam
from headshot_desktop.providers.gemini.client import GeminiClient
from headshot_desktop.providers.gemini.pricing import PricingTable, builtin_table, usage_of
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)

MAX_MODEL_PAGES = 20  # a listing that never ends is not one


class GeminiProvider:
    info: ProviderInfo = seam.INFO

    def __init__(self, client: GeminiClient, *, pricing: PricingTable | None = None) -> None:
        self.client = client
        self._pricing = pricing or builtin_table()
        self._models: list[ModelInfo] | None = None
        self._lock = threading.Lock()

    @classmethod
    def create(cls, api_key: str | None = None, **client_options: Any) -> GeminiProvider:
        return cls(GeminiClient(api_key, **client_options))

    def close(self) -> None:
        self.client.close()

    # -- models ---------------------------------------------------------------
    def models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        """Every page of ``GET models``, keeping the image models, newest first."""
        cancel = cancel or CancelToken()
        found: list[ModelInfo] = []
        token = ""
        for _ in range(MAX_MODEL_PAGES):
            params = {"pageSize": "100", **({"pageToken": token} if token else {})}
            page, token = self.client.request("GET", "models", cancel=cancel, params=params,
                                              handle=lambda r: models.parse_page(self.client.read_json(r)))  # fmt: skip
            found += page
            if not token:
                break
        ranked = models.newest_first(found)
        with self._lock:
            self._models = ranked
        return ranked

    def check(self, cancel: CancelToken | None = None) -> str:
        found = self.models(cancel)
        return N_("providers", "The key works: {service} offers it {count} image model(s).").format(
            service=self.client.service, count=len(found))  # fmt: skip

    def capabilities(self, model: str = "") -> Capabilities:
        return seam.capabilities(model)

    def resolve_model(self, requested: str = "", cancel: CancelToken | None = None) -> str:
        if requested:
            return requested.removeprefix("models/")
        with self._lock:
            known = self._models
        choice = models.choose_default(known if known is not None else self.models(cancel))
        if choice is None:
            raise ProviderError(N_("providers", "{service} offers no image model to this key.").format(
                service=self.client.service), kind=ErrorKind.PERMISSION,
                hint=N_("gemini", "Check the key's project in Google AI Studio, or type a model name in Settings."))  # fmt: skip
        return choice.id

    def model_warning(self, model: str) -> str | None:
        return None  # Google's model list gives no retirement dates

    def estimate(self, request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
        return seam.estimate(request, input_size, self._pricing)

    # -- the edit -------------------------------------------------------------
    def edit(self, photo: PreparedPhoto, request: GenerationRequest, on_progress: ProgressCallback,
             cancel: CancelToken) -> GenerationResult:  # fmt: skip
        cancel.raise_if_cancelled()
        model = self.resolve_model(request.model, cancel)
        body = answer.build_body(photo, request, model)
        log.info("edit: model=%s aspect=%s size=%s style=%s variant=%d", model,
                 body["generationConfig"]["imageConfig"].get("aspectRatio"),
                 body["generationConfig"]["imageConfig"].get("imageSize", "-"), request.style_id,
                 request.variant)  # fmt: skip

        def handle(response: httpx.Response) -> answer.Answer:
            return answer.read(self.client.read_json(response), self.client)

        got = self.client.request("POST", f"models/{model}:generateContent", cancel=cancel, handle=handle,
                                  json_body=body, on_retry=on_progress, model=model, paid=True,
                                  on_phase=on_progress)  # fmt: skip
        on_progress(ImageReady(got.image))
        usage = usage_of(got.usage) if got.usage else None
        cost = self._pricing.actual_cost(model, got.usage) if got.usage else None
        return GenerationResult(images=(got.image,), usage=usage, model=model, request_id=got.response_id,
                                cost_usd=cost)  # fmt: skip
