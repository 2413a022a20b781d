"""The framing of an export: which rectangle of the headshot becomes the file, and the framings remembered.

A ``Crop`` is in fractions of the headshot's width and height, so the same framing serves the full image and a
preview of it. Light on purpose (no Pillow): the crop editor and the command line read it at once.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from headshot_desktop.errors import NotFoundError
from headshot_desktop.system.atomic import atomic_write_bytes
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.library.models import Headshot

log = logging.getLogger(__name__)

# When the height is cut, this share of the cut comes off the top: faces sit in the
# upper part of a headshot, so a plain centre crop would cut too close to the hair.
TOP_SHARE = 0.3
CROPS_NAME = ".headshot-crops.json"  # beside the index, in the library folder
MAX_CROPS_BYTES = 8 << 20


@dataclass(frozen=True)
class Crop:
    """The rectangle of the source that is exported, in fractions (0..1) of its width and height."""

    x: float
    y: float
    w: float
    h: float

    def as_list(self) -> list[float]:
        return [self.x, self.y, self.w, self.h]

    def __str__(self) -> str:
        return ",".join(f"{v:.4f}".rstrip("0").rstrip(".") or "0" for v in self.as_list())


FULL = Crop(0.0, 0.0, 1.0, 1.0)


def default_crop(width: int, height: int, aspect: float | None) -> Crop:
    """The largest rectangle of ``aspect`` (width/height) in the image: centred across, 30 % of the cut off the top."""
    if aspect is None or width <= 0 or height <= 0:
        return FULL
    if width / height > aspect:  # too wide: cut the sides evenly
        w = min(1.0, height * aspect / width)
        return Crop((1 - w) / 2, 0.0, w, 1.0)
    h = min(1.0, width / aspect / height)
    return Crop(0.0, (1 - h) * TOP_SHARE, 1.0, h)


def exported_box(crop: Crop, width: int, height: int,
                 aspect: float | None = None) -> tuple[float, float, float, float]:  # fmt: skip
    """(left, top, width, height) in pixels, unrounded: the rectangle the export cuts for ``crop``.

    With ``aspect`` the rectangle is first narrowed to that shape around its centre. A rectangle larger than the
    image shrinks around its centre, its shape kept; one reaching over an edge is moved back in. The crop editor
    starts from this box too, so it shows the frame the file will have.
    """
    pw, ph = max(crop.w, 1e-6) * width, max(crop.h, 1e-6) * height
    cx, cy = (crop.x + crop.w / 2) * width, (crop.y + crop.h / 2) * height
    if aspect is not None and aspect > 0:
        if pw / ph > aspect:
            pw = ph * aspect
        else:
            ph = pw / aspect
    scale = min(1.0, width / pw, height / ph)
    pw, ph = pw * scale, ph * scale
    return cx - pw / 2, cy - ph / 2, pw, ph


def crop_pixels(crop: Crop, width: int, height: int, aspect: float | None = None) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) in whole pixels, inside the image: ``exported_box`` rounded."""
    x, y, pw, ph = exported_box(crop, width, height, aspect)
    w_px = min(width, max(1, round(pw)))
    h_px = min(height, max(1, round(ph)))
    left = min(max(0, round(x)), width - w_px)
    top = min(max(0, round(y)), height - h_px)
    return left, top, left + w_px, top + h_px


def parse_crop(text: str) -> Crop:
    """``"x,y,w,h"`` in fractions of the width and height, e.g. ``0.1,0.05,0.8,0.6``; ``ValueError`` says why not."""
    said = {"text": repr(text)}
    parts = [p.strip() for p in str(text).split(",")]
    if len(parts) != 4:
        raise ValueError(N_("library", "{text} is not four numbers x,y,w,h (fractions of the width and height, "
                            "e.g. 0,0.1,1,0.7).").format(**said))  # fmt: skip
    try:
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        raise ValueError(
            N_("library", "{text} is not four numbers x,y,w,h: each must be a number from 0 to 1.").format(**said)
        ) from None
    if not all(math.isfinite(v) for v in (x, y, w, h)):
        raise ValueError(N_("library", "{text} holds a value that is not a number.").format(**said))
    if not (0 <= x < 1 and 0 <= y < 1):
        raise ValueError(
            N_("library", "{text}: x and y are where the crop starts, from 0 (left, top) to below 1.").format(**said)
        )
    if not (0 < w <= 1 and 0 < h <= 1):
        raise ValueError(N_("library", "{text}: the width and height must be more than 0 and at most 1 "
                            "(the whole image).").format(**said))  # fmt: skip
    if x + w > 1.0001 or y + h > 1.0001:
        raise ValueError(N_("library", "{text} reaches past the image's edge: x + w and y + h must be "
                            "at most 1.").format(**said))  # fmt: skip
    return Crop(x, y, min(w, 1 - x), min(h, 1 - y))


