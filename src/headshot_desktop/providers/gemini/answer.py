"""``POST /{version}/models/{model}:generateContent``: the request body, and reading the image back.

One image per request. The answer's image parts that are not thoughts are the
result; an answer without one says why: the request was blocked, the result was
stopped by the safety system, the model declined in words, or it made no image.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GeneratedImage
from headshot_desktop.errors import ConfigError, ErrorKind, ProviderError
from headshot_desktop.providers.gemini.seam import ASPECT_RATIOS, capabilities, image_size
from headshot_desktop.providers.https.client import HttpsClient
from headshot_desktop.providers.https.failures import it_said
from headshot_desktop.providers.https.images import decode_base64, read_image
from headshot_desktop.translatable import N_

# finishReason values that mean the safety system stopped it, and those that mean a copy of an existing image.
_SAFETY = {"SAFETY", "PROHIBITED_CONTENT", "BLOCKLIST", "SPII", "IMAGE_SAFETY", "IMAGE_PROHIBITED_CONTENT"}
_RECITATION = {"RECITATION", "IMAGE_RECITATION"}


def build_body(photo: PreparedPhoto, request: GenerationRequest, model: str) -> dict[str, Any]:
    """The photo, its references in order, then the prompt, as one user turn."""
    limit = capabilities(model).max_reference_photos
    if len(request.references) > limit:
        raise ConfigError(N_("gemini", "Gemini's {model} takes at most {count} reference photos.").format(
            model=model, count=limit), hint=N_("gemini", "Choose fewer reference photos, or a newer Gemini image "
                                               "model."))  # fmt: skip
    image_config = {"aspectRatio": ASPECT_RATIOS[request.shape]}
    if size := image_size(model, request.detail):
        image_config["imageSize"] = size
    return {
        "contents": [
            {
                "role": "user",
                "parts": [*(_inline(p) for p in (photo, *request.references)), {"text": request.prompt}],
            }
        ],
        "generationConfig": {"responseModalities": ["IMAGE"], "imageConfig": image_config},
        # Overrides a project that logs requests by default (those created since 26 October 2026).
        "store": False,
    }


def _inline(photo: PreparedPhoto) -> dict[str, Any]:
    return {"inlineData": {"mimeType": photo.mime_type, "data": base64.b64encode(photo.data).decode("ascii")}}


@dataclass
class Answer:
    image: GeneratedImage
    usage: Mapping[str, Any] = field(default_factory=dict)
    model_version: str = ""
    response_id: str | None = None


def read(payload: object, client: HttpsClient) -> Answer:
    service = client.service
    if not isinstance(payload, dict):
        raise client.protocol(N_("providers", "an answer that is not a JSON object"))
    response_id = payload.get("responseId") if isinstance(payload.get("responseId"), str) else None
    usage = payload.get("usageMetadata")
    usage = usage if isinstance(usage, dict) else {}
    feedback = payload.get("promptFeedback")
    block = feedback.get("blockReason") if isinstance(feedback, dict) else None
    candidates = payload.get("candidates") if isinstance(payload.get("candidates"), list) else []
    if block and not candidates:
        raise _refused(N_("gemini", "{service}'s safety system blocked the request before making anything "
                          "({reason}): it flagged your photo or the style's text.").format(service=service,
                                                                                          reason=block),
                       block, response_id)  # fmt: skip
    candidate = candidates[0] if candidates and isinstance(candidates[0], dict) else {}
    finish = str(candidate.get("finishReason") or "")
    parts = candidate.get("content", {}).get("parts") if isinstance(candidate.get("content"), dict) else None
    parts = [p for p in parts if isinstance(p, dict)] if isinstance(parts, list) else []
    finals = [p for p in parts if _is_image(p) and p.get("thought") is not True]
    if finals:
        inline = finals[-1].get("inlineData") or finals[-1].get("inline_data")
        data = decode_base64(inline.get("data"), N_("providers", "an image"), client, response_id, urlsafe_ok=True)
        version = payload.get("modelVersion")
        version = version if isinstance(version, str) else ""
        return Answer(read_image(data, 0, client, response_id), usage, version, response_id)
    words = " ".join(str(p["text"]).strip() for p in parts if isinstance(p.get("text"), str)
                     and p.get("thought") is not True).strip()  # fmt: skip

    def said(sentence: str) -> str:
        return it_said(sentence, words[:400])

    if finish in _SAFETY:
        raise _refused(said(N_("gemini", "{service}'s safety system stopped the headshot it made ({reason}).").format(
            service=service, reason=finish)), finish, response_id)  # fmt: skip
    if finish in _RECITATION:
        raise _refused(said(N_("gemini", "{service} stopped because the result looked too much like an existing "
                               "image.").format(service=service)), finish, response_id)  # fmt: skip
    if words and finish in ("STOP", ""):
        raise _refused(said(N_("gemini", "{service} answered in words instead of making the headshot.").format(
            service=service)), "TEXT_ONLY", response_id,
            hint=N_("gemini", "This is how Gemini declines: try another photo or another style."))  # fmt: skip
    raise ProviderError(
        said(
            N_("gemini", "{service} made no image this time ({reason}).").format(
                service=service, reason=finish or N_("gemini", "no reason given")
            )
        ),
        kind=ErrorKind.NO_IMAGE,
        hint=N_("providers", "Try again, or choose another style."),
        code=finish or None,
        request_id=response_id,
        retryable=False,  # it was answered, and may have been billed: trying again is the person's choice
        detail=f"finishReason={finish} parts={len(parts)}",
    )


def _is_image(part: Mapping[str, Any]) -> bool:
    inline = part.get("inlineData") or part.get("inline_data")
    mime = inline.get("mimeType") or inline.get("mime_type") if isinstance(inline, dict) else None
    return isinstance(mime, str) and mime.startswith("image/")


def _refused(message: str, code: str, request_id: str | None, hint: str = "") -> ProviderError:
    return ProviderError(
        message,
        kind=ErrorKind.SAFETY,
        hint=hint
        or N_(
            "gemini",
            "Try another photo (well lit, only you in the frame) or another style. "
            "Retrying the same photo and style will likely be refused again.",
        ),
        code=code,
        request_id=request_id,
        retryable=False,
        detail=f"refused: {code}",
    )
