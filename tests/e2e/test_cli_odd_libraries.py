"""The command line keeps working on odd libraries (issue 13, items 6, 7 and 15).

Real processes with HOME and the XDG folders in the test's temporary tree:

- item 6: a file name that is not UTF-8 (``caf\\xe9.jpg``, Linux only) imports, lists, exports
- item 7: a read-only library (a real read-only bind mount, root only) lists and exports, and
  refuses imports with a sentence
- item 15: importing a file that is already in the library gives back the same original
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.app import build_context
from headshot_desktop.library import Library
from headshot_desktop.library.layout import HEADSHOTS, ORIGINALS
from tests.support.library_cli import LINUX, assert_clean, cli, err, out, zip_blobs
from tests.support.library_cli import selfie as selfie
from tests.support.mounts import read_only_bind
from tests.unit.intake import corpus
from tests.unit.library.helpers import HEADSHOT_META, add, prepared

needs_linux = pytest.mark.skipif(not LINUX, reason="file names are any bytes only on Linux")


# == item 6: a file name that is not UTF-8 =============================================================


@needs_linux
def test_a_file_name_that_is_not_utf8_works_everywhere(tmp_path: Path) -> None:
    card = os.fsencode(tmp_path / "card")
    os.mkdir(card)
    photo = os.path.join(card, b"caf\xe9.jpg")
    with open(photo, "wb") as handle:
        handle.write(corpus.jpeg(corpus.photo((600, 800), seed=4)))
    root = tmp_path / "library"

    imported = cli("--library", root, "import", photo)
    assert_clean(imported, 0)
    (stored,) = os.listdir(os.fsencode(root / ORIGINALS))

    def listing(originals: int, headshots: int) -> None:
        listed = cli("--library", root, "library", "list")
        assert_clean(listed, 0)
        assert len(listed.stdout.splitlines()) == originals + headshots, out(listed)
        as_json = cli("--library", root, "library", "list", "--json")
        assert_clean(as_json, 0)
        data = json.loads(as_json.stdout.decode("utf-8"))  # JSON is UTF-8: decoded strictly
        assert (len(data["originals"]), len(data["headshots"])) == (originals, headshots), data

    listing(1, 0)  # the import stored it: from then on every listing crashed
    headshot = os.path.join(os.fsencode(root / HEADSHOTS), b"r\xe9sum\xe9.png")
    Image.new("RGB", (200, 300), (90, 60, 40)).save(os.fsdecode(headshot), "PNG")
    listing(1, 1)  # a file put there by hand

    out_dir = tmp_path / "out"
    exported = cli("--library", root, "export", headshot, "--preset", "original", "--format", "png",
                   "-o", out_dir / "x.png")  # fmt: skip
    assert_clean(exported, 0)
    with Image.open(out_dir / "x.png") as image:
        assert image.size == (200, 300)

    everything = cli("--library", root, "library", "export-data", out_dir / "all.zip")
    assert_clean(everything, 0)
    blobs = zip_blobs(out_dir / "all.zip")
    with open(headshot, "rb") as handle:
        assert handle.read() in blobs.values()
    with open(os.path.join(os.fsencode(root / ORIGINALS), stored), "rb") as handle:
        assert handle.read() in blobs.values()
    metadata = json.loads(blobs["metadata.json"].decode("utf-8"))
    assert len(metadata["originals"]) == 1 and len(metadata["headshots"]) == 1


# == item 7: a read-only library ========================================================================


@pytest.fixture
def read_only_library(tmp_path: Path) -> Iterator[tuple[Path, str, str]]:
    """A library with one original and one headshot, shown read-only (a real bind mount); names of both."""
    source = tmp_path / "library"
    with Library.open(source) as library:
        original = library.import_original(prepared(name="selfie.jpg", seed=1))
        headshot = add(library, original.id)
    with read_only_bind(source, tmp_path / "read-only library") as root:
        yield root, original.path.name, headshot.path.name


def test_a_read_only_library_lists_and_exports_and_refuses_imports(
    read_only_library: tuple[Path, str, str], tmp_path: Path, selfie: Path
) -> None:
    root, original_name, headshot_name = read_only_library
    original, headshot = root / ORIGINALS / original_name, root / HEADSHOTS / headshot_name
    out_dir = tmp_path / "out"

    listed = cli("--library", root, "library", "list")
    assert_clean(listed, 0)
    assert str(original) in out(listed) and str(headshot) in out(listed), out(listed)

    as_json = cli("--library", root, "library", "list", "--json")
    assert_clean(as_json, 0)
    data = json.loads(as_json.stdout)
    assert [o["path"] for o in data["originals"]] == [str(original)]
    assert [h["path"] for h in data["headshots"]] == [str(headshot)]
    assert data["headshots"][0]["style_name"] == HEADSHOT_META["style_name"]

    exported = cli("--library", root, "export", headshot, "--preset", "original", "--format", "png",
                   "-o", out_dir / "x.png")  # fmt: skip
    assert_clean(exported, 0)
    with Image.open(out_dir / "x.png") as image:
        assert image.size == (80, 120)

    everything = cli("--library", root, "library", "export-data", out_dir / "z.zip")
    assert_clean(everything, 0)
    blobs = zip_blobs(out_dir / "z.zip")
    assert blobs[f"{ORIGINALS}/{original_name}"] == original.read_bytes()
    assert blobs[f"{HEADSHOTS}/{headshot_name}"] == headshot.read_bytes()

    imported = cli("--library", root, "import", selfie)
    assert_clean(imported, 1)
    assert "read-only" in err(imported).lower(), err(imported)


# == item 15: a library file given back to import ======================================================


def test_importing_a_file_of_the_library_gives_the_same_original(tmp_path: Path, selfie: Path) -> None:
    root = tmp_path / "library"
    first = cli("--library", root, "import", selfie)
    assert_clean(first, 0)
    stored = out(first).strip()
    assert Path(stored).parent == root / ORIGINALS

    again = cli("--library", root, "import", stored)
    assert_clean(again, 0)
    assert out(again).strip() == stored
    listed = cli("--library", root, "library", "list", "--json")
    assert len(json.loads(listed.stdout)["originals"]) == 1
    assert len(list((root / ORIGINALS).iterdir())) == 1


def test_workflow_import_of_a_library_file_gives_the_same_original(tmp_path: Path, selfie: Path) -> None:
    context = build_context(library_dir=tmp_path / "library", environ={}, log_to_file=False)
    try:
        workflow = context.workflow()
        first = workflow.import_photo(selfie)
        again = workflow.import_photo(first.path)
        assert (again.id, again.path) == (first.id, first.path)
        assert [o.id for o in context.library().list_originals()] == [first.id]
        assert len(list(first.path.parent.iterdir())) == 1
    finally:
        context.close()
