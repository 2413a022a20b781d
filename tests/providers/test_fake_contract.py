"""The fake (developer) provider keeps the provider contract, and does what its docstring says."""

from __future__ import annotations

import io
import time
from collections.abc import Iterator

import pytest
from PIL import Image, ImageStat

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.progress import PartialImage, Retrying
from headshot_desktop.errors import ConfigError, ErrorKind, ProviderError
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers import fake, registry
from headshot_desktop.providers.base import Provider
from headshot_desktop.providers.fake.provider import FAILURES, FakeProvider
from tests.providers.contract import Events, ProviderContract
from tests.unit.intake import corpus

DEVELOPER = {registry.DEVELOPER_ENV: "1"}


class TestFakeContract(ProviderContract):
    provider_id = "fake"
    error_kinds = tuple(FAILURES)

    @pytest.fixture
    def backend(self, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
        for name in (fake.FAIL_ENV, fake.LATENCY_ENV):
            monkeypatch.delenv(name, raising=False)
        yield

    def make_provider(self) -> Provider:
        registry.check_allowed("fake", DEVELOPER)
        self.fake: FakeProvider = registry.module("fake").create(None)
        return self.fake

    def script_success(self, previews: int) -> None:
        self.fake.fail, self.fake.latency = None, 0.0

    def script_error(self, kind: ErrorKind, *, times: int | None = None) -> None:
        self.fake.fail, self.fake.failures = kind, times

    def script_stall(self) -> None:
        self.fake.latency = 60.0

    def requests_made(self) -> int:
        return self.fake.attempts

    def what_was_sent(self) -> list[bytes]:
        return list(self.fake.received)

    def key(self) -> str | None:
        return None


# -- what only the fake does ----------------------------------------------------------------
def make(**options: object) -> FakeProvider:
    made: FakeProvider = fake.create(None, environ=options.pop("environ", {}), **options)  # type: ignore[arg-type]
    return made


@pytest.fixture
def photo() -> PreparedPhoto:
    return prepare_photo(corpus.jpeg(corpus.photo((480, 640))), source_name="photo.jpg")


def edit(provider: FakeProvider, photo: PreparedPhoto, events: Events | None = None, **changes: object):
    return provider.edit(photo, ProviderContract.request(**changes), events or Events(), CancelToken())


def pixels(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def test_refused_and_unlisted_unless_developer() -> None:
    assert "fake" not in registry.ids() and "fake" in registry.ids(developer=True)
    with pytest.raises(ConfigError, match="developers only"):
        registry.check_allowed("fake", {})
    assert registry.check_allowed("fake", DEVELOPER) is fake.INFO
    assert not fake.INFO.photos_leave_computer and fake.INFO.hosts == () and fake.INFO.key is None


def test_costs_nothing_and_says_so(photo: PreparedPhoto) -> None:
    found = fake.estimate(ProviderContract.request(), None)
    assert (found.total_usd, found.approximate, found.describe()) == (0.0, False, "$0.00")
    result = edit(make(), photo, previews=0)
    assert (result.cost_usd, result.model, result.usage) == (0.0, "fake-1", None)


def test_variants_and_looks_differ(photo: PreparedPhoto) -> None:
    provider = make()
    variants = [edit(provider, photo, previews=0, variant=v).images[0].data for v in range(4)]
    assert len(set(variants)) == 4
    looks = {look: pixels(edit(provider, photo, previews=0, options={"look": look}).images[0].data)
             for look in ("warm", "cool", "mono")}  # fmt: skip
    warm, cool = (ImageStat.Stat(looks[k]).mean for k in ("warm", "cool"))
    assert warm[0] - warm[2] > cool[0] - cool[2] + 20  # warm is redder, cool bluer
    red, green, blue = looks["mono"].split()
    assert red.tobytes() == green.tobytes() == blue.tobytes()


def test_latency_from_the_environment_spreads_the_previews(photo: PreparedPhoto) -> None:
    provider = make(environ={fake.LATENCY_ENV: "0.6"})
    arrived: list[float] = []
    started = time.monotonic()
    events = Events(lambda e: arrived.append(time.monotonic() - started) if isinstance(e, PartialImage) else None)
    edit(provider, photo, events, previews=2)
    took = time.monotonic() - started
    assert 0.6 <= took < 2.0
    assert len(arrived) == 2 and arrived[0] >= 0.15 and arrived[1] - arrived[0] >= 0.15  # 0.6 s in three steps
    assert make(environ={fake.LATENCY_ENV: "30"}, latency=0).latency == 0  # the argument wins


@pytest.mark.parametrize("value", ["rate_limit", "safety", "network"])
def test_failure_from_the_environment(photo: PreparedPhoto, value: str) -> None:
    provider = make(environ={fake.FAIL_ENV: value})
    events = Events()
    with pytest.raises(ProviderError) as caught:
        edit(provider, photo, events)
    assert caught.value.kind == ErrorKind(value) and fake.FAIL_ENV in caught.value.hint
    assert caught.value.retryable is (value != "safety")
    assert len(events.of(Retrying)) == (0 if value == "safety" else 2)
    assert make(environ={fake.FAIL_ENV: value}, fail="").fail is None  # the argument wins


def test_first_attempts_only(photo: PreparedPhoto) -> None:
    events = Events()
    result = edit(make(fail="server:1"), photo, events)
    assert len(result.images) == 1 and [r.attempt for r in events.of(Retrying)] == [1]
    with pytest.raises(ProviderError):
        edit(make(fail="safety:1"), photo)


def test_check_fails_as_a_key_check_would() -> None:
    assert make().check().endswith(".")
    with pytest.raises(ProviderError) as caught:
        make(fail="auth").check()
    assert caught.value.kind == ErrorKind.AUTH
    assert make(fail="safety").check()  # a refused photo says nothing about the key


@pytest.mark.parametrize(
    "settings",
    [{"fail": "nonsense"}, {"fail": "cancelled"}, {"fail": "rate_limit:x"}, {"latency": -1},
     {"environ": {fake.LATENCY_ENV: "nan"}}, {"environ": {fake.LATENCY_ENV: "soon"}}],
)  # fmt: skip
def test_bad_settings_are_refused(settings: dict[str, object]) -> None:
    with pytest.raises(ConfigError):
        make(**settings)


def test_bad_requests_are_refused(photo: PreparedPhoto) -> None:
    with pytest.raises(TypeError):
        make(latncy=1)
    with pytest.raises(ConfigError, match="look"):
        edit(make(), photo, options={"look": "sepia"})
    with pytest.raises(ProviderError) as caught:
        edit(make(), photo, model="gpt-image-2")
    assert caught.value.kind == ErrorKind.NOT_FOUND
    broken = PreparedPhoto(b"not an image", "image/png", 10, 10, "x.png", "0" * 64)
    with pytest.raises(ProviderError) as caught:
        edit(make(), broken)
    assert caught.value.kind == ErrorKind.BAD_REQUEST
