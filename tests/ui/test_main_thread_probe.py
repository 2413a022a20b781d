"""Nothing blocking on the window's thread: the real window driven through its main screens, under the probe.

While a test drives the window (import, generate, keep, delete, export one and many, export all, delete all,
settings, the key test and the key editor), ``tests/support/thread_probe.py`` records every SQLite statement, file
write, fsync, Pillow or Qt decode, keyring call and socket the app makes on the main thread; each test fails
listing them, with the app's frames that made them. The context is built before the probe starts: that is
start-up, before the window exists. The probe stops before the window closes: saving the window's place as it
closes is the one write the window's thread is allowed.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget, QWizard

from headshot_desktop.app import build_context
from headshot_desktop.ui import data_rights
from headshot_desktop.ui.dialogs.compare_dialog import CompareDialog
from headshot_desktop.ui.dialogs.export_dialog import ExportDialog
from headshot_desktop.ui.dialogs.first_run import FirstRunWizard, needs_first_run
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.main_window import MainWindow
from tests.support.fixtures import real_keyring as real_keyring  # fixtures by name
from tests.support.thread_probe import ThreadProbe
from tests.ui.helpers import accept_provider, when_shown
from tests.ui.test_dialogs import settings_written
from tests.ui.test_flow import WAIT_MS, bring_photo, generate

W = TypeVar("W", bound=QWidget)


@pytest.fixture
def probe() -> Iterator[ThreadProbe]:
    watching = ThreadProbe()
    yield watching
    watching.stop()


def probed_window(qtbot, context, probe: ThreadProbe) -> Iterator[MainWindow]:
    probe.start()  # before the window is made: what it does as it opens counts
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    probe.stop()
    window.close()


@pytest.fixture
def window(qtbot, api_server, context_for, probe: ThreadProbe) -> Iterator[MainWindow]:
    yield from probed_window(qtbot, accept_provider(context_for(api_server)), probe)


def trash_files(home: Path) -> list[Path]:
    trash = home / ".local" / "share" / "Trash" / "files"
    return list(trash.iterdir()) if trash.is_dir() else []


def test_import_generate_keep_and_delete(window: MainWindow, qtbot, tmp_path: Path, home: Path, probe) -> None:
    bring_photo(window, qtbot, tmp_path)
    job = generate(window, qtbot, "corporate-grey")
    first, second = job.outcome.headshots
    qtbot.waitUntil(lambda: len(window.library.listed_headshots) == 2, timeout=WAIT_MS)

    window.keep_headshots([first], True)
    qtbot.waitUntil(lambda: any(h.id == first.id and h.kept for h in window.library.listed_headshots),
                    timeout=WAIT_MS)  # fmt: skip
    window.delete_headshots([second])  # not kept: no question
    qtbot.waitUntil(lambda: len(trash_files(home)) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(window.library.listed_headshots) == 1, timeout=WAIT_MS)
    probe.assert_quiet()


def test_compare_and_open_from_the_library(window: MainWindow, qtbot, tmp_path: Path, probe) -> None:
    bring_photo(window, qtbot, tmp_path)
    window.gallery.select_style("legal")

    def tick_the_provider(dialog: CompareDialog) -> None:
        dialog.boxes[window.provider_id].setChecked(True)
        dialog.accept()

    errors: list[BaseException] = []
    when_shown(CompareDialog, tick_the_provider, errors)
    window.options.compare.click()  # priced on a worker, then the dialog
    qtbot.waitUntil(lambda: len(window.session.jobs) == 1, timeout=WAIT_MS)
    assert not errors, errors
    (job,) = window.session.jobs
    qtbot.waitUntil(lambda: job.state == "done" and "$" in window.results.grid.tiles[job.id].caption.text(),
                    timeout=WAIT_MS)  # fmt: skip

    qtbot.waitUntil(lambda: len(window.library.listed_headshots) == 1, timeout=WAIT_MS)
    (made,) = window.library.listed_headshots
    window.open_in_results(made)  # shown already: selected
    window.results.drop_job(job.id)
    window.open_in_results(made)  # no longer in Results: decoded on a worker, then shown
    qtbot.waitUntil(lambda: window.results.current() is not None and window.results.view.after is not None,
                    timeout=WAIT_MS)  # fmt: skip
    probe.assert_quiet()


def export_through_the_dialog(window: MainWindow, qtbot, headshots, folder: Path) -> list[Path]:
    """Export ``headshots`` as the person does: the window opens the dialog, Export is pressed, it finishes."""
    errors: list[BaseException] = []
    seen: list[ExportDialog] = []

    def steps(dialog: ExportDialog) -> None:
        seen.append(dialog)
        dialog.folder.setText(str(folder))
        dialog.preset.setCurrentIndex(dialog.preset.findData("linkedin"))
        dialog.format.setCurrentIndex(dialog.format.findData("jpeg"))
        dialog.export_button.click()  # the window's call returns once the dialog has finished, however it works

    when_shown(ExportDialog, steps, errors)
    window.export_headshots(headshots)
    assert not errors, errors
    (dialog,) = seen
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    return list(dialog.written)


def test_export_one_and_many(window: MainWindow, qtbot, tmp_path: Path, probe) -> None:
    bring_photo(window, qtbot, tmp_path)
    shots = generate(window, qtbot, "navy-suit").outcome.headshots
    one = export_through_the_dialog(window, qtbot, shots[:1], tmp_path / "one")
    many = export_through_the_dialog(window, qtbot, shots, tmp_path / "many")
    with probe.paused():  # the test's own look at the folders
        assert len(one) == 1 and one[0].is_file()
        assert len(many) == 2 and all(p.is_file() for p in many)
    probe.assert_quiet()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the test HOME's trash is on Linux")
def test_export_all_and_delete_all(window: MainWindow, qtbot, tmp_path: Path, home: Path, probe, monkeypatch) -> None:
    bring_photo(window, qtbot, tmp_path)
    archive = tmp_path / "everything.zip"
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(archive), "Zip archive (*.zip)"))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text, *a, **k: told.append(title))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)

    data_rights.export_all_data(window)
    qtbot.waitUntil(lambda: "Export complete" in told, timeout=WAIT_MS)
    data_rights.delete_all_data(window)
    qtbot.waitUntil(lambda: "Your data was deleted" in told, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    with probe.paused():
        assert archive.is_file() and not window.context.paths.library_dir.exists()
    probe.assert_quiet()


def change_settings_test_and_edit_the_key(window: MainWindow, qtbot, api_key: str, saved_words: str,
                                          status_words: str) -> list[str]:  # fmt: skip
    """Open Settings, test a typed key (saved first), remove it, save another, change the theme, press OK."""
    errors: list[BaseException] = []
    said: list[str] = []

    def steps(dialog: SettingsDialog) -> None:
        editor = dialog.key_editor
        qtbot.waitUntil(lambda: "Current key" in editor.status.text(), timeout=WAIT_MS)
        editor.field.setText(api_key)
        editor.test_button.click()
        qtbot.waitUntil(lambda: "The key works" in editor.status.text(), timeout=WAIT_MS)
        said.append(editor.status.text())
        editor.remove_button.click()
        qtbot.waitUntil(lambda: "removed" in editor.status.text(), timeout=WAIT_MS)
        said.append(editor.status.text())
        editor.field.setText(api_key)
        editor.save_button.click()
        qtbot.waitUntil(lambda: saved_words in editor.status.text(), timeout=WAIT_MS)
        said.append(editor.status.text())
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()

    when_shown(SettingsDialog, steps, errors)
    window.open_settings()
    assert not errors, errors
    qtbot.waitUntil(lambda: status_words in window.status_line.text(), timeout=WAIT_MS)
    return said


@pytest.fixture
def keyless_window(qtbot, api_server, context_for, probe: ThreadProbe) -> Iterator[MainWindow]:
    """No key in the environment: the person brings one in Settings."""
    yield from probed_window(qtbot, accept_provider(context_for(api_server, OPENAI_API_KEY="")), probe)


def test_first_run_with_a_typed_key(no_keyring, qtbot, api_server, context_for, probe) -> None:
    """The first-run wizard: age ticked, a key typed and Finish pressed (it is saved first), the consent saved."""
    window = next(probed_window(qtbot, context_for(api_server, OPENAI_API_KEY=""), probe))
    errors: list[BaseException] = []
    shown: list[FirstRunWizard] = []

    def finish(wizard: FirstRunWizard) -> None:
        shown.append(wizard)
        wizard.privacy.age.setChecked(True)
        wizard.next()
        wizard.key_page.editor.field.setText(api_server.api_key)
        wizard.button(QWizard.WizardButton.FinishButton).click()

    when_shown(FirstRunWizard, finish, errors)
    window.maybe_first_run()  # returns once the key is saved and the wizard has finished
    assert not errors, errors
    qtbot.waitUntil(lambda: "for this session only" in window.status_line.text(), timeout=WAIT_MS)
    settings_written(qtbot, shown[0])
    probe.assert_quiet()
    probe.stop()
    assert not needs_first_run(build_context(environ=api_server.environ(), log_to_file=False))
    window.close()


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a desktop without a keyring service: keyring.get_keyring() is still asked, and says so."""
    import keyring.backends.fail
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.backends.fail.Keyring())


def test_settings_key_test_and_key_editor_without_a_keyring(no_keyring, keyless_window: MainWindow, qtbot,
                                                           api_server, probe) -> None:  # fmt: skip
    said = change_settings_test_and_edit_the_key(keyless_window, qtbot, api_server.api_key, "Kept for this session.",
                                                 "for this session only")  # fmt: skip
    assert "Kept for this session." in said[-1]
    assert keyless_window.context.settings.theme == "dark"
    probe.assert_quiet()


@pytest.mark.keyring
def test_settings_key_test_and_key_editor_with_the_system_keyring(keyless_window: MainWindow, qtbot, api_server,
                                                                  probe, real_keyring) -> None:  # fmt: skip
    said = change_settings_test_and_edit_the_key(keyless_window, qtbot, api_server.api_key,
                                                 "Saved in the system keyring.", "in the system keyring")  # fmt: skip
    assert "Saved in the system keyring." in said[-1]
    with probe.paused():
        keyless_window.context.secrets.delete(keyless_window.provider_id)  # a test's key does not outlive it
    probe.assert_quiet()
