"""The contract every image provider keeps: a test class each provider's tests subclass.

The hooks a subclass supplies are described in ``hooks.py``. What is checked: the registry line
is light; the info, capabilities and estimates are well formed; a success gives previews (where
offered) and then exactly one image; each error kind is mapped with a sentence and the right
retryable flag; only retryable failures are retried; a cancel is prompt and leaves nothing; no
metadata leaves with the photo; the key never reaches the log.
"""

from __future__ import annotations

import io
import logging
import re
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.core.generation import DETAIL_LEVELS, MAX_PREVIEWS, SHAPES, CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.core.pricing import CostEstimate
from headshot_desktop.core.progress import ImageReady, PartialImage, ProgressEvent, Retrying
from headshot_desktop.core.results import ModelInfo
from headshot_desktop.errors import CancelledError, ErrorKind, ProviderError
from headshot_desktop.intake import prepare_photo
from headshot_desktop.providers import registry
from headshot_desktop.providers.base import Capabilities, Provider
from headshot_desktop.system.logging import setup_logging, shutdown_logging
from tests.providers.hooks import GPS_IFD, PRIVATE_NAME, Events, ProviderHooks, decoded_size
from tests.unit.intake import corpus
from tests.unit.intake.rawscan import assert_pixels_only


class ProviderContract(ProviderHooks):
    # -- who it is and what it can do ---------------------------------------------------
    def test_registry_line_is_light(self) -> None:
        package = registry.PROVIDERS[self.provider_id]
        code = (f"import importlib, sys; m = importlib.import_module({package!r}); "
                "assert all(callable(getattr(m, n)) for n in ('capabilities', 'estimate', 'create')); m.INFO; "
                f"print(' '.join(x for x in {self.heavy_modules!r} if x in sys.modules))")  # fmt: skip
        done = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert done.stdout.split() == [], "importing the package loads network or image code"

    def test_info_is_well_formed(self, provider: Provider) -> None:
        assert isinstance(provider, Provider)
        info = provider.info
        expected = registry.info(self.provider_id)
        if expected.server is None:
            assert info.id == self.provider_id and info is expected
        else:  # a provider on the person's own server names the server it was made for
            assert info.id == self.provider_id and info.server == expected.server and info.hosts
        assert info.title.strip() and info.privacy.strip()
        assert not info.photos_leave_computer or info.hosts, "say where the photos go"
        if info.base_url_env:
            assert re.fullmatch(r"[A-Z][A-Z0-9_]*", info.base_url_env)
        if info.developer_only:
            assert self.provider_id not in registry.ids()
        if info.key is None:
            assert self.key() is None
            return
        assert info.key.env_vars and all(re.fullmatch(r"[A-Z][A-Z0-9_]*", v) for v in info.key.env_vars)
        assert info.key.placeholder.strip() and info.key.get_key_url.startswith("https://")
        key = self.key()
        assert key and any(re.search(p, key) for p in info.key.patterns), "the log redactor must know its keys"

    def test_capabilities_are_well_formed(self, provider: Provider) -> None:
        package = registry.module(self.provider_id)
        for caps in (provider.capabilities(), package.capabilities(""), provider.capabilities("")):
            assert isinstance(caps, Capabilities)
            assert set(SHAPES) <= set(caps.shapes) and all(str(v).strip() for v in caps.shapes.values())
            assert caps.detail_levels and set(caps.detail_levels) <= set(DETAIL_LEVELS)
            assert caps.images_per_request >= 1 and caps.max_concurrency >= 1 and caps.max_reference_photos >= 0
            assert caps.max_upload_side >= 256 and caps.max_upload_bytes > 0
            assert not caps.streams_previews or 1 <= caps.max_previews <= MAX_PREVIEWS
            assert len({o.id for o in caps.options}) == len(caps.options)
            for option in caps.options:
                assert option.label.strip() and len(set(option.choices)) == len(option.choices) >= 1
                assert option.default in option.choices, option.id
                assert caps.option(option.id) is option

    def test_estimate_returns_a_cost_estimate(self, provider: Provider) -> None:
        package = registry.module(self.provider_id)
        for shape in SHAPES:
            for detail in provider.capabilities().detail_levels:
                request = self.request(shape=shape, detail=detail)
                for found in (provider.estimate(request, (480, 640)), package.estimate(request, None)):
                    assert isinstance(found, CostEstimate)
                    assert found.total_usd is None or found.total_usd >= 0
                    assert found.describe()

    def test_models_and_check(self, provider: Provider) -> None:
        models = provider.models()
        assert models and all(isinstance(m, ModelInfo) for m in models)
        model = provider.resolve_model("")
        assert model in [m.id for m in models]
        assert provider.resolve_model(model) == model
        warning = provider.model_warning(model)
        assert warning is None or warning.strip()
        sentence = provider.check()
        assert isinstance(sentence, str) and sentence.strip()

    # -- making a headshot -------------------------------------------------------------
    def test_success_with_previews(self, provider: Provider, photo: PreparedPhoto) -> None:
        previews = self.previews(provider)
        self.script_success(previews)
        events = Events()
        result = self.generate(provider, photo, events, previews=previews)
        self.assert_one_image(result, events)
        partials = events.of(PartialImage)
        if provider.capabilities().streams_previews:
            assert 1 <= len(partials) <= previews
            kinds = [type(e) for e in events.seen if isinstance(e, PartialImage | ImageReady)]
            assert kinds == [PartialImage] * len(partials) + [ImageReady], "previews, then the image"
        assert all(p.index == 0 for p in partials)
        for partial in partials:
            decoded_size(partial.data)
        assert self.requests_made() == 1

    @pytest.mark.parametrize("shape", SHAPES)
    def test_each_shape_without_previews(self, provider: Provider, photo: PreparedPhoto, shape: str) -> None:
        self.script_success(0)
        events = Events()
        self.assert_one_image(self.generate(provider, photo, events, previews=0, shape=shape), events, shape)
        assert events.of(PartialImage) == []

    def test_variants_run_at_once(self, provider: Provider, photo: PreparedPhoto) -> None:
        count = min(3, provider.capabilities().max_concurrency)
        for _ in range(count):
            self.script_success(self.previews(provider))
        logs = [Events() for _ in range(count)]
        with ThreadPoolExecutor(count) as pool:
            results = list(pool.map(lambda v: self.generate(provider, photo, logs[v], variant=v), range(count)))
        for result, events in zip(results, logs, strict=True):
            self.assert_one_image(result, events)
            assert all(p.index == 0 for p in events.of(PartialImage))
        assert self.requests_made() == count

    # -- failures ----------------------------------------------------------------------
    def test_error_kind_is_mapped(self, provider: Provider, photo: PreparedPhoto, error_kind: ErrorKind) -> None:
        self.script_error(error_kind)
        events = Events()
        with pytest.raises(ProviderError) as caught:
            self.generate(provider, photo, events)
        error = caught.value
        assert error.kind == error_kind
        assert len(error.message.strip()) >= 10 and "Traceback" not in error.message
        assert error.user_text().startswith(error.message)
        assert error.retryable is (error_kind in self.retryable_kinds)
        assert events.of(ImageReady) == []
        retries = events.of(Retrying)
        assert self.requests_made() == 1 + len(retries) <= 10, "every retry is announced, and they stop"
        assert all(r.reason.strip() and r.delay >= 0 for r in retries)
        if not error.retryable or not self.retries_retryable:
            assert retries == []

    def test_retries_only_what_is_retryable(self, provider: Provider, photo: PreparedPhoto,
                                            error_kind: ErrorKind) -> None:  # fmt: skip
        self.script_error(error_kind, times=1)
        events = Events()
        if error_kind in self.retryable_kinds and self.retries_retryable:
            self.assert_one_image(self.generate(provider, photo, events), events)
            assert [r.attempt for r in events.of(Retrying)] == [1]
            assert self.requests_made() == 2
            return
        with pytest.raises(ProviderError) as caught:
            self.generate(provider, photo, events)
        assert caught.value.kind == error_kind
        assert events.of(Retrying) == [] and events.of(ImageReady) == []
        assert self.requests_made() == 1

    def test_cancel_mid_request(self, provider: Provider, photo: PreparedPhoto) -> None:
        self.script_stall()
        token = CancelToken()
        asked: list[float] = []

        def cancel_soon() -> None:
            asked.append(time.monotonic())
            token.cancel()

        timers = [threading.Timer(0.5, cancel_soon)]  # from another thread, as the window's Cancel button

        def on_preview(event: ProgressEvent) -> None:
            if isinstance(event, PartialImage) and not timers[1:]:
                timers.append(threading.Timer(0.05, cancel_soon))
                timers[-1].start()

        events = Events(on_preview)
        timers[0].start()
        try:
            with pytest.raises(CancelledError):
                self.generate(provider, photo, events, cancel=token)
            took = time.monotonic() - asked[0]
        finally:
            for timer in timers:
                timer.cancel()
        assert took < self.cancel_within
        assert events.of(ImageReady) == [] and events.of(Retrying) == []
        assert self.requests_made() == 1, "a cancel is never retried"
        self.script_success(self.previews(provider))  # and the provider still works afterwards
        events = Events()
        self.assert_one_image(self.generate(provider, photo, events), events)

    def test_cancelled_before_start_sends_nothing(self, provider: Provider, photo: PreparedPhoto) -> None:
        token = CancelToken()
        token.cancel()
        with pytest.raises(CancelledError):
            self.generate(provider, photo, cancel=token)
        assert self.requests_made() == 0

    # -- privacy -----------------------------------------------------------------------
    def test_no_metadata_in_what_is_sent(self, provider: Provider, tmp_path: Path) -> None:
        original = corpus.jpeg_full_of_metadata(corpus.photo((480, 640)))
        with Image.open(io.BytesIO(original)) as planted:
            assert planted.getexif().get_ifd(GPS_IFD), "the test photo carries a location"
        path = corpus.write(tmp_path, PRIVATE_NAME + ".jpg", original)
        photo = prepare_photo(path, max_side=provider.capabilities().max_upload_side)
        self.script_success(self.previews(provider))
        events = Events()
        self.assert_one_image(self.generate(provider, photo, events), events)
        sent = self.what_was_sent()
        assert sent, "the hook saw no photo"
        for data in sent:
            assert_pixels_only(data)
            with Image.open(io.BytesIO(data)) as image:
                assert not image.getexif().get_ifd(GPS_IFD)
        text = self.text_sent()
        for secret in (*corpus.SECRETS, PRIVATE_NAME):
            assert secret not in text, f"{secret!r} was sent"

    def test_key_never_in_the_log(self, provider: Provider, photo: PreparedPhoto, tmp_path: Path) -> None:
        root = logging.getLogger()
        level = root.level
        log_file = setup_logging(tmp_path / "logs", level=logging.DEBUG)
        app_log = logging.getLogger("headshot_desktop.contract")
        try:
            self.script_success(self.previews(provider))
            self.generate(provider, photo)
            for kind in (ErrorKind.AUTH, ErrorKind.RATE_LIMIT):
                if kind in self.error_kinds:
                    self.script_error(kind)
                    try:
                        self.generate(provider, photo)
                    except ProviderError as error:  # logged as the app logs a failed run
                        app_log.warning("run failed: %s [%s] %r", error.user_text(), error.detail, error,
                                        exc_info=True)  # fmt: skip
            for handler in root.handlers:
                handler.flush()
            text = log_file.read_text(encoding="utf-8")
        finally:
            shutdown_logging()
            root.setLevel(level)
        assert text.strip(), "nothing was logged"
        key = self.key()
        if key is not None:
            assert key not in text and key[-12:] not in text
