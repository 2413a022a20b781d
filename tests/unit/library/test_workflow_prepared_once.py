"""A second run of the same photo sends at once: the photo is prepared for sending once, and the model the key
may use is asked for once (#15, click-to-wire)."""

from __future__ import annotations

from headshot_desktop import intake
from headshot_desktop.core.generation import CancelToken
from headshot_desktop.services.workflow import GenerateOptions
from tests.unit.intake import corpus


def _run(ctx, photo) -> None:
    outcome = ctx.workflow().generate(photo, ctx.styles.get("medical"), GenerateOptions(variants=1),
                                      lambda _e: None, CancelToken())  # fmt: skip
    assert outcome.headshots, outcome.problems


def test_two_runs_prepare_the_photo_once_and_list_the_models_once(api_server, context_for, tmp_path,
                                                                  monkeypatch) -> None:  # fmt: skip
    ctx = context_for(api_server)
    photo = ctx.workflow().import_photo(corpus.write(tmp_path, "me.jpg", corpus.jpeg(corpus.photo((2400, 1800)))))
    prepared: list[str] = []
    real = intake.prepare_photo

    def counting(source, **kwargs):
        prepared.append(str(source))
        return real(source, **kwargs)

    monkeypatch.setattr(intake, "prepare_photo", counting)
    _run(ctx, photo)
    _run(ctx, photo)
    assert prepared == [str(photo.path)]
    assert len(api_server.requests_to("models")) == 1
    assert len(api_server.requests_to("images/edits")) == 2


def test_a_changed_photo_is_prepared_again(api_server, context_for, tmp_path) -> None:
    ctx = context_for(api_server)
    uploads = ctx.uploads
    path = corpus.write(tmp_path, "me.jpg", corpus.jpeg(corpus.photo((800, 600))))
    first = uploads.prepare(path, "me.jpg", max_side=1536, max_bytes=None)
    path.write_bytes(corpus.jpeg(corpus.photo((600, 800))))
    second = uploads.prepare(path, "me.jpg", max_side=1536, max_bytes=None)
    assert (first.width, first.height) == (800, 600) and (second.width, second.height) == (600, 800)
