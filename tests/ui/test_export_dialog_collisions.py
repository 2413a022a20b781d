"""Exporting into a folder that has files of the same names: one question, a safe default, nothing lost unnamed."""

from __future__ import annotations

from pathlib import Path

from headshot_desktop.library import Library, export_headshot
from tests.ui.export_dialog_support import Questions, export_and_wait, library, open_dialog, same_named

__all__ = ["library"]  # the fixture


def export(qtbot, dialog, answer: str) -> Questions:
    questions = Questions(answer)
    try:
        export_and_wait(qtbot, dialog)
    finally:
        questions.stop()
    return questions


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_38_item_export_never_collides_with_itself(qtbot, library: Library, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, same_named(library, 38))
    dialog.folder.setText(str(tmp_path))
    questions = export(qtbot, dialog, "Replace")
    assert questions.asked == []  # nothing was there before: nothing to ask
    assert len(names(tmp_path)) == 38 and len(dialog.written) == 38
    assert dialog.result() == dialog.DialogCode.Accepted.value
    assert dialog.summary() == f"Exported 38 files to {tmp_path}."


def earlier_export(shots, folder: Path) -> dict[str, bytes]:
    """The first ``shots`` exported before, as the dialog would name them: what each file held."""
    written = [export_headshot(shot, folder, preset="linkedin", fmt="png", keep_both=True) for shot in shots]
    return {path.name: path.read_bytes() for path in written}


def test_one_question_for_all_defaulting_to_keep_both(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 5)
    before = earlier_export(shots[:3], tmp_path)
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path))
    questions = export(qtbot, dialog, "Keep both")
    (asked,) = questions.asked  # once for all three
    assert asked["default"] == "Keep both" and asked["buttons"] == ["Cancel", "Keep both", "Replace", "Skip"]
    assert all(name in asked["text"] for name in before)
    assert {name: (tmp_path / name).read_bytes() for name in before} == before  # the old files are untouched
    assert len(names(tmp_path)) == 8 and len(dialog.written) == 5
    assert dialog.result() == dialog.DialogCode.Accepted.value


def test_cancel_goes_back_to_the_dialog_and_writes_nothing(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 2)
    earlier_export(shots[:1], tmp_path)
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path))
    export(qtbot, dialog, "Escape")
    assert dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected.value
    assert dialog.written == [] and len(names(tmp_path)) == 1
    export(qtbot, dialog, "Cancel")
    assert dialog.isVisible() and len(names(tmp_path)) == 1


def test_skipped_files_are_named(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 4)
    before = earlier_export(shots[:2], tmp_path)
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path))
    export(qtbot, dialog, "Skip")
    assert len(dialog.written) == 2 and len(names(tmp_path)) == 4
    assert {name: (tmp_path / name).read_bytes() for name in before} == before
    summary = dialog.summary()
    assert summary.startswith(f"Exported 2 files to {tmp_path}.")
    assert all(name in summary for name in before), summary


def test_skipping_every_file_keeps_the_dialog_open(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 2)
    earlier_export(shots, tmp_path)
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path))
    export(qtbot, dialog, "Skip")
    assert dialog.isVisible() and dialog.written == []
    assert "Nothing was exported" in dialog.error.text() and str(tmp_path) in dialog.error.text()


def test_replace_replaces_only_what_was_there(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 3)
    before = earlier_export(shots[:2], tmp_path)
    dialog = open_dialog(qtbot, shots[:1] + shots[2:] + shots[1:2])  # another order: other pixels under each name
    dialog.folder.setText(str(tmp_path))
    export(qtbot, dialog, "Replace")
    assert len(names(tmp_path)) == 3 and len(dialog.written) == 3
    assert [(tmp_path / name).read_bytes() == data for name, data in before.items()] == [True, False]


def test_after_a_failure_what_was_written_is_not_asked_about_again(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 3)
    kept = shots[1].path.read_bytes()
    shots[1].path.unlink()  # gone from the library folder behind the app's back
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path / "out"))
    export(qtbot, dialog, "Replace")
    assert dialog.isVisible() and shots[1].path.name in dialog.error.text()
    assert len(dialog.written) == 1
    shots[1].path.write_bytes(kept)
    questions = export(qtbot, dialog, "Replace")
    assert questions.asked == [] and len(names(tmp_path / "out")) == 3 and len(dialog.written) == 3
    assert dialog.result() == dialog.DialogCode.Accepted.value
