"""What the team dialogs' tests share: a real AppContext under the test's HOME, and a host widget that stands in
for the window (its session's library pool, a real one-worker TaskRunner, and the context)."""

from __future__ import annotations

from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from headshot_desktop.app import AppContext, build_context
from headshot_desktop.ui.tasks import TaskRunner


@pytest.fixture
def context(home: Any) -> Iterator[AppContext]:
    made = build_context(environ={}, log_to_file=False)
    yield made
    made.close()


class Host(QWidget):
    """Stands in for the window a team dialog opens from."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.session = SimpleNamespace(runner=TaskRunner(max_workers=1, parent=self), context=context)


@pytest.fixture
def host(qtbot: Any, context: AppContext) -> Iterator[Host]:
    widget = Host(context)
    qtbot.addWidget(widget)
    yield widget
    widget.session.runner.shutdown()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget
