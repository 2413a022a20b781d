"""Export one headshot: crop and resize to a preset, encode, name it, never overwrite unasked.

The exported file carries no metadata (no EXIF, no ICC profile, no text chunks):
the pixels are converted to sRGB, which is what a file without a profile means.
On request it carries one XMP statement: "made by a trained algorithm" (IPTC
digital source type), which platforms read to label AI images.
"""

from __future__ import annotations

import io
import logging
import string
import warnings
from collections.abc import Iterable, Mapping, Sequence
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image, ImageCms, ImageOps, PngImagePlugin

from headshot_desktop.errors import ConfigError, NotFoundError, StorageError
from headshot_desktop.library.layout import IMAGE_EXTENSIONS, safe_component
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.presets import (  # noqa: F401  (where callers have found them)
    DEFAULT_TEMPLATE,
    FORMAT_ALIASES,
    FORMATS,
    PRESETS,
    TEMPLATE_FIELDS,
    ExportPreset,
)
from headshot_desktop.library.storage_errors import FileExistsStorageError, storage_error
from headshot_desktop.system.atomic import TEMP_PREFIX, atomic_write_with
from headshot_desktop.system.pending import PendingWrites

log = logging.getLogger(__name__)


MAX_NUMBER = 9999  # "name (9999).png" is the last a name already taken may become
SHARED = 0o644  # an export is the person's file, to open and share with other programs (less the umask)
# When the height is cut, this share of the cut comes off the top: faces sit in the
# upper part of a headshot, so a plain centre crop would cut too close to the hair.
TOP_SHARE = 0.3
AI_SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
AI_XMP = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="" xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">\n'
    f"   <Iptc4xmpExt:DigitalSourceType>{AI_SOURCE_TYPE}</Iptc4xmpExt:DigitalSourceType>\n"
    "  </rdf:Description>\n"
    " </rdf:RDF>\n"
    "</x:xmpmeta>\n"
    '<?xpacket end="r"?>'
)


def crop_box(width: int, height: int, aspect: float) -> tuple[int, int, int, int]:
    """The largest box of ``aspect`` (width/height) inside the image: centred across, top-biased down."""
    if width / height > aspect:  # too wide: cut the sides evenly
        new_width = max(1, round(height * aspect))
        left = (width - new_width) // 2
        return left, 0, left + new_width, height
    new_height = max(1, round(width / aspect))
    top = round((height - new_height) * TOP_SHARE)
    return 0, top, width, top + new_height


def _to_srgb(image: Image.Image) -> Image.Image:
    icc = image.info.get("icc_profile")
    if not icc:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in ImageCms.getProfileDescription(source).lower().replace(" ", ""):
            return image
        mode = "RGBA" if "A" in image.getbands() else "RGB"
        if image.mode not in ("RGB", "RGBA", "CMYK", "L"):
            image = image.convert(mode)
        return ImageCms.profileToProfile(image, source, ImageCms.createProfile("sRGB"), outputMode=mode)
    except (ImageCms.PyCMSError, OSError, ValueError) as err:
        log.warning("could not convert a colour profile to sRGB (%s); using the pixels as they are", err)
        return image


