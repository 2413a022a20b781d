"""One run the window started: what it makes, from what, how far it is, and how it ended."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from headshot_desktop.core.styles import Style
from headshot_desktop.errors import HeadshotError
from headshot_desktop.services.options import GenerateOptions
from headshot_desktop.ui.i18n import Plural, number, shown, translate
from headshot_desktop.ui.photo_names import photo_label
from headshot_desktop.ui.tasks import Task

if TYPE_CHECKING:
    from headshot_desktop.library import Original
    from headshot_desktop.services.workflow import Outcome

ACTIVE = ("queued", "running")


def same_work(original: Original, style: Style, options: GenerateOptions, provider_id: str,
              references: tuple[Original, ...]) -> tuple[object, ...]:  # fmt: skip
    """What makes two runs the same paid work: the photo, style, options, provider and further photos."""
    return original.id, style, options, provider_id, tuple(r.id for r in references)


@dataclass(eq=False)
class Job:
    id: int
    original: Original | None  # None for a refinement: its photos are found (and held) on the worker
    style: Style
    options: GenerateOptions
    provider_id: str = ""
    state: str = "queued"  # queued, running, done, failed, cancelled
    # Not "Waiting…": that is what a run says while the provider works. Translated when made, not at import.
    status: str = field(default_factory=lambda: translate("Job", "Queued…"))
    images_ready: int = 0
    done_fraction: dict[int, float] = field(default_factory=dict)  # variant -> how far it is, 0 to 1
    task: Task | None = None
    outcome: Outcome | None = None
    error: HeadshotError | None = None
    references: tuple[Original, ...] = ()  # further photos of the person the run sends
    subject: str = ""  # what a refinement changes: the headshot's name
    started: float = 0.0  # time.monotonic() when it was queued
    seconds: float | None = None  # how long it took, once it ended
    restart: Callable[[], Job] | None = None  # starts the same run again (Retry)

    @property
    def label(self) -> str:
        if self.original is None:
            return f"{shown(self.style.name)} · {self.subject}"
        return f"{shown(self.style.name)} · {photo_label(self.original.source_name or self.original.name)}"

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    @property
    def work(self) -> tuple[object, ...] | None:
        """``same_work`` of a run of a photo; None for a refinement."""
        if self.original is None:
            return None
        return same_work(self.original, self.style, self.options, self.provider_id, self.references)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def take(self, event: object) -> int | None:
        """What the card says as the run reports ``event``; the index of the image it brings, if it brings one.

        The words keep their old context ("Session"): they were said there before the card said them itself.
        """
        from headshot_desktop.core.progress import ImageProgress, ImageReady, PartialImage, Retrying, Status

        self.state = "running"
        if isinstance(event, Status):
            self.status = event.text
        elif isinstance(event, PartialImage):
            self.status = translate("Session", "Rendering image {index} of {total}…").format(
                index=event.index + 1, total=self.options.variants)  # fmt: skip
            return event.index
        elif isinstance(event, ImageProgress):
            self.done_fraction[event.index] = min(1.0, max(0.0, event.fraction))
            self.status = translate("Session", "Making image {index} of {total}… {percent}%").format(
                index=event.index + 1, total=self.options.variants, percent=number(event.fraction * 100))  # fmt: skip
        elif isinstance(event, ImageReady):
            self.images_ready += 1
            self.done_fraction[event.image.index] = 1.0
            self.status = Plural.tr("%n of {total} ready", "", self.images_ready).format(total=self.options.variants)
            return event.image.index
        elif isinstance(event, Retrying):
            self.status = translate("Session", "{reason} Trying again in {seconds} s…").format(
                reason=shown(event.reason), seconds=number(event.delay))  # fmt: skip
        return None
