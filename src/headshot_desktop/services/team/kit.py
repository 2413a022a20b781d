"""The team kit: one file that says how every headshot of a team is made and exported, so they all match.

A kit is plain JSON (``*.headshot-kit.json``) a person can mail to a colleague. Its ``version`` is the format's:
a kit from a newer app is refused with a sentence saying so, and keys this version does not know are ignored, so
a later version may add optional keys without breaking older apps. docs/TEAM_KITS.md describes every field.
"""

from __future__ import annotations

import json
import math
import secrets
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from headshot_desktop.core.generation import DEFAULT_SHAPE, DETAIL_LEVELS, MAX_PROMPT_CHARS, MAX_VARIANTS, SHAPES
from headshot_desktop.core.likeness import FEATURES, MAX_KEEP_TEXT
from headshot_desktop.core.styles import MAX_NAME_CHARS, Style, StyleCatalog
from headshot_desktop.errors import ConfigError, HeadshotError
from headshot_desktop.library.crops import Crop, parse_crop
from headshot_desktop.library.presets import FORMAT_ALIASES, FORMATS, TEMPLATE_FIELDS, ExportPreset
from headshot_desktop.providers import registry
from headshot_desktop.services.options import GenerateOptions, check_options
from headshot_desktop.services.team.small_files import SmallFile
from headshot_desktop.system.atomic import atomic_write_bytes
from headshot_desktop.system.config_files import reason_of
from headshot_desktop.system.marked import reworded
from headshot_desktop.translatable import N_, Number

KIT_FORMAT = "headshot-desktop-team-kit"
KIT_VERSION = 1
KIT_SUFFIX = ".headshot-kit.json"
CUSTOM_STYLE_ID = "kit-custom"
KIT_TEMPLATE_FIELDS = (*TEMPLATE_FIELDS, "name")  # {name}: the person the headshot shows
MAX_SEED = 2**31 - 1
MAX_KIT_BYTES = 1 << 20  # a kit is a few hundred bytes; anything near this is not one
SHARED_MODE = 0o644  # a kit is meant to be shared: readable like any file the person saves (less the umask)
OPEN_HINT = N_("team", "Open a kit made with “Save team kit” or `headshot-desktop kit new`.")
THE_TEAM_KIT = N_("team", "the team kit")  # a kit's name in sentences when it has no file name


class KitError(ConfigError):
    """A team kit cannot be used or made: the message names the file and the reason, ``hint`` what to do."""


KIT_FILE = SmallFile(
    KitError, MAX_KIT_BYTES, OPEN_HINT,
    a_folder=N_("team", "The team kit {name} cannot be opened: it is a folder, not a file."),
    missing=N_("team", "The team kit {path} does not exist."),
    unreadable=N_("team", "The team kit {name} cannot be read: {error}."),
    too_large=N_("team", "The team kit {name} cannot be used: it is far too large to be a team kit."),
)  # fmt: skip


@dataclass(frozen=True)
class KitExport:
    preset: str = "linkedin"
    fmt: str = ""  # "", "jpeg", "png", "webp": "" is the preset's own format
    quality: int = 90
    framing: Crop | None = None  # fractions of every headshot; None: the preset's default framing
    template: str = "{name}"
    ai_label: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"preset": self.preset, "format": self.fmt, "quality": self.quality,
                "framing": None if self.framing is None else self.framing.as_list(),
                "template": self.template, "ai_label": self.ai_label}  # fmt: skip


