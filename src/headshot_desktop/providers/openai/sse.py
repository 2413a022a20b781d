"""Server-sent events, decoded from raw bytes as the WHATWG spec describes.

Lines end in CRLF, LF or CR; ``:`` starts a comment (heartbeats); a blank line
dispatches the event. An event cut off by the end of the stream is dropped, as
the spec says, so a truncated stream simply lacks its last event.
Image events carry megabytes of base64 on one line, so the buffer is scanned
only once per byte.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from headshot_desktop.translatable import N_

# One line, and one event's data, may not grow past this: a final image is a few MB
# of base64, and a stream that never ends its line must not fill the memory.
# Read at call time, so a test can lower it.
MAX_SSE_LINE_BYTES = 48 << 20
HEAD_BYTES = 512  # how much of a line still arriving ``arriving`` shows: enough for its event's type


class SSELimitError(ValueError):
    """A line or an event grew past ``MAX_SSE_LINE_BYTES``."""


@dataclass(frozen=True)
class ServerSentEvent:
    event: str  # "message" when the stream names none
    data: str
    id: str | None = None


class SSEDecoder:
    def __init__(self) -> None:
        self._buffer = bytearray()
        self._scanned = 0  # bytes of the buffer known to hold no line end
        self._skip_lf = False  # the last line ended in CR: a following LF belongs to it
        self._event = ""
        self._data: list[str] = []
        self._data_size = 0
        self._id: str | None = None

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        events: list[ServerSentEvent] = []
        self._buffer += chunk
        start = 0
        buffer = self._buffer
        if self._skip_lf and buffer[:1] == b"\n":
            start = 1
        if buffer:
            self._skip_lf = False
        position = max(self._scanned, start)
        size = len(buffer)
        while position < size:
            byte = buffer[position]
            if byte != 0x0A and byte != 0x0D:
                # jump to the next candidate line end
                next_lf = buffer.find(b"\n", position)
                next_cr = buffer.find(b"\r", position)
                ends = [i for i in (next_lf, next_cr) if i >= 0]
                if not ends:
                    position = size
                    break
                position = min(ends)
                continue
            line = bytes(buffer[start:position])
            if byte == 0x0D:
                if position + 1 < size:
                    if buffer[position + 1] == 0x0A:
                        position += 1
                else:
                    self._skip_lf = True
            position += 1
            start = position
            event = self._line(line.decode("utf-8", "replace"))
            if event is not None:
                events.append(event)
        del self._buffer[:start]
        self._scanned = len(self._buffer)
        if self._scanned > MAX_SSE_LINE_BYTES:
            raise SSELimitError(N_("providers", "a line of more than {size} MB").format(size=MAX_SSE_LINE_BYTES >> 20))
        return events

    def arriving(self) -> tuple[str, bytes]:
        """The event not yet whole: its name (once its ``event:`` line is in) and the start of the line still coming."""
        return self._event, bytes(self._buffer[:HEAD_BYTES])

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            if not self._data:
                self._event = ""
                return None
            event = ServerSentEvent(self._event or "message", "\n".join(self._data), self._id)
            self._event, self._data, self._data_size = "", [], 0
            return event
        if line.startswith(":"):
            return None
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data_size += len(value) + 1
            if self._data_size > MAX_SSE_LINE_BYTES:
                raise SSELimitError(N_("providers", "an event of more than {size} MB").format(
                    size=MAX_SSE_LINE_BYTES >> 20))  # fmt: skip
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self._id = value
        return None


def iter_events(chunks: Iterable[bytes],
                arriving: Callable[[str, bytes], None] | None = None) -> Iterator[ServerSentEvent]:  # fmt: skip
    """The events; after each chunk, ``arriving`` hears what is on its way (``SSEDecoder.arriving``)."""
    decoder = SSEDecoder()
    for chunk in chunks:
        yield from decoder.feed(chunk)
        if arriving is not None:
            arriving(*decoder.arriving())
