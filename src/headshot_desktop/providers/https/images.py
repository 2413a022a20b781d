"""Reading images out of a provider's answer: base64 text, then only the header (size and format)."""

from __future__ import annotations

import base64
import binascii
import io

from headshot_desktop.core.results import GeneratedImage
from headshot_desktop.providers.https.client import HttpsClient
from headshot_desktop.translatable import N_


def decode_base64(value: object, what: str, client: HttpsClient, request_id: str | None, *,
                  urlsafe_ok: bool = False) -> bytes:  # fmt: skip
    """``value`` as bytes; ``urlsafe_ok`` also takes the URL-safe alphabet and missing padding (proto3 JSON)."""
    if not isinstance(value, str) or not value:
        raise client.protocol(N_("providers", "{what} without image data").format(what=what), request_id)
    try:
        if urlsafe_ok:
            text = value.strip().replace("-", "+").replace("_", "/")
            return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as err:
        raise client.protocol(N_("providers", "{what} with damaged base64").format(what=what), request_id,
                              str(err)) from None  # fmt: skip


def read_image(data: bytes, index: int, client: HttpsClient, request_id: str | None,
               revised_prompt: object = None) -> GeneratedImage:  # fmt: skip
    from PIL import Image  # only the header: size and format

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            mime = Image.MIME.get(image.format or "", "application/octet-stream")
    except Exception as err:  # Pillow raises many types for bad data
        raise client.protocol(N_("providers", "data that is not an image"), request_id, repr(err)) from None
    prompt = revised_prompt if isinstance(revised_prompt, str) and revised_prompt else None
    return GeneratedImage(data, mime, width, height, index, prompt)
