"""What the Team tab's parts (run, export, people, the person beside the table) may use of the panel.

They are handed the panel but depend only on this, so the panel can import them without the two importing each
other (as ``ui/window_api.py`` does for the window's helpers).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QDoubleSpinBox,
        QFrame,
        QLabel,
        QProgressBar,
        QPushButton,
        QVBoxLayout,
    )

    from headshot_desktop.app import AppContext
    from headshot_desktop.library import Library
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import BatchManifest
    from headshot_desktop.services.team.people import Person
    from headshot_desktop.ui.team.batch_work import Batches
    from headshot_desktop.ui.team.people_model import PeopleModel
    from headshot_desktop.ui.window_api import WindowApi


class TeamPanelApi(Protocol):
    main_window: WindowApi
    context: AppContext
    batches: Batches
    library: Library | None
    kit: TeamKit | None
    kit_path: Path | None
    kit_problems: list[str]
    draft: list[Person]
    manifest: BatchManifest | None
    model: PeopleModel
    run: Any  # run_control.RunControl
    exports: Any  # export_control.ExportControl
    side: Any  # person_side.PersonSide
    people: Any  # people_control.PeopleControl
    # the widgets the parts drive
    new_kit_button: QPushButton
    open_kit_button: QPushButton
    start_button: QPushButton
    stop_button: QPushButton
    retry_button: QPushButton
    continue_button: QPushButton
    cap: QDoubleSpinBox
    estimate_label: QLabel
    progress: QProgressBar
    progress_label: QLabel
    resume_bar: QFrame
    resume_text: QLabel
    export_button: QPushButton
    export_bar: QProgressBar
    export_cancel: QPushButton
    export_label: QLabel
    reveal_button: QPushButton
    side_layout: QVBoxLayout

    def show_batch(self, manifest: BatchManifest) -> None: ...
    def say(self, text: str) -> None: ...
