"""Export headshots: size, format and quality, the framing, true-size previews, the names it will write.

With one headshot the person frames it in the crop editor, beside its true-size previews (LinkedIn's circles, a
team-page tile, a print at its size on paper); the framing is remembered for that headshot and size, and an
export of many uses each one's remembered framing. A size that needs more pixels than the framing holds is said,
with two ways on: "Final in high detail" (the window makes it again) or "Enlarge anyway" (with what that means).

Names within one export never collide (the second "… 1" becomes "… 1 (2)"); files already in the folder are
asked about once, for all of them, with "Keep both" as the default. Declining goes back to the dialog.

The window's thread never waits on a disk: the picture is decoded, the previews drawn, the folder looked in and
every file written on the library pool. While the files are written the dialog says how far it is, its choices
are locked, and Cancel stops it between two files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QMetaMethod, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library.presets import DEFAULT_TEMPLATE, ExportPreset, aspect
from headshot_desktop.system.settings import Settings
from headshot_desktop.ui.dialog_ops import save_settings
from headshot_desktop.ui.dialogs.export_choices import ExportChoices, remember_export, remembered
from headshot_desktop.ui.dialogs.export_collisions import Collision, ask_about_existing
from headshot_desktop.ui.dialogs.export_form import ExportForm
from headshot_desktop.ui.dialogs.export_more_pixels import MorePixels
from headshot_desktop.ui.dialogs.export_preview import PreviewChoice, first_of_many, names_text
from headshot_desktop.ui.dialogs.export_run import Exporting, ExportOutcome, ExportPlan, export_files, files_in_the_way
from headshot_desktop.ui.dialogs.export_sizes import Sizes, library_opener
from headshot_desktop.ui.dialogs.export_status import ErrorLine, ProgressRow
from headshot_desktop.ui.dialogs.export_words import all_skipped, summary, window_title, written_before
from headshot_desktop.ui.i18n import error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp

if TYPE_CHECKING:
    from headshot_desktop.app import AppContext
    from headshot_desktop.library import Headshot
    from headshot_desktop.system.pending import PendingWrites
    from headshot_desktop.ui.dialogs.export_framing import Framing
    from headshot_desktop.ui.tasks import Task

WIDTH_CHARS = 130


class ExportDialog(QDialog):
    # An Export press is over: written, failed, stopped, or gone back at the question. The files it wrote.
    exported = Signal(list)
    # "Final in high detail": the window makes this headshot again (its refine path); the dialog has closed.
    finalRequested = Signal(object)

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
        self._allow_upscale = False  # "Enlarge anyway" was chosen for this size
        self._task: Task | None = None
        self.setWindowTitle(window_title(len(headshots)))
        self.sizes = Sizes(self, settings)
        self.choices = remembered(settings)
        self.form_page = ExportForm(settings, self.choices, self.sizes.presets)
        page = self.form_page
        self.preset, self.format, self.quality, self.circle = page.preset, page.format, page.quality, page.circle
        self.ai_label, self.template, self.names, self.folder = page.ai_label, page.template, page.names, page.folder
        self.form = page.form
        self.error = ErrorLine()
        self.more_pixels = MorePixels()
        self.more_pixels.finalAsked.connect(self._final)
        self.more_pixels.enlargeAsked.connect(self._enlarge)
        self.progress_row = ProgressRow()
        self.progress_text, self.progress_bar = self.progress_row.text, self.progress_row.bar

        self.controls = QWidget()  # locked as a whole while the files are written
        top = QHBoxLayout(self.controls)
        top.setContentsMargins(0, 0, 0, 0)
        self.framing: Framing | None = None
        self.preview: QLabel | None = None
        if len(headshots) == 1:
            self._frame_one(top, headshots[0])
        else:
            self._preview_many(top, headshots[0])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = translate("ExportDialog", "&Export")
        self.export_button = buttons.addButton(export, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.controls, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.more_pixels)
        layout.addWidget(self.progress_row)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        for signal in (self.format.currentIndexChanged, self.circle.toggled):
            signal.connect(self._refresh)
        self.template.textChanged.connect(self._refresh_names)
        self._preset_changed(chosen=False)
        self.sizes.follow_team_page(self.form_page, lambda: self._preset_changed(chosen=False))
        self.sizes.load(self.form_page, self._sizes_read)
        # Wide enough for a usual folder path and two file names per line; the path is cut only past that.
        self.resize(max(self.sizeHint().width(), self.fontMetrics().averageCharWidth() * WIDTH_CHARS),
                    self.sizeHint().height())  # fmt: skip

    def _frame_one(self, top: QHBoxLayout, headshot: Headshot) -> None:
        """One headshot: the crop editor on the left, the form and the true-size previews in tabs on the right."""
        from headshot_desktop.ui.dialogs.export_framing import Framing

        self.framing = Framing(headshot)
        self.framing.editor.set_guides(self.choices.eye_line, self.choices.chin_line)
        self.framing.changed.connect(self._check_pixels)
        self.tabs = self.framing.previews
        self.tabs.insertTab(0, self.form_page, translate("ExportDialog", "Si&ze and file"))
        self.tabs.setCurrentIndex(0)
        top.addWidget(self.framing, 5)
        top.addWidget(self.tabs, 6)

    def _preview_many(self, top: QHBoxLayout, first: Headshot) -> None:
        """Many headshots: the first, as each will be framed (its remembered framing, or the default one)."""
        self.preview, self._preview = first_of_many(self, first)
        top.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.form_page, 1)

    def _sizes_read(self, notices: list[str]) -> None:
        """The person's own sizes are listed; with one headshot, its picture and framings are read next."""
        if notices:
            self._show_error(" ".join(shown(notice) for notice in notices))
        if self.framing is not None:
            self.framing.load(list(self.sizes.presets), library_opener(self))

    # -- what it shows -------------------------------------------------------------------------
    def chosen_preset(self) -> ExportPreset:
        return self.sizes.chosen(self.form_page)

    def _square(self) -> bool:
        size = self.chosen_preset().size
        return size is not None and size[0] == size[1]

    def _preset_changed(self, _index: int = 0, *, chosen: bool = True) -> None:
        """Another size: its framing, its preferred format when the person picked it, and the pixels it needs."""
        preset = self.chosen_preset()
        self._allow_upscale = False  # asked again for each size
        if chosen and preset.format is not None:
            self.format.setCurrentIndex(max(0, self.format.findData(preset.format)))
        if self.framing is not None:
            self.framing.show_preset(preset)
        self._refresh()
        self._check_pixels()

    def _refresh(self) -> None:
        self.form.setRowVisible(self.circle, self._square())  # a round crop is of a square picture
        self.quality.setEnabled(self.format.currentData() != "png")
        self._refresh_preview()
        self._refresh_names()

    def _refresh_preview(self) -> None:
        preset = self.chosen_preset()
        circle = self._square() and self.circle.isChecked()
        if self.framing is not None:
            self.framing.editor.set_circle(circle)
            self.framing.redraw()
        else:
            self._preview.show(PreviewChoice(aspect(preset), circle, self.devicePixelRatioF(), preset.id))

    def _can_refine(self) -> bool:
        return self.isSignalConnected(QMetaMethod.fromSignal(self.finalRequested))

    def _check_pixels(self) -> None:
        """With one headshot: say at once when the frame holds fewer pixels than the size needs."""
        if self.framing is not None and not self._busy:
            self.more_pixels.show_shortfall(self.framing.shortfall(), enlarging=self._allow_upscale,
                                            can_refine=self._can_refine())  # fmt: skip

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
            text, tip = error_text(err), ""
            self.export_button.setEnabled(False)
        else:
            self.export_button.setEnabled(bool(self._todo) and not self._busy)
        self.names.setText(text)
        self.names.setToolTip(tip)

    def _show_error(self, text: str) -> None:
        self.error.say(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.error.text():
            self.error.make_room()

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
        stopped_before = len(self._todo) if self._stopped else 0
        return summary(Path(self.folder.text()).expanduser(), self.written, self.skipped, stopped_before)

    def _remember(self, folder: Path) -> None:
        editor = self.framing.editor if self.framing is not None else None
        guides = editor.guides() if editor is not None else (self.choices.eye_line, self.choices.chin_line)
        made = ExportChoices(quality=self.quality.value(), ai_label=self.ai_label.isChecked(),
                             template=self._naming()["template"], round_preview=self.circle.isChecked(),
                             eye_line=guides[0], chin_line=guides[1])  # fmt: skip
        remember_export(self.settings, folder, self.preset.currentData(), self.format.currentData(), made)

    def save_choices(self, context: AppContext) -> None:
        """Keep this export's choices for the next one: the settings file is written on the library pool."""
        save_settings(self.parentWidget() or self, context)

    def _set_busy(self, text: str, total: int = 0) -> None:
        """Lock the choices and say what is being done; ``total`` files, or 0 for a bar that only moves."""
        self._busy = True
        self.controls.setEnabled(False)
        self.more_pixels.setEnabled(False)
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
        self.more_pixels.setEnabled(True)
        self.cancel_button.setEnabled(True)
        self.progress_row.hide()
        self._refresh_names()

    def accept(self) -> None:
        if self._busy:
            return  # a second press (Enter twice) while the first is being done: it exports once
        folder = Path(self.folder.text()).expanduser()
        self._show_error("")
        if self.framing is None:
            self.more_pixels.hide()  # said again if it still holds
        try:
            targets = self._targets(folder)
        except HeadshotError as err:
            self._back(error_text(err))
            return
        if not targets:  # everything was written before
            super().accept()
            self.exported.emit([])
            return
        self._set_busy(translate("ExportDialog", "Looking in the folder…"))
        failed = translate("ExportDialog", "Could not look for the files in {folder}.").format(folder=folder)
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
            self._back(all_skipped(folder, len(targets)))
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
            preset=self.chosen_preset(), crops=self._framed(), allow_upscale=self._allow_upscale,
            library=library_opener(self),
        )  # fmt: skip
        first = Exporting(1, len(plan), plan[0][1].name)
        self._set_busy(first.text(), total=len(plan))
        failed = translate("ExportDialog", "The headshots could not be exported.")
        self._task = (
            LibraryOp(self, lambda progress, cancel: export_files(work, progress, cancel), failed=failed,
                      label="export")
            .progress(self._progressed)
            .success(self._ended)
            .failure(lambda err: self._ended(ExportOutcome(error=plain_error(err, failed))))
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
        self.progress_text.setText(translate("ExportDialog", "Stopping after the file being written…"))
        self.cancel_button.setEnabled(False)

    def _framed(self) -> dict[int, Any]:
        """The framing chosen in the editor, for its headshot (the others: remembered, or the default)."""
        crop = self.framing.crop() if self.framing is not None else None
        return {} if crop is None else {self.headshots[0].id: crop}

    def _final(self) -> None:
        """ "Final in high detail": close, and let the window make the headshot again (its cost asked there)."""
        headshot = self._todo[0] if self._todo else self.headshots[0]
        super().reject()
        self.finalRequested.emit(headshot)

    def _enlarge(self) -> None:
        """ "Enlarge anyway": said in words, then exported with a plain enlargement."""
        self._allow_upscale = True
        self._check_pixels()
        self.accept()

    def _failed(self, err: HeadshotError) -> None:
        from headshot_desktop.library.presets import NeedsMorePixels

        text = error_text(err)
        if isinstance(err, NeedsMorePixels):  # said with its two ways on, not as an error
            name = ""
            if len(self.headshots) > 1 and self._todo:
                name = translate("ExportDialog", "“{name}”: ").format(name=self._todo[0].path.name)
            self.more_pixels.show_shortfall(err, enlarging=False, can_refine=self._can_refine(), name=name)
            text = ""
        text = "\n".join(part for part in (text, written_before(self.written)) if part)
        self._show_error(text)
        self._refresh_names()
