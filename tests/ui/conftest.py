"""The window's tests choose their provider themselves: a developer's own variables must not leak in.

They speak English as the app does for an English system: its plural forms loaded ("1 photo", "2 photos"),
numbers, money and dates written the US way whatever this machine's locale is.
"""

from __future__ import annotations

import pytest

from headshot_desktop.providers.registry import DEVELOPER_ENV, PROVIDER_ENV
from tests.support.translations import ensure_built


@pytest.fixture(autouse=True, scope="session")
def english(qapp) -> None:
    from headshot_desktop.ui import languages

    ensure_built()
    languages.install(qapp, "en")


@pytest.fixture(autouse=True)
def no_provider_choice_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in (PROVIDER_ENV, DEVELOPER_ENV, "HEADSHOT_DESKTOP_FAKE_LATENCY", "HEADSHOT_DESKTOP_FAKE_FAIL"):
        monkeypatch.delenv(var, raising=False)
