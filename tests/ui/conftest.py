"""The window's tests choose their provider themselves: a developer's own variables must not leak in."""

from __future__ import annotations

import pytest

from headshot_desktop.providers.registry import DEVELOPER_ENV, PROVIDER_ENV


@pytest.fixture(autouse=True)
def no_provider_choice_from_outside(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in (PROVIDER_ENV, DEVELOPER_ENV, "HEADSHOT_DESKTOP_FAKE_LATENCY", "HEADSHOT_DESKTOP_FAKE_FAIL"):
        monkeypatch.delenv(var, raising=False)
