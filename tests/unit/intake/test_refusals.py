"""Refusals name the file and the reason, offer a hint, and leave nothing behind."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import warnings
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.errors import ErrorKind, IntakeError
from headshot_desktop.intake import MAX_FILE_BYTES, open_normalized, prepare_photo
from tests.unit.intake import corpus


def _refusal(source: Path | bytes, **kwargs: object) -> IntakeError:
    with pytest.raises(IntakeError) as caught:
        prepare_photo(source, **kwargs)
    error = caught.value
    assert error.kind is ErrorKind.BAD_INPUT
    assert error.hint, "every refusal says what to do"
    assert str(error) == f"{error.source}: {error.reason}"
    return error


def _mp4() -> bytes:
    return struct.pack(">I", 24) + b"ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64


# name on disk, content, words the reason must contain
HOSTILE: dict[str, tuple[str, Callable[[], bytes], str]] = {
    "empty": ("empty.jpg", lambda: b"", "the file is empty"),
    "html-as-png": ("photo.png", lambda: corpus.HTML, "web page (HTML), not a photo"),
    "pdf-as-png": ("scan.png", lambda: corpus.PDF, "PDF document, not a photo"),
    "svg-as-png": ("logo.png", lambda: corpus.SVG, "SVG drawing, not a photo"),
    "text-as-jpg": ("notes.jpg", lambda: corpus.TEXT, "text file, not a photo"),
    "video": ("clip.heic", _mp4, "video, not a photo"),
    "zip": ("photos.jpg", lambda: b"PK\x03\x04" + b"\x00" * 100, "archive"),
    "binary": ("noise.jpg", lambda: os.urandom(16) * 64, "not a photo"),
    "truncated-jpeg": ("cut.jpg", lambda: corpus.truncated(corpus.jpeg(), 0.5), "damaged or incomplete"),
    "truncated-png": ("cut.png", lambda: corpus.truncated(corpus.png(), 0.5), "damaged or incomplete"),
    "jpeg-header-only": ("stub.jpg", lambda: corpus.jpeg()[:300], "damaged or incomplete"),
    "bomb": ("bomb.png", corpus.bomb_png, "too large (400 megapixels); the limit is 100 megapixels"),
    "over-100mp": ("big.png", lambda: corpus.bomb_png(11000, 10000), "too large (11000 × 10000 pixels)"),
    "too-small": ("thumb.jpg", lambda: corpus.jpeg(corpus.photo((300, 200))), "too small for a headshot (300 × 200"),
    "psd": ("edit.psd", lambda: b"8BPS\x00\x01" + b"\x00" * 100, "Photoshop (PSD) files are not supported"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_refused_with_name_and_reason_and_nothing_left_behind(case: str, tmp_path: Path, private_tmp: Path) -> None:
    name, make, words = HOSTILE[case]
    folder = tmp_path / "photos"
    folder.mkdir()
    path = corpus.write(folder, name, make())
    before = corpus.listing(tmp_path)

    error = _refusal(path)

    assert error.source == name
    assert words in error.reason
    assert corpus.listing(tmp_path) == before
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize("case", ["html-as-png", "bomb", "truncated-jpeg", "too-small"])
def test_bytes_are_refused_the_same_way(case: str) -> None:
    _name, make, words = HOSTILE[case]
    error = _refusal(make())
    assert error.source == "pasted image"
    assert words in error.reason
    error = _refusal(make(), source_name="camera frame")
    assert error.source == "camera frame"


def test_empty_paste() -> None:
    error = _refusal(b"")
    assert (error.source, error.reason) == ("pasted image", "the image is empty")


def test_open_normalized_refuses_too() -> None:
    with pytest.raises(IntakeError, match="PDF"):
        open_normalized(corpus.PDF, source_name="scan.pdf")


def test_bomb_is_refused_without_pillows_global_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", None)
    error = _refusal(corpus.bomb_png())
    assert "too large (20000 × 20000 pixels); the limit is 100 megapixels" in error.reason


def test_pillows_bomb_warning_does_not_escape() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning would become an exception here
        error = _refusal(corpus.bomb_png(11000, 10000))
    assert "too large (11000 × 10000 pixels)" in error.reason


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as handle:
        handle.write(corpus.jpeg())
        handle.truncate(MAX_FILE_BYTES + 50_000_000)  # sparse: instant, no disk used
    error = _refusal(path)
    assert error.reason == "the file is too large (250 MB); the limit is 200 MB"


def test_just_over_the_limit_does_not_read_as_equal(tmp_path: Path) -> None:
    path = tmp_path / "huge.jpg"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert _refusal(path).reason == "the file is too large (201 MB); the limit is 200 MB"


def test_missing_file(tmp_path: Path) -> None:
    error = _refusal(tmp_path / "gone.jpg")
    assert error.reason == "the file does not exist"
    assert error.source == "gone.jpg"


def test_folder(tmp_path: Path) -> None:
    (tmp_path / "Pictures").mkdir()
    assert _refusal(tmp_path / "Pictures").reason == "this is a folder, not a photo"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.jpg"
    os.mkfifo(pipe)
    assert _refusal(pipe).reason == "this is not a regular file"


UNREADABLE = "the file cannot be read (permission denied)"


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root reads any file whatever its permissions (see the test below for root)",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = corpus.write(tmp_path, "locked.jpg", corpus.jpeg())
    path.chmod(0)
    try:
        assert _refusal(path).reason == UNREADABLE
    finally:
        path.chmod(0o600)


def _unshare_works() -> bool:
    unshare = shutil.which("unshare")
    return bool(unshare) and subprocess.run([unshare, "--user", "true"], capture_output=True).returncode == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only needed when running as root")
def test_unreadable_file_as_root_without_its_privileges(tmp_path: Path) -> None:
    # In a new user namespace root keeps its uid but loses the right to ignore file modes.
    if not _unshare_works():
        pytest.skip("root reads any file, and user namespaces (unshare --user) are not available here")
    path = corpus.write(tmp_path, "locked.jpg", corpus.jpeg())
    path.chmod(0)
    code = (
        "import sys\n"
        "from headshot_desktop.errors import IntakeError\n"
        "from headshot_desktop.intake import prepare_photo\n"
        "try:\n    prepare_photo(sys.argv[1])\nexcept IntakeError as e:\n    print(e.source + '|' + e.reason)\n"
    )
    try:
        result = subprocess.run(
            ["unshare", "--user", sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60
        )
    finally:
        path.chmod(0o600)
    assert result.stdout.strip() == f"locked.jpg|{UNREADABLE}", result.stderr


@pytest.mark.parametrize(
    "make",
    [
        corpus.jpeg_full_of_metadata,
        lambda: corpus.encoded(corpus.photo(), "TIFF", compression="tiff_lzw"),  # decoded by libtiff
        corpus.heic,
    ],
    ids=["jpeg", "tiff", "heic"],
)
def test_success_writes_nothing_either(make: Callable[[], bytes], tmp_path: Path, private_tmp: Path) -> None:
    path = corpus.write(tmp_path, "me.img", make())
    before = corpus.listing(tmp_path)
    prepare_photo(path)
    assert corpus.listing(tmp_path) == before
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize("max_side", [0, -5, 1.5, True])
def test_bad_max_side_is_a_programming_error(max_side: object) -> None:
    with pytest.raises(ValueError, match="max_side"):
        prepare_photo(corpus.jpeg(), max_side=max_side)  # type: ignore[arg-type]


def test_other_source_types_are_a_programming_error() -> None:
    with pytest.raises(TypeError):
        prepare_photo(12345)  # type: ignore[arg-type]
