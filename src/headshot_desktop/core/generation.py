"""What a generation may ask for, and a run's cancel: the limits and shapes every provider, the window and the
command line share.

The request itself is in ``core/request.py`` and what comes back in ``core/results.py``: both are made only when a
run is priced or made, so the window's start does not build their classes.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Sequence

from headshot_desktop.errors import CancelledError
from headshot_desktop.translatable import N_

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


def reference_note(count: int) -> str:
    """What the prompt says about the reference photos, so every provider reads them the same way."""
    if count <= 0:
        return ""
    which = "Image 2 shows" if count == 1 else f"Images 2 to {count + 1} show"
    return (
        f"\nREFERENCES: image 1 is the photo to edit. {which} the same person; use them only "
        "to keep their likeness exact (face, features, skin, hair). Do not copy their clothes, light or backdrop."
    )


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
