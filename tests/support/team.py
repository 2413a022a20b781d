"""A team of selfies for batch tests: real JPEGs of a real face, each person tinted a colour of their own.

The face is the real portrait in ``../shared/testdata`` (astronaut.jpg), cropped to a selfie's
portrait shape and blended with the person's colour, so every photo is a real photo to the app's
intake and still tells the test server who it is: the mean colour of an uploaded image survives
the app's decoding, resizing and re-encoding. ``refuse_photos`` and ``refuse_colours`` build the
server rules (``server.answer_by``) that refuse or fail chosen people by that colour.

    photos = make_team(tmp_path / "team", 30, refused=(4,), broken=(7,))
    server.answer_by(refuse_photos([photos[4]]))            # OpenAI's moderation refusal
    server.answer_by(refuse_photos([photos[9]], Reply.server_error()))
"""

from __future__ import annotations

import functools
import io
import itertools
from collections.abc import Iterable, Sequence
from pathlib import Path

from PIL import Image, ImageStat

from tests.support.openai_server import RecordedRequest, Reply, Rule

PORTRAIT = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "astronaut.jpg"
SIZE = (480, 600)  # a phone selfie's 4:5, above the intake's smallest short side
TINT = 0.6  # how much of the person's colour is in the photo (the rest is the face)
# Far enough apart that a JPEG round trip or a resize never takes one person's mean colour to another's.
TOLERANCE = 10.0
# Colours no good photo gets: the people make_team(refused=...) marks for ``refuse_marked``.
_MARKED = [(255, 0, 255), (255, 0, 160), (200, 0, 255), (255, 60, 255)]

Colour = tuple[int, int, int]


def _palette() -> list[Colour]:
    """Distinct colours for good photos: a grid of the RGB cube without the marked corner's neighbours."""
    levels = (0, 51, 102, 153, 204, 255)
    colours = [(r, g, b) for r, g, b in itertools.product(levels, repeat=3)]
    # Order so the first ones are far apart: a small team gets clearly different photos.
    colours.sort(key=lambda c: (sum(v in (0, 255) for v in c) != 3, -len(set(c)), c))
    return [c for c in colours if all(_distance(c, m) > 45 for m in _MARKED)]


def _distance(a: Sequence[float], b: Sequence[float]) -> float:
    return float(sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5)


@functools.lru_cache(maxsize=1)
def _face() -> Image.Image:
    with Image.open(PORTRAIT) as image:
        width, height = image.size
        crop_w = height * SIZE[0] // SIZE[1]  # the middle of the picture, a selfie's shape
        left = (width - crop_w) // 2
        return image.convert("RGB").crop((left, 0, left + crop_w, height)).resize(SIZE, Image.Resampling.LANCZOS)


@functools.lru_cache(maxsize=256)
def tinted(colour: Colour) -> bytes:
    """The face blended with ``colour``, as JPEG bytes."""
    image = Image.blend(_face(), Image.new("RGB", SIZE, colour), TINT)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


@functools.lru_cache(maxsize=512)
def mean_colour(data: bytes) -> tuple[float, float, float]:
    """The mean colour of an image's pixels (RGB)."""
    with Image.open(io.BytesIO(data)) as image:
        r, g, b = ImageStat.Stat(image.convert("RGB")).mean[:3]
    return (r, g, b)


def make_team(
    folder: Path, count: int, *, refused: Iterable[int] = (), broken: Iterable[int] = (), names: Sequence[str] = ()
) -> list[Path]:
    """``count`` selfies in ``folder`` (``person_01.jpg``…, or ``names``), each tinted a distinct colour.

    ``refused``: indices whose photos get a marked colour, which ``refuse_marked()`` refuses on the server.
    ``broken``: indices whose files are not images at all (text with a .jpg name), so the app's intake refuses them.
    """
    refused, broken = set(refused), set(broken)
    palette, marked = iter(_palette()), iter(_MARKED)
    if count - len(refused) > len(_palette()) or len(refused) > len(_MARKED):
        raise ValueError(f"make_team makes at most {len(_palette())} good and {len(_MARKED)} refused photos")
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / (f"{names[index]}.jpg" if names else f"person_{index + 1:02d}.jpg")
        if index in broken:
            path.write_text("This is not a photo: a spreadsheet saved with the wrong name.\n")
        else:
            path.write_bytes(tinted(next(marked) if index in refused else next(palette)))
        paths.append(path)
    return paths


def refuse_colours(colours: Iterable[Sequence[float]], reply: Reply | None = None) -> Rule:
    """A server rule: an edits request whose photo's mean colour is one of ``colours`` gets ``reply``.

    ``reply`` defaults to OpenAI's moderation refusal. Only the photo (the first image) counts, not references.
    """
    wanted = [tuple(c) for c in colours]
    answer = reply or Reply.moderation_blocked()

    def rule(request: RecordedRequest) -> Reply | None:
        images = request.images
        if not images:
            return None
        try:
            seen = mean_colour(images[0].data)
        except OSError:
            return None
        return answer if any(_distance(seen, c) <= TOLERANCE for c in wanted) else None

    return rule


def refuse_photos(photos: Iterable[Path], reply: Reply | None = None) -> Rule:
    """A server rule that answers ``reply`` (moderation refusal by default) to uploads of these photos."""
    return refuse_colours([mean_colour(p.read_bytes()) for p in photos], reply)


def refuse_marked(reply: Reply | None = None) -> Rule:
    """A server rule that refuses every photo ``make_team(refused=...)`` marked."""
    return refuse_colours([mean_colour(tinted(c)) for c in _MARKED], reply)


def who(request: RecordedRequest, photos: Sequence[Path]) -> int | None:
    """The index of the photo an edits request uploaded (by its colour), or None."""
    if not request.images:
        return None
    seen = mean_colour(request.images[0].data)
    distances = [_distance(seen, mean_colour(p.read_bytes())) if _is_image(p) else 1e9 for p in photos]
    best = min(range(len(photos)), key=distances.__getitem__, default=None)
    return best if best is not None and distances[best] <= TOLERANCE else None


def _is_image(path: Path) -> bool:
    return path.read_bytes()[:2] == b"\xff\xd8"
