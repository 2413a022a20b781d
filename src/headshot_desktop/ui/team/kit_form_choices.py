"""What the kit form offers: the providers, what each can do, and the styles and export sizes read on the pool.

The styles (the person's own are a file) and the export sizes (theirs too) are read once on the library pool
before the form fills, and kept as a snapshot: checking the kit on every key press reads no file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from headshot_desktop.core.styles import Style, StyleCatalog
from headshot_desktop.errors import HeadshotError
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Capabilities
from headshot_desktop.ui.dialogs.export_sizes import read_presets, team_page

if TYPE_CHECKING:
    from headshot_desktop.library.presets import ExportPreset


class StylesRead(StyleCatalog):
    """The style catalog as it was read on the pool: asking it again reads no file."""

    def __init__(self, catalog: StyleCatalog, own: list[Style]) -> None:
        super().__init__(catalog.path.parent, builtin=catalog.builtin, notices=[])
        self._own = list(own)  # the person's styles, as read once

    def user_styles(self) -> list[Style]:
        return list(self._own)


@dataclass(frozen=True)
class KitChoices:
    styles: StyleCatalog  # a snapshot (``StylesRead``)
    presets: dict[str, ExportPreset]
    notices: tuple[str, ...] = field(default=())  # what was wrong with the person's own files


def read_choices(context: Any) -> KitChoices:
    """On the library pool: the styles and the export sizes the kit may name."""
    presets, notices = read_presets(context.paths.config_dir, team_page(context.settings))
    catalog: StyleCatalog = context.styles
    said = len(catalog.notices)
    styles = StylesRead(catalog, catalog.user_styles())  # the one read of the person's styles file
    return KitChoices(styles, presets, tuple(notices + catalog.notices[said:]))


def builtin_choices(context: Any) -> KitChoices:
    """What the form offers when the person's own files could not be read: the built-in styles and sizes."""
    from headshot_desktop.library.presets import PRESETS, with_team_page

    return KitChoices(StylesRead(context.styles, []), with_team_page(dict(PRESETS), team_page(context.settings)))


def providers_offered(context: Any) -> list[tuple[str, str]]:
    """(id, title) of the providers a kit may name: the developer-only ones only in developer mode."""
    developer = registry.developer_mode(context.environ)
    return [(provider_id, registry.title(provider_id)) for provider_id in registry.ids(developer=developer)]


def capabilities(provider_id: str, model: str) -> Capabilities:
    """What ``provider_id`` can do with ``model`` (no network); an unknown provider offers nothing of its own."""
    try:
        caps: Capabilities = registry.module(provider_id).capabilities(model)
    except HeadshotError:
        return Capabilities()
    return caps


def mnemonic(label: str, taken: set[str]) -> str:
    """``label`` with an Alt key of its own: the first letter no other label of the dialog uses."""
    for index, char in enumerate(label):
        if char.isalpha() and char.lower() not in taken:
            taken.add(char.lower())
            return f"{label[:index]}&{label[index:]}"
    return label
