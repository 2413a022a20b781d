"""What the library hands out: plain, immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Original:
    """A photo a person brought in, stored in ``Originals/``."""

    id: int
    path: Path
    created: datetime  # timezone-aware
    source_name: str = ""  # the name the photo had when it came in ("pasted image", "IMG_1234.HEIC")
    content_hash: str | None = None  # intake's hash of the pixels; None for files added by hand
    file_hash: str = ""  # sha256 of the file's bytes: finds the file again after a rename
    kept: bool = False  # the person asked to keep it whatever the retention setting says
    generated: bool = False  # at least one headshot was made from it
    damaged: bool = False  # the file cannot be decoded

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True, slots=True)
class Headshot:
    """One generated image in ``Headshots/`` with how it was made."""

    id: int
    path: Path
    created: datetime
    original_id: int | None = None
    original_path: Path | None = None
    style_id: str = ""
    style_name: str = ""
    prompt: str = ""
    provider: str = ""
    model: str = ""
    size: str = ""  # as requested from the provider, e.g. "1024x1536"
    quality: str = ""
    cost_usd: float | None = None
    index_in_run: int = 1
    file_hash: str = ""
    kept: bool = False
    damaged: bool = False
    reference_ids: tuple[int, ...] = ()  # the other originals of the person its run sent, in order
    parent_id: int | None = None  # a refinement: the headshot it was refined from (None: a root)
    instruction: str = ""  # a refinement: what the person asked to change ("tie navy instead of red")
    seed: int | None = None  # the seed the provider made it with, where it has one (None: unknown)

    @property
    def name(self) -> str:
        return self.path.name


@dataclass
class ScanReport:
    """What a scan found changed in the folder since the index last saw it."""

    added: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    renamed: list[tuple[Path, Path]] = field(default_factory=list)  # (old, new)
    changed: list[Path] = field(default_factory=list)
    damaged: list[Path] = field(default_factory=list)
    temp_files_removed: int = 0
    index_rebuilt: bool = False
    links_skipped: list[Path] = field(default_factory=list)  # links are never followed
    details_restored: int = 0  # headshots whose style, prompt and cost came back from the journal
    details_lost: list[Path] = field(default_factory=list)  # headshots adopted without them

    @property
    def anything(self) -> bool:
        return bool(self.added or self.removed or self.renamed or self.changed or self.temp_files_removed)
