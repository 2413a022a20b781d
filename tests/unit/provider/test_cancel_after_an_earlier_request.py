"""Cancel stops a request at once also when the same client sent another before it.

The cancel hook learns a request's socket when its connection is made; a connection kept from an earlier
request would carry the next one unseen, and that one would end only when its wait ran out. The test server
keeps connections open (HTTP/1.1), so these fail if the client ever reuses one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx
import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.models import PreparedPhoto
from headshot_desktop.errors import CancelledError
from headshot_desktop.providers.openai import OpenAIProvider
from tests.support.openai_server import OpenAITestServer, Reply
from tests.unit.provider.helpers import Events, request

STALL = 30.0  # the server's silence; the client's own read timeout below is 20 s: neither may be what ends it


def _models_then_edit(provider: OpenAIProvider, server: OpenAITestServer) -> None:
    provider.list_models()  # answered whole: HTTP/1.1 would let the edit go out on its connection
    server.script(Reply.stall(STALL))


def _failed_edit_then_retry(provider: OpenAIProvider, server: OpenAITestServer) -> None:
    # The retry of an answered failure goes to the same server, right after it.
    server.script(Reply.error(500, "server_error", "try again"), Reply.stall(STALL))


@pytest.mark.parametrize(("earlier", "edits"), [(_models_then_edit, 1), (_failed_edit_then_retry, 2)],
                         ids=["models", "retry"])  # fmt: skip
def test_a_cancel_ends_a_request_that_followed_another_at_once(
    make_provider: Callable[..., OpenAIProvider],
    server: OpenAITestServer,
    photo: PreparedPhoto,
    earlier: Callable[[OpenAIProvider, OpenAITestServer], None],
    edits: int,
) -> None:
    """``edits``: the stalled edit is the server's edits-th."""
    provider = make_provider(timeout=httpx.Timeout(20.0))
    earlier(provider, server)
    token, cancelled_at = CancelToken(), list[float]()
    threading.Thread(target=_cancel_when_stalled, args=(server, edits, token, cancelled_at), daemon=True).start()
    with pytest.raises(CancelledError):
        provider.edit(photo, request(stream=False), Events(), token)
    ended = time.monotonic()
    assert cancelled_at, "the stalled edit never reached the server"
    assert ended - cancelled_at[0] < 1.0, "the cancel ended the request only at a timeout"
    last = server.requests_to("images/edits")[-1]
    assert last.client_closed.wait(2), "the server did not see the connection go"


def _cancel_when_stalled(server: OpenAITestServer, edits: int, token: CancelToken, cancelled_at: list[float]) -> None:
    """Cancel, like the window's button (from another thread), once the stalled edit has reached the server."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if len(server.requests_to("images/edits")) >= edits:
            time.sleep(0.1)  # the request is in the server's hands, its answer not begun
            cancelled_at.append(time.monotonic())
            token.cancel()
            return
        time.sleep(0.02)
