"""``FakeProvider``: the whole ``Provider`` protocol, with no network and no cost.

How to make it slow or make it fail is described in the package docstring
(``headshot_desktop.providers.fake``).
"""

from __future__ import annotations

import collections
import logging
import math
import os
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.progress import ImageReady, PartialImage, Retrying, Status
from headshot_desktop.core.request import GenerationRequest
from headshot_desktop.core.results import GeneratedImage, GenerationResult, ModelInfo
from headshot_desktop.errors import CancelledError, ConfigError, ErrorKind, ProviderError
from headshot_desktop.providers.base import Capabilities, ProviderInfo
from headshot_desktop.providers.fake import FAIL_ENV, INFO, LATENCY_ENV, LOOK, MODEL, capabilities, estimate, render
from headshot_desktop.providers.https.failures import in_words
from headshot_desktop.translatable import N_

if TYPE_CHECKING:
    from headshot_desktop.core.progress import ProgressCallback

log = logging.getLogger(__name__)

MAX_RETRIES = 2
MAX_LATENCY = 3600.0
_HINT = N_("fake", "This failure was asked for on purpose: unset {variable} (or the fail option) to stop it.").format(
    variable=FAIL_ENV
)
# kind -> (the sentence, retryable as a real provider would say)
FAILURES: Mapping[ErrorKind, tuple[str, bool]] = {
    ErrorKind.AUTH: (N_("fake", "The fake provider did not accept the API key."), False),
    ErrorKind.PERMISSION: (N_("fake", "The fake provider refused access to its model."), False),
    ErrorKind.QUOTA: (N_("fake", "The fake provider's account has run out of credit."), False),
    ErrorKind.RATE_LIMIT: (N_("fake", "The fake provider is limiting how fast requests can be sent."), True),
    ErrorKind.SAFETY: (
        N_("fake", "The fake provider's safety system refused this photo or the style's prompt."),
        False,
    ),
    ErrorKind.BAD_REQUEST: (N_("fake", "The fake provider could not carry out the request."), False),
    ErrorKind.NOT_FOUND: (N_("fake", "The fake provider does not offer what was asked for."), False),
    ErrorKind.SERVER: (N_("fake", "The fake provider had a problem on its side."), True),
    ErrorKind.NETWORK: (N_("fake", "The connection to the fake provider was interrupted."), True),
    ErrorKind.TIMEOUT: (N_("fake", "The fake provider did not answer in time."), True),
    ErrorKind.PROTOCOL: (N_("fake", "The fake provider sent an answer that cannot be read."), False),
}
# The failures a key or server check would meet too.
_CHECK_FAILS = {ErrorKind.AUTH, ErrorKind.PERMISSION, ErrorKind.QUOTA, ErrorKind.NETWORK, ErrorKind.TIMEOUT,
                ErrorKind.SERVER}  # fmt: skip


def failure(kind: ErrorKind) -> ProviderError:
    message, retryable = FAILURES[kind]
    return ProviderError(message, kind=kind, hint=_HINT, code=f"fake_{kind.value}", retryable=retryable,
                         detail=f"fake failure {kind.value} asked for")  # fmt: skip


def parse_fail(value: str) -> tuple[ErrorKind | None, int | None]:
    """``"rate_limit"`` -> every attempt fails; ``"rate_limit:1"`` -> the first attempt of each image."""
    text = value.strip()
    if not text:
        return None, None
    name, _, count = text.partition(":")
    try:
        kind = ErrorKind(name.strip())
    except ValueError:
        kind = None
    if kind not in FAILURES or (count and not count.strip().isdigit()):
        raise ConfigError(
            N_("fake", "The fake provider cannot fail with {value}.").format(value=repr(value)),
            hint=N_("fake", "Use one of {kinds}, optionally followed by :N.").format(
                kinds=", ".join(k.value for k in FAILURES)
            ),
        )
    return kind, int(count) if count else None


def parse_latency(value: object) -> float:
    try:
        seconds = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        seconds = math.nan
    if not 0.0 <= seconds <= MAX_LATENCY:  # also refuses NaN
        raise ConfigError(N_("fake", "The fake provider's latency {value} is not a number of seconds from 0 to 3600."
                             ).format(value=repr(value)),
                          hint=N_("fake", "Fix {variable} or the latency option.").format(variable=LATENCY_ENV))  # fmt: skip
    return seconds


