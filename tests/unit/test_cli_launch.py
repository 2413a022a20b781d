"""A launcher's start (no options, or only --startup-check) skips argparse: it must read as the parser would (#15)."""

from __future__ import annotations

import pytest

from headshot_desktop.cli import _launched, build_parser


@pytest.mark.parametrize("argv", [[], ["--startup-check"]])
def test_a_launch_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    launched = _launched(argv)
    assert launched is not None
    parsed = vars(build_parser(commands=False).parse_args(argv))
    assert vars(launched) == {name: parsed[name] for name in vars(launched)}
    assert set(parsed) - set(vars(launched)) == {"command_names"}  # only the parser's own bookkeeping is left out


@pytest.mark.parametrize("argv", [["--library", "x"], ["--startup-check", "--provider", "fake"], ["styles"], ["-h"]])
def test_anything_else_goes_to_the_parser(argv: list[str]) -> None:
    assert _launched(argv) is None
