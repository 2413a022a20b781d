"""One BFL job: submit the photo, poll the address BFL gives until the job ends, fetch the image at once.

The poll waits longer each time (0.5 s, growing to 4 s) and gives up after a total time limit,
never polling forever. A cancel stops at once; BFL has no way to cancel a job, so it may
still finish, and be billed: the cancel says so.
"""

from __future__ import annotations

import base64
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import RECEIVING, ImageProgress
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.errors import CancelledError, ConfigError, ErrorKind, ProviderError
from headshot_desktop.providers.bfl import catalog, errors, seam
from headshot_desktop.providers.bfl.client import BflClient, DeliveryClient
from headshot_desktop.providers.https.client import MAX_JSON_BYTES, read_limited
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)

FIRST_POLL = 0.5
LONGEST_POLL = 4.0
POLL_LIMIT = 300.0  # seconds from submit; BFL's own client gives up after about a minute
SAFETY_TOLERANCE = 2  # BFL's default, and the highest it allows with an input image
CANCELLED = N_("bfl", "Cancelled. Black Forest Labs cannot stop a job it has queued, so it may still finish it "
               "and charge for it.")  # fmt: skip


def build_body(photo: PreparedPhoto, request: GenerationRequest, endpoint: str) -> dict[str, Any]:
    """Only the fields BFL documents for the endpoint: it may refuse others. References follow the photo as
    ``input_image_2``, ``input_image_3``, …"""
    limit = seam.capabilities(endpoint).max_reference_photos
    if len(request.references) > limit:
        raise ConfigError(N_("bfl", "Black Forest Labs' {model} takes at most {count} reference photos.").format(
            model=endpoint, count=limit), hint=N_("bfl", "Choose fewer reference photos, or another FLUX model."))  # fmt: skip
    body: dict[str, Any] = {
        "prompt": request.prompt,
        "input_image": base64.b64encode(photo.data).decode("ascii"),
        "seed": request.seed if request.seed is not None else random.randrange(2**31),
        "safety_tolerance": SAFETY_TOLERANCE,
        "output_format": request.options.get("output_format", "png"),
    }
    for n, reference in enumerate(request.references, 2):
        body[f"input_image_{n}"] = base64.b64encode(reference.data).decode("ascii")
    if catalog.endpoint(endpoint).kontext:
        body["aspect_ratio"] = catalog.aspect_ratio(request.shape)
    else:
        body["width"], body["height"] = catalog.size(request.shape, request.detail)
    return body


@dataclass
class Submitted:
    id: str
    polling_url: httpx.URL
    cost_usd: float | None


def read_submit(payload: object, client: BflClient, submitted_to: httpx.URL) -> Submitted:
    if not isinstance(payload, dict) or not isinstance(payload.get("id"), str) or not payload["id"]:
        raise client.protocol(N_("bfl", "a job answer without an id"))
    job_id = payload["id"]
    raw = payload.get("polling_url")
    # BFL's own client falls back to get_result on the submit host when no polling address is given.
    url = httpx.URL(raw) if isinstance(raw, str) and raw else submitted_to.join(f"/v1/get_result?id={job_id}")
    if not client.may_get_key(url, submitted_to):
        raise client.protocol(N_("bfl", "a polling address outside BFL ({host})").format(host=url.host), job_id)
    cost = payload.get("cost")
    cost_usd = round(cost / 100, 4) if isinstance(cost, int | float) and not isinstance(cost, bool) else None
    return Submitted(job_id, url, cost_usd)


def poll(client: BflClient, job: Submitted, on_progress: ProgressCallback, cancel: CancelToken,
         clock: Callable[[], float] = time.monotonic, limit: float = POLL_LIMIT,
         first: float = FIRST_POLL) -> str:  # fmt: skip
    """Poll until the job is Ready; the signed address of the image. Raises for every other end."""
    started = clock()
    delay = first
    while True:
        if cancel.wait(delay):
            raise CancelledError(CANCELLED)
        try:
            answer = client.request("GET", str(job.polling_url), cancel=cancel, on_retry=on_progress,
                                    handle=client.read_json)  # fmt: skip
        except CancelledError:
            raise CancelledError(CANCELLED) from None
        if not isinstance(answer, dict):
            raise client.protocol(N_("bfl", "a job status that is not a JSON object"), job.id)
        status = answer.get("status")
        if status == "Ready":
            result = answer.get("result")
            sample = result.get("sample") if isinstance(result, dict) else None
            if not isinstance(sample, str) or not sample.startswith("https://"):
                raise client.protocol(N_("bfl", "a finished job without an https link to its image"), job.id)
            return sample
        if status != "Pending":
            raise errors.from_status(str(status), answer.get("details"), service=client.service, job_id=job.id)
        progress = answer.get("progress")
        if isinstance(progress, int | float) and not isinstance(progress, bool):
            on_progress(ImageProgress(0, min(1.0, max(0.0, float(progress)))))
        if clock() - started > limit:
            raise ProviderError(
                N_("bfl", "{service} did not finish the image within {seconds:.0f} seconds, so the app stopped "
                   "waiting.").format(service=client.service, seconds=limit),
                kind=ErrorKind.TIMEOUT, request_id=job.id, retryable=False,
                hint=N_("bfl", "It may still finish it and charge for it: check your usage page before trying "
                        "again."),
            )  # fmt: skip
        delay = min(LONGEST_POLL, delay * 1.5)


def download(delivery: DeliveryClient, sample: str, job_id: str, cancel: CancelToken,
             on_progress: ProgressCallback) -> bytes:  # fmt: skip
    """The image behind the signed link, fetched at once (it expires in about ten minutes)."""

    def read(response: httpx.Response) -> bytes:
        data = read_limited(response, MAX_JSON_BYTES + 1)
        if len(data) > MAX_JSON_BYTES:
            raise delivery.protocol(N_("bfl", "an image larger than any headshot"), job_id)
        return data

    try:
        return delivery.request("GET", sample, cancel=cancel, handle=read, on_retry=on_progress, on_phase=on_progress,
                                phases=(RECEIVING,))  # fmt: skip
    except CancelledError:
        raise CancelledError(N_("bfl", "Cancelled. Black Forest Labs had already made the image, and charges for "
                                "it.")) from None  # fmt: skip