@dataclass(frozen=True)
class TeamKit:
    name: str
    provider: str
    style: str = ""  # a style id; "" when ``prompt`` is given
    prompt: str = ""  # a custom prompt, used instead of the style when not empty
    model: str = ""  # "": the provider's default model
    keep: tuple[str, ...] = ()
    keep_text: str = ""
    shape: str = ""  # "": the style's own
    detail: str = "medium"
    variants: int = 2
    seed: int | None = None  # variant i of everyone gets seed + i
    options: Mapping[str, str] = field(default_factory=dict)
    export: KitExport = KitExport()

    def to_json(self) -> dict[str, Any]:
        generation = {
            "provider": self.provider, "style": self.style, "prompt": self.prompt, "model": self.model,
            "keep": list(self.keep), "keep_text": self.keep_text, "shape": self.shape, "detail": self.detail,
            "variants": self.variants, "seed": self.seed, "options": dict(self.options),
        }  # fmt: skip
        return {"format": KIT_FORMAT, "version": KIT_VERSION, "name": self.name, "generation": generation,
                "export": self.export.to_json()}  # fmt: skip

    @classmethod
    def from_json(cls, raw: object, source: str = THE_TEAM_KIT) -> TeamKit:
        """The kit ``raw`` holds; ``KitError`` naming ``source`` (a file name) and the field when it cannot be used."""
        return _read_kit(raw, _Fields(source))

    def validated(self, source: str = THE_TEAM_KIT) -> TeamKit:
        """This kit if every field is in range (as ``from_json`` checks them), else ``KitError`` naming ``source``."""
        lead = N_("team", "The team kit {source} cannot be made").format(source=source)
        return _read_kit(self.to_json(), _Fields(source, lead=lead))

    def style_in(self, styles: StyleCatalog) -> Style:
        """The kit's style; with a prompt of its own, a style made of it (``CUSTOM_STYLE_ID``)."""
        if self.prompt.strip():
            return Style(CUSTOM_STYLE_ID, self.name, self.prompt, shape=self.shape or DEFAULT_SHAPE, builtin=False)
        return styles.get(self.style)

    def generate_options(self) -> GenerateOptions:
        return GenerateOptions(variants=self.variants, detail=self.detail, shape=self.shape, model=self.model,
                               provider_options=dict(self.options), keep=self.keep, keep_text=self.keep_text)  # fmt: skip

    def check(self, styles: StyleCatalog, presets: dict[str, ExportPreset]) -> list[str]:
        """What this app cannot do of the kit, in sentences (empty when it is usable here)."""
        problems: list[str] = []
        if not self.prompt.strip():
            try:
                styles.get(self.style)
            except HeadshotError:
                problems.append(N_("team", "There is no style called {style} here; the kit needs it or a prompt.")
                                .format(style=repr(self.style)))  # fmt: skip
        if self.export.preset not in presets:
            problems.append(N_("team", "There is no export size called {preset} here (there are {presets}).")
                            .format(preset=repr(self.export.preset), presets=", ".join(presets)))  # fmt: skip
        try:
            provider = registry.module(self.provider)
        except HeadshotError:
            problems.append(N_("team", "There is no image provider called {provider} (known providers: {known}).")
                            .format(provider=repr(self.provider), known=", ".join(registry.ids())))  # fmt: skip
            return problems
        title = provider.INFO.title
        caps = provider.capabilities(self.model)
        problems += [_sentence(p) for p in check_options(self.generate_options(), caps, title)]
        return problems


def load_kit(path: Path) -> TeamKit:
    """The kit in ``path``; ``KitError`` naming the file when it is missing, unreadable, not a kit or newer."""
    path = Path(path)
    name = path.name or str(path)
    data = KIT_FILE.read(path, name)
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise KitError(N_("team", "The team kit {name} cannot be used: it is not JSON text (it may be damaged).")
                       .format(name=name), hint=OPEN_HINT, detail=repr(err)) from err  # fmt: skip
    return TeamKit.from_json(raw, name)


def save_kit(kit: TeamKit, path: Path, *, replace: bool = True) -> None:
    """Write ``kit`` to ``path`` atomically, as pretty JSON ending with a newline.

    With ``replace=False`` an existing file is kept and ``KitError`` says so.
    """
    path = Path(path)
    text = json.dumps(kit.to_json(), indent=2, ensure_ascii=False) + "\n"
    try:
        atomic_write_bytes(path, text.encode("utf-8"), replace=replace, mode=SHARED_MODE)
    except FileExistsError as err:
        if replace or not path.is_file():  # not the kit: a file where a folder on the way should be
            raise KitError(N_("team", "The team kit {name} cannot be saved in {folder}: a file is in the way.")
                           .format(name=path.name, folder=path.parent), hint=_WRITABLE, detail=repr(err)) from err  # fmt: skip
        raise KitError(N_("team", "The team kit {name} already exists in {folder}; it was kept as it is.")
                       .format(name=path.name, folder=path.parent),
                       hint=N_("team", "Choose another name, or replace it.")) from None  # fmt: skip
    except OSError as err:
        raise KitError(N_("team", "The team kit {name} cannot be saved in {folder}: {error}.")
                       .format(name=path.name, folder=path.parent, error=err.strerror or err),
                       hint=_WRITABLE, detail=repr(err)) from err  # fmt: skip


_WRITABLE = N_("team", "Choose a folder you can write to.")


def new_seed() -> int:
    return secrets.randbelow(2**31)


