"""The export dialog's choices: an honest round preview, remembered choices, the names it will write, the folder."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from headshot_desktop.library import Library
from headshot_desktop.library.export import plan_targets
from headshot_desktop.system.settings import Settings, SettingsStore
from headshot_desktop.ui.widgets.crop_geometry import CHIN_LINE, EYE_LINE
from tests.ui.export_dialog_support import Questions, export_and_wait, library, open_dialog, same_named
from tests.ui.export_dialog_support import add_large as add

__all__ = ["library"]  # the fixture


def choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_round_preview_is_for_square_sizes_and_says_the_file_stays_square(qtbot, library: Library,
                                                                              tmp_path: Path) -> None:  # fmt: skip
    shot = add(library)
    dialog = open_dialog(qtbot, [shot])
    for preset, shown in (("portrait", False), ("linkedin", True), ("original", False), ("square", True)):
        choose(dialog.preset, preset)
        assert dialog.circle.isVisible() is shown, preset
    words = (dialog.circle.text() + " " + dialog.circle.toolTip()).lower()
    assert "preview" in words and "file stays square" in words
    exported = []
    for round_preview in (True, False):
        dialog = open_dialog(qtbot, [shot])
        choose(dialog.preset, "square")
        dialog.circle.setChecked(round_preview)
        dialog.template.setText(f"round {round_preview}")
        dialog.folder.setText(str(tmp_path))
        export_and_wait(qtbot, dialog)
        (written,) = dialog.written
        exported.append(written)
    with Image.open(exported[0]) as round_one, Image.open(exported[1]) as plain:
        assert round_one.size == (1024, 1024) and round_one.tobytes() == plain.tobytes()  # as promised: square


def test_quality_label_and_template_are_remembered(qtbot, library: Library, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "settings.json")
    settings = store.load()
    shot = add(library)
    dialog = open_dialog(qtbot, [shot], settings)
    choose(dialog.format, "jpeg")
    dialog.quality.setValue(72)
    assert dialog.ai_label.isChecked()  # on unless the person turns it off
    dialog.ai_label.setChecked(False)
    dialog.template.setText("{original} {n}")
    dialog.folder.setText(str(tmp_path / "out"))
    export_and_wait(qtbot, dialog)
    store.save(settings)

    again = open_dialog(qtbot, [shot], store.load())
    assert again.format.currentData() == "jpeg" and again.quality.value() == 72
    assert not again.ai_label.isChecked() and again.template.text() == "{original} {n}"
    assert again.folder.text() == str(tmp_path / "out")
    assert store.load().export_ai_label is False  # the setting the command line reads too


def test_remembered_values_of_the_wrong_kind_fall_back(qtbot, library: Library) -> None:
    settings = Settings(extra={"export": {"quality": "high", "template": 3, "eye_line": "high", "chin_line": 7}})
    dialog = open_dialog(qtbot, [add(library)], settings)
    assert dialog.quality.value() == 90 and dialog.ai_label.isChecked()
    assert dialog.template.text() == "{date} {style} {n}"
    assert dialog.framing is not None and dialog.framing.editor.guides() == (EYE_LINE, CHIN_LINE)


def test_the_names_it_will_write_are_shown_as_they_change(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 38)
    dialog = open_dialog(qtbot, shots[:2])
    dialog.folder.setText(str(tmp_path))
    dialog.template.setText("{style} {n}")
    assert "Corporate navy 1.png" in dialog.names.text() and "Corporate navy 1 (2).png" in dialog.names.text()
    choose(dialog.format, "webp")
    assert "Corporate navy 1 (2).webp" in dialog.names.text()
    dialog.template.setText("{colour}")
    assert "{colour}" in dialog.names.text() and not dialog.export_button.isEnabled()
    dialog.template.setText("{style}")
    assert dialog.export_button.isEnabled()

    many = open_dialog(qtbot, shots)
    planned = plan_targets(shots, tmp_path, preset="linkedin", fmt="png", template="{date} {style} {n}")
    assert planned[0].name in many.names.text() and "35 more" in many.names.text()
    assert all(p.name in many.names.toolTip() for p in planned)  # every name, a hover away
    questions = Questions("Replace")
    many.folder.setText(str(tmp_path))
    try:
        export_and_wait(qtbot, many)
    finally:
        questions.stop()
    assert [p.name for p in many.written] == [p.name for p in planned]  # what it showed is what it wrote


def test_the_folder_shows_its_whole_path(qtbot, library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "A folder with a rather long name for the field" / "and another one inside it" / "Exports"
    dialog = open_dialog(qtbot, [add(library)])
    dialog.resize(dialog.minimumSizeHint())
    dialog.folder.setText(str(folder))
    qtbot.wait(10)
    shown = dialog.folder.display.text()
    assert "…" in shown and shown.startswith(str(folder)[:8]) and shown.endswith("Exports")  # cut in the middle
    assert dialog.folder.display.toolTip() == str(folder) and dialog.folder.text() == str(folder)
    dialog.resize(2000, dialog.height())
    qtbot.waitUntil(lambda: dialog.folder.display.text() == str(folder))  # room for all of it: all of it


def test_the_team_page_size_is_set_once_in_the_dialog_and_kept(qtbot, library: Library, tmp_path: Path) -> None:
    settings = Settings()
    shot = add(library)
    dialog = open_dialog(qtbot, [shot], settings)
    assert not dialog.form_page.team_width.isVisible()  # only for the team page
    choose(dialog.preset, "team-page")
    assert dialog.form_page.team_width.isVisible() and dialog.form_page.team_height.isVisible()
    dialog.form_page.team_width.setValue(500)
    dialog.form_page.team_height.setValue(625)
    assert "500 × 625" in dialog.preset.currentText()
    assert settings.team_page_size == [500, 625]  # the person's, for every later export and copy
    dialog.folder.setText(str(tmp_path))
    (written,) = export_and_wait(qtbot, dialog)
    with Image.open(written) as image:
        assert image.size == (500, 625)
