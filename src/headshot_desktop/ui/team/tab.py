"""The Team tab in the window: an empty page at start, the panel built the first time the tab is shown.

Nothing heavy is imported here: the panel, the team services and the library come with the first look.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from headshot_desktop.ui.team.panel import TeamPanel
    from headshot_desktop.ui.window_api import WindowApi

TAB_TITLE = QT_TRANSLATE_NOOP("TeamTab", "&Team")  # translated where the tab is added


class TeamTab(QWidget):
    """The page in the tabs; ``panel()`` builds its contents once."""

    def __init__(self, window: WindowApi) -> None:
        super().__init__()
        self.main_window = window
        self._panel: TeamPanel | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def panel(self) -> TeamPanel:
        if self._panel is None:
            from headshot_desktop.ui.team.panel import TeamPanel

            self._panel = TeamPanel(self.main_window, self)
            self._layout.addWidget(self._panel)
        return self._panel

    def is_built(self) -> bool:
        return self._panel is not None


def attach(window: WindowApi) -> None:
    tab = TeamTab(window)
    window.team = tab
    index = window.tabs.addTab(tab, translate("TeamTab", TAB_TITLE))
    window.tabs.setTabToolTip(
        index, translate("TeamTab", "A whole team in one consistent batch: one kit, everyone's headshot")
    )

    def shown(current: int) -> None:
        if current == index:
            tab.panel()

    window.tabs.currentChanged.connect(shown)
