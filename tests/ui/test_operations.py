"""Operations: the work off the window's thread, the answer on it, and one default dialog for a failure (#15)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication, QMessageBox

from headshot_desktop.errors import CancelledError, ErrorKind, HeadshotError
from headshot_desktop.ui.main_window import MainWindow
from headshot_desktop.ui.operations import LibraryOp, NetworkOp
from tests.ui.test_flow import WAIT_MS
from tests.ui.test_flow import window as window  # fixture by name


def _boxes(window: MainWindow) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_work_runs_off_the_window_thread_and_the_answer_comes_back_on_it(window: MainWindow, qtbot) -> None:
    threads: dict[str, threading.Thread] = {}

    def run(_progress, _cancel) -> int:
        threads["run"] = threading.current_thread()
        return 42

    got: list[int] = []

    def success(value: int) -> None:
        threads["success"] = threading.current_thread()
        got.append(value)

    LibraryOp(window, run, failed="x").success(success).run_in_background()
    qtbot.waitUntil(lambda: got == [42], timeout=WAIT_MS)
    assert threads["run"] is not threading.main_thread()
    assert threads["success"] is threading.main_thread()


def test_a_failure_nobody_handles_is_shown_in_words(window: MainWindow, qtbot) -> None:
    def run(_progress, _cancel):
        raise HeadshotError("The folder is read-only.", kind=ErrorKind.CONFIG, hint="Choose another folder.")

    NetworkOp(window, run, failed="The key could not be checked.").run_in_background()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=WAIT_MS)
    (box,) = _boxes(window)
    assert box.text() == "The folder is read-only." and box.informativeText() == "Choose another folder."
    box.close()


def test_an_unexpected_error_says_what_did_not_happen(window: MainWindow, qtbot) -> None:
    def run(_progress, _cancel):
        raise OSError(5, "Input/output error")

    LibraryOp(window, run, failed="The headshots could not be kept.").run_in_background()
    qtbot.waitUntil(lambda: bool(_boxes(window)), timeout=WAIT_MS)
    (box,) = _boxes(window)
    assert box.text() == "The headshots could not be kept."
    box.close()


def test_a_cancelled_operation_says_nothing_and_a_given_failure_replaces_the_dialog(window: MainWindow, qtbot) -> None:
    def cancelled(_progress, _cancel):
        raise CancelledError("stopped")

    LibraryOp(window, cancelled, failed="x").run_in_background()
    errors: list[BaseException] = []

    def broken(_progress, _cancel):
        raise ValueError("odd")

    LibraryOp(window, broken, failed="x").failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)  # the library pool runs one at a time: both are done
    assert isinstance(errors[0], ValueError)
    assert _boxes(window) == []


def test_library_work_waits_its_turn_while_the_network_runs_beside_it(window: MainWindow, qtbot) -> None:
    release = threading.Event()
    order: list[str] = []
    LibraryOp(window, lambda _p, _c: release.wait(WAIT_MS / 1000), failed="x").run_in_background()
    LibraryOp(window, lambda _p, _c: order.append("library"), failed="x").run_in_background()
    NetworkOp(window, lambda _p, _c: order.append("network"), failed="x").run_in_background()
    qtbot.waitUntil(lambda: order == ["network"], timeout=WAIT_MS)
    release.set()
    qtbot.waitUntil(lambda: order == ["network", "library"], timeout=WAIT_MS)


def test_an_answer_for_a_widget_already_gone_is_dropped(window: MainWindow, qtbot) -> None:
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    release = threading.Event()
    answers: list[object] = []
    LibraryOp(dialog, lambda _p, _c: release.wait(WAIT_MS / 1000), failed="x").success(answers.append)\
        .run_in_background()  # fmt: skip
    LibraryOp(dialog, lambda _p, _c: 1 / 0, failed="x").failure(answers.append).run_in_background()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(QDialog), timeout=WAIT_MS)  # the dialog is gone
    release.set()
    done: list[int] = []
    LibraryOp(window, lambda _p, _c: 0, failed="x").success(done.append).run_in_background()
    qtbot.waitUntil(lambda: done == [0], timeout=WAIT_MS)  # behind both on the library pool
    assert answers == []