def _crop_from_json(value: object) -> Crop | None:
    if not (isinstance(value, list) and len(value) == 4 and all(type(v) in (int, float) for v in value)):
        return None
    try:
        return parse_crop(",".join(repr(float(v)) for v in value))
    except ValueError:
        return None


class CropMemory:
    """The framing the person chose, per headshot and per preset, in a JSON file in the library folder.

    A headshot is known by its file's hash, so its framing survives a rename and a rebuilt index; an id is
    looked up with ``resolve``. Safe from any thread; a change made by another process (the command line next
    to the window) is read again when the file changes. A framing that cannot be written (a read-only library)
    is kept for this session.
    """

    def __init__(self, path: Path, *, resolve: Callable[[int], Headshot] | None = None,
                 read_only: bool = False) -> None:  # fmt: skip
        self.path = Path(path)
        self._resolve = resolve
        self._read_only = read_only
        self._lock = threading.RLock()
        self._data: dict[str, dict[str, Crop]] = {}
        self._seen: tuple[int, int] | None = None

    def _key(self, headshot: Headshot | int | str) -> str:
        if isinstance(headshot, str):
            return headshot
        if isinstance(headshot, int):
            if self._resolve is None:
                return f"id:{headshot}"
            headshot = self._resolve(headshot)
        return headshot.file_hash or f"id:{headshot.id}"

    def _load(self) -> None:
        try:
            stat = os.stat(self.path)
        except OSError:
            if self._seen is not None:
                self._data, self._seen = {}, None
            return
        stamp = (stat.st_mtime_ns, stat.st_size)
        if stamp == self._seen:
            return
        self._seen = stamp
        self._data = self._read()

    def _read(self) -> dict[str, dict[str, Crop]]:
        try:
            if os.path.islink(self.path):
                raise OSError("it is a link")
            with open(self.path, "rb") as handle:
                raw: Any = json.loads(handle.read(MAX_CROPS_BYTES).decode("utf-8"))
        except (OSError, ValueError) as err:
            log.warning("the remembered crops %s cannot be read (%s); starting afresh", self.path, err)
            return {}
        found = raw.get("crops") if isinstance(raw, dict) else None
        data: dict[str, dict[str, Crop]] = {}
        for key, per_preset in found.items() if isinstance(found, dict) else ():
            if isinstance(per_preset, dict):
                crops = {p: c for p, value in per_preset.items() if (c := _crop_from_json(value)) is not None}
                if crops:
                    data[str(key)] = crops
        return data

    def _save(self) -> None:
        if self._read_only:
            return
        body = {"version": 1, "crops": {k: {p: c.as_list() for p, c in v.items()} for k, v in self._data.items()}}
        try:
            data = (json.dumps(body, indent=1, sort_keys=True) + "\n").encode("utf-8")
            atomic_write_bytes(self.path, data, make_folder=False)  # a vanished library is not made again
            stat = os.stat(self.path)
            self._seen = (stat.st_mtime_ns, stat.st_size)
        except OSError as err:
            log.warning("cannot remember the crop in %s (%s); it is kept until the app closes", self.path, err)

    def get(self, headshot: Headshot | int | str, preset_id: str) -> Crop | None:
        """The framing remembered for ``headshot`` (a Headshot, its id, or its file's hash) in ``preset_id``."""
        with self._lock:
            try:
                key = self._key(headshot)
            except NotFoundError:
                return None
            self._load()
            return self._data.get(key, {}).get(preset_id)

    def set(self, headshot: Headshot | int | str, preset_id: str, crop: Crop | None) -> None:
        """Remember ``crop`` (None: forget it, back to the default framing)."""
        with self._lock:
            key = self._key(headshot)
            self._load()
            per_preset = dict(self._data.get(key, {}))
            if crop is None:
                per_preset.pop(preset_id, None)
            else:
                per_preset[preset_id] = crop
            if per_preset:
                self._data[key] = per_preset
            else:
                self._data.pop(key, None)
            self._save()

    def forget(self, headshot: Headshot | int | str) -> None:
        """Forget every framing of ``headshot`` (it was deleted)."""
        self.forget_all([headshot])

    def forget_all(self, headshots: Iterable[Headshot | int | str]) -> None:
        with self._lock:
            keys = []
            for headshot in headshots:
                with contextlib.suppress(NotFoundError):
                    keys.append(self._key(headshot))
            self._load()
            if [self._data.pop(key, None) for key in keys if key in self._data]:
                self._save()
