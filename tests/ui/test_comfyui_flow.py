"""ComfyUI in the real window: free and private in words, steps and previews live, cancel reaches the server,
and its address (with the trust a plain-http address on the network needs) in Settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from headshot_desktop.ui import actions
from headshot_desktop.ui.dialogs.settings import SettingsDialog
from headshot_desktop.ui.main_window import MainWindow
from tests.support.comfyui_server import ComfyTestServer, Run, comfyui_server
from tests.ui.helpers import provider_window
from tests.ui.test_flow import WAIT_MS, bring_photo, generate


@pytest.fixture
def server() -> Iterator[ComfyTestServer]:
    with comfyui_server() as running:
        yield running


@pytest.fixture
def window(qtbot, server, context_for) -> Iterator[MainWindow]:
    yield from provider_window(qtbot, context_for, server, "comfyui")


def test_free_private_live_then_stored(window: MainWindow, qtbot, tmp_path: Path, server) -> None:
    host = server.host
    assert (
        host in window.options.privacy.text()
        and "nothing is sent to any cloud service" in window.options.privacy.text()
    )
    bring_photo(window, qtbot, tmp_path)
    assert "Cost: <b>free</b>" in window.options.estimate.text() and host in window.options.estimate.text()
    previews: list[int] = []
    window.session.previewArrived.connect(lambda job, index, image: previews.append(index))
    bars: list[int] = []
    window.session.jobChanged.connect(lambda job: bars.append(window.jobs.rows[job.id].bar.value())
                                      if job.id in window.jobs.rows else None)  # fmt: skip
    job = generate(window, qtbot, "legal")
    assert job.state == "done", job.status
    assert previews and any(0 < v < 200 for v in bars), "steps and previews were shown while it worked"
    assert len(job.outcome.headshots) == 2 and job.outcome.cost_usd == 0
    assert window.status_line.text().startswith(f"ComfyUI (your own server) at {host}")


def test_cancel_interrupts_the_run_on_the_server(window: MainWindow, qtbot, tmp_path: Path, server) -> None:
    bring_photo(window, qtbot, tmp_path)
    server.script(Run.hang(), Run.hang())
    window.gallery.select_style("legal")
    window.generate()
    qtbot.waitUntil(lambda: len(server.prompts) >= 1, timeout=WAIT_MS)
    job = window.session.jobs[-1]
    with qtbot.waitSignal(window.session.jobFinished, timeout=WAIT_MS):
        window.jobs.rows[job.id].cancel.click()
    assert job.state == "cancelled"
    qtbot.waitUntil(lambda: any(i.get("prompt_id") == server.prompts[0]["prompt_id"] for i in server.interrupts),
                    timeout=WAIT_MS)  # fmt: skip
    assert window.results.strip.count() == 0


def test_settings_take_the_address_and_ask_trust_only_for_plain_http_on_the_network(window, qtbot) -> None:
    dialog = SettingsDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    page = dialog.provider_page
    editor = page.server_editor
    assert page.server_box.isVisibleTo(dialog) and not page.key_box.isVisibleTo(dialog)
    editor.field.setText("http://192.168.1.20:8188")
    assert editor.trust.isVisibleTo(dialog) and "unencrypted" in editor.warning.text()
    editor.trust.setChecked(True)
    editor.field.setText("https://gpu.example.org:8443")
    assert not editor.trust.isVisibleTo(dialog)
    editor.field.setText("http://192.168.1.20:8188")
    assert editor.trust.isChecked(), "the tick is remembered while the address is edited"
    dialog.accept()
    section = window.context.settings.provider_section("comfyui")
    assert section["address"] == "http://192.168.1.20:8188" and section["trusted"] == ["http://192.168.1.20:8188"]


def test_testing_the_server_names_it(window, qtbot, server) -> None:
    dialog = SettingsDialog(window.context, parent=window, provider_id="comfyui")
    qtbot.addWidget(dialog)
    dialog.testKeyRequested.connect(lambda: actions.test_key(window, dialog))  # as the window's Settings does
    editor = dialog.provider_page.server_editor
    assert editor.address() == server.url
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.status.text().startswith("Found ComfyUI"), timeout=WAIT_MS)
    assert server.host in editor.status.text()
    dialog.reject()
