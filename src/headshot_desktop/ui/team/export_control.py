"""Export all: every finished person's chosen headshot with the kit's preset, into one folder, on the library pool,
with progress and Cancel between files; then Show in folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from headshot_desktop.errors import CancelledError
from headshot_desktop.ui import reveal
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, Plural, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.team import batch_work

if TYPE_CHECKING:
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.team.panel_api import TeamPanelApi

FAILED = QT_TRANSLATE_NOOP("ExportControl", "The headshots could not all be exported.")  # translated where said


class ExportControl:
    def __init__(self, panel: TeamPanelApi) -> None:
        self.panel = panel
        self.task: Task | None = None
        self.written: list[Path] = []
        panel.export_button.clicked.connect(lambda: self.export_all())
        panel.export_cancel.clicked.connect(self.cancel)
        panel.reveal_button.clicked.connect(self.reveal)

    def follow(self) -> None:
        """Export all is there once someone is done (and no export is under way)."""
        panel = self.panel
        done = panel.manifest is not None and panel.model.count("done") > 0
        panel.export_button.setEnabled(done and self.task is None)

    def export_all(self, folder: Path | None = None) -> None:
        panel = self.panel
        manifest = panel.manifest
        if manifest is None or self.task is not None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                panel, translate("ExportControl", "Export the team's headshots into"), manifest.out_dir
            )
            if not chosen:
                return
            folder = Path(chosen)
        target, context, batches = folder, panel.context, panel.batches

        def work(progress: Any, cancel: Any) -> list[Path]:
            return batch_work.export_all(context, batches.store(), manifest, target, progress, cancel)

        panel.export_bar.setRange(0, 0)  # until the first file says how many
        panel.export_bar.show()
        panel.export_cancel.show()
        panel.export_cancel.setEnabled(True)
        panel.reveal_button.hide()
        panel.export_label.setText(translate("ExportControl", "Exporting into {folder}…").format(folder=target))
        op = LibraryOp(panel, work, failed=translate("ExportControl", FAILED), label="export team")
        op.progress(self._progress).success(lambda paths: self._done(paths, target)).failure(self._failed)
        self.task = op.run_in_background()
        self.follow()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.panel.export_cancel.setEnabled(False)

    def _progress(self, event: Any) -> None:
        done, total = event
        self.panel.export_bar.setRange(0, max(1, total))
        self.panel.export_bar.setValue(done)

    def _ended(self) -> None:
        self.task = None
        self.panel.export_bar.hide()
        self.panel.export_cancel.hide()
        self.follow()

    def _done(self, paths: list[Path], folder: Path) -> None:
        self._ended()
        self.written = list(paths)
        count = len(paths)
        if not count:
            said = translate("ExportControl", "Nothing was exported into {folder}: nobody is done yet.")
            self.panel.export_label.setText(said.format(folder=folder))
            return
        said = Plural.tr("Exported %n headshot(s) into {folder}.", "", count)
        self.panel.export_label.setText(said.format(folder=folder))
        self.panel.reveal_button.show()

    def _failed(self, err: BaseException) -> None:
        self._ended()
        if isinstance(err, CancelledError):
            self.panel.export_label.setText(
                translate("ExportControl", "The export was cancelled. The files written so far are whole.")
            )
            return
        self.written = list(getattr(err, "written", []))  # some people could not be exported: the others were
        self.panel.reveal_button.setVisible(bool(self.written))
        error = plain_error(err, translate("ExportControl", FAILED))
        self.panel.export_label.setText(shown(error.message))
        show_error(self.panel, error)

    def reveal(self) -> None:
        if self.written:
            reveal.reveal(self.panel.main_window, self.written[0])
