"""Export one headshot: crop and resize to a preset, encode, name it, never overwrite unasked.

The exported file carries no private metadata (no EXIF, no ICC profile, no text chunks): the pixels are
converted to sRGB, which is what a file without a profile means. It carries at most the dpi of a print preset
and, unless turned off, one XMP statement: "made by a trained algorithm" (IPTC digital source type), which
platforms read to label AI images (``encoding.py``).
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

from PIL import Image, ImageCms, ImageOps

from headshot_desktop.errors import ConfigError, NotFoundError, StorageError
from headshot_desktop.library.crops import CROPS_NAME, Crop, CropMemory, crop_pixels, default_crop
from headshot_desktop.library.encoding import encode
from headshot_desktop.library.layout import HEADSHOTS, IMAGE_EXTENSIONS, safe_component
from headshot_desktop.library.models import Headshot, Original
from headshot_desktop.library.presets import (  # noqa: F401  (where callers have found them)
    DEFAULT_TEMPLATE,
    FORMAT_ALIASES,
    FORMATS,
    PRESETS,
    TEMPLATE_FIELDS,
    ExportPreset,
    NeedsMorePixels,
    aspect,
    find_preset,
    shortfall,
)
from headshot_desktop.library.provenance import AI_SOURCE_TYPE, AI_XMP  # noqa: F401
from headshot_desktop.library.storage_errors import FileExistsStorageError, storage_error
from headshot_desktop.system.atomic import TEMP_PREFIX, atomic_write_with
from headshot_desktop.system.pending import PendingWrites
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)


MAX_NUMBER = 9999  # "name (9999).png" is the last a name already taken may become
SHARED = 0o644  # an export is the person's file, to open and share with other programs (less the umask)


def crop_box(width: int, height: int, aspect: float) -> tuple[int, int, int, int]:
    """The largest box of ``aspect`` (width/height) inside the image: centred across, top-biased down."""
    return crop_pixels(default_crop(width, height, aspect), width, height, aspect)


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


def _decode(source: Path) -> Image.Image:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        with Image.open(source) as opened:
            opened.load()
            return _to_srgb(ImageOps.exif_transpose(opened))


def render(source: Path, preset: ExportPreset, *, keep_alpha: bool, crop: Crop | None = None,
           allow_upscale: bool = False) -> Image.Image:  # fmt: skip
    """The exported pixels: upright, sRGB, ``crop`` (None: the default framing) resized to ``preset``, no metadata.

    Raises ``NeedsMorePixels`` when the crop has fewer pixels than the preset, unless ``allow_upscale``.
    """
    image = _decode(source)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    if has_alpha and keep_alpha:
        image = image.convert("RGBA")
    elif has_alpha:
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, (255, 255, 255))
        image.paste(rgba, mask=rgba.getchannel("A"))
    else:
        image = image.convert("RGB")
    shape = aspect(preset)
    whole = image.size
    box = crop_pixels(crop or default_crop(*whole, shape), *whole, shape)
    if box != (0, 0, *whole):
        image = image.crop(box)
    if preset.size is not None:
        if not allow_upscale and (short := shortfall(preset, image.size, whole)) is not None:
            raise short
        if image.size != preset.size:
            image = image.resize(preset.size, Image.Resampling.LANCZOS, reducing_gap=3.0)
    image.info = {}
    return image


def remembered_crop(src: Headshot | Original | Path, preset_id: str, crops: CropMemory | None = None) -> Crop | None:
    """The framing the person chose for this headshot and preset, if any (read from its library's folder)."""
    if not isinstance(src, Headshot):
        return None
    if crops is None:
        root = next((folder.parent for folder in src.path.parents if folder.name == HEADSHOTS), None)
        if root is None or not (root / CROPS_NAME).is_file():
            return None
        crops = CropMemory(root / CROPS_NAME, read_only=True)
    return crops.get(src, preset_id)


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
            N_("library", "The file name template uses {field}, which is not a known field.").format(
                field="{" + str(err.args[0]) + "}"
            ),
            hint=N_("library", "Use {fields}.").format(fields=", ".join("{" + f + "}" for f in TEMPLATE_FIELDS)),
        ) from err
    except (ValueError, IndexError) as err:
        raise ConfigError(
            N_("library", "The file name template {template} is not valid.").format(template=repr(template)),
            hint=str(err),
        ) from err
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
    preset: str | ExportPreset = "original",
    fmt: str | None = "png",
    quality: int = 90,
    template: str = DEFAULT_TEMPLATE,
    overwrite: bool = False,
    keep_both: bool = False,
    ai_label: bool = True,
    fields: Mapping[str, object] | None = None,
    pending: PendingWrites | None = None,
    crop: Crop | None = None,
    allow_upscale: bool = False,
    crops: CropMemory | None = None,
) -> Path:
    """Write the exported file and return its path.

    ``dest_dir_or_path`` is a folder (the name comes from ``template``) or a file path. ``preset`` is a built-in's
    id or an ``ExportPreset`` (the person's own); ``fmt=None`` takes the preset's preferred format, else PNG.
    ``crop=None`` uses the framing remembered for this headshot and preset (``crops``, else its library's), else
    the default one. A preset needing more pixels than the crop has raises ``NeedsMorePixels`` unless
    ``allow_upscale``. ``fields`` adds to or overrides the template's fields. Raises ``FileExistsStorageError``
    (a ``FileExistsError``) rather than replace a file, unless ``overwrite`` is true; with ``keep_both`` a name
    already taken gets " (2)", " (3)"… instead. The file is the person's: readable like any file they save
    (0644 less the umask), unlike the library's own.
    """
    chosen = preset if isinstance(preset, ExportPreset) else find_preset(preset)
    fmt = (fmt or chosen.format or "png").lower()
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt not in FORMATS:
        raise ConfigError(
            N_("library", "Cannot export as {format}.").format(format=repr(fmt)),
            hint=N_("library", "Choose PNG, JPEG or WebP."),
        )
    if not 1 <= quality <= 100:
        raise ConfigError(
            N_("library", "Quality {quality} is out of range.").format(quality=quality),
            hint=N_("library", "Use a number from 1 to 100."),
        )
    pil_format, extension = FORMATS[fmt]
    source = Path(src if isinstance(src, Path) else src.path)
    name = file_name(template, {**template_fields(src, chosen.id), **(fields or {})})
    target = _destination(Path(dest_dir_or_path).expanduser(), name, extension)
    if crop is None:
        crop = remembered_crop(src, chosen.id, crops)

    try:
        image = render(source, chosen, keep_alpha=fmt != "jpeg", crop=crop, allow_upscale=allow_upscale)
    except FileNotFoundError as err:
        raise NotFoundError(N_("library", "{name} is no longer in the library.").format(name=source.name)) from err
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
        raise StorageError(
            N_("library", "Cannot export {name}: the file is damaged or not an image.").format(name=source.name),
            detail=repr(err),
        ) from err
    encoded = encode(image, pil_format, quality=quality, dpi=chosen.dpi, ai_label=ai_label,
                     max_bytes=chosen.max_bytes, what=N_("library", "{name} for {preset}").format(name=source.name, preset=chosen.title))  # fmt: skip

    for number in range(1, MAX_NUMBER + 1 if keep_both else 2):
        attempt = target if number == 1 else numbered(target, number)
        try:
            _write(encoded.data, attempt, overwrite=overwrite, pending=pending)
        except FileExistsError:
            continue
        target = attempt
        break
    else:
        raise FileExistsStorageError(target)
    log.info("exported %s (%s, %s)", target.name, chosen.id, fmt)
    return target


def _write(data: bytes, target: Path, *, overwrite: bool, pending: PendingWrites | None) -> None:
    """Write ``target``; ``FileExistsError`` if it is there and not to be replaced."""
    try:
        with pending.note(target) if pending else nullcontext(TEMP_PREFIX) as prefix:
            atomic_write_with(target, lambda handle: handle.write(data), replace=overwrite, prefix=prefix,
                              mode=SHARED)  # fmt: skip
    except FileExistsError:
        raise
    except OSError as err:
        raise storage_error(N_("library", "export the headshot"), target, err) from err
