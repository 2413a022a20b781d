"""The export dialog's notice says what the chosen provider and model can make for a size that needs more pixels,
and offers no paid final where the largest it makes holds no more pixels than the headshot already has."""

from __future__ import annotations

from types import SimpleNamespace

from headshot_desktop.library.presets import load_presets, shortfall
from headshot_desktop.ui import refining
from headshot_desktop.ui.dialogs.export_more_pixels import MorePixels


def window_for(context, provider_id: str = "openai") -> SimpleNamespace:
    """What ``refining`` reads of the window: the context, the provider, the model the key was found to use."""
    return SimpleNamespace(context=context, provider_id=provider_id, session=SimpleNamespace(discovered_models={}))


def test_a_model_that_makes_no_larger_image_is_not_offered_a_final(qtbot, api_server, context_for) -> None:
    context = context_for(api_server)
    context.settings.set_provider_section("openai", model="gpt-image-1.5")  # its largest is its standard size
    window = window_for(context)
    err = shortfall(load_presets()["print-8x10"], (1024, 1280), (1024, 1536))
    assert err is not None
    sentence, helps = refining.reach(window, err)  # type: ignore[arg-type]
    title = context.provider_info("openai").title
    assert sentence == f"The largest image {title} makes is 1024 × 1536 pixels, no more than this headshot has. "
    assert not helps

    notice = MorePixels()
    qtbot.addWidget(notice)
    notice.reach = lambda e: refining.reach(window, e)  # type: ignore[arg-type]
    notice.show_shortfall(err, enlarging=False)
    assert notice.shortfall is err
    assert notice.final_button.isHidden() and not notice.enlarge_button.isHidden()
    assert notice.text.text().endswith("or choose a provider that makes larger images.")
    notice.show_shortfall(None, enlarging=False)
    assert notice.shortfall is None and notice.isHidden()


def test_with_the_newest_model_the_notice_says_the_larger_size_and_offers_the_final(qtbot, api_server,
                                                                                    context_for) -> None:  # fmt: skip
    window = window_for(context_for(api_server))
    err = shortfall(load_presets()["portrait"], (1024, 1280), (1024, 1536))  # 1080 x 1350
    assert err is not None
    plan = refining.final_plan(window, err)  # type: ignore[arg-type]
    assert (plan.level, plan.size, plan.enough) == ("largest", (1536, 2304), True)
    notice = MorePixels()
    qtbot.addWidget(notice)
    notice.reach = lambda e: refining.reach(window, e)  # type: ignore[arg-type]
    notice.show_shortfall(err, enlarging=False)
    assert "can make it again at 1536 × 2304 pixels, which is enough." in notice.text.text()
    assert not notice.final_button.isHidden()
