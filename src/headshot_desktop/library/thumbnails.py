"""Small previews of library images, kept in the cache folder (never in the library).

A thumbnail's file name is a hash of the source path, the size asked for and the
source's (size, mtime), so an edited file gets a new thumbnail and the old one is
removed. JPEGs decode at reduced size (``Image.draft``), which is several times
faster for large photos.

Thread safety: ``get`` may be called from any number of worker threads at once.
Two calls for the same thumbnail make it once; every write is atomic, so a reader
never sees half a file.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import threading
import time
import warnings
from collections.abc import Iterable
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import TYPE_CHECKING

from headshot_desktop.errors import NotFoundError, StorageError
from headshot_desktop.system.atomic import atomic_write_with, is_temp_file
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from PIL import Image

log = logging.getLogger(__name__)

DEFAULT_SIZE = 256
_STRIPES = 64
_SUFFIX = ".jpg"
_TEMP_GRACE_S = 60.0


def _path_key(source: Path) -> str:
    return hashlib.sha256(os.fsencode(os.path.abspath(source))).hexdigest()[:24]


def _older_than(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime > seconds
    except FileNotFoundError:
        return False


def render_thumbnail(source: Path, size: int, *, reduced: bool = True) -> Image.Image:
    from PIL import Image, ImageOps  # the window makes a ThumbnailCache at start; Pillow loads with the first one

    """An RGB image fitting in ``size``×``size``, upright, alpha flattened onto white."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(source) as image:
            if reduced:
                image.draft(None, (size, size))  # JPEG: decode at 1/2, 1/4 or 1/8 scale
            else:
                image.load()
            image.thumbnail((size, size), Image.Resampling.LANCZOS, reducing_gap=2.0 if reduced else None)
            image = ImageOps.exif_transpose(image)
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image.convert("RGB")


class ThumbnailCache:
    def __init__(self, folder: Path, *, quality: int = 85) -> None:
        self.folder = Path(folder)
        self.quality = quality
        self._stripes = [threading.Lock() for _ in range(_STRIPES)]

    def path_for(self, source: Path, size: int = DEFAULT_SIZE) -> Path:
        """Where the thumbnail of ``source`` at ``size`` lives (made or not)."""
        try:
            stat = os.stat(source)
        except FileNotFoundError as err:
            raise NotFoundError(
                N_("library", "{name} is no longer in the library.").format(name=Path(source).name)
            ) from err
        key = _path_key(source)
        version = hashlib.sha256(f"{size}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
        return self.folder / key[:2] / f"{key}-{size}-{version}{_SUFFIX}"

    def get(self, source: Path, size: int = DEFAULT_SIZE, *, reduced: bool = True) -> Path:
        """The thumbnail file for ``source``, made now if missing or stale."""
        target = self.path_for(source, size)
        if target.exists():
            return target
        from PIL import Image

        with self._stripes[int(target.name[:4], 16) % _STRIPES]:
            if target.exists():  # another thread made it while we waited
                return target
            try:
                image = render_thumbnail(Path(source), size, reduced=reduced)
            except FileNotFoundError as err:
                raise NotFoundError(
                    N_("library", "{name} is no longer in the library.").format(name=Path(source).name)
                ) from err
            except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
                raise StorageError(
                    N_("library", "Cannot show a preview of {name}: the file is damaged or not an image.").format(
                        name=Path(source).name
                    ),
                    detail=repr(err),
                ) from err
            try:
                atomic_write_with(target, lambda f: image.save(f, "JPEG", quality=self.quality))
            except OSError as err:
                raise StorageError(
                    N_("library", "Cannot save a preview in {folder}.").format(folder=self.folder), detail=repr(err)
                ) from err
            self._remove_stale(target, size)
        return target

    def request_many(self, sources: Iterable[Path], size: int, executor: Executor) -> dict[Path, Future[Path]]:
        """Start making thumbnails on ``executor``; each future gives the file or raises."""
        return {Path(source): executor.submit(self.get, Path(source), size) for source in sources}

    def _remove_stale(self, current: Path, size: int) -> None:
        prefix = current.name.split("-", 1)[0] + f"-{size}-"
        for sibling in current.parent.glob(prefix + "*"):
            if sibling != current:
                with contextlib.suppress(FileNotFoundError):
                    sibling.unlink()

    def forget(self, source: Path) -> int:
        """Remove every thumbnail of ``source`` (after it left the library); returns how many."""
        key = _path_key(source)
        count = 0
        for thumb in (self.folder / key[:2]).glob(f"{key}-*"):
            with contextlib.suppress(FileNotFoundError):
                thumb.unlink()
                count += 1
        return count

    def prune(self, keep: Iterable[Path]) -> int:
        """Remove thumbnails of every file not in ``keep`` (and leftovers); returns how many."""
        wanted = {_path_key(path) for path in keep}
        count = 0
        if not self.folder.is_dir():
            return 0
        for bucket in self.folder.iterdir():
            if not bucket.is_dir():
                continue
            for thumb in bucket.iterdir():
                if is_temp_file(thumb):
                    if not _older_than(thumb, _TEMP_GRACE_S):
                        continue  # another thread may be writing it right now
                elif thumb.name.split("-", 1)[0] in wanted:
                    continue
                with contextlib.suppress(FileNotFoundError):
                    thumb.unlink()
                    count += 1
        return count

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
