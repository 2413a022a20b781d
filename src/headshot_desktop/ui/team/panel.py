"""The Team tab: the kit on top, then who is in the batch, its cost and cap, Start and Stop, the table, export all.

The window's thread only shows and asks: kits, photos, folders and CSV files are read, the batch is made, priced and
saved on the library pool; the batch runs on the network pool (``run_control.py``); people are added and removed
in ``people_control.py``, export all is in ``export_control.py`` and the picker beside the table in
``person_side.py``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, shown, translate
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.team import batch_work
from headshot_desktop.ui.team.buttons import button
from headshot_desktop.ui.team.export_control import ExportControl
from headshot_desktop.ui.team.people_control import PeopleControl
from headshot_desktop.ui.team.people_model import PeopleModel
from headshot_desktop.ui.team.people_view import PeopleTable
from headshot_desktop.ui.team.person_side import PersonSide
from headshot_desktop.ui.team.run_control import RunControl
from headshot_desktop.ui.team.words import kit_summary

if TYPE_CHECKING:
    from headshot_desktop.library import Library
    from headshot_desktop.services.team.kit import TeamKit
    from headshot_desktop.services.team.manifest import BatchManifest
    from headshot_desktop.services.team.people import Person
    from headshot_desktop.ui.window_api import WindowApi

# Translated where shown: the translator is installed after this module is imported.
KIT_FILTER = QT_TRANSLATE_NOOP("TeamPanel", "Team kits (*.headshot-kit.json *.json);;All files (*)")


class TeamPanel(QWidget):
    def __init__(self, window: WindowApi, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_window = window
        self.context = window.context
        self.batches = batch_work.Batches(self.context)
        self.library: Library | None = None
        self.kit: TeamKit | None = None
        self.kit_path: Path | None = None
        self.kit_problems: list[str] = []  # what this computer cannot do of the kit: it cannot start
        self.draft: list[Person] = []  # people added before the batch is made (at Start)
        self.manifest: BatchManifest | None = None  # the batch, once made or found unfinished
        self.model = PeopleModel(self)
        self.table = PeopleTable(self.model)
        self._build()
        self.run = RunControl(self)
        self.exports = ExportControl(self)
        self.side = PersonSide(self)
        self.people = PeopleControl(self)
        self._connect()
        self.show_kit()
        self.run.refresh_estimate()
        self._open_batches()

    # -- layout ----------------------------------------------------------------------------------------
    def _build(self) -> None:
        self.kit_name = QLabel()
        self.kit_name.setAccessibleName(translate("TeamPanel", "Team kit"))
        self.kit_line = QLabel()
        self.kit_line.setTextFormat(Qt.TextFormat.PlainText)
        self.kit_line.setWordWrap(True)
        self.new_kit_button = button(translate("TeamPanel", "&New kit…"),
                                     translate("TeamPanel", "Make a new team kit"))  # fmt: skip
        self.open_kit_button = button(translate("TeamPanel", "Open &kit…"),
                                      translate("TeamPanel", "Open a team kit file"))  # fmt: skip
        self.save_kit_button = button(translate("TeamPanel", "Save k&it as…"),
                                      translate("TeamPanel", "Save the team kit as a file to share"))  # fmt: skip
        kit_row = QHBoxLayout()
        kit_text = QVBoxLayout()
        kit_text.addWidget(self.kit_name)
        kit_text.addWidget(self.kit_line)
        kit_row.addLayout(kit_text, 1)
        for made in (self.new_kit_button, self.open_kit_button, self.save_kit_button):
            kit_row.addWidget(made)

        self.add_photos_button = button(translate("TeamPanel", "Add &photos…"),
                                        translate("TeamPanel", "Add people by their photos"),
                                        translate("TeamPanel", "One person per photo"))  # fmt: skip
        self.add_folder_button = button(translate("TeamPanel", "Add fol&der…"),
                                        translate("TeamPanel", "Add everyone in a folder of photos"),
                                        translate("TeamPanel", "One person per photo in the folder"))  # fmt: skip
        self.add_csv_button = button(translate("TeamPanel", "Add fro&m CSV…"),
                                     translate("TeamPanel", "Add people from a list"),
                                     translate("TeamPanel", "A CSV file: name,photo[,reference…]"))  # fmt: skip
        people_row = QHBoxLayout()
        for made in (self.add_photos_button, self.add_folder_button, self.add_csv_button):
            people_row.addWidget(made)
        drop_hint = QLabel(translate("TeamPanel", "or drop photos and folders on the table."))
        drop_hint.setEnabled(False)
        people_row.addWidget(drop_hint, 1)

        self.resume_bar = QFrame()
        self.resume_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.resume_text = QLabel()
        self.continue_button = button(translate("TeamPanel", "Contin&ue"),
                                      translate("TeamPanel", "Continue the batch that stopped"))  # fmt: skip
        resume_row = QHBoxLayout(self.resume_bar)
        resume_row.addWidget(self.resume_text, 1)
        resume_row.addWidget(self.continue_button)
        self.resume_bar.hide()

        self.estimate_label = QLabel()
        self.estimate_label.setAccessibleName(translate("TeamPanel", "Cost of the batch"))
        self.estimate_label.setWordWrap(True)
        self.cap = QDoubleSpinBox()
        self.cap.setRange(0.0, 100_000.0)
        self.cap.setDecimals(2)
        self.cap.setSingleStep(1.0)
        self.cap.setPrefix("$")
        self.cap.setSpecialValueText(translate("TeamPanel", "No cap"))
        self.cap.setAccessibleName(translate("TeamPanel", "Spending cap in dollars"))
        self.cap.setToolTip(translate("TeamPanel", "The batch stops before the next person would take it past this "
                                      "amount."))  # fmt: skip
        cap_label = QLabel(translate("TeamPanel", "Spendin&g cap:"))
        cap_label.setBuddy(self.cap)
        self.start_button = button(translate("TeamPanel", "St&art"), translate("TeamPanel", "Start the batch"))
        self.stop_button = button(translate("TeamPanel", "St&op"),
                                  translate("TeamPanel", "Stop the batch; it can be continued later"))  # fmt: skip
        self.stop_button.setEnabled(False)
        self.retry_button = button(translate("TeamPanel", "Tr&y failed again"),
                                   translate("TeamPanel", "Queue again the people a fault stopped (nothing was "
                                             "paid)"))  # fmt: skip
        self.retry_button.hide()
        cost_row = QHBoxLayout()
        cost_row.addWidget(self.estimate_label, 1)
        cost_row.addWidget(cap_label)
        cost_row.addWidget(self.cap)
        cost_row.addWidget(self.start_button)
        cost_row.addWidget(self.stop_button)
        cost_row.addWidget(self.retry_button)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("TeamPanel", "Progress of the batch"))
        self.progress.setTextVisible(False)
        self.progress.hide()  # until there is a batch: an empty bar reads as a text field
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(translate("TeamPanel", "Where the batch is"))
        self.progress_label.setWordWrap(True)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.progress_label, 1)

        self.side_box = QWidget()
        self.side_layout = QVBoxLayout(self.side_box)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.side_box)
        split.setStretchFactor(0, 1)
        split.setSizes([820, 320])

        self.export_button = button(translate("TeamPanel", "E&xport all…"),
                                    translate("TeamPanel", "Export every finished person's headshot"))  # fmt: skip
        self.export_button.setEnabled(False)
        self.export_bar = QProgressBar()
        self.export_bar.setAccessibleName(translate("TeamPanel", "Progress of the export"))
        self.export_bar.hide()
        self.export_cancel = button(translate("TeamPanel", "Cancel"), translate("TeamPanel", "Cancel the export"))
        self.export_cancel.hide()
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.reveal_button = button(translate("TeamPanel", "Show in folder"),
                                    translate("TeamPanel", "Show the exported files in their folder"))  # fmt: skip
        self.reveal_button.hide()
        export_row = QHBoxLayout()
        for part in (self.export_button, self.export_bar, self.export_cancel):
            export_row.addWidget(part)
        export_row.addWidget(self.export_label, 1)
        export_row.addWidget(self.reveal_button)

        layout = QVBoxLayout(self)
        layout.addLayout(kit_row)
        layout.addLayout(people_row)
        layout.addWidget(self.resume_bar)
        layout.addLayout(cost_row)
        layout.addLayout(progress_row)
        layout.addWidget(split, 1)
        layout.addLayout(export_row)

    def _connect(self) -> None:
        self.new_kit_button.clicked.connect(self.new_kit)
        self.open_kit_button.clicked.connect(lambda: self.open_kit())
        self.save_kit_button.clicked.connect(lambda: self.save_kit_as())
        self.add_photos_button.clicked.connect(self.people.add_photos)
        self.add_folder_button.clicked.connect(self.people.add_folder)
        self.add_csv_button.clicked.connect(lambda: self.people.add_csv())
        self.table.pathsDropped.connect(self.people.add_paths)
        self.table.removeRequested.connect(self.people.remove_people)
        self.table.openRequested.connect(self.side.open_person)
        self.table.selectionModel().currentRowChanged.connect(self._current_person)

    def _current_person(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Moving to a row shows that person's variants beside the table (Enter also puts the keys on them)."""
        if current.isValid() and self.model.person(current.row()).headshot_ids:
            self.side.show_person(self.model.person(current.row()))

    # -- what is in the library ----------------------------------------------------------------------
    def _open_batches(self) -> None:
        failed = translate("TeamPanel", "The team batches could not be read.")
        op = LibraryOp(self, lambda _p, _c: self.batches.open(), failed=failed, label="team batches")
        op.success(self._opened).run_in_background()

    def _opened(self, opened: batch_work.Opened) -> None:
        self.library = opened.library
        if opened.manifest is None or self.manifest is not None or self.draft:
            return  # nothing unfinished, or the person has already begun another batch
        self.kit, self.kit_path = opened.kit, Path(opened.manifest.kit_path) if opened.manifest.kit_path else None
        self.kit_problems = opened.problems
        self.show_batch(opened.manifest)
        self.show_kit()
        self.run.show_progress(opened.manifest)
        self.run.show_resume()
        self.run.refresh_estimate()

    def show_batch(self, manifest: BatchManifest) -> None:
        self.manifest = manifest
        self.draft = []
        if manifest.cap_usd is not None:
            self.cap.setValue(manifest.cap_usd)
        self.model.set_people([p.copy() for p in manifest.people])
        self.exports.follow()

    # -- the kit ---------------------------------------------------------------------------------------
    def show_kit(self) -> None:
        kit = self.kit
        self.save_kit_button.setEnabled(kit is not None)
        if kit is None:
            self.kit_name.setText(translate("TeamPanel", "<b>Team kit</b>"))
            self.kit_line.setText(translate("TeamPanel", "No team kit yet. Make one with New…, or open one a "
                                            "colleague shared."))  # fmt: skip
            return
        builtin = {s.id: s.name for s in self.context.styles.builtin}  # in memory: the person's own are on disk
        try:
            title = shown(self.context.provider_info(kit.provider).title)
        except HeadshotError:  # unknown here, or for developers only: said in the kit's problems
            title = kit.provider
        if self.kit_path is not None:
            named = translate("TeamPanel", "<b>{kit}</b> ({file})").format(
                kit=escape(kit.name), file=escape(self.kit_path.name)
            )
        else:
            named = translate("TeamPanel", "<b>{kit}</b> (not saved)").format(kit=escape(kit.name))
        self.kit_name.setText(named)
        summary = kit_summary(kit, title, builtin.get(kit.style, ""))
        if self.kit_problems:
            problems = " ".join(shown(problem) for problem in self.kit_problems)
            summary += "\n" + translate("TeamPanel", "This kit cannot be used on this computer: {problems}").format(
                problems=problems
            )
        self.kit_line.setText(summary)

    def new_kit(self) -> None:
        from headshot_desktop.ui.team.kit_dialog import open_kit_dialog

        open_kit_dialog(self, self.context, None, lambda kit: self.set_kit(kit, None))

    def open_kit(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self,
                translate("TeamPanel", "Open a team kit"),
                str(self._kit_folder()),
                translate("TeamPanel", KIT_FILTER),
            )
            if not name:
                return
            path = Path(name)
        chosen = path
        op = LibraryOp(self, lambda _p, _c: batch_work.read_kit(self.context, chosen),
                       failed=translate("TeamPanel", "The team kit {file} could not be opened.").format(file=chosen),
                       label="open kit")  # fmt: skip
        op.success(lambda found: self.set_kit(found[0], chosen, found[1])).run_in_background()

    def save_kit_as(self, path: Path | None = None) -> None:
        from headshot_desktop.services.team.kit import KIT_SUFFIX

        kit = self.kit
        if kit is None:
            return
        if path is None:
            start = self._kit_folder() / f"{kit.name}{KIT_SUFFIX}"
            name, _ = QFileDialog.getSaveFileName(
                self, translate("TeamPanel", "Save the team kit"), str(start), translate("TeamPanel", KIT_FILTER)
            )
            if not name:
                return
            path = Path(name)
        chosen = path
        failed = translate("TeamPanel", "The team kit could not be saved to {file}.").format(file=chosen)
        op = LibraryOp(self, lambda _p, _c: batch_work.write_kit(kit, chosen), failed=failed, label="save kit")
        op.success(lambda _path: self._kit_saved(chosen)).run_in_background()

    def _kit_saved(self, path: Path) -> None:
        self.kit_path = path
        self.show_kit()
        self.main_window.statusBar().showMessage(
            translate("TeamPanel", "The team kit was saved to {file}.").format(file=path), 15000
        )

    def _kit_folder(self) -> Path:
        return self.kit_path.parent if self.kit_path is not None else Path.home()

    def set_kit(self, kit: TeamKit, path: Path | None, problems: list[str] | None = None) -> None:
        """Use ``kit`` for the next batch. A batch already made keeps its own kit: this one starts a new batch.
        ``problems``: what this computer cannot do of the kit (the kit dialog lets none through)."""
        if self.run.running:
            self.say(translate("TeamPanel", "The batch is running with its own kit. Stop it before choosing another "
                               "kit."))  # fmt: skip
            return
        if self.manifest is not None:
            self.manifest = None
            self.model.set_people([])
            self.run.hide_resume()
            self.exports.follow()
            self.say(translate("TeamPanel", "A new batch starts with this kit; the previous one stays in the library."))
        self.kit, self.kit_path, self.kit_problems = kit, path, list(problems or [])
        self.show_kit()
        self.run.refresh_estimate()

    # -- people (``people_control.py``) ------------------------------------------------------------------
    def add_paths(self, paths: list[Path]) -> None:
        self.people.add_paths(paths)

    def add_csv(self, path: Path | None = None) -> None:
        self.people.add_csv(path)

    def say(self, text: str) -> None:
        """A sentence under the cost line (and in the status bar), for what the person just tried."""
        self.progress_label.setText(text)
        self.main_window.statusBar().showMessage(text, 15000)
