"""Which image models exist, what each accepts, and which one to use by default.

Model names change often, so the app never hard-codes one: ``GET /v1/models``
says what the key may use and the newest GPT image model wins. The table below
only says which optional fields a family takes; an unknown model gets the
fields every GPT image model accepts and nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from headshot_desktop.core.results import ModelInfo


@dataclass(frozen=True)
class Capabilities:
    """Which optional fields a GPT image model takes."""

    input_fidelity: bool = False  # takes input_fidelity=high|low
    background: bool = False  # takes background=opaque|auto
    transparent: bool = False  # ... and background=transparent
    custom_sizes: bool = False  # any WIDTHxHEIGHT (multiples of 16), not only the three standard sizes


# From the images.edit reference (openai-python's image_edit_params and the OpenAPI spec):
# input_fidelity: gpt-image-1 and 1.5 only (gpt-image-2 is always high fidelity; 1-mini has none);
# transparent backgrounds: not on gpt-image-2; arbitrary sizes: gpt-image-2 and later.
CAPABILITIES: dict[str, Capabilities] = {
    "gpt-image-1": Capabilities(input_fidelity=True, background=True, transparent=True),
    "gpt-image-1.5": Capabilities(input_fidelity=True, background=True, transparent=True),
    "gpt-image-1-mini": Capabilities(background=True, transparent=True),
    "chatgpt-image-latest": Capabilities(background=True, transparent=True),
    "gpt-image-2": Capabilities(background=True, custom_sizes=True),
}
NEWER_THAN_TABLE = Capabilities(background=True, custom_sizes=True)
UNKNOWN = Capabilities()

_VERSION = re.compile(r"^gpt-image-(\d+)(?:\.(\d+))?")


def family(model_id: str, families: Iterable[str]) -> str | None:
    """The longest listed name that ``model_id`` is, or starts with followed by ``-``."""
    best = None
    for name in families:
        if (model_id == name or model_id.startswith(name + "-")) and (best is None or len(name) > len(best)):
            best = name
    return best


def capabilities(model_id: str) -> Capabilities:
    name = family(model_id, CAPABILITIES)
    if name is not None:
        return CAPABILITIES[name]
    version = _version(model_id)
    if version is not None and version >= (2, 0):
        return NEWER_THAN_TABLE
    return UNKNOWN


def _version(model_id: str) -> tuple[int, int] | None:
    match = _VERSION.match(model_id)
    return (int(match.group(1)), int(match.group(2) or 0)) if match else None


def is_image_model(model_id: str) -> bool:
    return model_id.startswith(("gpt-image-", "chatgpt-image-"))


def _date(value: object) -> date | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) and value > 0:
        return datetime.fromtimestamp(value, tz=UTC).date()
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def parse_models(payload: object) -> list[ModelInfo]:
    """The image models in a ``GET /v1/models`` answer, newest first."""
    from headshot_desktop.core.results import ModelInfo  # an answer's type: not needed to start the window

    entries = payload.get("data") if isinstance(payload, dict) else None
    models = []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        model_id = entry["id"]
        if not is_image_model(model_id):
            continue
        created = entry.get("created")
        created = created if isinstance(created, int) and not isinstance(created, bool) else None
        models.append(ModelInfo(model_id, created, _date(entry.get("shutdown_date"))))
    return sorted(models, key=_newness, reverse=True)


def _newness(model: ModelInfo) -> tuple[int, int, tuple[int, int], str]:
    # The full model beats a "-mini" variant; then the creation time the server gives;
    # then the version in the name (for servers that leave ``created`` out).
    full = 0 if "-mini" in model.id else 1
    return (full, model.created or 0, _version(model.id) or (0, 0), model.id)


def choose_default(models: Iterable[ModelInfo], today: date | None = None) -> ModelInfo | None:
    """The newest GPT image model that is not retired, or None when the key has none."""
    today = today or date.today()
    usable = [
        m for m in models if m.id.startswith("gpt-image-") and (m.shutdown_date is None or m.shutdown_date > today)
    ]
    if not usable:
        usable = [m for m in models if m.shutdown_date is None or m.shutdown_date > today]
    if not usable:
        return None
    return max(usable, key=_newness)
