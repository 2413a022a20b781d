"""What a file really is, from its first bytes, whatever its name says.

``sniff`` returns the image format to decode with, or a ``Refusal`` saying in plain
words what the file is instead (a PDF, a web page, an SVG drawing...). The name and
extension are never consulted: a PNG called ``.jpg`` is a PNG, and an HTML page
called ``.png`` is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from headshot_desktop.intake.limits import SUPPORTED_FORMATS_TEXT
from headshot_desktop.translatable import N_


@dataclass(frozen=True)
class ImageFormat:
    label: str  # for people: "JPEG", "HEIC"
    pillow_id: str  # the only Pillow plugin allowed to open it


@dataclass(frozen=True)
class Refusal:
    reason: str  # completes "<file name>: ..."
    hint: str


JPEG = ImageFormat("JPEG", "JPEG")
PNG = ImageFormat("PNG", "PNG")
GIF = ImageFormat("GIF", "GIF")
WEBP = ImageFormat("WebP", "WEBP")
TIFF = ImageFormat("TIFF", "TIFF")
BMP = ImageFormat("BMP", "BMP")
HEIF = ImageFormat("HEIC", "HEIF")  # the opener comes from pi-heif
AVIF = ImageFormat("AVIF", "AVIF")

_CHOOSE_PHOTO = N_("intake", "Choose a photo: {formats}.").format(formats=SUPPORTED_FORMATS_TEXT)
_EXPORT_PHOTO = N_("intake", "Export or save it as a JPEG or PNG photo, then try again.")

EMPTY = Refusal(N_("intake", "the file is empty"), N_("intake", "Choose another photo."))
NOT_A_PHOTO = Refusal(N_("intake", "this is not a photo Headshot Desktop can read"), _CHOOSE_PHOTO)
PDF = Refusal(
    N_("intake", "this is a PDF document, not a photo"), N_("intake", "Export the page as a JPEG or PNG image first.")
)
HTML = Refusal(
    N_("intake", "this is a web page (HTML), not a photo"),
    N_("intake", "Save the picture itself from the page (right-click it, then Save Image As) and use that file."),
)
SVG = Refusal(N_("intake", "this is an SVG drawing, not a photo"), _CHOOSE_PHOTO)
XML = Refusal(N_("intake", "this is an XML document, not a photo"), _CHOOSE_PHOTO)
TEXT = Refusal(N_("intake", "this is a text file, not a photo"), _CHOOSE_PHOTO)
VIDEO = Refusal(
    N_("intake", "this is a video, not a photo"),
    N_("intake", "Take a still picture from the video, or choose a photo."),
)
ARCHIVE = Refusal(
    N_("intake", "this is a compressed archive, not a photo"),
    N_("intake", "Unpack it first, then choose the photo inside."),
)


def _unsupported(label: str) -> Refusal:
    return Refusal(N_("intake", "{format} files are not supported").format(format=label), _EXPORT_PHOTO)


_HEIF_BRANDS = frozenset({"heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs", "mif1", "msf1", "mif2"})
_AVIF_BRANDS = frozenset({"avif", "avis"})
_VIDEO_BRANDS = frozenset(
    {"isom", "iso2", "mp41", "mp42", "qt  ", "M4V ", "M4A ", "3gp4", "3gp5", "3g2a", "avc1", "dash"}
)
_BMP_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})

CAMERA_RAW = N_("intake", "Camera RAW")

# Magic numbers of things that are images, just not ones we read.
_UNSUPPORTED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"8BPS", N_("intake", "Photoshop (PSD)")),
    (b"\x00\x00\x00\x0cjP  \r\n\x87\n", "JPEG 2000"),
    (b"\xff\x4f\xff\x51", "JPEG 2000"),
    (b"\x00\x00\x00\x0cJXL \r\n\x87\n", "JPEG XL"),
    (b"\xff\x0a", "JPEG XL"),
    (b"\x00\x00\x01\x00", N_("intake", "Icon (ICO)")),
    (b"FUJIFILMCCD-RAW", CAMERA_RAW),
    (b"\x00MRM", CAMERA_RAW),
)


def sniff(head: bytes) -> ImageFormat | Refusal:
    """Classify a file from its first bytes (``SNIFF_BYTES`` of them are enough)."""
    if not head:
        return EMPTY
    found = _image_format(head)
    if found is not None:
        return found
    return _what_else(head)


def _image_format(head: bytes) -> ImageFormat | Refusal | None:
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return WEBP
    if head.startswith((b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+")):
        # Canon CR2 raw files are TIFF inside; Pillow would show only their tiny preview.
        return _unsupported(CAMERA_RAW) if head[8:10] == b"CR" else TIFF
    if head.startswith(b"BM") and len(head) >= 18 and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return BMP
    if head[4:8] == b"ftyp":
        return _iso_media(head)
    return None


def _iso_media(head: bytes) -> ImageFormat | Refusal:
    """HEIC, AVIF and MP4/MOV all start with an ISO media ``ftyp`` box listing "brands"."""
    box_size = int.from_bytes(head[0:4], "big")
    end = min(max(box_size, 16), len(head), 256)
    major = head[8:12].decode("latin-1")
    compatible = {head[i : i + 4].decode("latin-1") for i in range(16, end - 3, 4)}
    brands = {major} | compatible
    if major in _AVIF_BRANDS or (brands & _AVIF_BRANDS and not brands & (_HEIF_BRANDS - {"mif1", "msf1", "mif2"})):
        return AVIF
    if brands & _HEIF_BRANDS:
        return HEIF
    if "crx " in brands:
        return _unsupported(CAMERA_RAW)
    if brands & _VIDEO_BRANDS:
        return VIDEO
    return NOT_A_PHOTO


def _what_else(head: bytes) -> Refusal:
    if b"%PDF-" in head[:1024]:
        return PDF
    for magic, label in _UNSUPPORTED_MAGIC:
        if head.startswith(magic):
            return _unsupported(label)
    if head.startswith((b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!", b"BZh")):
        return ARCHIVE
    text = _as_text(head)
    if text is None:
        return NOT_A_PHOTO
    return _markup(text.lstrip().lower()) or TEXT


def _as_text(head: bytes) -> str | None:
    """The start of the file as text, or None when it is binary."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(encoding, errors="replace")
    if b"\x00" in head:
        return None
    text = head.decode("utf-8", errors="replace")
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    return text if printable >= 0.95 * len(text) else None


def _markup(text: str) -> Refusal | None:
    if text.startswith("<svg") or text.startswith("<!doctype svg") or "<svg" in text[:2048]:
        return SVG
    if text.startswith(("<!doctype html", "<html", "<head", "<body", "<meta", "<script", "<div", "<p>")):
        return HTML
    if "<html" in text[:2048]:
        return HTML
    if text.startswith("<?xml") or text.startswith("<"):
        return XML
    return None