def render(source: Path, preset: ExportPreset, *, keep_alpha: bool) -> Image.Image:
    """The exported pixels: upright, sRGB, cropped and resized to ``preset``, with no metadata."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(source) as opened:
            opened.load()
            image = _to_srgb(ImageOps.exif_transpose(opened))
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha and keep_alpha:
        image = image.convert("RGBA")
    elif has_alpha:
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, (255, 255, 255))
        image.paste(rgba, mask=rgba.getchannel("A"))
    else:
        image = image.convert("RGB")
    if preset.size is not None:
        target_w, target_h = preset.size
        image = image.crop(crop_box(image.width, image.height, target_w / target_h))
        if image.size != preset.size:
            image = image.resize(preset.size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    image.info = {}
    return image


def template_fields(src: Headshot | Original | Path, preset: str) -> dict[str, object]:
    if isinstance(src, Headshot):
        created, style, n = src.created, src.style_name or "Headshot", src.index_in_run
        original = src.original_path.stem if src.original_path else ""
    elif isinstance(src, Original):
        created, style, n, original = src.created, "Original", 1, src.path.stem
    else:
        try:
            created = datetime.fromtimestamp(Path(src).stat().st_mtime, UTC)
        except OSError:
            created = datetime.now(UTC)
        style, n, original = Path(src).stem, 1, Path(src).stem
    local = created.astimezone()
    return {"date": local.strftime("%Y-%m-%d"), "time": local.strftime("%H.%M"), "style": style, "n": n,
            "original": original, "preset": preset}  # fmt: skip


def file_name(template: str, fields: Mapping[str, object]) -> str:
    """``template`` filled in, as a file name every OS accepts (without extension)."""
    try:
        used = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
        unknown = [name for name in used if name not in fields]
        if unknown:
            raise KeyError(unknown[0])
        text = template.format_map(fields)
    except KeyError as err:
        raise ConfigError(
            f"The file name template uses {{{err.args[0]}}}, which is not a known field.",
            hint="Use " + ", ".join("{" + f + "}" for f in TEMPLATE_FIELDS) + ".",
        ) from err
    except (ValueError, IndexError) as err:
        raise ConfigError(f"The file name template {template!r} is not valid.", hint=str(err)) from err
    return safe_component(text, fallback="headshot")


def _destination(dest: Path, name: str, extension: str) -> Path:
    if dest.is_dir() or not dest.suffix:
        return dest / f"{name}{extension}"
    if dest.suffix.lower() in IMAGE_EXTENSIONS and dest.suffix.lower() != extension:
        if not (extension == ".jpg" and dest.suffix.lower() == ".jpeg"):
            return dest.with_suffix(extension)  # a .png name with JPEG inside would mislead
        return dest
    if dest.suffix.lower() in IMAGE_EXTENSIONS:
        return dest
    return dest.with_name(dest.name + extension)


def numbered(path: Path, number: int) -> Path:
    """``name (2).png``: the name a second file of the same name gets, as file managers name it."""
    return path.with_name(f"{path.stem} ({number}){path.suffix}")


def _extension(fmt: str) -> str:
    return FORMATS[FORMAT_ALIASES.get(fmt.lower(), fmt.lower())][1]


def plan_targets(sources: Sequence[Headshot | Original | Path], folder: Path, *, preset: str, fmt: str,
                 template: str, taken: Iterable[Path] = ()) -> list[Path]:  # fmt: skip
    """Where each of ``sources`` goes in ``folder``: its name from ``template``, and " (2)", " (3)"… when another
    of them, or a path in ``taken`` (written earlier in the same export), already has that name.

    Reads nothing from disk, so a preview can call it on every key press. Raises ``ConfigError`` for a bad template.
    """
    used = {path.name.casefold() for path in taken}  # casefold: most desktop file systems ignore case
    targets = []
    for src in sources:
        first = Path(folder) / (file_name(template, template_fields(src, preset)) + _extension(fmt))
        target, number = first, 1
        while target.name.casefold() in used:
            number += 1
            target = numbered(first, number)
        used.add(target.name.casefold())
        targets.append(target)
    return targets


def free_targets(sources: Sequence[Headshot | Original | Path], folder: Path, *, preset: str, fmt: str,
                 template: str, taken: Iterable[Path] = ()) -> list[Path]:  # fmt: skip
    """As ``plan_targets``, with the names of files already in ``folder`` numbered past too ("keep both")."""
    taken = list(taken)
    for _ in range(MAX_NUMBER):
        targets = plan_targets(sources, folder, preset=preset, fmt=fmt, template=template, taken=taken)
        on_disk = [target for target in targets if target.exists()]
        if not on_disk:
            return targets
        taken += on_disk
    raise FileExistsStorageError(Path(folder))


def export_headshot(
    src: Headshot | Original | Path,
    dest_dir_or_path: Path | str,
    *,
    preset: str = "original",
    fmt: str = "png",
    quality: int = 90,
    template: str = DEFAULT_TEMPLATE,
    overwrite: bool = False,
    keep_both: bool = False,
    ai_label: bool = False,
    fields: Mapping[str, object] | None = None,
    pending: PendingWrites | None = None,
) -> Path:
    """Write the exported file and return its path.

    ``dest_dir_or_path`` is a folder (the name comes from ``template``) or a file path.
    ``fields`` adds to or overrides the template's fields. Raises
    ``FileExistsStorageError`` (a ``FileExistsError``) rather than replace a file,
    unless ``overwrite`` is true; with ``keep_both`` a name already taken gets
    " (2)", " (3)"… instead. The file is the person's: readable like any file they
    save (0644 less the umask), unlike the library's own.
    """
    fmt = FORMAT_ALIASES.get(fmt.lower(), fmt.lower())
    if fmt not in FORMATS:
        raise ConfigError(f"Cannot export as {fmt!r}.", hint="Choose PNG, JPEG or WebP.")
    if preset not in PRESETS:
        raise ConfigError(f"There is no export size called {preset!r}.", hint="Choose " + ", ".join(PRESETS) + ".")
    if not 1 <= quality <= 100:
        raise ConfigError(f"Quality {quality} is out of range.", hint="Use a number from 1 to 100.")
    pil_format, extension = FORMATS[fmt]
    source = src if isinstance(src, Path) else src.path
    name = file_name(template, {**template_fields(src, preset), **(fields or {})})
    target = _destination(Path(dest_dir_or_path).expanduser(), name, extension)

    try:
        image = render(Path(source), PRESETS[preset], keep_alpha=fmt != "jpeg")
    except FileNotFoundError as err:
        raise NotFoundError(f"{Path(source).name} is no longer in the library.") from err
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
        raise StorageError(
            f"Cannot export {Path(source).name}: the file is damaged or not an image.", detail=repr(err)
        ) from err

    options: dict[str, object] = {}
    if pil_format == "JPEG":
        options = {"quality": quality, "optimize": True, "subsampling": 0 if quality >= 90 else 2}
    elif pil_format == "WEBP":
        options = {"quality": quality, "method": 4, "lossless": quality >= 100}
    else:
        options = {"compress_level": 6}
    if ai_label:
        if pil_format == "PNG":
            info = PngImagePlugin.PngInfo()
            info.add_itxt("XML:com.adobe.xmp", AI_XMP)
            options["pnginfo"] = info
        else:
            options["xmp"] = AI_XMP.encode("utf-8")

    for number in range(1, MAX_NUMBER + 1 if keep_both else 2):
        attempt = target if number == 1 else numbered(target, number)
        try:
            _write(image, attempt, pil_format, options, overwrite=overwrite, pending=pending)
        except FileExistsError:
            continue
        target = attempt
        break
    else:
        raise FileExistsStorageError(target)
    log.info("exported %s (%s, %s)", target.name, preset, fmt)
    return target


def _write(image: Image.Image, target: Path, pil_format: str, options: Mapping[str, object], *, overwrite: bool,
           pending: PendingWrites | None) -> None:  # fmt: skip
    """Write ``target``; ``FileExistsError`` if it is there and not to be replaced."""
    try:
        with pending.note(target) if pending else nullcontext(TEMP_PREFIX) as prefix:
            atomic_write_with(target, lambda handle: image.save(handle, pil_format, **options), replace=overwrite,
                              prefix=prefix, mode=SHARED)  # fmt: skip
    except FileExistsError:
        raise
    except OSError as err:
        raise storage_error("export the headshot", target, err) from err
