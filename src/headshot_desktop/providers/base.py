"""The one seam every image provider sits behind. No Qt, no provider's own words.

Each provider is a package under ``providers/`` with one registry line
(``providers/registry.py``). Its ``INFO`` says who it is without importing any
network code; ``create()`` builds a ``Provider``. Everything above this seam
(the workflow, the window, the command line) speaks only these types: a shape
instead of pixels, a detail level instead of a quality word, a mapping of the
provider's own options described by ``OptionSpec``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Protocol, runtime_checkable
from urllib.parse import urlsplit

from headshot_desktop.core.generation import LARGEST
from headshot_desktop.providers.names import DEVELOPER_ONLY, TITLES
from headshot_desktop.translatable import N_

if TYPE_CHECKING:  # the provider protocol's types: made when a run is priced or made, not when the window starts
    from headshot_desktop.core.generation import CancelToken
    from headshot_desktop.core.models import PreparedPhoto
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.core.progress import ProgressCallback
    from headshot_desktop.core.request import GenerationRequest
    from headshot_desktop.core.results import GenerationResult, ModelInfo


@dataclass(frozen=True)
class KeySpec:
    """How a person gets and gives the provider's key."""

    env_vars: tuple[str, ...]  # read in this order, as the provider's own SDK does
    placeholder: str  # what a key looks like, for the key field
    get_key_url: str  # where to create one
    patterns: tuple[str, ...] = ()  # regular expressions the log redactor learns


@dataclass(frozen=True)
class ServerSpec:
    """A provider that runs on the person's own server: where it is by default, and the variable that moves it."""

    env_var: str
    default: str
    get_server_url: str  # how to set one up


@dataclass(frozen=True)
class ProviderInfo:
    """Who a provider is and where the photo goes: what the window says before anything is sent."""

    id: str  # its registry line, which also holds its name and whether only developers may use it
    photos_leave_computer: bool
    hosts: tuple[str, ...]  # where the photo goes, as host names the person can look up
    privacy: str  # what the provider keeps and for how long, one or two sentences
    key: KeySpec | None  # None: no key (a local server)
    base_url_env: str = ""  # one variable points the provider elsewhere
    retention_days: int | None = None  # how long it keeps what it is sent; None: nothing, or not known
    privacy_notes: tuple[str, ...] = ()  # further facts said before the first photo goes, one sentence each
    must_confirm: str = ""  # a statement the person ticks before the provider is used ("my key is on a paid plan")
    privacy_checked: str = ""  # ISO date its terms were last read, with the sources below
    privacy_sources: tuple[str, ...] = ()
    output_note: str = ""  # what every image it makes carries (an invisible watermark, say)
    server: ServerSpec | None = None  # the person's own server: nothing goes to any cloud service
    other_title: str = ""  # the name of another server it stands for (``pointed_elsewhere``)

    @property
    def title(self) -> str:
        return self.other_title or TITLES[self.id]

    @property
    def developer_only(self) -> bool:
        return self.id in DEVELOPER_ONLY


# Choices that are words: marked for the window, and still the very ids they were ("on" == ON).
ON, OFF = N_("options", "on"), N_("options", "off")
HIGH, LOW = N_("options", "high"), N_("options", "low")


@dataclass(frozen=True)
class OptionSpec:
    """One of the provider's own settings, as data the window and the command line show."""

    id: str
    label: str
    choices: tuple[str, ...]
    default: str
    help: str = ""


@dataclass(frozen=True)
class Capabilities:
    """What a provider (and one of its models) can make: shapes, detail levels, previews, further photos, options."""

    images_per_request: int = 1
    streams_previews: bool = False
    max_previews: int = 0  # rough previews per image, when it streams
    # shape ("portrait", "square", "landscape") -> the provider's own word for it ("1024x1536", "3:4", ...)
    shapes: Mapping[str, str] = field(default_factory=dict)
    detail_levels: tuple[str, ...] = ("medium",)
    max_reference_photos: int = 0
    max_upload_side: int = 1536
    max_upload_bytes: int = 20 * 1024 * 1024
    max_concurrency: int = 2  # variants are separate requests, at most this many at once
    options: tuple[OptionSpec, ...] = ()
    # The pixels each detail level makes, by shape (level -> shape -> (width, height)), where the provider says.
    # It may name one level more than ``detail_levels``: "largest", the biggest image this model makes, asked
    # only for a final that a print needs, never offered as a draft's detail.
    level_sizes: Mapping[str, Mapping[str, tuple[int, int]]] = field(default_factory=dict)

    def option(self, option_id: str) -> OptionSpec | None:
        return next((o for o in self.options if o.id == option_id), None)

    @property
    def levels(self) -> tuple[str, ...]:
        """Every level a request may ask for: the detail levels, then "largest" where it makes more than them."""
        more = LARGEST in self.level_sizes and LARGEST not in self.detail_levels
        return (*self.detail_levels, LARGEST) if more else self.detail_levels

    def size_of(self, level: str, shape: str) -> tuple[int, int] | None:
        """The pixels ``level`` makes in ``shape`` (None: the provider does not say)."""
        return self.level_sizes.get(level, {}).get(shape)


@runtime_checkable
class Provider(Protocol):
    info: ProviderInfo

    def capabilities(self, model: str = "") -> Capabilities:
        """What ``model`` (or the default model) can do; no network."""
        ...

    def models(self, cancel: CancelToken | None = None) -> list[ModelInfo]:
        """The image models this key may use, newest first."""
        ...

    def resolve_model(self, requested: str = "", cancel: CancelToken | None = None) -> str:
        """``requested``, or the provider's default model when it is empty."""
        ...

    def model_warning(self, model: str) -> str | None:
        """A sentence when the model is retired or about to be."""
        ...

    def estimate(self, request: GenerationRequest, input_size: tuple[int, int] | None) -> CostEstimate:
        """What one request (one image) is likely to cost, before it is sent."""
        ...

    def edit(
        self,
        photo: PreparedPhoto,
        request: GenerationRequest,
        on_progress: ProgressCallback,
        cancel: CancelToken,
    ) -> GenerationResult:
        """Send the photo with the request's prompt and return the finished image.

        Blocks: call it from a worker thread. Progress (status lines, rough
        previews, retries) goes to ``on_progress`` from that thread. Raises
        ``ProviderError`` on failure and ``CancelledError`` once ``cancel`` is set.
        """
        ...

    def check(self, cancel: CancelToken | None = None) -> str:
        """One sentence: the key or server works; raises ``ProviderError`` when it does not."""
        ...

    def close(self) -> None:
        """Release connections. The provider is not used again afterwards."""
        ...


def _domain(host: str) -> str:
    return ".".join(host.lower().rstrip(".").split(".")[-2:])


def pointed_elsewhere(info: ProviderInfo, base_url: str) -> ProviderInfo:
    """``info`` as it is when its address variable points outside the provider's own domains.

    Another server then gets the photo: it is named, and what it keeps is its own matter; the
    provider's terms still apply to whatever it passes on to the provider.
    """
    host = (urlsplit(base_url.strip()).hostname or "").lower()
    if not base_url.strip() or not host or any(_domain(host) == _domain(h) for h in info.hosts):
        return info
    return replace(
        info,
        other_title=N_("providers", "{title}-compatible server at {host}").format(title=info.title, host=host),
        hosts=(host,),
        privacy=N_("providers", "{variable} points to {host}, not {title}'s own service: what that server keeps is "
                   "up to whoever runs it. For what it passes on to {title}: {privacy}").format(
            variable=info.base_url_env, host=host, title=info.title, privacy=info.privacy),
    )  # fmt: skip
