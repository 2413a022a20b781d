"""Error sentences read as sentences (#14 item 26): a message and its hint never run together."""

from __future__ import annotations

from headshot_desktop.errors import HeadshotError


def test_a_message_without_a_full_stop_gets_one_before_the_hint() -> None:
    err = HeadshotError("photo.png: this is not a photo Headshot Desktop can read", hint="Choose a photo.")
    assert err.user_text() == "photo.png: this is not a photo Headshot Desktop can read. Choose a photo."


def test_a_finished_sentence_or_a_lone_message_is_left_as_it_is() -> None:
    assert HeadshotError("It stopped.", hint="Try again.").user_text() == "It stopped. Try again."
    assert HeadshotError("It said: “no”", hint="Try again.").user_text() == "It said: “no” Try again."
    assert HeadshotError("Nothing to do").user_text() == "Nothing to do"