def _sentence(text: str) -> str:
    said = text.strip()
    said = said[:1].upper() + said[1:]
    return reworded(text, said if said.endswith((".", "!", "?")) else said + ".")


class _Fields:
    """Reads a kit's fields, each refusal a sentence naming the file and the field."""

    def __init__(self, source: str, lead: str = "") -> None:
        self.source = source
        self.lead = lead or N_("team", "The team kit {source} cannot be used").format(source=source)

    def fail(self, reason: str, hint: str = "") -> KitError:
        return KitError(N_("team", "{lead}: {reason}.").format(lead=self.lead, reason=reason),
                        hint=hint or N_("team", "Fix the field, or make the kit again."))  # fmt: skip

    def section(self, raw: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        value = raw.get(key, {})
        if not isinstance(value, dict):
            raise self.fail(N_("team", '"{key}" must be a group of fields ({{…}}), not {kind}').format(
                key=key, kind=_kind(value)))  # fmt: skip
        return value

    def text(self, raw: Mapping[str, Any], key: str, default: str = "", limit: int = 0,
             choices: tuple[str, ...] = ()) -> str:  # fmt: skip
        value = raw.get(key, default)
        if value is None:
            value = default
        if not isinstance(value, str):
            raise self.fail(N_("team", '"{key}" must be text, not {kind}').format(key=key, kind=_kind(value)))
        if limit and len(value) > limit:
            raise self.fail(N_("team", '"{key}" may be at most {limit} characters, not {length}').format(
                key=key, limit=Number(limit), length=Number(len(value))))  # fmt: skip
        if choices and value not in choices:
            raise self.fail(N_("team", '"{key}" must be one of {choices}, not {value}').format(
                key=key, choices=", ".join(repr(c) for c in choices), value=repr(value)))  # fmt: skip
        return value

    def integer(self, raw: Mapping[str, Any], key: str, default: int, low: int, high: int) -> int:
        value = raw.get(key, default)
        if type(value) is float and value.is_integer():
            value = int(value)
        if type(value) is not int:
            raise self.fail(N_("team", '"{key}" must be a whole number from {low} to {high}, not {kind}').format(
                key=key, low=low, high=high, kind=_kind(value)))  # fmt: skip
        if not low <= value <= high:
            raise self.fail(N_("team", '"{key}" must be {low} to {high}, not {value}').format(
                key=key, low=low, high=high, value=value))  # fmt: skip
        return value

    def flag(self, raw: Mapping[str, Any], key: str, default: bool) -> bool:
        value = raw.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(N_("team", '"{key}" must be true or false, not {kind}').format(key=key, kind=_kind(value)))
        return value


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value) if not isinstance(value, float) or math.isfinite(value) else N_("team", "not a number")
    if isinstance(value, str):
        return N_("team", "the text {text}").format(text=repr(value[:40]))
    return N_("team", "a list") if isinstance(value, list) else N_("team", "a group of fields")


def _read_kit(raw: object, fields: _Fields) -> TeamKit:
    if not isinstance(raw, dict) or raw.get("format") != KIT_FORMAT:
        raise KitError(N_("team", "{lead}: it is not a Headshot Desktop team kit.").format(lead=fields.lead),
                       hint=OPEN_HINT)  # fmt: skip
    version = raw.get("version")
    if type(version) is not int or version < 1:
        raise fields.fail(N_("team", '"version" must be a whole number from 1, not {kind}').format(kind=_kind(version)))
    if version > KIT_VERSION:
        raise KitError(N_("team", "The team kit {source} was made by a newer version of Headshot Desktop "
                          "(kit version {version}; this version reads {supported}).").format(
                           source=fields.source, version=version, supported=KIT_VERSION),
                       hint=N_("team", "Update the app to open it."))  # fmt: skip
    name = fields.text(raw, "name", limit=MAX_NAME_CHARS).strip()
    if not name:
        raise fields.fail(N_("team", '"name" is empty'), hint=N_("team", "Give the kit a name, e.g. the team's."))
    gen, out = fields.section(raw, "generation"), fields.section(raw, "export")
    provider = fields.text(gen, "provider").strip()
    if not provider:
        raise fields.fail(N_("team", '"provider" is empty'),
                          hint=N_("team", "Name an image provider: `headshot-desktop providers` lists their ids."))  # fmt: skip
    style = fields.text(gen, "style").strip()
    prompt = fields.text(gen, "prompt", limit=MAX_PROMPT_CHARS)
    if not style and not prompt.strip():
        raise fields.fail(N_("team", 'it has neither a "style" nor a "prompt"'),
                          hint=N_("team", "Give it a style id or a prompt of its own."))  # fmt: skip
    return TeamKit(
        name=name, provider=provider, style="" if prompt.strip() else style, prompt=prompt.strip(),
        model=fields.text(gen, "model").strip(), keep=_keep(gen, fields),
        keep_text=fields.text(gen, "keep_text", limit=MAX_KEEP_TEXT),
        shape=fields.text(gen, "shape", choices=("", *SHAPES)),
        detail=fields.text(gen, "detail", "medium", choices=DETAIL_LEVELS),
        variants=fields.integer(gen, "variants", 2, 1, MAX_VARIANTS),
        seed=None if gen.get("seed") is None else fields.integer(gen, "seed", 0, 0, MAX_SEED),
        options=_options(gen, fields), export=_export(out, fields),
    )  # fmt: skip


