"""No command-line message sends the person to a Settings window or a "session" they do not have."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import headshot_desktop
from headshot_desktop.commands.wording import for_command_line

SOURCE = Path(headshot_desktop.__file__).parent
# Only the window reads these: the command line keeps no key for a session.
WINDOW_ONLY = {"for this session only (forgotten when the app closes)"}


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(body, list)
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            found.add(id(body[0].value))
    return found


def _window_words_below_the_window() -> list[tuple[str, str]]:
    """Every string outside ``ui/`` (docstrings aside) that names Settings or this session."""
    found = []
    for path in sorted(SOURCE.rglob("*.py")):
        if "ui" in path.relative_to(SOURCE).parts or path.name == "wording.py":  # the window's; the translation's
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = _docstrings(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and ("Settings" in node.value or "this session" in node.value)):  # fmt: skip
                found.append((f"{path.relative_to(SOURCE)}:{node.lineno}", node.value))
    return found


FOUND = _window_words_below_the_window()


def test_the_source_still_has_window_words_to_translate() -> None:
    assert len(FOUND) > 20, "the scan found nothing: it no longer reads the source"


@pytest.mark.parametrize(("where", "text"), FOUND, ids=[where for where, _ in FOUND])
def test_every_message_reads_in_command_line_terms(where: str, text: str) -> None:
    if text in WINDOW_ONLY:
        return
    said = for_command_line(text)
    assert "Settings" not in said and "this session" not in said, f"{where}: {said!r}"


@pytest.mark.parametrize(
    ("window", "command_line"),
    [
        ("No OpenAI API key is set. Enter your key in Settings, or set OPENAI_API_KEY.",
         "No OpenAI API key is set. Store it with `headshot-desktop key set`, or set OPENAI_API_KEY."),
        ("Check OPENAI_BASE_URL or the server address in Settings.", "Check OPENAI_BASE_URL."),
        ("Choose another model in Settings, or check the server address.",
         "Choose another model with --model, or check the server address."),
        ("otherwise choose another library folder in Settings.",
         "otherwise choose another library folder with --library (or HEADSHOT_DESKTOP_LIBRARY)."),
        ("Use https://, or tick “Trust this server on my network” in Settings (on the command line: --trust-server, "
         "once).", "Use https://, or run the command again with --trust-server (asked once)."),
    ],
)  # fmt: skip
def test_the_command_line_names_the_flag_variable_or_command(window: str, command_line: str) -> None:
    assert for_command_line(window) == command_line
