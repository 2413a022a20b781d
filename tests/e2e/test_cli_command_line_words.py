"""The command line speaks its own terms: it names flags, variables and commands, never a Settings window,
and it checks every option before it prices or sends anything."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import Settings, SettingsStore
from tests.e2e.test_cli import cli
from tests.support.fixtures import selfie as selfie  # fixtures by name
from tests.support.openai_server import Reply

WINDOW_WORDS = ("Settings", "this session")


def _no_window_words(stderr: str) -> None:
    assert not any(w in stderr for w in WINDOW_WORDS), stderr
    assert "Traceback" not in stderr, stderr


def test_no_key_names_the_command_and_the_variable(api_server, selfie: Path) -> None:
    out = cli("generate", str(selfie), "--style", "legal", env={**api_server.environ(), "OPENAI_API_KEY": ""})
    assert out.returncode == 1
    _no_window_words(out.stderr)
    assert "`headshot-desktop key set`" in out.stderr and "OPENAI_API_KEY" in out.stderr


def test_key_set_without_a_keyring_names_the_variable() -> None:
    out = subprocess.run([sys.executable, "-m", "headshot_desktop", "key", "set"], input="sk-test-1234567\n",
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"})  # fmt: skip
    assert out.returncode == 1
    _no_window_words(out.stderr)
    assert "OPENAI_API_KEY" in out.stderr and "Nothing was stored" in out.stderr


def test_a_model_the_server_does_not_offer_names_the_model_flag(api_server, selfie: Path) -> None:
    api_server.script(Reply.error(404, "model_not_found", "The model does not exist."))
    out = cli("generate", str(selfie), "--style", "legal", "--variants", "1", env=api_server.environ())
    assert out.returncode == 1
    _no_window_words(out.stderr)
    assert "--model" in out.stderr


def test_a_missing_library_names_the_library_flag(home: Path, tmp_path: Path) -> None:
    paths = AppPaths.from_platform()
    SettingsStore(paths.settings_file).save(Settings(library_dir=str(tmp_path / "unplugged drive" / "Headshots")))
    out = cli("library", "list")
    assert out.returncode != 0
    _no_window_words(out.stderr)
    assert "--library" in out.stderr


@pytest.mark.parametrize(
    ("options", "named"),
    [
        (["--export", "OUT", "--export-quality", "500"], "--export-quality"),
        (["--export", "A_FILE"], "--export"),
        (["--keep", "no-such-feature"], "no-such-feature"),
        (["--provider", "openai", "--provider", "openai:gpt-image-1", "--keep", "no-such-feature"], "no-such-feature"),
    ],
    ids=["export-quality", "export-to-a-file", "keep", "compare-keep"],
)
def test_every_option_is_checked_before_the_price_is_shown(
    api_server, selfie: Path, tmp_path: Path, options: list[str], named: str
) -> None:
    a_file = tmp_path / "a file.txt"
    a_file.write_text("not a folder")
    options = [{"OUT": str(tmp_path / "out"), "A_FILE": str(a_file)}.get(o, o) for o in options]
    out = cli("generate", str(selfie), "--style", "legal", "--variants", "1", *options, env=api_server.environ())
    assert out.returncode == 2, out.stderr
    assert named in out.stderr
    assert "cost" not in out.stderr.lower(), f"priced before refusing:\n{out.stderr}"
    assert api_server.requests_to("images/edits") == []
    _no_window_words(out.stderr)


def test_a_paid_run_then_exports_what_was_asked(api_server, selfie: Path, tmp_path: Path) -> None:
    out = cli("generate", str(selfie), "--style", "legal", "--variants", "1", "--export", str(tmp_path / "out"),
              "--export-quality", "80", "--format", "jpeg", "--json", env=api_server.environ())  # fmt: skip
    assert out.returncode == 0, out.stderr
    (run,) = json.loads(out.stdout)
    assert Path(run["headshots"][0]["exported"]).parent == tmp_path / "out"
