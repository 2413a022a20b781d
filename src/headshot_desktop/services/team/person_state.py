"""One person of a team batch as the batch file keeps them: their photos, how far they got, what it cost."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from headshot_desktop.system.marked import words_from_json, words_to_json
from headshot_desktop.translatable import N_, Template

QUEUED, RUNNING, DONE, REFUSED, FAILED = "queued", "running", "done", "refused", "failed"
STATUSES = (QUEUED, RUNNING, DONE, REFUSED, FAILED)


@dataclass
class PersonState:
    key: str  # unique in the batch, stable: "p001", "p002", …
    name: str
    photo: str  # the path given (as text)
    references: list[str] = field(default_factory=list)
    status: str = QUEUED
    reason: str = ""  # refused/failed: the human sentence
    original_id: int | None = None
    headshot_ids: list[int] = field(default_factory=list)  # every variant made
    chosen_id: int | None = None  # the variant picked (None: the first)
    cost_usd: float | None = None
    attempts: int = 0
    exported: str = ""  # the exported file's path, once exported
    started: str = ""  # ISO UTC: when the latest attempt began (a crash is reconciled with what was made since)
    missing: list[int] = field(default_factory=list)  # variants (from 0) a rate limit kept back: made next turn

    @property
    def picked_id(self) -> int | None:
        """The headshot that stands for this person: the one chosen, else the first made."""
        if self.chosen_id is not None and self.chosen_id in self.headshot_ids:
            return self.chosen_id
        return self.headshot_ids[0] if self.headshot_ids else None

    def copy(self) -> PersonState:
        # The lists copied; the texts (a marked reason too, translatable.py) are shared: strings never change.
        return replace(self, references=list(self.references), headshot_ids=list(self.headshot_ids),
                       missing=list(self.missing))  # fmt: skip

    def to_json(self) -> dict[str, Any]:
        body: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        body.update(references=list(self.references), headshot_ids=list(self.headshot_ids), missing=list(self.missing))
        marked = words_to_json(self.reason)
        if marked is not None:  # the sentence's words, so the window can say it in the person's language again
            body["reason_words"] = marked
        return body

    @classmethod
    def from_json(cls, raw: object, where: str) -> PersonState:
        def bad(problem: Template, **values: object) -> ValueError:
            return ValueError(problem.format(where=where, **values))

        if not isinstance(raw, dict):
            raise bad(N_("team", "{where} is not an object"))
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in raw.items() if k in known}
        if isinstance(values.get("reason"), str) and "reason_words" in raw:
            values["reason"] = words_from_json(raw["reason_words"], values["reason"])
        for name in ("key", "name", "photo"):
            if not isinstance(values.get(name), str) or not values[name]:
                raise bad(N_("team", "{where} has no {field}"), field=name)
        if values.get("status", QUEUED) not in STATUSES:
            raise bad(N_("team", "{where} has the unknown status {status}"), status=repr(values.get("status")))
        references, ids = values.get("references", []), values.get("headshot_ids", [])
        if not (isinstance(references, list) and all(isinstance(r, str) for r in references)):
            raise bad(N_("team", "{where} has references that are not a list of paths"))
        if not (isinstance(ids, list) and all(is_int(i) for i in ids)):
            raise bad(N_("team", "{where} has headshot ids that are not a list of numbers"))
        missing = values.get("missing", [])
        if not (isinstance(missing, list) and all(is_int(i) and 0 <= i < 16 for i in missing)):
            raise bad(N_("team", "{where} has missing variants that are not a list of small numbers"))
        if not isinstance(values.get("started", ""), str):
            raise bad(N_("team", "{where} has a start time that is not text"))
        for name in ("original_id", "chosen_id"):
            if values.get(name) is not None and not is_int(values[name]):
                raise bad(N_("team", "{where} has a {field} that is not a number"), field=name)
        cost = values.get("cost_usd")
        if cost is not None and (isinstance(cost, bool) or not isinstance(cost, int | float)):
            raise bad(N_("team", "{where} has a cost that is not a number"))
        return cls(**values)


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
