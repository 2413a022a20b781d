"""Which library folder the app opens, and when a missing one is created or reported."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from headshot_desktop.app import build_context
from headshot_desktop.errors import ErrorKind
from headshot_desktop.library import LibraryMissingError
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import SettingsStore


def save_library_setting(folder: Path) -> None:
    store = SettingsStore(AppPaths.from_platform().settings_file)
    settings = store.load()
    settings.library_dir = str(folder)
    store.save(settings)


def test_the_default_folder_is_created_on_first_use(home: Path) -> None:
    context = build_context(environ={}, log_to_file=False)
    assert not context.paths.library_dir.exists()
    context.library()
    assert (context.paths.library_dir / "Originals").is_dir()
    context.close()


def test_a_saved_folder_that_is_gone_is_reported_not_recreated(home: Path, tmp_path: Path) -> None:
    gone = tmp_path / "USB stick" / "Headshots"
    save_library_setting(gone)
    context = build_context(environ={}, log_to_file=False)
    with pytest.raises(LibraryMissingError) as caught:
        context.library()
    assert str(gone) in caught.value.message
    assert caught.value.kind is ErrorKind.CONFIG and "connect" in caught.value.hint
    assert not gone.exists() and not gone.parent.exists()


def test_the_saved_folder_opens_once_it_is_back(home: Path, tmp_path: Path) -> None:
    folder = tmp_path / "USB stick" / "Headshots"
    save_library_setting(folder)
    context = build_context(environ={}, log_to_file=False)
    with pytest.raises(LibraryMissingError):
        context.library()
    folder.mkdir(parents=True)  # the drive is connected again
    assert context.library().root == folder
    context.close()


@pytest.mark.parametrize("how", ["argument", "environment"])
def test_a_folder_named_explicitly_is_created(home: Path, tmp_path: Path, how: str) -> None:
    save_library_setting(tmp_path / "elsewhere")
    wanted = tmp_path / "new library"
    if how == "argument":
        context = build_context(library_dir=wanted, environ={}, log_to_file=False)
    else:
        context = build_context(environ={"HEADSHOT_DESKTOP_LIBRARY": str(wanted)}, log_to_file=False)
    assert context.library().root == wanted and wanted.is_dir()
    context.close()


def test_switching_to_a_new_folder_creates_it(home: Path, tmp_path: Path) -> None:
    save_library_setting(tmp_path / "gone")
    context = build_context(environ={}, log_to_file=False)
    chosen = tmp_path / "chosen just now"
    context.switch_library(chosen)
    assert context.library().root == chosen and (chosen / "Headshots").is_dir()
    context.close()


def test_threads_asking_at_once_share_one_library(home: Path) -> None:
    context = build_context(environ={}, log_to_file=False)
    start = threading.Barrier(6)
    opened: list[object] = []

    def ask() -> None:
        start.wait()
        opened.append(context.library())

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(opened) == 6 and all(library is opened[0] for library in opened)
    context.close()
