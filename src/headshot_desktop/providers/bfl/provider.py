"""``BflProvider``: the ``Provider`` protocol on BFL's queued FLUX jobs."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.progress import UPLOADING, WAITING, ImageReady
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult, ModelInfo
from headshot_desktop.providers.base import Capabilities, ProviderInfo
from headshot_desktop.providers.bfl import catalog, job, seam
from headshot_desktop.providers.bfl.client import BflClient, DeliveryClient
from headshot_desktop.providers.https.images import read_image
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)


class BflProvider:
    info: ProviderInfo = seam.INFO

    def __init__(self, client: BflClient, delivery: DeliveryClient, poll_limit: float = job.POLL_LIMIT,
                 first_poll: float = job.FIRST_POLL) -> None:  # fmt: skip
        self.client = client
        self.delivery = delivery
        self.poll_limit = poll_limit
        self.first_poll = first_poll

    @classmethod
    def create(cls, api_key: str | None = None, *, poll_limit: float = job.POLL_LIMIT,
               first_poll: float = job.FIRST_POLL, **client_options: Any) -> BflProvider:  # fmt: skip
        delivery_options = {k: v for k, v in client_options.items() if k in ("environ", "verify", "timeout", "sleep")}
        return cls(BflClient(api_key, **client_options), DeliveryClient(**delivery_options), poll_limit, first_poll)

    def close(self) -> None:
        self.client.close()
        self.delivery.close()

    def models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        """BFL lists no models: its endpoints are the catalogue the app ships."""
        return [ModelInfo(name) for name in catalog.endpoints()]

    def check(self, cancel: CancelToken | None = None) -> str:
        """The key is checked where it costs nothing: a job id that does not exist."""
        cancel = cancel or CancelToken()
        url = str(self.client.region_url(catalog.DEFAULT_REGION).join("/v1/get_result?id=headshot-desktop-key-check"))
        self.client.request("GET", url, cancel=cancel, handle=self.client.read_json)
        return N_("providers", "The key works: {service} accepted it.").format(service=self.client.service)

    def capabilities(self, model: str = "") -> Capabilities:
        return seam.capabilities(model)

    def resolve_model(self, requested: str = "", cancel: CancelToken | None = None) -> str:
        return requested or catalog.DEFAULT_ENDPOINT

    def model_warning(self, model: str) -> str | None:
        return None

    def estimate(self, request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
        return seam.estimate(request, input_size)

    def edit(self, photo: PreparedPhoto, request: GenerationRequest, on_progress: ProgressCallback,
             cancel: CancelToken) -> GenerationResult:  # fmt: skip
        cancel.raise_if_cancelled()
        endpoint = self.resolve_model(request.model)
        body = job.build_body(photo, request, endpoint)
        submit_host = self.client.region_url(request.options.get("region", catalog.DEFAULT_REGION))
        log.info("submit: endpoint=%s host=%s size=%s style=%s variant=%d", endpoint, submit_host.host,
                 body.get("aspect_ratio") or f"{body.get('width')}x{body.get('height')}", request.style_id,
                 request.variant)  # fmt: skip

        def accepted(response: httpx.Response) -> job.Submitted:
            return job.read_submit(self.client.read_json(response), self.client, submit_host)

        submitted = self.client.request("POST", str(submit_host.join(f"/v1/{endpoint}")), cancel=cancel,
                                        handle=accepted, json_body=body, on_retry=on_progress, model=endpoint,
                                        paid=True, on_phase=on_progress, phases=(UPLOADING, WAITING))  # fmt: skip
        # Still "waiting" while the job is polled: the polls say nothing of their own, only how far it is.
        sample = job.poll(self.client, submitted, on_progress, cancel, limit=self.poll_limit, first=self.first_poll)
        data = job.download(self.delivery, sample, submitted.id, cancel, on_progress)
        image = read_image(data, 0, self.delivery, submitted.id)
        on_progress(ImageReady(image))
        return GenerationResult(images=(image,), usage=None, model=endpoint, request_id=submitted.id,
                                cost_usd=submitted.cost_usd, seed=body["seed"])  # fmt: skip
