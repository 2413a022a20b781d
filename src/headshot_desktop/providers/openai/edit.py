"""``POST /images/edits``: the multipart form, and reading the images back.

The answer is either one JSON document or a stream of server-sent events:
``image_edit.partial_image`` previews, then one ``image_edit.completed`` per
image. Both paths produce the same ``Collected`` value.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import RECEIVING, ImageReady, PartialImage, Phase
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GeneratedImage, Usage
from headshot_desktop.errors import CancelledError, ConfigError, ProviderError
from headshot_desktop.providers.https.failures import in_words
from headshot_desktop.providers.https.images import decode_base64, read_image
from headshot_desktop.providers.openai import errors, seam
from headshot_desktop.providers.openai.client import OpenAIClient
from headshot_desktop.providers.openai.models import capabilities
from headshot_desktop.providers.openai.sizes import quality_for, size_for
from headshot_desktop.providers.openai.sse import SSELimitError, iter_events
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)

FormFiles = list[tuple[str, tuple[str, bytes, str]]]


def build_form(photo: PreparedPhoto, request: GenerationRequest, model: str) -> tuple[dict[str, str], FormFiles]:
    """The form fields this model accepts for one image; the photo, then its references, as ``image[]`` parts."""
    limit = seam.capabilities(model).max_reference_photos
    if len(request.references) > limit:
        raise ConfigError(N_("openai", "OpenAI's {model} takes at most {count} reference photos.").format(
            model=model, count=limit), hint=N_("providers", "Choose fewer reference photos."))  # fmt: skip
    caps = capabilities(model)
    options = request.options
    output_format = options.get("output_format", "png")
    if output_format not in ("png", "jpeg", "webp"):
        raise ConfigError(N_("openai", "OpenAI cannot send images as {format}.").format(format=repr(output_format)),
                          hint=N_("openai", "Choose png, jpeg or webp."))  # fmt: skip
    fields = {
        "prompt": request.prompt,
        "model": model,
        "n": "1",  # variants are separate requests: n > 1 with streaming is undocumented
        "size": size_for(model, request.shape, request.detail),
        "quality": quality_for(request.detail),
        "output_format": output_format,
    }
    fidelity = options.get("input_fidelity", "high")
    if fidelity in ("high", "low") and caps.input_fidelity:
        fields["input_fidelity"] = fidelity
    stream = options.get("stream", "on") != "off" and request.previews > 0
    fields["stream"] = "true" if stream else "false"
    if stream:
        fields["partial_images"] = str(request.previews)
    # Neutral file names: the person's own file names stay on this computer.
    files = [("image[]", ("photo" + photo.extension, photo.data, photo.mime_type))]
    files += [("image[]", (f"reference-{n}{ref.extension}", ref.data, ref.mime_type))
              for n, ref in enumerate(request.references, 1)]  # fmt: skip
    return fields, files


@dataclass
class Collected:
    images: list[GeneratedImage] = field(default_factory=list)
    usage: Usage | None = None
    warnings: list[str] = field(default_factory=list)


def _b64(value: object, what: str, client: OpenAIClient, request_id: str | None) -> bytes:
    return decode_base64(value, what, client, request_id)


def decode_image(
    value: object, index: int, revised_prompt: object, client: OpenAIClient, request_id: str | None
) -> GeneratedImage:
    return read_image(_b64(value, N_("providers", "an image"), client, request_id), index, client, request_id,
                      revised_prompt)  # fmt: skip


def combine_usage(parts: Iterable[Usage]) -> Usage | None:
    """One ``Usage`` for the run from one per completed event.

    The photo and prompt are read once per request, so input counts are taken
    once (the largest); each image's output tokens are added up.
    """
    parts = list(parts)
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return Usage(
        input_tokens=max(p.input_tokens for p in parts),
        input_text_tokens=max(p.input_text_tokens for p in parts),
        input_image_tokens=max(p.input_image_tokens for p in parts),
        output_tokens=sum(p.output_tokens for p in parts),
    )


def read_json(response: httpx.Response, client: OpenAIClient, on_progress: ProgressCallback) -> Collected:
    request_id = response.headers.get("x-request-id")
    payload = client.read_json(response)
    if isinstance(payload, dict) and payload.get("error"):
        raise errors.from_error_object(payload["error"], status=None, service=client.service, request_id=request_id)
    items = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(items, list) or not items:
        raise errors.protocol(N_("openai", "no images in the answer"), service=client.service, request_id=request_id)
    collected = Collected()
    for index, item in enumerate(items):
        item = item if isinstance(item, dict) else {}
        image = decode_image(item.get("b64_json"), index, item.get("revised_prompt"), client, request_id)
        collected.images.append(image)
        on_progress(ImageReady(image))
    usage = payload.get("usage")
    collected.usage = Usage.from_json(usage) if isinstance(usage, dict) else None
    return collected


PREVIEW_SLACK = 4  # a server may send a preview or two more than asked; a flood is not an answer
_COMPLETED = re.compile(rb'"type"\s*:\s*"[^"]*\.completed"')


def _receiving(client: OpenAIClient, on_progress: ProgressCallback) -> Callable[[str, bytes], None]:
    """Says once that the headshot is coming in: as its event starts to arrive, or at the latest when it is whole.

    The stream itself is no sign: its previews come while OpenAI is still at work.
    """
    said = False

    def arriving(name: str, head: bytes) -> None:
        nonlocal said
        if not said and (name.endswith(".completed") or (head.startswith(b"data:") and _COMPLETED.search(head))):
            said = True
            on_progress(Phase(step=RECEIVING, service=client.service))

    return arriving


def read_stream(
    response: httpx.Response, client: OpenAIClient, expected: int, on_progress: ProgressCallback, cancel: CancelToken,
    previews: int = 3,
) -> Collected:  # fmt: skip
    request_id = response.headers.get("x-request-id")
    collected = Collected()
    usages: list[Usage] = []
    previews_seen = 0
    receiving = _receiving(client, on_progress)
    try:
        for sse in iter_events(response.iter_bytes(), receiving):
            if cancel.cancelled:
                if collected.images:
                    break  # the image is in, and paid for: a cancel now keeps it
                raise CancelledError()
            text = sse.data.strip()
            if text == "[DONE]":
                break
            if not text:
                continue
            try:
                event = json.loads(text)
            except ValueError as err:
                raise errors.protocol(
                    N_("openai", "malformed JSON in the stream"),
                    service=client.service,
                    request_id=request_id,
                    detail=str(err),
                ) from None
            if not isinstance(event, dict):
                raise errors.protocol(
                    N_("openai", "a stream event that is not an object"),
                    service=client.service,
                    request_id=request_id,
                )
            kind = str(event.get("type") or sse.event)
            if event.get("error") or kind == "error" or sse.event == "error":
                failure = errors.from_error_object(
                    event.get("error") or event, status=None, service=client.service, request_id=request_id
                )
                if not collected.images:
                    raise failure
                collected.warnings.append(in_words(failure))
                break
            if kind.endswith(".partial_image"):
                previews_seen += 1
                if previews_seen > expected * max(previews, 1) + PREVIEW_SLACK:
                    raise errors.protocol(N_("openai", "{count} previews for {expected} image(s)").format(
                                          count=previews_seen, expected=expected),
                                          service=client.service, request_id=request_id)  # fmt: skip
                data = _b64(event.get("b64_json"), N_("openai", "a preview"), client, request_id)
                partial_index = event.get("partial_image_index")
                partial_index = partial_index if isinstance(partial_index, int) else 0
                on_progress(PartialImage(len(collected.images), partial_index, data))
            elif kind.endswith(".completed"):
                receiving(kind, b"")  # it came whole in one piece: said now, still before the image
                image = decode_image(
                    event.get("b64_json"), len(collected.images), event.get("revised_prompt"), client, request_id
                )
                collected.images.append(image)
                if isinstance(event.get("usage"), dict):
                    usages.append(Usage.from_json(event["usage"]))
                on_progress(ImageReady(image))
            else:
                log.debug("ignoring stream event %r", kind)
    except SSELimitError as err:
        what = err.args[0] if err.args and isinstance(err.args[0], str) else str(err)  # marked words, kept
        raise errors.protocol(what, service=client.service, request_id=request_id) from None
    except httpx.HTTPError:
        if cancel.cancelled:
            raise CancelledError() from None
        if not collected.images:
            raise  # nothing arrived: the client maps it and may retry
        log.warning("stream broke after %d of %d images", len(collected.images), expected, exc_info=True)
    except ProviderError:
        if cancel.cancelled:
            raise CancelledError() from None
        raise
    if not collected.images:
        raise errors.protocol(
            N_("openai", "the stream stopped before the image was finished"),
            service=client.service,
            request_id=request_id,
        )
    if len(collected.images) < expected and not collected.warnings:
        collected.warnings.append(
            N_("openai", "Only {count} of {expected} images arrived before the connection ended.").format(
                count=len(collected.images), expected=expected
            )
        )
    collected.usage = combine_usage(usages)
    return collected
