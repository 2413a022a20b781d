"""``ComfyProvider``: the ``Provider`` protocol on a ComfyUI server the person runs."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.generation import CancelToken, listed
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.progress import ImageReady
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GenerationResult, ModelInfo
from headshot_desktop.errors import ErrorKind, ProviderError
from headshot_desktop.providers.base import Capabilities, ProviderInfo
from headshot_desktop.providers.comfyui import run, seam, workflows
from headshot_desktop.providers.comfyui.client import ComfyClient
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)


class ComfyProvider:
    info: ProviderInfo = seam.INFO

    def __init__(self, client: ComfyClient, run_limit: float = run.RUN_LIMIT) -> None:
        self.client = client
        self.info = seam.info_for(str(client.base_url))
        self.run_limit = run_limit
        self._object_info: dict[str, Any] | None = None
        self._lock = threading.Lock()

    @classmethod
    def create(cls, *, address: str = seam.DEFAULT_ADDRESS, trusted: bool = False, run_limit: float = run.RUN_LIMIT,
               **client_options: Any) -> ComfyProvider:  # fmt: skip
        return cls(ComfyClient(address, trusted=trusted, **client_options), run_limit)

    def close(self) -> None:
        self.client.close()

    def models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        return [ModelInfo(name) for name in workflows.shipped_ids()]

    def check(self, cancel: CancelToken | None = None) -> str:
        """Which server, which ComfyUI, how much GPU memory; or what is wrong."""
        try:
            stats = self.client.get_json("system_stats", cancel or CancelToken())
        except ProviderError as err:
            if err.code == "connect":
                raise ProviderError(N_("comfyui", "Nothing answers at {address}.").format(
                                    address=str(self.client.base_url)), kind=ErrorKind.NETWORK,
                                    hint=N_("comfyui", "Check that ComfyUI is running there, and the address in "
                                            "Settings."),
                                    retryable=False, detail=err.detail) from None  # fmt: skip
            raise
        system = stats.get("system") if isinstance(stats, dict) else None
        if not isinstance(system, dict):
            raise ProviderError(N_("comfyui", "The server at {address} is not ComfyUI.").format(
                                address=str(self.client.base_url)), kind=ErrorKind.PROTOCOL,
                                hint=N_("comfyui", "Check the address in Settings."), retryable=False)  # fmt: skip
        version = system.get("comfyui_version") or N_("comfyui", "(version not given)")
        devices = [d for d in stats.get("devices", []) if isinstance(d, dict)]
        gpus = [d for d in devices if d.get("type") not in (None, "cpu") and d.get("vram_total")]
        memory = listed(
            [
                N_("comfyui", "{gpu} with {size:.1f} GB").format(gpu=d.get("name", "GPU"), size=d["vram_total"] / 2**30)
                for d in gpus
            ]
        )
        memory = memory or N_("comfyui", "no GPU, so it runs on the processor (very slowly)")
        return N_("comfyui", "Found ComfyUI {version} at {server}: {memory}.").format(
            version=version, server=seam.server_name(str(self.client.base_url)), memory=memory
        )

    def capabilities(self, model: str = "") -> Capabilities:
        return seam.capabilities(model)

    def resolve_model(self, requested: str = "", cancel: CancelToken | None = None) -> str:
        return requested or workflows.DEFAULT_WORKFLOW

    def model_warning(self, model: str) -> str | None:
        if model.endswith(".json"):
            return None
        found = workflows.load(model)
        return (
            None
            if found.commercial_use
            else N_("comfyui", "{workflow}: its licence ({licence}) allows no commercial use.").format(
                workflow=found.title, licence=found.licence
            )
        )

    def estimate(self, request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
        return seam.estimate(request, input_size)

    def object_info(self, cancel: CancelToken) -> dict[str, Any]:
        with self._lock:
            known = self._object_info
        if known is None:
            found = self.client.get_json("object_info", cancel)
            if not isinstance(found, dict):
                raise self.client.protocol(N_("comfyui", "a node list that is not an object"))
            known = found
            with self._lock:
                self._object_info = known
        return known

    def edit(self, photo: PreparedPhoto, request: GenerationRequest, on_progress: ProgressCallback,
             cancel: CancelToken) -> GenerationResult:  # fmt: skip
        cancel.raise_if_cancelled()
        workflow = workflows.load(self.resolve_model(request.model))
        log.info("run: workflow=%s shape=%s detail=%s style=%s variant=%d", workflow.id, request.shape,
                 request.detail, request.style_id, request.variant)  # fmt: skip
        image, seed = run.make(self.client, photo, request, workflow, self.object_info(cancel), on_progress, cancel,
                               self.run_limit)  # fmt: skip
        on_progress(ImageReady(image))
        warning = self.model_warning(workflow.id)
        return GenerationResult(images=(image,), usage=None, model=workflow.id, cost_usd=0.0, seed=seed,
                                warnings=(warning,) if warning else ())  # fmt: skip
