"""What a generation asks for, what comes back, and what happens on the way.

Plain values shared by every provider, the window and the command line.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.errors import CancelledError, ConfigError
from headshot_desktop.translatable import N_, Day, Number

log = logging.getLogger(__name__)

SHAPES = ("portrait", "square", "landscape")
# "largest": the biggest image the provider and model make, for a final a print needs (not a draft choice in the window)
LARGEST = "largest"
DETAIL_LEVELS = ("low", "medium", "high", LARGEST)
DEFAULT_SHAPE = "portrait"  # a headshot is taller than wide
MAX_PROMPT_CHARS = 32_000
MAX_VARIANTS = 4
MAX_PREVIEWS = 3
MAX_REFERENCES = 4  # further photos of the same person, besides the one to edit
_SIZE = re.compile(r"^(\d{2,5})x(\d{2,5})$")
# Problems a style and a request share (``styles.validate`` says them too).
PROMPT_EMPTY = N_("generation", "the prompt is empty")
PROMPT_TOO_LONG = N_("generation", "the prompt is longer than {limit} characters")


def not_one_of(shape: str, shapes: Sequence[str]) -> str:
    return N_("generation", "the shape {shape} is not one of {shapes}").format(
        shape=repr(shape), shapes=", ".join(shapes)
    )


def listed(parts: Sequence[str]) -> str:
    """Several problems in one sentence, "; " between them, each still in the words it was marked with."""
    said = parts[0] if parts else ""
    for part in parts[1:]:
        said = N_("generation", "{first}; {then}").format(first=said, then=part)
    return said


def parse_size(size: str) -> tuple[int, int] | None:
    """``"1024x1536"`` -> ``(1024, 1536)``; ``"auto"`` or junk -> None."""
    match = _SIZE.match(size)
    return (int(match.group(1)), int(match.group(2))) if match else None


def shape_of(width: int, height: int) -> str:
    """The shape a picture of this size has (a style saved with pixels is read as its shape)."""
    if abs(width - height) <= min(width, height) * 0.05:
        return "square"
    return "portrait" if height > width else "landscape"


@dataclass(frozen=True)
class GenerationRequest:
    """One image from one photo: a style's prompt, a shape, a detail level, the provider's own options.

    Several variants are several requests (each with its own previews, cancel, error and
    cost); ``variant`` says which one this is. ``options`` holds the provider's own
    settings by the ids its ``Capabilities.options`` declare; the provider checks them.
    """

    style_id: str
    prompt: str
    model: str = ""  # empty: the provider's default model
    shape: str = DEFAULT_SHAPE
    detail: str = "medium"
    previews: int = 2  # rough previews while it works, where the provider streams them
    variant: int = 0  # 0-based: which of the run's variants this request makes
    options: Mapping[str, str] = field(default_factory=dict)
    # Further photos of the same person, prepared like the main one, sent after it (in this order) where the
    # provider takes them; the prompt already says what they are (``reference_note``).
    references: tuple[PreparedPhoto, ...] = ()
    seed: int | None = None  # the same seed again (a draft made final), where the provider takes one; None: random

    def __post_init__(self) -> None:
        problems: list[str] = []
        if not self.prompt.strip():
            problems.append(PROMPT_EMPTY)
        if len(self.prompt) > MAX_PROMPT_CHARS:
            problems.append(PROMPT_TOO_LONG.format(limit=Number(MAX_PROMPT_CHARS)))
        if self.shape not in SHAPES:
            problems.append(not_one_of(self.shape, SHAPES))
        if self.detail not in DETAIL_LEVELS:
            problems.append(
                N_("generation", "the detail level {level} is not one of {levels}").format(
                    level=repr(self.detail), levels=", ".join(DETAIL_LEVELS)
                )
            )
        if not 0 <= self.previews <= MAX_PREVIEWS:
            problems.append(N_("generation", "the number of previews must be 0 to {most}").format(most=MAX_PREVIEWS))
        if not 0 <= self.variant < MAX_VARIANTS:
            problems.append(N_("generation", "there are at most {most} variants").format(most=MAX_VARIANTS))
        if len(self.references) > MAX_REFERENCES:
            problems.append(N_("generation", "there are at most {most} reference photos").format(most=MAX_REFERENCES))
        if problems:
            raise ConfigError(
                N_("generation", "These generation settings cannot be used: {problems}.").format(
                    problems=listed(problems)
                ),
                hint=N_("generation", "Change them in Settings and try again."),
            )


def reference_note(count: int) -> str:
    """What the prompt says about the reference photos, so every provider reads them the same way."""
    if count <= 0:
        return ""
    which = "Image 2 shows" if count == 1 else f"Images 2 to {count + 1} show"
    return (
        f"\nREFERENCES: image 1 is the photo to edit. {which} the same person; use them only "
        "to keep their likeness exact (face, features, skin, hair). Do not copy their clothes, light or backdrop."
    )


@dataclass(frozen=True)
class GeneratedImage:
    data: bytes  # the encoded image exactly as the provider sent it
    mime_type: str
    width: int
    height: int
    index: int  # 0-based position among the run's images
    revised_prompt: str | None = None


@dataclass(frozen=True)
class Usage:
    """Token counts the provider reports; the real cost is computed from these."""

    input_tokens: int = 0
    input_text_tokens: int = 0
    input_image_tokens: int = 0
    output_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.input_tokens + self.output_tokens

    @classmethod
    def from_json(cls, raw: Mapping[str, object]) -> Usage:
        def count(mapping: object, key: str) -> int:
            value = mapping.get(key) if isinstance(mapping, Mapping) else None
            return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0

        details = raw.get("input_tokens_details")
        text, image = count(details, "text_tokens"), count(details, "image_tokens")
        total_in = count(raw, "input_tokens") or text + image
        if not details:  # no split given: count it all as text, the cheaper guess
            text = total_in
        return cls(total_in, text, image, count(raw, "output_tokens"))


@dataclass(frozen=True)
class GenerationResult:
    images: tuple[GeneratedImage, ...]
    usage: Usage | None
    model: str
    request_id: str | None = None
    cost_usd: float | None = None  # from ``usage`` and the pricing table; None when unknown
    warnings: tuple[str, ...] = ()  # e.g. "only 1 of 2 images arrived"
    seed: int | None = None  # the seed the provider was given, where it takes one


@dataclass(frozen=True)
class ModelInfo:
    id: str
    created: int | None = None  # Unix time the provider gives; orders "newest"
    shutdown_date: date | None = None

    def warning(self, today: date | None = None) -> str | None:
        """A sentence to show when the model is retired or about to be."""
        if self.shutdown_date is None:
            return None
        today = today or date.today()
        # The date is a value, not text: the window writes it the way the person's locale does.
        if self.shutdown_date <= today:
            return N_(
                "generation",
                "The model {model} was retired on {when}. Choose another model in Settings.",
            ).format(model=self.id, when=Day.of(self.shutdown_date))
        return N_(
            "generation",
            "The model {model} will be retired on {when}. Choose a newer model in Settings before then.",
        ).format(model=self.id, when=Day.of(self.shutdown_date))


class CancelToken:
    """Set once by whoever wants to stop a run; checked and waited on by the worker.

    Callbacks registered with ``on_cancel`` run in the cancelling thread: the
    provider uses them to shut a socket the worker is blocked on.
    """

    def __init__(self) -> None:
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def cancel(self) -> None:
        with self._lock:
            if self._event.is_set():
                return
            self._event.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            try:
                callback()
            except Exception:  # one failing hook must not stop the others
                log.warning("cancel callback failed", exc_info=True)

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise CancelledError()

    def wait(self, timeout: float) -> bool:
        """Sleep up to ``timeout`` seconds; True at once when cancelled."""
        return self._event.wait(max(0.0, timeout))

    def child(self) -> CancelToken:
        """A token of its own that this one's cancel also sets (one variant of a run)."""
        token = CancelToken()
        self.on_cancel(token.cancel)
        return token

    def on_cancel(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Run ``callback`` on cancel (now, if already cancelled). Returns an unregister function."""
        with self._lock:
            if not self._event.is_set():
                self._callbacks.append(callback)
                registered = True
            else:
                registered = False
        if not registered:
            callback()

        def remove() -> None:
            with self._lock:
                if callback in self._callbacks:
                    self._callbacks.remove(callback)

        return remove
