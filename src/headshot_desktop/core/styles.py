"""Headshot styles: the built-in catalog (data in resources/) and the person's own.

Built-in prompts follow a CHANGE / PRESERVE shape: what changes (clothing,
backdrop, light, framing) and what must stay (the face). The person's own
styles are saved in ``<config_dir>/styles.json``; a prompt of theirs without a
PRESERVE part gets the standard one added when it is sent.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from headshot_desktop.core.generation import (
    DEFAULT_SHAPE,
    MAX_PROMPT_CHARS,
    PROMPT_EMPTY,
    PROMPT_TOO_LONG,
    SHAPES,
    listed,
    not_one_of,
    parse_size,
    shape_of,
)
from headshot_desktop.errors import ConfigError, NotFoundError, StorageError
from headshot_desktop.system.atomic import atomic_write_text
from headshot_desktop.system.config_files import read_json_object, set_aside
from headshot_desktop.system.resources import resource_text
from headshot_desktop.translatable import N_, Number, Template

log = logging.getLogger(__name__)

USER_STYLES_FILE = "styles.json"
MAX_NAME_CHARS = 80
USER_PREFIX = "my-"
PRESERVE_CLAUSE = (
    "PRESERVE: This must stay exactly the same person. Keep the facial identity and proportions; the exact shape "
    "of the eyes, nose and mouth; the skin tone and natural skin texture; the hairline and hairstyle; the apparent "
    "age; glasses if worn; and the expression. Do not beautify, smooth the skin or reshape the face."
)


@dataclass(frozen=True)
class StylePreview:
    """Two colours for the style's card illustration."""

    background: str = "#8c9096"
    accent: str = "#2b2f36"


@dataclass(frozen=True)
class Style:
    """A look for the headshot: the prompt sent, the shape, and the card the gallery draws for it."""

    id: str
    name: str
    prompt: str
    shape: str = DEFAULT_SHAPE  # portrait, square or landscape: each provider makes its own pixels of it
    description: str = ""
    preview: StylePreview = StylePreview()
    builtin: bool = True

    def request_prompt(self) -> str:
        """The prompt to send: the person's own prompt is wrapped so the face is kept."""
        if self.builtin or "PRESERVE" in self.prompt.upper():
            return self.prompt
        return f"CHANGE: {self.prompt.strip()}\n{PRESERVE_CLAUSE}"


def read_shape(raw: dict[str, Any]) -> str:
    """The style's shape; a style file from before shapes carries pixels ("1024x1536") instead."""
    shape = raw.get("shape")
    if isinstance(shape, str) and shape in SHAPES:
        return shape
    size = parse_size(str(raw.get("size") or ""))
    return shape_of(*size) if size else DEFAULT_SHAPE


def validate(name: str, prompt: str, shape: str) -> None:
    problems: list[str] = []
    if not name.strip():
        problems.append(N_("styles", "the name is empty"))
    elif len(name.strip()) > MAX_NAME_CHARS:
        problems.append(N_("styles", "the name is longer than {limit} characters").format(limit=MAX_NAME_CHARS))
    if not prompt.strip():
        problems.append(PROMPT_EMPTY)
    elif len(prompt) > MAX_PROMPT_CHARS:
        problems.append(PROMPT_TOO_LONG.format(limit=Number(MAX_PROMPT_CHARS)))
    if shape not in SHAPES:
        problems.append(not_one_of(shape, SHAPES))
    if problems:
        raise ConfigError(N_("styles", "This style cannot be saved: {problems}.").format(problems=listed(problems)))


def _from_json(raw: dict[str, Any], *, builtin: bool) -> Style:
    found = raw.get("preview")
    preview: dict[str, Any] = found if isinstance(found, dict) else {}
    name, description = str(raw["name"]), str(raw.get("description") or "")
    if builtin:  # the app's own words, translated in the window (``style_words``); a person's own stay theirs
        name = Template("styles", name)
        description = Template("styles", description) if description else description
    return Style(
        id=str(raw["id"]),
        name=name,
        prompt=str(raw["prompt"]),
        shape=read_shape(raw),
        description=description,
        preview=StylePreview(**{k: str(v) for k, v in preview.items() if k in ("background", "accent")}),
        builtin=builtin,
    )


