"""The export dialog's choices, remembered between openings.

Size, format and folder have their own settings; the rest lives under ``Settings.extra["export"]``, each value
read back only if it is of the right kind, so a hand-edited file never breaks the dialog.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from headshot_desktop.library.presets import DEFAULT_TEMPLATE
from headshot_desktop.system.settings import Settings

KEY = "export"


@dataclass(frozen=True)
class ExportChoices:
    quality: int = 90
    ai_label: bool = False
    template: str = DEFAULT_TEMPLATE
    round_preview: bool = True


def remembered(settings: Settings) -> ExportChoices:
    saved = settings.extra.get(KEY)
    saved = saved if isinstance(saved, dict) else {}
    default = ExportChoices()
    quality = saved.get("quality")
    template = saved.get("template")
    return ExportChoices(
        quality=quality if type(quality) is int and 1 <= quality <= 100 else default.quality,
        ai_label=saved["ai_label"] if isinstance(saved.get("ai_label"), bool) else default.ai_label,
        template=template if isinstance(template, str) and template.strip() else default.template,
        round_preview=saved["round_preview"] if isinstance(saved.get("round_preview"), bool) else default.round_preview,
    )


def remember(settings: Settings, choices: ExportChoices) -> None:
    settings.extra = {**settings.extra, KEY: asdict(choices)}
