"""What a run reports while it goes on, through the ``on_progress`` callback: words, previews, finished
images, retries. Apart from ``generation``: the window's first paint needs none of these types."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from headshot_desktop.core.results import GeneratedImage
from headshot_desktop.errors import ErrorKind
from headshot_desktop.translatable import N_


@dataclass(frozen=True)
class Status:
    text: str


UPLOADING, WAITING, RECEIVING = "uploading", "waiting", "receiving"


@dataclass(frozen=True)
class Phase(Status):
    """Where one request is: its photos going out, the provider at work, the answer coming in.

    A ``Status`` whose words are made here from the step and ``service`` (the name the provider's
    client goes by), so the window and the command line say the same and the words above the seam
    stay the provider's own. ``fraction``: how much of the upload has gone, where it is counted.
    """

    text: str = ""
    step: str = WAITING
    service: str = ""
    fraction: float | None = None

    def __post_init__(self) -> None:
        if not self.text:
            object.__setattr__(self, "text", self.words(self.fraction))

    def words(self, fraction: float | None = None) -> str:
        """What the person reads; with ``fraction``, how far it is."""
        if self.step == UPLOADING:
            if fraction is not None:
                return N_("generation", "Uploading to {service}… {fraction:.0%}").format(
                    service=self.service, fraction=fraction
                )
            return N_("generation", "Uploading to {service}…").format(service=self.service)
        if self.step == RECEIVING:
            if fraction is not None:
                return N_("generation", "Receiving the headshot… {fraction:.0%}").format(fraction=fraction)
            return N_("generation", "Receiving the headshot…")
        return N_("generation", "Waiting for {service}…").format(service=self.service)


def with_elapsed(text: str, seconds: float) -> str:
    """``text`` and the time so far, as m:ss ("Waiting for the server · 0:42"): a sign of life."""
    whole = max(0, int(seconds))
    return f"{text.removesuffix('…')} · {whole // 60}:{whole % 60:02d}"


@dataclass(frozen=True)
class PartialImage:
    """A rough preview. ``index`` is the image it belongs to as far as the stream tells."""

    index: int
    partial_index: int
    data: bytes


@dataclass(frozen=True)
class ImageReady:
    """A final image arrived (with several variants, the others may still come)."""

    image: GeneratedImage


@dataclass(frozen=True)
class Retrying:
    attempt: int  # 1 for the first retry
    delay: float  # seconds until it is sent again
    reason: str  # the human sentence of the failure being retried
    kind: ErrorKind | None = None  # what failed: a team batch holds back its other requests on a rate limit


@dataclass(frozen=True)
class ImageProgress:
    """How far the provider says one image is, from 0 to 1 (only providers that report it send this)."""

    index: int
    fraction: float


ProgressEvent = Status | PartialImage | ImageReady | Retrying | ImageProgress
ProgressCallback = Callable[[ProgressEvent], None]
