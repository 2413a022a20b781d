"""The export dialog's choices, remembered between openings.

Size, format, folder and the AI label have their own settings (the label: ``Settings.export_ai_label``, shared
with the command line); the rest lives under ``Settings.extra["export"]``, each value read back only if it is of
the right kind, so a hand-edited file never breaks the dialog.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from headshot_desktop.library.presets import DEFAULT_TEMPLATE
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.widgets.crop_geometry import CHIN_LINE, EYE_LINE

KEY = "export"


@dataclass(frozen=True)
class ExportChoices:
    quality: int = 90
    ai_label: bool = True
    template: str = DEFAULT_TEMPLATE
    round_preview: bool = True
    eye_line: float = EYE_LINE  # the crop editor's guides, where the person last put them
    chin_line: float = CHIN_LINE


def _share(value: object, default: float) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool) and 0 < value < 1:
        return float(value)
    return default


def remembered(settings: Settings) -> ExportChoices:
    saved = settings.extra.get(KEY)
    saved = saved if isinstance(saved, dict) else {}
    default = ExportChoices()
    quality = saved.get("quality")
    template = saved.get("template")
    return ExportChoices(
        quality=quality if type(quality) is int and 1 <= quality <= 100 else default.quality,
        ai_label=settings.export_ai_label,
        template=template if isinstance(template, str) and template.strip() else default.template,
        round_preview=saved["round_preview"] if isinstance(saved.get("round_preview"), bool) else default.round_preview,
        eye_line=_share(saved.get("eye_line"), default.eye_line),
        chin_line=_share(saved.get("chin_line"), default.chin_line),
    )


def remember(settings: Settings, choices: ExportChoices) -> None:
    settings.export_ai_label = choices.ai_label
    settings.extra = {**settings.extra, KEY: {k: v for k, v in asdict(choices).items() if k != "ai_label"}}


def remember_export(settings: Settings, folder: Path, preset: str, fmt: str, choices: ExportChoices) -> None:
    """Keep what this export was made with, for the next one: the folder, the size, the format and the rest."""
    settings.last_export_dir, settings.export_preset, settings.export_format = str(folder), preset, fmt
    remember(settings, choices)
