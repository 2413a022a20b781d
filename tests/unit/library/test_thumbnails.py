from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.errors import NotFoundError, StorageError
from headshot_desktop.library import Library, ThumbnailCache
from headshot_desktop.library.thumbnails import render_thumbnail
from headshot_desktop.system.paths import AppPaths
from tests.unit.library.helpers import add, image_bytes


@pytest.fixture
def cache(paths: AppPaths) -> ThumbnailCache:
    return ThumbnailCache(paths.thumbnails_dir)


def test_thumbnail_lives_in_the_cache_not_the_library(library: Library, cache: ThumbnailCache,
                                                      paths: AppPaths) -> None:  # fmt: skip
    headshot = add(library)
    thumb = cache.get(headshot.path, 48)
    assert thumb.is_relative_to(paths.cache_dir / "thumbnails")
    assert not thumb.is_relative_to(library.root)
    with Image.open(thumb) as image:
        assert image.format == "JPEG" and max(image.size) == 48 and image.size == (32, 48)
    assert cache.get(headshot.path, 48) == thumb  # the second call reuses it
    assert cache.get(headshot.path, 96) != thumb


def test_stale_thumbnail_is_remade(tmp_path: Path, cache: ThumbnailCache) -> None:
    source = tmp_path / "photo.png"
    source.write_bytes(image_bytes(100, 100, color=(255, 0, 0)))
    old = cache.get(source, 32)
    source.write_bytes(image_bytes(100, 100, color=(0, 0, 255)))
    os.utime(source, ns=(1, 1_000_000_000))  # a different mtime, whatever the clock resolution
    new = cache.get(source, 32)
    assert new != old and not old.exists()
    with Image.open(new) as image:
        r, g, b = image.convert("RGB").getpixel((16, 16))
        assert b > 200 and r < 50


def test_reduced_size_decoding_for_jpeg(tmp_path: Path) -> None:
    source = tmp_path / "big.jpg"
    source.write_bytes(image_bytes(1600, 1200, fmt="JPEG", seed=1))
    with Image.open(source) as image:
        assert image.draft(None, (200, 200)) is not None  # Pillow really decodes at reduced scale
    reduced, full = render_thumbnail(source, 200), render_thumbnail(source, 200, reduced=False)
    assert reduced.size == full.size == (200, 150)


def test_exif_orientation_and_transparency(tmp_path: Path, cache: ThumbnailCache) -> None:
    rotated = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    Image.new("RGB", (80, 40), "white").save(rotated, exif=exif.tobytes())
    with Image.open(cache.get(rotated, 40)) as image:
        assert image.size == (20, 40)
    clear = tmp_path / "clear.png"
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(clear)
    with Image.open(cache.get(clear, 10)) as image:
        assert image.convert("RGB").getpixel((5, 5)) == (255, 255, 255)


def test_safe_from_many_threads(tmp_path: Path, cache: ThumbnailCache) -> None:
    sources = []
    for i in range(12):
        sources.append(tmp_path / f"{i}.jpg")
        sources[-1].write_bytes(image_bytes(400, 300, fmt="JPEG", seed=i))
    threads: set[str] = set()
    original_get = cache.get

    def spy(path: Path, size: int = 64, **kw: object) -> Path:
        threads.add(threading.current_thread().name)
        return original_get(path, size, **kw)

    cache.get = spy  # type: ignore[method-assign]
    with ThreadPoolExecutor(4) as pool:
        futures = cache.request_many(sources * 3, 64, pool)  # the same file asked for three times at once
        results = {path: future.result(timeout=30) for path, future in futures.items()}
    assert len(threads) > 1 and all(t != threading.main_thread().name for t in threads)
    assert set(results) == set(sources)
    thumbs = [p for p in cache.folder.rglob("*") if p.is_file()]
    assert len(thumbs) == 12 and not any(p.name.startswith(".tmp-") for p in thumbs)
    for thumb in thumbs:
        with Image.open(thumb) as image:
            image.load()


def test_damaged_and_missing_sources(tmp_path: Path, cache: ThumbnailCache) -> None:
    broken = tmp_path / "broken.png"
    broken.write_bytes(image_bytes(seed=1)[:100])
    with pytest.raises(StorageError, match="broken.png"):
        cache.get(broken)
    with pytest.raises(NotFoundError):
        cache.get(tmp_path / "nothing.png")


def test_forget_and_prune(tmp_path: Path, cache: ThumbnailCache) -> None:
    a, b = tmp_path / "a.png", tmp_path / "b.png"
    a.write_bytes(image_bytes(seed=1))
    b.write_bytes(image_bytes(seed=2))
    thumb_a, thumb_b = cache.get(a, 32), cache.get(b, 32)
    cache.get(a, 64)
    assert cache.forget(a) == 2 and not thumb_a.exists()
    cache.get(a, 32)
    assert cache.prune([a]) == 1 and not thumb_b.exists() and cache.path_for(a, 32).exists()
