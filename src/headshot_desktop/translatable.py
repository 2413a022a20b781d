"""English words the window shows, marked so Qt's ``lupdate`` finds them, without Qt below ``ui/``.

``N_("errors", "{name} is not a photo")`` is the English template; ``.format(name=...)`` fills it and
remembers the template and the values, so the window can translate the template and fill it again
(``ui/i18n.py``). Everywhere else the result is the plain English sentence it always was.
``scripts/update_translations.sh`` tells ``lupdate`` that ``N_`` is ``QT_TRANSLATE_NOOP``.
"""

from __future__ import annotations

from datetime import date
from typing import Any


class Template(str):
    """A marked English text; ``context`` groups it for translators (``errors``, ``styles``, …)."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        made = super().__new__(cls, text)
        made.context = context
        return made

    def __reduce__(self) -> tuple[Any, ...]:  # copies and pickles keep the context
        return (Template, (self.context, str(self)))

    def format(self, *args: object, **params: Any) -> Words:  # type: ignore[override]
        if args:
            raise TypeError("marked texts take named values only, so translations can reorder them")
        return Words(self, params)


class Words(str):
    """A filled template: reads as English, keeps what the window needs to say it in another language."""

    template: Template
    params: dict[str, Any]

    def __new__(cls, template: Template, params: dict[str, Any]) -> Words:
        made = super().__new__(cls, str.format(template, **params))
        made.template = template
        made.params = params
        return made

    def __reduce__(self) -> tuple[Any, ...]:
        return (Words, (self.template, self.params))


class Money(float):
    """A price in US dollars as a marked text's value: ``$0.63`` in English; the window writes it the locale's way."""

    def __format__(self, spec: str) -> str:
        return f"${float(self):.2f}" if not spec else format(float(self), spec)


class Number(int):
    """A count as a marked text's value: ``32,000`` in English; the window writes it the locale's way."""

    def __format__(self, spec: str) -> str:
        return format(int(self), spec or ",")


class Day(date):
    """A day as a marked text's value: ``5 March 2026`` in English; the window writes it the locale's way."""

    @classmethod
    def of(cls, day: date) -> Day:
        return cls(day.year, day.month, day.day)

    def __format__(self, spec: str) -> str:
        return f"{self.day} {date.__format__(self, '%B %Y')}" if not spec else date.__format__(self, spec)


def N_(context: str, text: str) -> Template:  # the gettext spelling; lupdate is told about it
    return Template(context, text)