def load_builtin_styles() -> list[Style]:
    raw = json.loads(resource_text("styles", "catalog.json"))
    return [_from_json(entry, builtin=True) for entry in raw["styles"]]


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells a changed file apart: its inode, size and modification time (None: there is no file)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _why(err: Exception) -> str:
    """Why the styles file was set aside: our own words where we raised them, else the exception's."""
    if isinstance(err, KeyError):
        return N_("styles", 'no "styles" list')
    text = str(err)
    said = err.args[0] if len(err.args) == 1 and isinstance(err.args[0], str) and err.args[0] == text else text
    return said or N_("styles", "an entry is not a style")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "style"


class StyleCatalog:
    """Built-in styles first, then the person's own; add/update/delete touch only their own."""

    def __init__(self, config_dir: Path, builtin: Iterable[Style] | None = None,
                 notices: list[str] | None = None) -> None:  # fmt: skip
        self.path = Path(config_dir) / USER_STYLES_FILE
        self.builtin = list(builtin) if builtin is not None else load_builtin_styles()
        self._builtin_ids = {s.id for s in self.builtin}
        self.notices = notices if notices is not None else []
        self._read: tuple[tuple[int, int, int] | None, list[Style]] | None = None  # (the file's stamp, its styles)

    def user_styles(self) -> list[Style]:
        """The person's own styles; the file is read again only when it changed (the window asks often)."""
        stamp = _stamp(self.path)
        if self._read is not None and self._read[0] == stamp and stamp is not None:
            return list(self._read[1])
        styles = self._parse()
        self._read = (_stamp(self.path), styles)
        return list(styles)

    def _parse(self) -> list[Style]:
        raw = read_json_object(self.path, self.notices)
        if raw is None:
            return []
        try:
            entries = raw["styles"]
            if not isinstance(entries, list):
                raise TypeError(N_("styles", 'its "styles" is not a list'))
            styles = [_from_json(entry, builtin=False) for entry in entries]
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            reason = _why(err)
            set_aside(self.path, reason, self.notices)
            return []
        return [s for s in styles if s.id not in self._builtin_ids]

    def all(self) -> list[Style]:
        return self.builtin + self.user_styles()

    def get(self, style_id: str) -> Style:
        for style in self.all():
            if style.id == style_id:
                return style
        raise NotFoundError(
            N_("styles", "There is no style called {style}.").format(style=repr(style_id)),
            hint=N_("styles", "List the styles to see their names."),
        )

    def add(self, name: str, prompt: str, shape: str = DEFAULT_SHAPE, description: str = "") -> Style:
        validate(name, prompt, shape)
        styles = self.user_styles()
        taken = self._builtin_ids | {s.id for s in styles}
        base = USER_PREFIX + _slug(name)
        style_id, number = base, 2
        while style_id in taken:
            style_id, number = f"{base}-{number}", number + 1
        style = Style(style_id, name.strip(), prompt, shape, description.strip(), builtin=False)
        self._save([*styles, style])
        return style

    def update(
        self,
        style_id: str,
        *,
        name: str | None = None,
        prompt: str | None = None,
        shape: str | None = None,
        description: str | None = None,
    ) -> Style:
        styles = self.user_styles()
        index = self._index(styles, style_id)
        old = styles[index]
        new = replace(
            old,
            name=old.name if name is None else name.strip(),
            prompt=old.prompt if prompt is None else prompt,
            shape=old.shape if shape is None else shape,
            description=old.description if description is None else description.strip(),
        )
        validate(new.name, new.prompt, new.shape)
        styles[index] = new
        self._save(styles)
        return new

    def delete(self, style_id: str) -> None:
        styles = self.user_styles()
        del styles[self._index(styles, style_id)]
        self._save(styles)

    def _index(self, styles: list[Style], style_id: str) -> int:
        if style_id in self._builtin_ids:
            raise ConfigError(
                N_("styles", "The built-in style {style} cannot be changed.").format(style=repr(style_id)),
                hint=N_("styles", "Add a style of your own instead."),
            )
        for index, style in enumerate(styles):
            if style.id == style_id:
                return index
        raise NotFoundError(N_("styles", "There is no style of yours called {style}.").format(style=repr(style_id)))

    def _save(self, styles: list[Style]) -> None:
        data = {"version": 1, "styles": [{k: v for k, v in asdict(s).items() if k != "builtin"} for s in styles]}
        try:
            atomic_write_text(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        except OSError as err:
            raise StorageError(
                N_("styles", "Your styles cannot be saved to {path}.").format(path=self.path), detail=repr(err)
            ) from None
