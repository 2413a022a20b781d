"""The export dialog never makes the window wait: the preview's decode, the look for files in the way and every
file written run on the library pool, with progress, a Cancel between files, and a failure that names the file."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from headshot_desktop.library import Library, export_headshot
from headshot_desktop.library import export as library_export
from headshot_desktop.ui import previews
from tests.support.mounts import read_only_bind
from tests.support.thread_probe import ThreadProbe
from tests.ui.export_dialog_support import Questions, export_and_wait, library, open_dialog, same_named
from tests.ui.file_touch_probe import FileTouches

__all__ = ["library"]  # the fixture
WAIT_S = 20


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def cancel_button(dialog) -> Any:
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)


def test_no_file_is_read_looked_for_or_written_on_the_windows_thread(qtbot, library: Library,
                                                                     tmp_path: Path) -> None:  # fmt: skip
    shots = same_named(library, 3)
    out = tmp_path / "out"
    export_headshot(shots[0], out, preset="linkedin", fmt="png")  # one name in the way: the question is asked
    probe = ThreadProbe()  # decodes, encodes, writes and fsyncs on the window's thread
    with probe.watching(), FileTouches([library.root, out]) as touches:  # and every look, on any thread
        dialog = open_dialog(qtbot, shots)
        qtbot.waitUntil(lambda: not dialog.preview.pixmap().isNull())
        dialog.folder.setText(str(out))
        questions = Questions("Keep both")
        try:
            written = export_and_wait(qtbot, dialog)
        finally:
            questions.stop()
    assert len(questions.asked) == 1 and len(written) == 3 and len(names(out)) == 4
    probe.assert_quiet()
    assert touches.on_main_thread() == []
    seen = touches.off_main_thread()  # the probe saw the work: the look, the source read, the files made
    assert any(event == "exists" and name.startswith(str(out)) for event, name in seen)
    assert any(event == "open" and name.startswith(str(library.root)) for event, name in seen)
    assert sum(event == "os.link" and name.startswith(str(out)) for event, name in seen) == 3


class Gate:
    """Holds the worker after the ``after``-th file is written, until the test lets it go on."""

    def __init__(self, after: int, monkeypatch: pytest.MonkeyPatch) -> None:
        self.after = after
        self.count = 0
        self.reached = threading.Event()
        self.go_on = threading.Event()
        write = library_export._write

        def held(*args: Any, **kwargs: Any) -> None:
            write(*args, **kwargs)
            self.count += 1
            if self.count == self.after:
                self.reached.set()
                self.go_on.wait(WAIT_S)

        monkeypatch.setattr(library_export, "_write", held)


def test_cancel_stops_between_files_and_leaves_only_whole_files(qtbot, library: Library, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    shots = same_named(library, 6)
    gate = Gate(2, monkeypatch)
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path))
    try:
        with qtbot.waitSignal(dialog.exported, timeout=WAIT_S * 1000) as ended:
            dialog.accept()
            qtbot.waitUntil(gate.reached.is_set, timeout=WAIT_S * 1000)
            qtbot.waitUntil(lambda: dialog.progress_text.text() == "Exporting 2 of 6…")
            assert dialog.progress_text.isVisible() and dialog.progress_bar.isVisible()
            assert not dialog.preset.isEnabled() and not dialog.template.isEnabled()
            assert not dialog.export_button.isEnabled() and dialog.isVisible()
            cancel_button(dialog).click()  # while the second file is written
            gate.go_on.set()
    finally:
        gate.go_on.set()
    assert gate.count == 2 and len(ended.args[0]) == 2
    assert names(tmp_path) == sorted(path.name for path in dialog.written) and len(names(tmp_path)) == 2
    assert not any(name.startswith(".") for name in names(tmp_path))  # no temporary file left behind
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected.value
    assert dialog.summary() == f"Exported 2 files to {tmp_path}. You stopped the export before the other 4."


def test_a_failed_export_says_which_file_could_not_be_written(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 2)
    folder = tmp_path / "read-only"
    folder.mkdir()
    planned = library_export.plan_targets(shots, folder, preset="linkedin", fmt="png", template="{date} {style} {n}")
    with read_only_bind(folder):
        dialog = open_dialog(qtbot, shots)
        dialog.folder.setText(str(folder))
        written = export_and_wait(qtbot, dialog)
        text = dialog.error.text()
    assert written == [] and dialog.written == [] and names(folder) == []
    assert f"Could not export the headshot ({planned[0]})." in text, text
    assert f"Check that you may change files in {folder}." in text, text
    assert dialog.isVisible() and dialog.export_button.isEnabled() and dialog.preset.isEnabled()
    assert not dialog.progress_text.isVisible()


def test_pressing_export_twice_exports_once(qtbot, library: Library, tmp_path: Path) -> None:
    shots = same_named(library, 3)
    dialog = open_dialog(qtbot, shots)
    dialog.folder.setText(str(tmp_path))
    ends: list[list[Path]] = []
    dialog.exported.connect(ends.append)
    with qtbot.waitSignal(dialog.exported, timeout=WAIT_S * 1000):
        dialog.accept()
        dialog.accept()  # Enter pressed twice, before the first has looked in the folder
    runner = dialog.parent().session.runner
    qtbot.waitUntil(lambda: not runner.active)  # whatever a second press would have queued has run
    assert len(ends) == 1 and len(ends[0]) == 3
    assert len(names(tmp_path)) == 3 and len(dialog.written) == 3


def test_the_preview_shows_the_newest_choice_not_a_stale_one(qtbot, library: Library,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    started = threading.Event()
    go_on = threading.Event()
    load_preview = previews.load_preview

    def slow(*args: Any, **kwargs: Any) -> Any:
        started.set()
        go_on.wait(WAIT_S)
        return load_preview(*args, **kwargs)

    monkeypatch.setattr(previews, "load_preview", slow)
    shown: list[tuple[int, int]] = []
    try:
        dialog = open_dialog(qtbot, same_named(library, 2))
        assert dialog.preview is not None
        set_pixmap = dialog.preview.setPixmap
        dialog.preview.setPixmap = lambda pixmap: (shown.append((pixmap.width(), pixmap.height())),
                                                   set_pixmap(pixmap))  # fmt: skip
        qtbot.waitUntil(started.is_set, timeout=WAIT_S * 1000)
        dialog.preset.setCurrentIndex(dialog.preset.findData("square"))
        dialog.preset.setCurrentIndex(dialog.preset.findData("portrait"))  # the newest, while the decode runs
    finally:
        go_on.set()
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT_S * 1000)
    runner = dialog.parent().session.runner
    qtbot.waitUntil(lambda: not runner.active)
    assert all(height > width for width, height in shown), shown  # 4:5, never a square


def test_the_choices_are_saved_for_next_time_on_the_library_pool(qtbot, library: Library, tmp_path: Path) -> None:
    from headshot_desktop.app import build_context

    context = build_context(environ={}, log_to_file=False)
    try:
        dialog = open_dialog(qtbot, same_named(library, 1), context.settings)
        dialog.format.setCurrentIndex(dialog.format.findData("webp"))
        dialog.folder.setText(str(tmp_path))
        export_and_wait(qtbot, dialog)
        runner = dialog.parent().session.runner
        with FileTouches([context.settings_store.path.parent]) as touches:
            dialog.save_choices(context)
            qtbot.waitUntil(lambda: not runner.active)
        assert touches.on_main_thread() == [] and touches.off_main_thread()
        again = context.settings_store.load()
        assert again.export_format == "webp" and again.last_export_dir == str(tmp_path)
    finally:
        context.close()
