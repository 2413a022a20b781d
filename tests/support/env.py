"""What the test environment must provide; CI sets these so nothing is silently skipped."""

from __future__ import annotations

import os

import pytest


def require_or_skip(flag: str, reason: str) -> None:
    """Fail when ``flag`` is set to 1 (the suite's own script sets it), otherwise skip."""
    if os.environ.get(flag) == "1":
        pytest.fail(f"{reason} (required because {flag}=1)")
    pytest.skip(reason)