class FakeProvider:
    info: ProviderInfo = INFO

    def __init__(self, *, latency: float = 0.0, fail: ErrorKind | None = None, failures: int | None = None) -> None:
        self.latency = latency  # seconds per image; tests may change it between requests
        self.fail = fail
        self.failures = failures  # None: every attempt fails; N: the first N attempts of each image
        self.attempts = 0  # what a real provider would count as requests sent
        self.received: collections.deque[bytes] = collections.deque(maxlen=8)  # the last photos given
        self._lock = threading.Lock()

    @classmethod
    def create(
        cls,
        key: str | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        latency: float | None = None,
        fail: str | None = None,
        **options: object,
    ) -> FakeProvider:
        if options:
            raise TypeError(f"the fake provider has no option(s) {', '.join(sorted(options))}")
        environ = os.environ if environ is None else environ
        seconds = parse_latency(latency if latency is not None else environ.get(LATENCY_ENV) or 0.0)
        kind, failures = parse_fail(fail if fail is not None else environ.get(FAIL_ENV, ""))
        if kind is not None:
            log.warning("fake provider: failing on purpose with %s (first %s attempts)", kind.value,
                        "all" if failures is None else failures)  # fmt: skip
        return cls(latency=seconds, fail=kind, failures=failures)

    def close(self) -> None:
        pass  # nothing to release: no connections, no files

    # -- what it is -------------------------------------------------------------
    def capabilities(self, model: str = "") -> Capabilities:
        return capabilities(model)

    def models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        return [ModelInfo(MODEL)]

    def resolve_model(self, requested: str = "", cancel: CancelToken | None = None) -> str:
        if requested and requested != MODEL:
            raise ProviderError(N_("fake", "The fake provider has no model called {model}.").format(
                                model=repr(requested)), kind=ErrorKind.NOT_FOUND,
                                hint=N_("fake", "Leave the model empty or choose {model}.").format(model=MODEL),
                                retryable=False)  # fmt: skip
        return MODEL

    def model_warning(self, model: str) -> str | None:
        return None

    def estimate(self, request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
        return estimate(request, input_size)

    def check(self, cancel: CancelToken | None = None) -> str:
        if self.fail in _CHECK_FAILS and self.failures is None:
            raise failure(self.fail)
        return N_("fake", "The fake provider works: it makes headshots on this computer, for nothing.")

    # -- the edit ---------------------------------------------------------------
    def edit(
        self,
        photo: PreparedPhoto,
        request: GenerationRequest,
        on_progress: ProgressCallback,
        cancel: CancelToken,
    ) -> GenerationResult:
        cancel.raise_if_cancelled()
        self.resolve_model(request.model)
        look = request.options.get("look", LOOK.default)
        if look not in LOOK.choices:
            raise ConfigError(N_("fake", "The fake provider has no look called {look}.").format(look=repr(look)),
                              hint=N_("fake", "Choose {looks}.").format(looks=", ".join(LOOK.choices)))  # fmt: skip
        log.info("fake edit: shape=%s detail=%s look=%s previews=%d style=%s variant=%d latency=%.2fs",
                 request.shape, request.detail, look, request.previews, request.style_id, request.variant,
                 self.latency)  # fmt: skip
        retries = 0
        while True:
            try:
                return self._attempt(photo, request, look, retries, on_progress, cancel)
            except ProviderError as err:
                if not err.retryable or retries >= MAX_RETRIES:
                    log.warning("fake edit failed: %s", err.kind.value)
                    raise
                retries += 1
                delay = min(1.0, self.latency / 4)
                log.warning("fake edit: retry %d in %.2fs after %s", retries, delay, err.kind.value)
                on_progress(Retrying(retries, delay, in_words(err), err.kind))
                _sleep(delay, cancel)

    def _attempt(
        self, photo: PreparedPhoto, request: GenerationRequest, look: str, attempt: int,
        on_progress: ProgressCallback, cancel: CancelToken,
    ) -> GenerationResult:  # fmt: skip
        with self._lock:
            self.attempts += 1
            number = self.attempts
            self.received.append(photo.data)
        previews = min(request.previews, capabilities().max_previews)
        step = self.latency / (previews + 1)  # the previews are spread over the latency
        on_progress(Status(N_("fake", "Making a fake headshot on this computer…")))
        kind, failures = self.fail, self.failures
        if kind is not None and (failures is None or attempt < failures):
            _sleep(step, cancel)
            raise failure(kind)
        width, height = (int(side) for side in capabilities().shapes[request.shape].split("x"))
        final = self._render(photo, (width, height), look, request.variant)
        for index in range(previews):
            _sleep(step, cancel)
            on_progress(PartialImage(0, index, render.preview(final, index, previews)))
        _sleep(step, cancel)
        image = GeneratedImage(render.encode(final), "image/png", width, height, 0)
        on_progress(ImageReady(image))
        return GenerationResult((image,), None, MODEL, request_id=f"fake-{number}", cost_usd=0.0)

    @staticmethod
    def _render(photo: PreparedPhoto, size: tuple[int, int], look: str, variant: int) -> Image.Image:
        try:
            return render.headshot(photo.data, size, look, variant)
        except Exception as err:  # Pillow raises many types for data it cannot read
            raise ProviderError(N_("fake", "The fake provider could not read the photo."), kind=ErrorKind.BAD_REQUEST,
                                hint=N_("fake", "Try another photo."), retryable=False, detail=repr(err)) from None  # fmt: skip


def _sleep(seconds: float, cancel: CancelToken) -> None:
    if cancel.wait(seconds):
        raise CancelledError()
