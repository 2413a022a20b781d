"""Settings actions that talk to the provider or erase data, in the real window."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from headshot_desktop.ui import actions, data_rights
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Reply
from tests.ui.helpers import accept_provider
from tests.ui.test_flow import WAIT_MS, bring_photo, generate


@pytest.fixture
def window(qtbot, api_server, context_for):
    win = MainWindow(accept_provider(context_for(api_server)))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_test_key_lists_image_models(window: MainWindow, qtbot, api_server) -> None:
    dialog = SettingsDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    actions.test_key(window, dialog)
    qtbot.waitUntil(lambda: "The key works" in dialog.key_editor.status.text(), timeout=WAIT_MS)
    assert "gpt-image-2" in dialog.key_editor.status.text()
    assert api_server.requests_to("models")
    assert dialog.model.findData("gpt-image-2") > 0  # what the key may use is offered as the model


def test_test_key_reports_a_rejected_key(window: MainWindow, qtbot, api_server) -> None:
    api_server.script(Reply.error(401, "invalid_api_key", "Incorrect API key provided."), endpoint="models")
    dialog = SettingsDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    actions.test_key(window, dialog)
    qtbot.waitUntil(
        lambda: "key" in dialog.key_editor.status.text().lower() and "works" not in dialog.key_editor.status.text(),
        timeout=WAIT_MS,
    )


def test_export_all_then_delete_all_from_the_window(window, qtbot, tmp_path: Path, home: Path, monkeypatch) -> None:
    bring_photo(window, qtbot, tmp_path)
    generate(window, qtbot, "executive")
    archive = tmp_path / "everything.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(archive), "Zip archive (*.zip)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert data_rights.export_all_data(window) == archive
    with zipfile.ZipFile(archive) as zf:
        assert "metadata.json" in zf.namelist() and sum(n.startswith("Headshots/") for n in zf.namelist()) == 2

    # Answering Cancel deletes nothing.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert data_rights.delete_all_data(window) is False
    assert len(list((window.context.paths.library_dir / "Headshots").iterdir())) == 2

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert data_rights.delete_all_data(window) is True
    assert not window.isVisible()  # the app closes: it must not write anything again
    window.close()
    ours = [p for p in home.rglob("*") if "headshot" in str(p.relative_to(home)).lower()]
    assert ours == []
    assert archive.exists()  # what the person exported is theirs, outside the app's folders
