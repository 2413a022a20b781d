from __future__ import annotations

import io
import json
import os
import uuid
import zipfile
from datetime import datetime
from pathlib import Path

import filelock
import keyring
import keyring.backends.fail
import pytest
from PIL import Image

from headshot_desktop.errors import ConfigError, StorageError
from headshot_desktop.library import Library, ThumbnailCache, delete_all, export_all
from headshot_desktop.library.layout import LOCK_NAME
from headshot_desktop.system.logging import setup_logging, shutdown_logging
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.secrets import SecretStore
from headshot_desktop.system.settings import Settings, SettingsStore
from tests.support.env import require_or_skip
from tests.unit.library.helpers import add, image_bytes, prepared


def _fill(library: Library) -> tuple:
    original = library.import_original(prepared(name="me.jpg", seed=1))
    headshots = [add(library, original.id, seed=i, n=i, style_name="Warm studio") for i in (1, 2)]
    return original, headshots


def test_export_all_is_readable_without_the_app(library: Library, tmp_path: Path) -> None:
    original, headshots = _fill(library)
    (library.headshots_dir / "added by hand.png").write_bytes(image_bytes(seed=50))
    report = export_all(library, tmp_path / "my data.zip")
    assert (report.originals, report.headshots) == (1, 3)
    with zipfile.ZipFile(tmp_path / "my data.zip") as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        metadata = json.loads(archive.read("metadata.json"))
        assert "Originals/" in archive.read("README.txt").decode()
        for record in metadata["originals"] + metadata["headshots"]:
            assert record["file"] in names and not record["file"].startswith("/")
            datetime.fromisoformat(record["created"])
        by_id = {r["id"]: r for r in metadata["headshots"]}
        first = by_id[headshots[0].id]
        assert first["original_file"] == metadata["originals"][0]["file"]
        assert first["style_name"] == "Warm studio" and first["prompt"] and first["cost_usd"] == 0.063
        assert first["provider"] == "openai" and first["model"] and first["size"] == "1024x1536"
        assert archive.read(first["file"]) == headshots[0].path.read_bytes()
        with Image.open(io.BytesIO(archive.read(metadata["originals"][0]["file"]))) as image:
            image.load()
        datetime.fromisoformat(metadata["exported_at"])
    with pytest.raises(FileExistsError):
        export_all(library, tmp_path / "my data.zip")
    assert [p.name for p in tmp_path.iterdir()] == ["my data.zip"]


def test_delete_all_refuses_without_confirmation(paths: AppPaths, library: Library) -> None:
    add(library)
    library.close()
    with pytest.raises(ConfigError, match="Nothing was deleted"):
        delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()))
    assert len(list(library.headshots_dir.iterdir())) == 1


def test_delete_all_while_the_library_is_open_elsewhere(paths: AppPaths, library: Library) -> None:
    headshot = add(library)
    SettingsStore(paths.settings_file).save(Settings())
    other_instance = filelock.FileLock(paths.library_dir / LOCK_NAME)
    with other_instance, pytest.raises(StorageError) as info:
        delete_all(
            paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True, lock_timeout=0.2
        )
    assert "Nothing was deleted" in info.value.user_text()
    assert headshot.path.is_file() and paths.settings_file.is_file()
    assert len(library.list_headshots()) == 1


def _use_everything(paths: AppPaths, library: Library) -> None:
    """Make every kind of file the app leaves: library, thumbnails, logs, settings, state."""
    _, headshots = _fill(library)
    (library.headshots_dir / "Favourites").mkdir()
    os.rename(headshots[1].path, library.headshots_dir / "Favourites" / "best.png")
    library.scan()
    thumbs = ThumbnailCache(paths.thumbnails_dir)
    thumbs.get(headshots[0].path, 64)
    SettingsStore(paths.settings_file).save(Settings(theme="dark"))
    setup_logging(paths.log_dir)
    import logging

    logging.getLogger("headshot_desktop.test").warning("something happened")
    (paths.log_dir / "headshot-desktop.log.1").write_text("older\n")
    paths.state_dir.mkdir(parents=True, exist_ok=True)
    (paths.state_dir / "spend.jsonl").write_text('{"usd": 0.1}\n')
    library.close()


def test_delete_all_leaves_nothing_of_ours(home: Path, paths: AppPaths, library: Library) -> None:
    _use_everything(paths, library)
    mine = paths.library_dir / "my notes.txt"
    mine.write_text("the person's own file")
    secrets = SecretStore(environ={}, backend=keyring.backends.fail.Keyring())
    secrets.set("sk-test-session-key-123", "openai", session_only=True)
    try:
        report = delete_all(paths, secrets, confirm=True, providers={"openai": "OpenAI"})
    finally:
        shutdown_logging()

    assert (report.originals, report.headshots) == (1, 2)
    assert report.index_files >= 1 and report.thumbnails == 1 and report.log_files == 2
    assert report.other_files >= 2  # settings.json, spend.jsonl
    # A key kept for the session only is forgotten, but it was never in the keyring: not reported as removed.
    assert not report.key_removed and report.left_behind == [mine] and report.complete
    assert secrets.get("openai")[0] is None
    assert "my notes.txt" in report.summary()
    remaining = [p for p in home.rglob("*")]
    files = [p for p in remaining if p.is_file()]
    assert files == [mine]
    assert not [p for p in remaining if "headshot" in p.name.lower() and p != paths.library_dir]
    assert paths.library_dir.is_dir() and sorted(paths.library_dir.iterdir()) == [mine]
    for folder in paths.app_owned_dirs():
        assert not folder.exists()


def test_delete_all_removes_an_emptied_library_folder(paths: AppPaths, library: Library) -> None:
    _fill(library)
    library.close()
    report = delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True,
                        providers={"openai": "OpenAI"})  # fmt: skip
    assert not paths.library_dir.exists() and paths.library_dir in report.folders_removed
    assert not report.key_removed and "keyring" in report.keyring_problem.lower()


def test_delete_all_with_nothing_there(paths: AppPaths) -> None:
    report = delete_all(paths, SecretStore(environ={}, backend=keyring.backends.fail.Keyring()), confirm=True)
    assert report.complete and (report.originals, report.headshots) == (0, 0)


@pytest.mark.keyring
def test_delete_all_removes_the_key_from_the_real_keyring(paths: AppPaths, library: Library) -> None:
    backend = keyring.get_keyring()
    if "SecretService" not in type(backend).__module__:
        require_or_skip("HEADSHOT_REQUIRE_KEYRING", f"no Secret Service keyring here ({type(backend).__module__})")
    secrets = SecretStore(environ={}, service=f"headshot-desktop-test-{uuid.uuid4().hex}")
    secrets.set("sk-test-real-keyring-key", "openai")
    assert secrets.get("openai")[0] == "sk-test-real-keyring-key"
    _fill(library)
    library.close()
    try:
        report = delete_all(paths, secrets, confirm=True, providers={"openai": "OpenAI"})
    finally:
        secrets.delete("openai")
    assert report.key_removed and not report.keyring_problem
    assert SecretStore(environ={}, service=secrets._service).get("openai")[0] is None
