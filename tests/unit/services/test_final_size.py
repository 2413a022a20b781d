"""A final at the size a destination needs: which level reaches the preset's pixels (or the largest there is),
the largest level accepted from every provider and sent as what the model can make, and the final made at it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from headshot_desktop.core.generation import CancelToken
from headshot_desktop.providers import registry
from headshot_desktop.services.options import GenerateOptions, build_request, check_options
from headshot_desktop.services.refine import final_in_high_detail, final_plan
from tests.unit.intake import corpus

PRINT, CASTING = (2400, 3000), (1500, 2100)


def caps(provider_id: str, model: str = ""):
    return registry.module(provider_id).capabilities(model)


def test_a_size_no_level_reaches_asks_the_largest_and_says_it_falls_short() -> None:
    # An OpenAI draft, 1024 x 1536, framed 4:5 for a print: its largest, 1536 x 2304, still falls short.
    plan = final_plan(caps("openai"), "portrait", PRINT, (1024, 1280), (1024, 1536))
    assert (plan.level, plan.size, plan.enough) == ("largest", (1536, 2304), False)
    assert plan.needed == (2400, 3600)  # the whole picture, framed the same way, that the print needs
    assert plan.framed == (1536, 1920)  # what the frame would hold of the largest


def test_the_first_level_from_high_up_that_reaches_the_size_is_asked() -> None:
    # Framed 5:7 from 1024 x 1536 (1024 x 1434): OpenAI's high is the same size, its largest reaches.
    plan = final_plan(caps("openai"), "portrait", CASTING, (1024, 1434), (1024, 1536))
    assert (plan.level, plan.size, plan.enough) == ("largest", (1536, 2304), True)
    # A Gemini 1K draft framed 5:7 (823 x 1152): its 2K already reaches, so the 4K is not paid for.
    plan = final_plan(caps("gemini"), "portrait", CASTING, (823, 1152), (928, 1152))
    assert (plan.level, plan.size, plan.enough) == ("high", (1856, 2304), True)
    plan = final_plan(caps("gemini"), "portrait", PRINT, (928, 1152), (928, 1152))
    assert (plan.level, plan.size, plan.enough) == ("largest", (3712, 4608), True)


def test_a_provider_that_does_not_say_its_sizes_is_asked_its_highest_level() -> None:
    plan = final_plan(caps("bfl", "flux-kontext-pro"), "portrait", PRINT, (928, 1152), (928, 1152))
    assert (plan.level, plan.size, plan.enough, plan.framed) == ("medium", None, False, None)


def test_largest_is_accepted_from_every_provider_and_sent_as_the_most_it_makes() -> None:
    from headshot_desktop.core.styles import Style

    style = Style("legal", "Legal", "PRESERVE: the person.")
    options = GenerateOptions(detail="largest", variants=1)
    for provider_id, model, sent in [("openai", "gpt-image-2", "largest"), ("openai", "gpt-image-1.5", "high"),
                                     ("gemini", "gemini-2.5-flash-image", "medium"), ("bfl", "flux-2-pro", "largest"),
                                     ("bfl", "flux-kontext-pro", "medium"), ("comfyui", "", "high")]:  # fmt: skip
        found = caps(provider_id, model)
        assert check_options(options, found, provider_id) == [], provider_id
        assert build_request(style, options, found).detail == sent, (provider_id, model)
    assert check_options(GenerateOptions(detail="high"), caps("bfl", "flux-kontext-pro"), "BFL") != []


@pytest.fixture
def draft(api_server, context_for, tmp_path: Path):
    ctx = context_for(api_server)
    workflow = ctx.workflow()
    photo = workflow.import_photo(corpus.write(tmp_path, "me.jpg", corpus.jpeg(corpus.photo((1200, 1600)))))
    outcome = workflow.generate(photo, ctx.styles.get("legal"), GenerateOptions(variants=1), lambda _e: None,
                                CancelToken())  # fmt: skip
    (made,) = outcome.headshots
    return ctx, workflow, made


def test_a_final_at_the_largest_level_is_made_at_the_largest_size(api_server, draft) -> None:
    ctx, workflow, made = draft
    outcome = final_in_high_detail(workflow, made, ctx.styles.get("legal"), GenerateOptions(variants=3),
                                   lambda _e: None, CancelToken(), detail="largest")  # fmt: skip
    sent = api_server.requests_to("images/edits")[-1]
    assert (sent.field("size"), sent.field("quality")) == ("1536x2304", "high")
    (final,) = outcome.headshots  # one, whatever the variants asked
    with Image.open(final.path) as image:
        assert image.size == (1536, 2304)


def test_a_final_is_high_detail_unless_the_largest_is_asked(api_server, draft) -> None:
    ctx, workflow, made = draft
    final_in_high_detail(workflow, made, ctx.styles.get("legal"), GenerateOptions(detail="low"), lambda _e: None,
                         CancelToken())  # fmt: skip
    sent = api_server.requests_to("images/edits")[-1]
    assert (sent.field("size"), sent.field("quality")) == ("1024x1536", "high")
    final_in_high_detail(workflow, made, ctx.styles.get("legal"), GenerateOptions(detail="largest"), lambda _e: None,
                         CancelToken())  # fmt: skip
    assert api_server.requests_to("images/edits")[-1].field("size") == "1536x2304"
