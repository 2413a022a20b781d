"""Settings actions that talk to the provider or erase data, in the real window."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from headshot_desktop.ui import actions, data_rights
from headshot_desktop.ui.dialogs.provider_page import ProviderPage
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.main_window import MainWindow
from tests.support.openai_server import Reply
from tests.ui.helpers import accept_provider, when_shown
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
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, *a, **k: told.append(title))
    data_rights.export_all_data(window)  # written on the library's worker
    qtbot.waitUntil(lambda: told == ["Export complete"], timeout=WAIT_MS)
    with zipfile.ZipFile(archive) as zf:
        assert "metadata.json" in zf.namelist() and sum(n.startswith("Headshots/") for n in zf.namelist()) == 2

    # Answering Cancel deletes nothing.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    data_rights.delete_all_data(window)
    assert len(list((window.context.paths.library_dir / "Headshots").iterdir())) == 2

    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    data_rights.delete_all_data(window)  # the trash looked at and everything deleted on workers
    qtbot.waitUntil(lambda: told[-1] == "Your data was deleted", timeout=WAIT_MS)
    assert not window.isVisible()  # the app closes: it must not write anything again
    window.close()
    ours = [p for p in home.rglob("*") if "headshot" in str(p.relative_to(home)).lower()]
    assert ours == []
    assert archive.exists()  # what the person exported is theirs, outside the app's folders


def drive_settings(steps: Callable[[SettingsDialog], None], errors: list[BaseException]) -> None:
    """Run ``steps`` on the Settings dialog the window is about to open (it is modal); close it if they fail."""
    when_shown(SettingsDialog, steps, errors)


def listed(dialog: SettingsDialog) -> list[str]:
    return [dialog.model.itemData(i) for i in range(dialog.model.count())]


def test_settings_lists_the_models_the_key_can_use_when_it_opens(window: MainWindow, qtbot, api_server,
                                                                 monkeypatch) -> None:  # fmt: skip
    seen: dict[str, object] = {}
    errors: list[BaseException] = []
    listing = ProviderPage.listing_models

    def noted(page: ProviderPage, provider_id: str) -> None:  # asked once the keyring said where the key is
        listing(page, provider_id)
        seen["while listing"] = page.models_note.text()

    monkeypatch.setattr(ProviderPage, "listing_models", noted)

    def steps(dialog: SettingsDialog) -> None:
        qtbot.waitUntil(lambda: "gpt-image-2" in listed(dialog), timeout=WAIT_MS)
        seen["listed"] = listed(dialog)
        seen["after"] = dialog.provider_page.models_note.text()
        dialog.model.setCurrentIndex(dialog.model.findData("gpt-image-1.5"))
        dialog.accept()

    drive_settings(steps, errors)
    window.open_settings()
    assert not errors, errors
    assert "Listing the models" in str(seen["while listing"])
    assert seen["listed"][0] == ""  # the newest the key can use stays the first choice
    assert sorted(seen["listed"][1:]) == ["gpt-image-1", "gpt-image-1-mini", "gpt-image-1.5", "gpt-image-2"]
    assert seen["after"] == ""
    assert api_server.requests_to("models")
    assert window.context.settings.provider_section(window.provider_id)["model"] == "gpt-image-1.5"
    assert window.options.model.text() == "gpt-image-1.5"


def test_a_failed_listing_says_so_and_keeps_the_chosen_model(window: MainWindow, qtbot, api_server) -> None:
    window.context.settings.set_provider_section(window.provider_id, model="my-own-model")
    api_server.script(Reply.error(401, "invalid_api_key", "Incorrect API key provided."), endpoint="models")
    seen: dict[str, object] = {}
    errors: list[BaseException] = []

    def steps(dialog: SettingsDialog) -> None:
        note = dialog.provider_page.models_note
        qtbot.waitUntil(lambda: "could not be listed" in note.text(), timeout=WAIT_MS)
        seen["note"], seen["listed"], seen["current"] = note.text(), listed(dialog), dialog.model.currentText()
        dialog.accept()

    drive_settings(steps, errors)
    window.open_settings()
    assert not errors, errors
    assert "key" in str(seen["note"]).lower() and "type" in str(seen["note"])  # why, and what still works
    assert "my-own-model" in seen["listed"] and seen["current"] == "my-own-model"
    assert window.context.settings.provider_section(window.provider_id)["model"] == "my-own-model"


def test_a_model_typed_while_the_list_arrives_is_kept_with_ok(window: MainWindow, qtbot, api_server) -> None:
    errors: list[BaseException] = []
    seen: dict[str, object] = {}

    def steps(dialog: SettingsDialog) -> None:
        dialog.tabs.setCurrentWidget(dialog.provider_page)
        combo = dialog.model
        combo.setFocus()
        combo.lineEdit().selectAll()
        qtbot.keyClicks(combo.lineEdit(), "my-")  # typing when the list comes in
        qtbot.waitUntil(lambda: "gpt-image-2" in listed(dialog), timeout=WAIT_MS)
        qtbot.keyClicks(combo.lineEdit(), "model")
        seen["listed"] = listed(dialog)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # OK pressed with the mouse, not Enter

    drive_settings(steps, errors)
    window.open_settings()
    assert not errors, errors
    assert "my-" not in seen["listed"]  # half a name is not offered as a model
    assert window.context.settings.provider_section(window.provider_id)["model"] == "my-model"
    assert window.options.model.text() == "my-model"


def test_no_models_are_asked_for_before_the_first_run_notice(qtbot, api_server, context_for) -> None:
    window = MainWindow(context_for(api_server))  # the key is there, the notice not accepted yet
    qtbot.addWidget(window)
    errors: list[BaseException] = []
    drive_settings(lambda dialog: (qtbot.wait(300), dialog.reject()), errors)
    window.open_settings()
    window.close()
    assert not errors, errors
    assert api_server.requests == []
