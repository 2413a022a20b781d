"""The export dialog's crop editor starts from the very box the export writes for a remembered crop, even when
that crop has another shape than the size's (one given with ``export --crop``, or edited by hand): the editor
once kept the crop's area while the export narrows it, so the two showed different frames."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from headshot_desktop.library import Library
from headshot_desktop.library.crops import Crop, crop_pixels, parse_crop
from headshot_desktop.library.presets import PRESETS, aspect
from tests.ui.export_dialog_support import add_picture, library
from tests.ui.test_export_framing import H, W, choose, framed, quadrants

__all__ = ["library"]  # the fixture


def within_a_pixel(shown: tuple[int, ...], exported: tuple[int, ...]) -> bool:
    return all(abs(a - b) <= 1 for a, b in zip(shown, exported, strict=True))


@pytest.mark.parametrize(
    ("preset_id", "remembered"),
    [
        ("linkedin", parse_crop("0.1,0.1,0.8,0.6")),  # `export --crop`: taller than square
        ("linkedin", Crop(0.0, 0.0, 1.0, 0.3)),  # far wider than square, at the top
        ("portrait", Crop(0.2, 0.3, 0.6, 0.6 * W / H)),  # a square crop, remembered for the 4:5 portrait
        ("casting-5x7", Crop(0.55, 0.6, 0.45, 0.4)),  # in the bottom right corner
    ],
)
def test_the_editor_shows_the_box_the_export_writes(qtbot: Any, library: Library, tmp_path: Path, preset_id: str,
                                                     remembered: Crop) -> None:  # fmt: skip
    shot = add_picture(library, quadrants())
    library.crops.set(shot, preset_id, remembered)
    preset = PRESETS[preset_id]
    exported = crop_pixels(remembered, W, H, aspect(preset))
    dialog = framed(qtbot, library, tmp_path, [shot])
    choose(dialog, preset_id)
    editor = dialog.framing.editor
    shown = crop_pixels(editor.crop(), W, H)
    assert within_a_pixel(shown, exported), f"the editor shows {shown}, the export writes {exported}"
    # and the export, given the crop the editor hands out, writes that same box
    assert within_a_pixel(crop_pixels(editor.crop(), W, H, aspect(preset)), exported)
    assert editor.frame_pixels() == pytest.approx((exported[2] - exported[0], exported[3] - exported[1]), abs=1)
