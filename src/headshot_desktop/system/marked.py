"""Marked texts (``translatable.py``) put together, touched up and kept in JSON, without losing their marks.

``"\n".join(...)`` would turn each marked sentence into plain English; ``joined`` returns a text that reads the
same, and that the window's ``shown`` translates part by part. Its own template holds no words, so ``lupdate``
has nothing to list and a translator nothing to translate. ``words_to_json``/``words_from_json`` keep a marked
text in a file (a batch's reasons), so it is still translated when the file is read again.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from headshot_desktop.translatable import Money, Template, Words


def joined(parts: Iterable[str], separator: str = "\n") -> str:
    """``separator.join(parts)``; when a part is a marked text, a ``Words`` that keeps each part's mark."""
    parts = list(parts)
    if not any(isinstance(part, Template | Words) for part in parts):
        return separator.join(parts)
    between = separator.replace("{", "{{").replace("}", "}}")
    names = [f"part{number}" for number in range(len(parts))]
    template = Template("joined", between.join("{" + name + "}" for name in names))
    return template.format(**dict(zip(names, parts, strict=True)))


class Reworded(Words):
    """A ``Words`` whose English is a small change of its template's (see ``reworded``)."""

    def __new__(cls, english: str, template: Template, params: dict[str, Any]) -> Reworded:  # type: ignore[misc]
        made = str.__new__(cls, english)
        made.template, made.params = template, params
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # a copy reads as this English too
        return (Reworded, (str(self), self.template, self.params))


def reworded(text: str, english: str) -> str:
    """``english``, a small change of ``text`` (a capital first letter, a full stop dropped), still marked as ``text``.

    The window then shows the translation of ``text``; everywhere else ``english`` is what it reads.
    """
    if isinstance(text, Words):
        return Reworded(english, text.template, text.params)
    if isinstance(text, Template):
        return Reworded(english, text, {})
    return english


def words_to_json(text: str) -> dict[str, Any] | None:
    """A marked text as JSON: its context, template and values (marked values nested); None for plain text."""
    if isinstance(text, Words):
        values = {name: _value_to_json(value) for name, value in text.params.items()}
        return {"context": text.template.context, "template": str(text.template), "values": values}
    if isinstance(text, Template):
        return {"context": text.context, "template": str(text)}
    return None


def _value_to_json(value: object) -> object:
    if isinstance(value, Money):
        return {"usd": float(value)}
    marked = words_to_json(value) if isinstance(value, str) else None
    if marked is not None:
        return {"words": marked}
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return value
    return str(value)  # a path, an error: as the sentence showed it


def words_from_json(raw: object, english: str) -> str:
    """``english`` marked again as ``raw`` (from ``words_to_json``) says; plain ``english`` when ``raw`` does not
    read back as exactly that text (none, damaged, or changed by hand)."""
    try:
        made = _words(raw)
    except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
        return english
    return made if made is not None and made == english else english


def _words(raw: object) -> str | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("context"), str) or not isinstance(raw.get("template"), str):
        return None
    template = Template(raw["context"], raw["template"])
    if "values" not in raw:
        return template
    values = raw["values"]
    if not isinstance(values, dict):
        return None
    params: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, dict) and isinstance(value.get("usd"), int | float):
            value = Money(value["usd"])
        elif isinstance(value, dict):
            value = _words(value.get("words"))
            if value is None:
                return None
        elif not isinstance(value, str | int | float) or isinstance(value, bool):
            return None
        params[name] = value
    return template.format(**params)