def _keep(gen: Mapping[str, Any], fields: _Fields) -> tuple[str, ...]:
    value = gen.get("keep", [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fields.fail(N_("team", '"keep" must be a list of feature names, not {kind}').format(kind=_kind(value)))
    unknown = [v for v in value if v not in FEATURES]
    if unknown:
        raise fields.fail(N_("team", '"keep" names {names}, which is not a feature to keep').format(
                              names=", ".join(map(repr, unknown))),
                          hint=N_("team", "Use {features}.").format(features=", ".join(FEATURES)))  # fmt: skip
    return tuple(dict.fromkeys(value))


def _options(gen: Mapping[str, Any], fields: _Fields) -> dict[str, str]:
    value = gen.get("options", {})
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise fields.fail(N_("team", '"options" must be a group of option names and text values, not {kind}').format(
            kind=_kind(value)))  # fmt: skip
    return {str(k): v for k, v in value.items()}


def _export(out: Mapping[str, Any], fields: _Fields) -> KitExport:
    preset = fields.text(out, "preset", "linkedin").strip()
    if not preset:
        raise fields.fail(N_("team", '"preset" is empty'), hint=N_("team", "Name an export size, e.g. linkedin."))
    fmt = fields.text(out, "format").strip().lower()
    fmt = FORMAT_ALIASES.get(fmt, fmt)
    if fmt and fmt not in FORMATS:
        raise fields.fail(N_("team", '"format" must be "", {formats}, not {value}').format(
            formats=", ".join(map(repr, FORMATS)), value=repr(fmt)))  # fmt: skip
    template = fields.text(out, "template", "{name}", limit=200)
    check_template(template, fields.fail)
    return KitExport(preset=preset, fmt=fmt, quality=fields.integer(out, "quality", 90, 1, 100),
                     framing=_framing(out.get("framing"), fields), template=template,
                     ai_label=fields.flag(out, "ai_label", True))  # fmt: skip


def _framing(value: object, fields: _Fields) -> Crop | None:
    if value is None:
        return None
    if not (isinstance(value, list) and len(value) == 4 and all(type(v) in (int, float) for v in value)):
        raise fields.fail(N_("team", '"framing" must be null or four numbers [x, y, w, h], not {kind}').format(
            kind=_kind(value)))  # fmt: skip
    try:
        return parse_crop(",".join(repr(float(v)) for v in value))
    except ValueError as err:
        problem = reason_of(err)
        raise fields.fail(N_("team", '"framing" is not a framing ({problem})').format(
            problem=reworded(problem, problem.rstrip(".")))) from None  # fmt: skip


def check_template(template: str, fail: Callable[[str, str], HeadshotError]) -> None:
    """Raise ``fail(reason, hint)`` when ``template`` is not a file-name template a kit may use."""
    hint = N_("team", "Use {fields}.").format(fields=", ".join("{" + f + "}" for f in KIT_TEMPLATE_FIELDS))
    if not template.strip():
        raise fail(N_("team", '"template" is empty'), hint)
    try:
        used = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as err:
        raise fail(N_("team", '"template" {template} is not valid ({error})').format(
            template=repr(template), error=err), hint) from None  # fmt: skip
    unknown = [name for name in used if name not in KIT_TEMPLATE_FIELDS]
    if unknown:
        raise fail(N_("team", '"template" uses {field}, which is not a known field').format(
            field="{" + str(unknown[0]) + "}"), hint)  # fmt: skip
