"""The window's words turned into the command line's: a flag, a variable or a command instead of "Settings".

Errors are written once, below both front ends, and their hints speak of the window
("Choose another model in Settings"). A person at the command line has no Settings
window and no "session", so every message the commands print passes through
``for_command_line``, which names what does the same job there.
"""

from __future__ import annotations

import re

HELP = "`headshot-desktop --help`"

# Most specific first: a later, general rule must not eat a phrase an earlier one says better.
_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"Enter your key in Settings"), "Store it with `headshot-desktop key set`"),
    (re.compile(r"([A-Z][A-Z0-9_]+) or the server address in Settings"), r"\1"),
    (re.compile(r"tick “Trust this server on my network” in Settings \(on the command line: (--trust-server), once\)"),
     r"run the command again with \1 (asked once)"),
    (re.compile(r"the region in Settings"), "the region (--option region=…)"),
    (re.compile(r"(?:the )?(?:server )?address in Settings"),
     f"the server address (its environment variable, listed in {HELP})"),
    (re.compile(r"([Cc])hoose (another|a newer) model in Settings"), r"\1hoose \2 model with --model"),
    (re.compile(r"Choose a smaller workflow (\([^)]*\)) in Settings"), r"Choose a smaller workflow \1 with --model"),
    (re.compile(r" \(Test key lists the ones your key can use\)"), ""),
    (re.compile(r"Check the model, size and quality in Settings"), "Check --model, --shape and --detail"),
    (re.compile(r"Check the model and detail level in Settings"), "Check --model and --detail"),
    (re.compile(r"Check the model in Settings"), "Check --model"),
    (re.compile(r"type a model name in Settings"), "give a model name with --model"),
    (re.compile(r"Change them in Settings"), "Change them (--model, --shape, --detail, --variants, --option)"),
    (re.compile(r"choose another library folder in Settings"),
     "choose another library folder with --library (or HEADSHOT_DESKTOP_LIBRARY)"),
    (re.compile(r"choose that one in Settings"), "give that one with --library"),
    (re.compile(r"keep the key for this session only"),
     f"set the key in its environment variable for each command instead (listed in {HELP})"),
]  # fmt: skip


def for_command_line(text: str) -> str:
    """``text`` with every mention of the window's Settings or session put in command-line terms."""
    if "Settings" not in text and "this session" not in text:
        return text
    for pattern, replacement in _RULES:
        text = pattern.sub(replacement, text)
    return text
