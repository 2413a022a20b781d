"""The translation sources are whole (#20): up to date with the code, every entry finished, and every
translation keeps the values, plural count and keyboard mnemonic its English has."""

from __future__ import annotations

import os
import re
import string
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from headshot_desktop.ui.languages import LANGUAGES, translations_dir

REPO = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"\{(\w+)[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^<>]*>")
MNEMONIC = re.compile(r"&(?!&|[a-z]+;|#[0-9]+;)\S")  # not && (an ampersand) nor &amp; (HTML)


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as scripts/update_translations.sh makes them from the code now."""
    out = tmp_path_factory.mktemp("ts")
    env = {**os.environ, "HEADSHOT_TRANSLATIONS_OUT": str(out)}
    subprocess.run(["bash", str(REPO / "scripts" / "update_translations.sh")], check=True, env=env)
    return out


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_each_translation_file_is_up_to_date_with_the_code(code: str, refreshed: Path) -> None:
    name = f"headshot_desktop_{code}.ts"
    committed, now = messages(translations_dir() / name), messages(refreshed / name)
    missing = sorted(set(now) - set(committed))
    gone = sorted(set(committed) - set(now))
    assert (missing, gone) == ([], []), "run scripts/update_translations.sh and translate the new words"


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


@pytest.mark.parametrize("code", [code for code in LANGUAGES if code != "en"])
def test_every_entry_is_translated_and_keeps_its_values(code: str) -> None:
    problems = []
    for (context, source, _comment), message in messages(translations_dir() / f"headshot_desktop_{code}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        where = f"{context}: {source!r}"
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {translation.get('type')}")
            continue
        for text in forms(message):
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            elif not _parses(text):
                problems.append(f"{where}: {text!r} has a lone {{ or }}")
            elif set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
                problems.append(f"{where}: {text!r} has other values than the English")
            elif sorted(TAG.findall(text)) != sorted(TAG.findall(source)) or any(
                text.count(c) != source.count(c) for c in "<>"
            ):
                problems.append(f"{where}: {text!r} has other HTML tags than the English")
            elif len(MNEMONIC.findall(text)) != len(MNEMONIC.findall(source)):
                problems.append(f"{where}: {text!r} lost or added a keyboard mnemonic (&)")
        numerus = message.get("numerus") == "yes" and "%n" in source
        if numerus and not any("%n" in form for form in forms(message)):
            problems.append(f"{where}: no plural form says the count %n")
    assert problems == []


def _parses(text: str) -> bool:
    try:
        list(string.Formatter().parse(text))
    except ValueError:
        return False
    return True


def test_english_has_both_plural_forms_of_every_count() -> None:
    entries = messages(translations_dir() / "headshot_desktop_en.ts")
    assert entries, "no plural texts found"
    for (context, source, _comment), message in entries.items():
        assert message.get("numerus") == "yes", (context, source)
        one, other = forms(message)
        assert one and other and "(s)" not in one + other, (context, source)
