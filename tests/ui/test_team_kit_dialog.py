"""The team kit dialog as a person uses it: every field from the keyboard, what it refuses, the custom prompt, the
file-name example, and the styles and sizes read off the window's thread."""

from __future__ import annotations

import json
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from headshot_desktop.app import AppContext
from headshot_desktop.library.crops import Crop
from headshot_desktop.services.team.kit import KitExport, TeamKit
from headshot_desktop.ui.team.kit_dialog import KitDialog, open_kit_dialog
from tests.support.thread_probe import ThreadProbe
from tests.ui.team_dialogs_support import Host, context, focused, host

__all__ = ["context", "host"]  # the fixtures

ALT = Qt.KeyboardModifier.AltModifier


def opened(qtbot: Any, host: Host, context: AppContext, kit: TeamKit | None = None) -> KitDialog:
    dialog = KitDialog(host, context, kit)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.forms.isEnabled)  # the styles and sizes are read on the library pool first
    return dialog


def key(widget: Any, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, which, modifier)


def tab() -> None:
    key(focused(), Qt.Key.Key_Tab)


def alt(dialog: KitDialog, letter: str) -> Any:
    """The field whose label has ``letter`` as its Alt key, after pressing Alt and it."""
    key(dialog, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)
    return focused()


def retype(widget: Any, text: str) -> None:
    key(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def test_a_kit_is_made_from_the_keyboard_alone(qtbot: Any, host: Host, context: AppContext) -> None:
    dialog = opened(qtbot, host, context)
    seed = dialog.seed
    assert focused() is dialog.generation.name and not dialog.ok.isEnabled()
    assert "Give the kit a name" in dialog.problems.text()
    QTest.keyClicks(focused(), "Acme team page")
    tab()
    assert focused() is dialog.generation.provider  # OpenAI, the window's provider
    tab()
    QTest.keyClicks(focused(), "gpt-image-1")
    style = alt(dialog, "s")
    assert style is dialog.generation.style_choice
    key(style, Qt.Key.Key_End)  # the last entry: "Custom prompt", and its field appears
    assert style.currentText() == "Custom prompt" and dialog.generation.prompt.isVisible()
    assert "Write the custom prompt" in dialog.problems.text() and not dialog.ok.isEnabled()
    tab()
    QTest.keyClicks(focused(), "Navy blazer, plain grey backdrop, soft light")
    tab()
    assert focused() is dialog.generation.keep["glasses"]
    key(focused(), Qt.Key.Key_Space)
    QTest.keyClicks(alt(dialog, "i"), "the scar above the left eyebrow")  # "In your words"
    key(alt(dialog, "v"), Qt.Key.Key_Up)  # variants 2 -> 3
    retype(alt(dialog, "e"), "1234")  # the seed
    key(alt(dialog, "z"), Qt.Key.Key_Home)  # the size: the first of the list
    first_size = dialog.export.preset.currentData()
    fmt = alt(dialog, "f")
    key(fmt, Qt.Key.Key_Down)  # from "As the size says" to the first format, PNG
    retype(alt(dialog, "l"), "{name} {preset}")  # the file name
    framing = alt(dialog, "a")
    key(framing, Qt.Key.Key_Down)  # the same crop for everyone: its field appears
    assert dialog.export.crop.isVisible()
    tab()
    assert focused() is dialog.export.crop
    QTest.keyClicks(focused(), "0.1,0.05,0.8,0.8")
    assert dialog.ok.isEnabled(), dialog.problems.text()
    key(dialog.export.crop, Qt.Key.Key_Return)  # Enter presses OK
    assert dialog.result() == dialog.DialogCode.Accepted.value
    assert dialog.kit() == TeamKit(
        name="Acme team page", provider="openai", style="", prompt="Navy blazer, plain grey backdrop, soft light",
        model="gpt-image-1", keep=("glasses",), keep_text="the scar above the left eyebrow", shape="portrait",
        detail="medium", variants=3, seed=1234, options={},
        export=KitExport(preset=first_size, fmt="png", quality=90, framing=Crop(0.1, 0.05, 0.8, 0.8),
                         template="{name} {preset}", ai_label=True),
    )  # fmt: skip
    assert seed != 1234  # a seed was drawn for the new kit, then replaced


def test_every_label_has_an_alt_key_of_its_own(qtbot: Any, host: Host, context: AppContext) -> None:
    dialog = opened(qtbot, host, context)
    labels = [label for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    keys = [label.text()[label.text().index("&") + 1].lower() for label in labels if "&" in label.text()]
    assert len(labels) >= 15 and len(keys) == len(labels), [label.text() for label in labels]
    assert len(set(keys)) == len(keys)


def test_tab_reaches_every_field_the_providers_own_options_included(qtbot: Any, host: Host,
                                                                     context: AppContext) -> None:  # fmt: skip
    dialog = opened(qtbot, host, context)
    dialog.generation.style_choice.setCurrentIndex(dialog.generation.style_choice.count() - 1)  # the prompt shows
    dialog.export.framing.setCurrentIndex(1)  # the crop field shows
    fields = [*dialog.generation.focus_chain(), *dialog.export.focus_chain()]
    assert dialog.generation.option_boxes  # OpenAI has options of its own
    qtbot.waitUntil(lambda: all(w.isVisible() for w in fields))  # rows added to a shown form show a moment later
    seen = []
    for _ in range(len(fields) + 2):
        seen.append(focused())
        tab()
    assert all(field in seen for field in fields), [f.accessibleName() for f in fields if f not in seen]
    assert seen.index(dialog.generation.new_seed) < seen.index(dialog.export.preset)  # down one half, then the other


def test_another_provider_offers_its_own_choices_and_drops_the_others(qtbot: Any, host: Host,
                                                                      context: AppContext) -> None:  # fmt: skip
    kit = TeamKit(name="Acme", provider="openai", style="corporate-grey", seed=8, options={"output_format": "jpeg"})
    dialog = opened(qtbot, host, context, kit)
    assert dialog.generation.option_boxes["output_format"].currentData() == "jpeg"
    provider = alt(dialog, "p")
    key(provider, Qt.Key.Key_Down)  # the next provider: Gemini, which has no options of its own
    assert provider.currentData() == "gemini" and dialog.generation.option_boxes == {}
    assert not dialog.generation.options_title.isVisible()
    assert dialog.ok.isEnabled(), dialog.problems.text()
    assert dialog.kit().provider == "gemini" and dialog.kit().options == {}


def test_an_option_value_the_provider_does_not_offer_is_kept_and_said(qtbot: Any, host: Host,
                                                                     context: AppContext) -> None:  # fmt: skip
    kit = TeamKit(name="Acme", provider="openai", style="corporate-grey", seed=8, options={"output_format": "gif"})
    dialog = opened(qtbot, host, context, kit)
    assert dialog.generation.option_boxes["output_format"].currentText() == "gif (not offered)"
    assert "option output_format takes png, jpeg, webp, not 'gif'" in dialog.problems.text()
    assert not dialog.ok.isEnabled()


def test_a_seed_that_is_not_a_number_or_too_big_and_too_many_variants_are_refused(
    qtbot: Any, host: Host, context: AppContext
) -> None:
    dialog = opened(qtbot, host, context)
    QTest.keyClicks(dialog.generation.name, "Acme")
    seed = dialog.generation.seed
    retype(seed, "12ab")
    assert seed.text() == "12" and dialog.ok.isEnabled()  # letters are not taken
    retype(seed, "")
    key(seed, Qt.Key.Key_Backspace)
    assert "Enter a seed" in dialog.problems.text() and not dialog.ok.isEnabled()
    retype(seed, "4294967296")
    assert "The seed must be a whole number from 0 to 2,147,483,647." in dialog.problems.text()
    assert not dialog.ok.isEnabled()
    dialog.accept()  # Enter while it is wrong: nothing happens
    assert dialog.isVisible()
    key(dialog.generation.new_seed, Qt.Key.Key_Space)
    assert 0 <= int(seed.text()) < 2**31 and dialog.ok.isEnabled()
    variants = dialog.generation.variants
    retype(variants, "7")
    assert variants.value() == 2 and dialog.kit().variants == 2  # 1 to 4 only
    retype(variants, "4")
    assert variants.value() == 4 and dialog.kit().variants == 4


def test_a_kit_with_a_custom_prompt_comes_back_as_it_went_in(qtbot: Any, host: Host, context: AppContext) -> None:
    kit = TeamKit(name="Clinic", provider="openai", prompt="White coat, hospital corridor, soft light",
                  keep=("glasses", "grey_hair"), keep_text="the hearing aid", shape="square", detail="high",
                  variants=4, seed=77, options={"output_format": "jpeg"},
                  export=KitExport(preset="square", fmt="webp", quality=70, framing=Crop(0, 0.1, 1, 0.7),
                                   template="{name} - {date}", ai_label=False))  # fmt: skip
    dialog = opened(qtbot, host, context, kit)
    assert dialog.windowTitle() == "Team kit"
    assert dialog.generation.style_choice.currentText() == "Custom prompt" and dialog.generation.prompt.isVisible()
    assert dialog.ok.isEnabled(), dialog.problems.text()
    assert dialog.kit() == kit
    dialog.generation.style_choice.setCurrentIndex(
        0
    )  # a style instead: the prompt goes, and comes back when chosen again
    assert not dialog.generation.prompt.isVisible() and dialog.kit().prompt == "" and dialog.kit().style
    dialog.generation.style_choice.setCurrentIndex(dialog.generation.style_choice.count() - 1)
    assert dialog.kit() == kit


def test_the_file_name_example_follows_the_template_the_size_and_the_format(
    qtbot: Any, host: Host, context: AppContext
) -> None:
    dialog = opened(qtbot, host, context)
    export = dialog.export
    QTest.keyClicks(dialog.generation.name, "Acme")
    assert export.example.text() == "<small>For example: Jane Doe.jpg</small>"  # LinkedIn's own format: JPEG
    retype(export.template, "{name} - {preset}")
    assert export.example.text() == "<small>For example: Jane Doe - linkedin.jpg</small>"
    export.format.setCurrentIndex(export.format.findData("png"))
    assert export.example.text() == "<small>For example: Jane Doe - linkedin.png</small>"
    assert not export.quality.isEnabled()  # PNG has no quality to choose
    retype(export.template, "{name} {team}")
    said = "The file name template uses {team}, which is not a known field."
    assert said in export.example.text() and said in dialog.problems.text() and not dialog.ok.isEnabled()


def test_styles_and_sizes_are_read_off_the_windows_thread(qtbot: Any, host: Host, context: AppContext) -> None:
    config = context.paths.config_dir
    config.mkdir(parents=True, exist_ok=True)
    own_style = {"id": "my-acme", "name": "Acme blue", "prompt": "Blue backdrop, navy polo", "shape": "portrait"}
    (config / "styles.json").write_text(json.dumps({"version": 1, "styles": [own_style]}))
    (config / "export_presets.json").write_text(json.dumps({"presets": [
        {"id": "intranet", "name": "Intranet", "size": [300, 400]}]}))  # fmt: skip
    kit = TeamKit(name="Acme", provider="openai", style="my-acme", seed=5, export=KitExport(preset="intranet"))
    probe = ThreadProbe()
    with probe.watching():
        dialog = opened(qtbot, host, context, kit)
        QTest.keyClicks(dialog.generation.name, " team")
        assert dialog.ok.isEnabled(), dialog.problems.text()
    probe.assert_quiet()
    assert (
        dialog.generation.style_choice.currentText() == "Acme blue" and dialog.export.preset.currentData() == "intranet"
    )
    assert dialog.kit() == TeamKit(
        name="Acme team", provider="openai", style="my-acme", seed=5, export=KitExport(preset="intranet")
    )


def test_a_style_or_size_this_app_lacks_is_said_and_kept(qtbot: Any, host: Host, context: AppContext) -> None:
    kit = TeamKit(name="Shared", provider="openai", style="my-gone", seed=9, export=KitExport(preset="gone-size"))
    dialog = opened(qtbot, host, context, kit)
    text = dialog.problems.text()
    assert "There is no style called 'my-gone' here" in text and "There is no export size called 'gone-size'" in text
    assert not dialog.ok.isEnabled() and dialog.generation.style_choice.currentText() == "my-gone (not here)"


@pytest.mark.parametrize("accept", [True, False])
def test_open_kit_dialog_is_window_modal_and_answers_once_accepted(qtbot: Any, host: Host, context: AppContext,
                                                                   accept: bool) -> None:  # fmt: skip
    host.show()
    made: list[TeamKit] = []
    kit = TeamKit(name="Acme", provider="openai", style="corporate-grey", seed=3)
    dialog = open_kit_dialog(host, context, kit, made.append)
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.forms.isEnabled())
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    dialog.accept() if accept else dialog.reject()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # closed and let go
    assert made == ([kit] if accept else [])
