"""The thread probe can fail: the app's own code, run on the main thread, is caught for each kind of blocking call.

Each check calls the real module that does the work (the library, atomic writes, intake, the key store, the
HTTPS client, the preview decoder) straight from the test, on the main thread, as a window slot would.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import keyring.backends.fail
import keyring.backends.null
import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.intake import prepare_photo
from headshot_desktop.library import Library
from headshot_desktop.system.atomic import atomic_write_text
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.ui.previews import load_preview
from tests.support.thread_probe import ThreadProbe
from tests.unit.intake import corpus


@pytest.fixture
def probe() -> ThreadProbe:
    return ThreadProbe()


def kinds(probe: ThreadProbe) -> set[str]:
    return {call.kind for call in probe.distinct()}


def culprits(probe: ThreadProbe) -> str:
    return "\n".join(frame for call in probe.distinct() for frame in call.stack)


def test_a_library_query_on_the_main_thread_is_caught(probe: ThreadProbe, tmp_path: Path) -> None:
    with probe.watching():
        Library.open(tmp_path / "library", scan=False).close()
    assert "sqlite" in kinds(probe)
    assert any(call.detail.startswith("open ") for call in probe.distinct() if call.kind == "sqlite")
    assert "headshot_desktop/library/store.py" in culprits(probe)


def test_a_file_write_and_its_fsync_are_caught(probe: ThreadProbe, tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    with probe.watching():
        atomic_write_text(target, "{}")
    assert {"file write", "fsync"} <= kinds(probe)
    details = " ".join(call.detail for call in probe.distinct())
    assert f"rename {tmp_path}" in details  # the temporary file renamed over the target
    assert "headshot_desktop/system/atomic.py" in culprits(probe)
    with pytest.raises(AssertionError, match=r"fsync: descriptor \d+ \[headshot_desktop/system/atomic\.py:\d+ in"):
        probe.assert_quiet()  # the failure names the call and the app's line that made it


def test_a_pillow_decode_and_a_qt_decode_are_caught(probe: ThreadProbe, tmp_path: Path) -> None:
    selfie = corpus.write(tmp_path, "selfie.jpg", corpus.jpeg_full_of_metadata(corpus.photo((600, 800))))
    with probe.watching():
        prepare_photo(selfie)
        load_preview(selfie)
    assert {"Pillow decode", "Pillow encode", "Qt image decode"} <= kinds(probe)
    assert "headshot_desktop/intake/" in culprits(probe)
    assert "headshot_desktop/ui/previews.py" in culprits(probe)


@pytest.mark.parametrize("backend", [None, keyring.backends.null.Keyring()], ids=["the system's", "a null one"])
def test_a_keyring_call_is_caught_whichever_the_keyring(probe: ThreadProbe, backend) -> None:
    store = SecretStore(environ={}, backend=backend)
    with probe.watching():
        store.keyring_available()
    assert "keyring" in kinds(probe), probe.report()
    assert "headshot_desktop/system/secrets.py" in culprits(probe) and "keyring_available" in culprits(probe)


def test_a_socket_connect_is_caught(probe: ThreadProbe, api_server, context_for) -> None:
    provider = context_for(api_server).make_provider()
    with probe.watching():
        try:
            provider.check(CancelToken())
        finally:
            provider.close()
    connects = [call for call in probe.distinct() if call.kind == "socket"]
    assert any(call.detail.startswith("connect") for call in connects), probe.report()
    assert "headshot_desktop/providers/" in culprits(probe)


def on_a_worker(work: Callable[[], object]) -> None:
    failed: list[BaseException] = []

    def run() -> None:
        try:
            work()
        except BaseException as err:  # handed to the test's thread
            failed.append(err)

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=60)
    assert not failed, failed


def test_the_same_calls_on_a_worker_are_not_the_windows(probe: ThreadProbe, tmp_path: Path) -> None:
    with probe.watching():
        on_a_worker(lambda: Library.open(tmp_path / "library", scan=False).close())
        on_a_worker(lambda: atomic_write_text(tmp_path / "a.json", "{}"))
        on_a_worker(lambda: SecretStore(environ={}, backend=keyring.backends.fail.Keyring()).keyring_available())
    probe.assert_quiet()


def test_the_tests_own_calls_and_an_inactive_probe_record_nothing(probe: ThreadProbe, tmp_path: Path) -> None:
    with probe.watching():
        (tmp_path / "written by the test.txt").write_text("not the app's")  # no app frame on the stack
    atomic_write_text(tmp_path / "after.json", "{}")  # the probe is off
    with probe.watching(), probe.paused():
        atomic_write_text(tmp_path / "paused.json", "{}")
    probe.assert_quiet()


def test_the_wrappers_go_when_the_probe_stops(probe: ThreadProbe) -> None:
    import os

    from PIL import Image

    before = (os.fsync, Image.open, Image.Image.load, keyring.backends.fail.Keyring.get_password)
    with probe.watching():
        assert os.fsync is not before[0]
    assert (os.fsync, Image.open, Image.Image.load, keyring.backends.fail.Keyring.get_password) == before
