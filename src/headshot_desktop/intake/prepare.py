"""The public step: any source in, a ``PreparedPhoto`` (pixels only) out."""

from __future__ import annotations

import hashlib
import logging

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.intake.encode import encode_for_provider
from headshot_desktop.intake.limits import DEFAULT_MAX_SIDE
from headshot_desktop.intake.normalize import normalize
from headshot_desktop.intake.source import PhotoSource
from headshot_desktop.system.logging import photo_ref

log = logging.getLogger(__name__)


def prepare_photo(
    source: PhotoSource,
    *,
    source_name: str | None = None,
    max_side: int | None = DEFAULT_MAX_SIDE,
    max_bytes: int | None = None,
) -> PreparedPhoto:
    """Turn a file path or image bytes into what may leave the computer: pixels, nothing else.

    The photo is sniffed by content, decoded within the limits, turned upright,
    converted to sRGB, its transparency flattened onto white, scaled down to ``max_side``
    on its long side (``None``: full resolution) and encoded as JPEG within
    ``max_bytes`` (the provider's upload limit; ``None``: the default). Its
    ``content_hash`` is the sha256 of the prepared file: that file carries pixels only
    and the encoder is deterministic, so the same picture gets the same hash whatever
    its metadata. Raises ``IntakeError`` naming the file and the reason when the photo
    is refused.
    """
    photo = normalize(source, source_name=source_name, max_side=max_side)
    image = photo.image
    encoded = encode_for_provider(image) if max_bytes is None else encode_for_provider(image, max_bytes=max_bytes)
    prepared = PreparedPhoto(
        data=encoded.data,
        mime_type=encoded.mime_type,
        width=encoded.image.width,
        height=encoded.image.height,
        source_name=photo.source_name,
        content_hash=hashlib.sha256(encoded.data).hexdigest(),
        notices=photo.notices + encoded.notices,
    )
    log.info(
        "%s: prepared %d×%d %s, %d bytes",
        photo_ref(prepared.source_name),
        prepared.width,
        prepared.height,
        prepared.mime_type,
        len(prepared.data),
    )
    return prepared
