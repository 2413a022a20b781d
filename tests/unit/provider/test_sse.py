"""The event-stream decoder: any chunking gives the same events; spec details hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from headshot_desktop.providers.openai.sse import ServerSentEvent, SSEDecoder, iter_events

STREAM = (
    b": heartbeat\r\n\r\n"
    b'event: image_edit.partial_image\r\ndata: {"a": 1}\r\n\r\n'
    b"data: line one\rdata: line two\r\r"
    b"id: 7\ndata:no-space\n\n"
    b"retry: 100\nunknown: field\n\n"
    b"data: " + b"x" * 5000 + b"\n\n"
    b"data: [DONE]\n\n"
    b"data: cut off at the end"
)
EXPECTED = [
    ServerSentEvent("image_edit.partial_image", '{"a": 1}'),
    ServerSentEvent("message", "line one\nline two"),
    ServerSentEvent("message", "no-space", "7"),
    ServerSentEvent("message", "x" * 5000, "7"),
    ServerSentEvent("message", "[DONE]", "7"),
]


def test_whole_stream() -> None:
    assert list(iter_events([STREAM])) == EXPECTED


def test_byte_by_byte() -> None:
    assert list(iter_events(STREAM[i : i + 1] for i in range(len(STREAM)))) == EXPECTED


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(STREAM)), max_size=30))
def test_any_chunking(cuts: list[int]) -> None:
    points = sorted(set(cuts))
    chunks = [STREAM[a:b] for a, b in zip([0, *points], [*points, len(STREAM)], strict=True)]
    assert list(iter_events(chunks)) == EXPECTED


def test_crlf_split_between_chunks_is_one_line_end() -> None:
    decoder = SSEDecoder()
    assert decoder.feed(b"data: a\r") == []
    # Were that LF a line end of its own, it would be a blank line and end the event after "a".
    assert decoder.feed(b"\ndata: b\n\n") == [ServerSentEvent("message", "a\nb")]


def test_utf8_split_inside_a_character() -> None:
    text = "data: café ☕\n\n".encode()
    cut = text.index(b"\xe2") + 1
    assert list(iter_events([text[:cut], text[cut:]])) == [ServerSentEvent("message", "café ☕")]


def test_arriving_tells_what_is_on_its_way_before_the_event_is_whole() -> None:
    heard: list[tuple[str, bytes]] = []
    first = b'event: image_edit.completed\ndata: {"type": "image_edit.completed", "b64_json": "' + b"A" * 4096
    events = list(iter_events([first, b"A" * 4096, b'"}\n\n'], lambda name, head: heard.append((name, head))))
    assert [e.event for e in events] == ["image_edit.completed"]
    name, head = heard[0]  # after the first chunk: nothing whole yet, but it is known what is coming
    assert name == "image_edit.completed" and head.startswith(b'data: {"type": "image_edit.completed"')
    assert len(head) == 512  # only the start of a line that may be megabytes long
    assert heard[-1] == ("", b"")  # once it is whole, nothing is on its way
