"""Export headshots: size, format and quality, a round preview for profile pictures, the names it will write.

Names within one export never collide (the second "… 1" becomes "… 1 (2)"); files already in the folder are
asked about once, for all of them, with "Keep both" as the default. Declining goes back to the dialog.

The window's thread never waits on a disk: the preview is decoded, the folder looked in and every file written on
the library pool. While the files are written the dialog says how far it is, its choices are locked, and Cancel
stops it between two files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library.presets import DEFAULT_TEMPLATE, FORMATS, PRESETS
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.dialog_ops import save_settings
from headshot_desktop.ui.dialogs.export_choices import ExportChoices, remember, remembered
from headshot_desktop.ui.dialogs.export_collisions import Collision, ask_about_existing
from headshot_desktop.ui.dialogs.export_preview import PREVIEW_SIZE, ExportPreview, PreviewChoice, names_text
from headshot_desktop.ui.dialogs.export_run import Exporting, ExportOutcome, ExportPlan, export_files, files_in_the_way
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.widgets.folder_field import FolderField

if TYPE_CHECKING:
    from headshot_desktop.app import AppContext
    from headshot_desktop.library import Headshot
    from headshot_desktop.system.pending import PendingWrites
    from headshot_desktop.ui.tasks import Task

ROUND_PREVIEW_TIP = ("LinkedIn and most sites show a profile picture in a circle. This only changes the preview: "
                     "the file stays square, and the site crops it.")  # fmt: skip


WIDTH_CHARS = 130


def _files(count: int) -> str:
    return f"{count} file" + ("" if count == 1 else "s")


class ExportDialog(QDialog):
    # An Export press is over: written, failed, stopped, or gone back at the question. The files it wrote.
    exported = Signal(list)

    def __init__(self, headshots: list[Headshot], settings: Settings, parent: QWidget | None = None,
                 pending: PendingWrites | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.headshots = headshots
        self.settings = settings
        self._pending = pending
        self._todo = list(headshots)  # not yet written: after a failure, Export goes on from here
        self.written: list[Path] = []
        self.skipped: list[Path] = []
        self._busy = False  # looking in the folder, asking, or writing: one Export press at a time
        self._stopping = False  # Cancel was pressed while busy: close once the file being written is done
        self._stopped = False
        self._task: Task | None = None
        self.setWindowTitle("Export headshot" if len(headshots) == 1 else f"Export {len(headshots)} headshots")
        choices = remembered(settings)
        self.preset = QComboBox()
        self.preset.setAccessibleName("Size preset")
        for preset in PRESETS.values():
            self.preset.addItem(preset.label, preset.id)
        self.preset.setCurrentIndex(max(0, self.preset.findData(settings.export_preset)))
        self.format = QComboBox()
        self.format.setAccessibleName("File format")
        for fmt in FORMATS:
            self.format.addItem(fmt.upper(), fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(settings.export_format)))
        self.quality = QSpinBox(minimum=1, maximum=100, value=choices.quality)
        self.quality.setAccessibleName("Quality")
        self.circle = QCheckBox("Preview the round crop of profile sites")
        self.circle.setToolTip(ROUND_PREVIEW_TIP)
        self.circle.setChecked(choices.round_preview)
        self.ai_label = QCheckBox('Label the file as "AI-generated" (XMP)')
        self.ai_label.setChecked(choices.ai_label)
        self.template = QLineEdit(choices.template)
        self.template.setAccessibleName("File name template")
        self.template.setToolTip("Fields: {date} {time} {style} {n} {original} {preset}")
        self.names = QLabel()
        self.names.setWordWrap(True)
        self.names.setAccessibleName("Files it will write")
        self.folder = FolderField(settings.last_export_dir or platformdirs.user_pictures_dir(), title="Export to")
        self.folder.setAccessibleName("Export folder")
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW_SIZE, PREVIEW_SIZE)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)  # "No preview: … could not be read." fits in its square
        self.preview.setAccessibleName("Export preview")
        self._preview = ExportPreview(self, self.preview, headshots[0].path)
        self.error = QLabel()  # a row of its own under the preview and the form, never over them
        self.error.setObjectName("export-error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.progress_text = QLabel()
        self.progress_text.setAccessibleName("Export progress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_text)
        progress.addWidget(self.progress_bar, 1)
        self.progress_row.hide()

        self.form = QFormLayout()
        self.form.addRow("&Size:", self.preset)
        self.form.addRow("&Format:", self.format)
        self.form.addRow("&Quality:", self.quality)
        self.form.addRow("", self.circle)
        self.form.addRow("", self.ai_label)
        self.form.addRow("File &name:", self.template)
        self.form.addRow("", self.names)
        folder_label = QLabel("F&older:")
        folder_label.setBuddy(self.folder)
        self.form.addRow(folder_label, self.folder)
        self.controls = QWidget()  # locked as a whole while the files are written
        top = QHBoxLayout(self.controls)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addLayout(self.form)
        column.addStretch(1)  # the preview is taller than the form: the space goes below, not between its rows
        top.addLayout(column, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton("&Export", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_row)
        layout.addStretch(1)
        layout.addWidget(buttons)
        for signal in (self.preset.currentIndexChanged, self.format.currentIndexChanged, self.circle.toggled):
            signal.connect(self._refresh)
        self.template.textChanged.connect(self._refresh_names)
        self._refresh()
        # Wide enough for a usual folder path and two file names per line; the path is cut only past that.
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * WIDTH_CHARS),
                    self.sizeHint().height())  # fmt: skip

    # -- what it shows -------------------------------------------------------------------------
    def _square(self) -> bool:
        size = PRESETS[self.preset.currentData()].size
        return size is not None and size[0] == size[1]

    def _refresh(self) -> None:
        self.form.setRowVisible(self.circle, self._square())  # a round crop is of a square picture
        self.quality.setEnabled(self.format.currentData() != "png")
        self._refresh_preview()
        self._refresh_names()

    def _refresh_preview(self) -> None:
        preset = PRESETS[self.preset.currentData()]
        aspect = None if preset.size is None else preset.size[0] / preset.size[1]
        circle = self._square() and self.circle.isChecked()
        self._preview.show(PreviewChoice(aspect, circle, self.devicePixelRatioF()))

    def _naming(self) -> dict[str, Any]:
        """How the files are named: the template, size and format, and the names this export already wrote."""
        return {"preset": self.preset.currentData(), "fmt": self.format.currentData(), "taken": list(self.written),
                "template": self.template.text().strip() or DEFAULT_TEMPLATE}  # fmt: skip

    def _targets(self, folder: Path) -> list[Path]:
        from headshot_desktop.library.export import plan_targets  # names only: it reads nothing from disk

        return plan_targets(self._todo, folder, **self._naming())

    def _refresh_names(self) -> None:
        try:
            text, tip = names_text(self._targets(Path(self.folder.text())))
        except HeadshotError as err:
            text, tip = err.user_text(), ""
            self.export_button.setEnabled(False)
        else:
            self.export_button.setEnabled(bool(self._todo) and not self._busy)
        self.names.setText(text)
        self.names.setToolTip(tip)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self._make_room_for_error()

    def _make_room_for_error(self) -> None:
        """A wrapped label does not grow its window by itself: as a minimum height, its lines push the window
        taller, so the error never covers the preview or the buttons."""
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        self.error.setMinimumHeight(self.error.heightForWidth(width) if self.error.text() else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.error.text():
            self._make_room_for_error()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._refresh_preview()  # now on its screen: at that screen's pixel ratio

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to a screen of another scale
            self._refresh_preview()
        return super().event(event)

    # -- export ----------------------------------------------------------------------------------
    def summary(self) -> str:
        """What the export did, in a sentence for the status bar: how many files and where, and each one skipped."""
        folder = Path(self.folder.text()).expanduser()
        text = f"Exported {_files(len(self.written))} to {folder}." if self.written else "Nothing was exported."
        if self.skipped:
            text += f" Skipped {_files(len(self.skipped))} already there: " + ", ".join(
                f"“{path.name}”" for path in self.skipped) + "."  # fmt: skip
        if self._stopped and self._todo:
            left = len(self._todo)
            text += f" You stopped the export before {'the last one' if left == 1 else f'the other {left}'}."
        return text

    def _remember(self, folder: Path) -> None:
        self.settings.last_export_dir = str(folder)
        self.settings.export_preset = self.preset.currentData()
        self.settings.export_format = self.format.currentData()
        remember(self.settings, ExportChoices(quality=self.quality.value(), ai_label=self.ai_label.isChecked(),
                                              template=self._naming()["template"],
                                              round_preview=self.circle.isChecked()))  # fmt: skip

    def save_choices(self, context: AppContext) -> None:
        """Keep this export's choices for the next one: the settings file is written on the library pool."""
        save_settings(self.parentWidget() or self, context)

    def _set_busy(self, text: str, total: int = 0) -> None:
        """Lock the choices and say what is being done; ``total`` files, or 0 for a bar that only moves."""
        self._busy = True
        self.controls.setEnabled(False)
        self.export_button.setEnabled(False)
        self.progress_text.setText(text)
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(0)
        self.progress_row.show()

    def _progressed(self, event: Exporting) -> None:
        if not self._stopping:
            self.progress_text.setText(event.text())
        self.progress_bar.setValue(event.number - 1)

    def _idle(self) -> None:
        self._busy = False
        self._task = None
        self.controls.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.progress_row.hide()
        self._refresh_names()

    def accept(self) -> None:
        if self._busy:
            return  # a second press (Enter twice) while the first is being done: it exports once
        folder = Path(self.folder.text()).expanduser()
        self._show_error("")
        try:
            targets = self._targets(folder)
        except HeadshotError as err:
            self._back(err.user_text())
            return
        if not targets:  # everything was written before
            super().accept()
            self.exported.emit([])
            return
        self._set_busy("Looking in the folder…")
        failed = f"Could not look for the files in {folder}."
        (
            LibraryOp(self, lambda _progress, _cancel: files_in_the_way(targets), failed=failed, label="export check")
            .success(lambda in_the_way: self._checked(folder, targets, in_the_way))
            .failure(lambda err: self._ended(ExportOutcome(error=plain_error(err, failed))))
            .run_in_background()
        )

    def _checked(self, folder: Path, targets: list[Path], in_the_way: list[Path]) -> None:
        """Back from looking in the folder: the question, on the window's thread, then the files on the pool."""
        if self._stopping:
            self._ended(ExportOutcome(stopped=True))  # Cancel was pressed while it looked
            return
        existing = set(in_the_way)
        choice = ask_about_existing(self, in_the_way, folder) if in_the_way else Collision.KEEP_BOTH
        if choice is None:
            self._back()  # back to the dialog, nothing written
            return
        if choice is Collision.SKIP and len(existing) == len(targets):
            one = len(targets) == 1
            self._back(f"Nothing was exported: {'the file is' if one else 'all the files are'} already in "
                       f"{folder}, and you chose to skip {'it' if one else 'them'}. Export again and choose "
                       "Replace or Keep both, or choose another folder or file name.")  # fmt: skip
            return
        self._remember(folder)
        plan = list(zip(list(self._todo), targets, strict=True))
        if choice is Collision.SKIP:
            self.skipped += [target for _, target in plan if target in existing]
            plan = [(shot, target) for shot, target in plan if target not in existing]
            self._todo = [shot for shot, _ in plan]
        work = ExportPlan(
            folder=folder, todo=[shot for shot, _ in plan], targets=[target for _, target in plan],
            naming=self._naming(), quality=self.quality.value(), ai_label=self.ai_label.isChecked(),
            renumber=choice is Collision.KEEP_BOTH and bool(existing),
            replace=frozenset(existing) if choice is Collision.REPLACE else frozenset(), pending=self._pending,
        )  # fmt: skip
        first = Exporting(1, len(plan), plan[0][1].name)
        self._set_busy(first.text(), total=len(plan))
        self._task = (
            LibraryOp(self, lambda progress, cancel: export_files(work, progress, cancel),
                      failed="The headshots could not be exported.", label="export")
            .progress(self._progressed)
            .success(self._ended)
            .failure(lambda err: self._ended(ExportOutcome(error=plain_error(err, "The headshots could not be "
                                                                                  "exported."))))
            .run_in_background()
        )  # fmt: skip

    def _back(self, error: str = "") -> None:
        """The press is over with nothing written: back to the choices, with ``error`` said if there is one."""
        self._idle()
        self._show_error(error)
        self._stopping = False
        self.exported.emit([])

    def _ended(self, outcome: ExportOutcome) -> None:
        for headshot, path in outcome.written:
            self.written.append(path)
            self._todo.remove(headshot)
        stopping, self._stopping = self._stopping, False
        self._idle()
        if outcome.error is not None:
            self._failed(outcome.error)  # said, even when Cancel was pressed meanwhile
        elif not self._todo:
            super().accept()
        elif outcome.stopped or stopping:
            self._stopped = True
            super().reject()
        self.exported.emit([path for _, path in outcome.written])

    def reject(self) -> None:
        """Cancel, Escape or the close button; while the files are written it stops them between two files."""
        if not self._busy:
            super().reject()
            return
        self._stopping = True
        if self._task is not None:
            self._task.cancel()
        self.progress_text.setText("Stopping after the file being written…")
        self.cancel_button.setEnabled(False)

    def _failed(self, err: HeadshotError) -> None:
        text = err.user_text()
        if self.written:
            names = ", ".join(f"“{path.name}”" for path in self.written)
            text += (f"\n{_files(len(self.written))} {'was' if len(self.written) == 1 else 'were'} exported before "
                     f"this: {names}. Export again to go on with the rest.")  # fmt: skip
        self._show_error(text)
        self._refresh_names()
