"""A run whose photo is no longer in the library says so in words, and sends nothing."""

from __future__ import annotations

import pytest

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.errors import NotFoundError
from headshot_desktop.services.workflow import GenerateOptions
from tests.unit.intake import corpus


def test_generate_from_a_photo_moved_to_the_trash(api_server, context_for, tmp_path) -> None:
    ctx = context_for(api_server)
    workflow = ctx.workflow()
    photo = workflow.import_photo(corpus.write(tmp_path, "astronaut.jpg", corpus.jpeg_full_of_metadata(corpus.photo())))
    ctx.library().delete(photo)
    with pytest.raises(NotFoundError) as raised:
        workflow.generate(photo, ctx.styles.get("medical"), GenerateOptions(variants=1), lambda _e: None, CancelToken())
    assert "astronaut.jpg is no longer in the library" in raised.value.message
    assert "Open it again" in raised.value.hint
    assert api_server.requests_to("images/edits") == []
