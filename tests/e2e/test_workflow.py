"""Import and generate through the shared workflow: real intake, library folder and HTTPS server."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.core.progress import ImageReady, PartialImage
from headshot_desktop.errors import CancelledError, ErrorKind, ProviderError
from headshot_desktop.services.workflow import GenerateOptions
from tests.support.openai_server import Reply
from tests.unit.intake import corpus


def test_import_then_generate_stores_headshots(api_server, context_for, tmp_path) -> None:
    ctx = context_for(api_server)
    selfie = corpus.write(tmp_path, "IMG_2041.jpg", corpus.jpeg_full_of_metadata(corpus.photo((1200, 1600))))
    workflow = ctx.workflow()
    original = workflow.import_photo(selfie)
    assert original.path.parent == ctx.paths.library_dir / "Originals"
    assert workflow.import_photo(selfie).id == original.id  # the same photo is stored once

    events = []
    style = ctx.styles.get("corporate-grey")
    outcome = workflow.generate(original, style, GenerateOptions(variants=2), events.append, CancelToken())

    assert len(outcome.headshots) == 2
    for headshot in outcome.headshots:
        assert headshot.path.parent == ctx.paths.library_dir / "Headshots"
        assert "Corporate grey" in headshot.path.name
        with Image.open(headshot.path) as img:
            assert img.size == (1024, 1536)
    assert any(isinstance(e, PartialImage) for e in events)
    assert sum(isinstance(e, ImageReady) for e in events) == 2
    listed = ctx.library().list_headshots(original_id=original.id)
    assert {h.style_id for h in listed} == {"corporate-grey"}
    assert all(h.cost_usd and h.cost_usd > 0 for h in listed)

    # What left the computer: a downscaled photo with no metadata, the style's prompt.
    sent = api_server.requests_to("images/edits")[-1]
    upload = sent.images[0].data
    with Image.open(io.BytesIO(upload)) as img:
        assert max(img.size) == 1536
        assert not img.getexif() and "icc_profile" not in img.info
    assert b"Exif" not in upload and b"GPS" not in upload
    assert "PRESERVE" in sent.field("prompt")

    # Two variants are two one-image requests, each with its own previews and its own spend line.
    assert [r.field("n") for r in api_server.requests_to("images/edits")] == ["1", "1"]
    assert {e.index for e in events if isinstance(e, PartialImage)} == {0, 1}
    spend = [json.loads(line) for line in ctx.spend_log.path.read_text().splitlines()]
    assert [(s["images"], s["provider"]) for s in spend] == [(1, "openai"), (1, "openai")]
    assert all(s["cost_usd"] > 0 for s in spend)


def test_failed_or_cancelled_run_writes_nothing(api_server, context_for, tmp_path) -> None:
    ctx = context_for(api_server)
    workflow = ctx.workflow()
    original = workflow.import_photo(corpus.write(tmp_path, "me.png", corpus.png(corpus.photo((800, 800)))))
    style = ctx.styles.get("business-casual")
    api_server.script(Reply.error(400, "moderation_blocked", "Rejected by the safety system."))
    with pytest.raises(ProviderError) as caught:
        workflow.generate(original, style, GenerateOptions(variants=1), lambda e: None, CancelToken())
    assert caught.value.kind is ErrorKind.SAFETY

    cancel = CancelToken()

    def cancel_on_first_preview(event) -> None:
        if isinstance(event, PartialImage):
            cancel.cancel()

    with pytest.raises(CancelledError):
        workflow.generate(original, style, GenerateOptions(variants=1), cancel_on_first_preview, cancel)
    assert ctx.library().list_headshots() == []
    assert list((ctx.paths.library_dir / "Headshots").iterdir()) == []
    assert not ctx.spend_log.path.exists()


def test_no_key_is_a_clear_error(context_for, api_server) -> None:
    ctx = context_for(api_server, OPENAI_API_KEY="")
    with pytest.raises(Exception) as caught:
        ctx.make_provider()
    assert caught.value.kind is ErrorKind.NO_KEY
