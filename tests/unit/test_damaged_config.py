"""A damaged settings or styles file never stops the app (issue 13, item 8).

Each damaged file is one a person or a crash could really leave behind: bytes that are not UTF-8
(an editor with another encoding), nesting deeper than the JSON parser's recursion limit, a
``null`` in the list of styles, an object where the list should be, and a damaged file in a config
folder that cannot be written (a read-only bind mount: root ignores file modes), so it cannot be set aside.

For every case: the context builds and uses the defaults, ``headshot-desktop styles`` lists the
built-in styles, and a notice names the damaged file: in ``AppContext.notices`` for the window,
on stderr for the command line.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from headshot_desktop.app import build_context
from headshot_desktop.core.styles import USER_STYLES_FILE, load_builtin_styles
from headshot_desktop.system.settings import Settings
from tests.support import mounts

SETTINGS_FILE = "settings.json"
DEEP = 100_000  # far past Python's recursion limit (1000) and the JSON scanner's


@dataclass(frozen=True)
class Case:
    id: str
    file: str
    content: bytes
    read_only: bool = False  # the config folder is mounted read-only: the file cannot be set aside


CASES = [
    Case("settings-not-utf8", SETTINGS_FILE, b'{"theme": "dark", "last_export_dir": "/media/caf\xe9 photos"}'),
    Case("settings-deeply-nested", SETTINGS_FILE, b"[" * DEEP),
    Case("settings-deeply-nested-balanced", SETTINGS_FILE, b'{"extra": ' + b"[" * DEEP + b"]" * DEEP + b"}"),
    Case("styles-null-entry", USER_STYLES_FILE, b'{"version": 1, "styles": [null]}'),
    Case(
        "styles-object-not-list",
        USER_STYLES_FILE,
        b'{"version": 1, "styles": {"my-navy": {"id": "my-navy", "name": "Navy", "prompt": "A navy suit."}}}',
    ),
    Case("styles-empty-object", USER_STYLES_FILE, b'{"version": 1, "styles": {}}'),
    Case(
        "styles-not-utf8",
        USER_STYLES_FILE,
        b'{"version": 1, "styles": [{"id": "my-caf\xe9", "name": "Caf\xe9", "prompt": "A caf\xe9 terrace."}]}',
    ),
    Case("styles-deeply-nested", USER_STYLES_FILE, b'{"version": 1, "styles": ' + b"[" * DEEP + b"]" * DEEP + b"}"),
    Case("read-only-folder-settings", SETTINGS_FILE, b"{not json", read_only=True),
    Case("read-only-folder-styles", USER_STYLES_FILE, b'{"version": 1, "styles": [', read_only=True),
]


@pytest.fixture(params=CASES, ids=[c.id for c in CASES])
def damaged(request: pytest.FixtureRequest, home: Path) -> Iterator[tuple[Case, Path]]:
    """The damaged file in place in the config folder (made read-only for the read-only cases)."""
    case: Case = request.param
    config_dir = home / ".config" / "headshot-desktop"
    config_dir.mkdir(parents=True, exist_ok=True)
    path = config_dir / case.file
    path.write_bytes(case.content)
    if not case.read_only:
        yield case, path
        return
    with mounts.read_only_bind(config_dir):
        yield case, path


def _builtin_ids() -> list[str]:
    return [s.id for s in load_builtin_styles()]


def _about(texts: list[str] | str, path: Path) -> list[str]:
    lines = texts.splitlines() if isinstance(texts, str) else list(texts)
    return [t for t in lines if path.name in t]


def test_the_context_starts_with_the_defaults(damaged: tuple[Case, Path]) -> None:
    case, path = damaged
    context = build_context(environ={}, log_to_file=False)
    try:
        assert context.settings == Settings()
        assert [s.id for s in context.styles.all()] == _builtin_ids()
    finally:
        context.close()


def test_a_notice_names_the_damaged_file(damaged: tuple[Case, Path]) -> None:
    case, path = damaged
    context = build_context(environ={}, log_to_file=False)
    try:
        context.styles.all()  # the person's styles are read when first needed
        notices = _about(context.notices, path)
        assert notices, f"no notice names {path.name}: {context.notices}"
        if case.read_only:
            assert any("ignor" in n.lower() for n in notices), notices
    finally:
        context.close()


def test_the_styles_command_lists_the_builtin_styles(damaged: tuple[Case, Path]) -> None:
    case, path = damaged
    done = subprocess.run(
        [sys.executable, "-m", "headshot_desktop", "styles"],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr, done.stderr[-3000:]
    listed = [line.split()[0] for line in done.stdout.splitlines() if line.strip()]
    assert listed == _builtin_ids(), done.stdout
    said = _about(done.stderr, path)
    assert said, f"stderr does not name {path.name}: {done.stderr!r}"
    if case.read_only:
        assert any("ignor" in line.lower() for line in said), done.stderr
