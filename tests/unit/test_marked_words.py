"""Marked texts stay marked when put together, touched up, kept in a batch file and read back."""

from __future__ import annotations

import json

from headshot_desktop.errors import IntakeError, StorageError
from headshot_desktop.services.team.person_state import FAILED, PersonState
from headshot_desktop.system.marked import joined, reworded, words_from_json, words_to_json
from headshot_desktop.translatable import N_, Template, Words


def test_joined_reads_as_join_and_keeps_each_part() -> None:
    first = N_("library", "Deleted {count} file(s).").format(count=2)
    together = joined([first, "plain {braces}", N_("library", "Done.")])
    assert together == "Deleted 2 file(s).\nplain {braces}\nDone."
    assert isinstance(together, Words) and together.params["part0"] is first
    assert type(joined(["a", "b"], ", ")) is str and joined(["a", "b"], ", ") == "a, b"


def test_reworded_reads_as_given_and_translates_as_the_original() -> None:
    said = N_("services", "a run takes at most {count} reference photos").format(count=4)
    capital = reworded(said, "A run takes at most 4 reference photos.")
    assert capital == "A run takes at most 4 reference photos."
    assert isinstance(capital, Words) and capital.template is said.template and capital.params == {"count": 4}
    assert reworded("plain", "Plain.") == "Plain."


def test_user_text_keeps_the_marks_and_the_english() -> None:
    err = StorageError(N_("library", "The library {folder} is busy").format(folder="/x"), hint=N_("library", "Wait."))
    assert err.user_text() == "The library /x is busy. Wait."
    assert isinstance(err.user_text(), Words)
    plain = StorageError("Broken", hint="Fix it.")
    assert plain.user_text() == "Broken. Fix it." and type(plain.user_text()) is str
    refused = IntakeError("me.jpg", N_("intake", "the file is empty"))
    assert refused.message == "me.jpg: the file is empty" and isinstance(refused.message, Words)


def test_words_survive_json_and_refuse_a_changed_text() -> None:
    inner = N_("team", "The team kit {source} cannot be used").format(source="kit.json")
    said = N_("team", "{lead}: {reason}.").format(lead=inner, reason=N_("team", '"name" is empty'))
    raw = json.loads(json.dumps(words_to_json(said)))
    back = words_from_json(raw, str(said))
    assert back == said and isinstance(back, Words) and isinstance(back.params["lead"], Words)
    assert isinstance(back.params["reason"], Template)
    assert type(words_from_json(raw, "edited by hand")) is str
    assert words_from_json({"context": "team", "template": "{x.__class__}", "values": {}}, "x") == "x"
    assert words_to_json("plain") is None


def test_a_persons_marked_reason_is_kept_in_the_batch_file() -> None:
    reason = N_("team", "No headshot could be kept.")
    person = PersonState("p001", "Jane", "/photos/jane.jpg", status=FAILED, reason=reason)
    again = PersonState.from_json(json.loads(json.dumps(person.to_json())), "person 1")
    assert again.reason == reason and isinstance(again.reason, Template)
    copied = again.copy()
    assert copied == again and copied.references is not again.references
    old = PersonState.from_json({"key": "p001", "name": "Jane", "photo": "x.jpg", "reason": "Old words."}, "person 1")
    assert old.reason == "Old words." and type(old.reason) is str
