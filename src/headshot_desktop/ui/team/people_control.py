"""Who is in the batch: people added by their photos, a folder of photos or a CSV list, and queued people removed.

The photos, folders and lists are read on the library pool; before Start the people are a draft in memory, after
it they join the batch's file (with the batch's own kit).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from headshot_desktop.ui.operations import LibraryOp
from headshot_desktop.ui.qt_paths import photo_filter
from headshot_desktop.ui.team import batch_work

if TYPE_CHECKING:
    from headshot_desktop.services.team.manifest import BatchManifest, PersonState
    from headshot_desktop.services.team.people import Person
    from headshot_desktop.ui.team.panel_api import TeamPanelApi

# Translated where shown: the translator is installed after this module is imported.
CSV_FILTER = QT_TRANSLATE_NOOP("PeopleControl", "Lists of people (*.csv);;All files (*)")


class PeopleControl:
    def __init__(self, panel: TeamPanelApi) -> None:
        self.panel = panel

    def add_photos(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self.panel, translate("PeopleControl", "Add people by their photos"),
                                                str(Path.home()), photo_filter())  # fmt: skip
        if names:
            self.add_paths([Path(n) for n in names])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.panel, translate("PeopleControl", "Add everyone in a folder"),
                                                  str(Path.home()))  # fmt: skip
        if folder:
            self.add_paths([Path(folder)])

    def add_csv(self, path: Path | None = None) -> None:
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self.panel, translate("PeopleControl", "Add people from a list"),
                                                  str(Path.home()), translate("PeopleControl", CSV_FILTER))  # fmt: skip
            if not name:
                return
            path = Path(name)
        chosen = path
        failed = translate("PeopleControl", "The people in {file} could not be read.").format(file=chosen)
        op = LibraryOp(self.panel, lambda _p, _c: batch_work.people_in_csv(chosen), failed=failed, label="read people")
        op.success(self.add_people).run_in_background()

    def add_paths(self, paths: list[Path]) -> None:
        """Photos and folders (a folder: each photo in it), looked at on the library pool."""
        chosen = list(paths)
        op = LibraryOp(self.panel, lambda _p, _c: batch_work.people_in(chosen),
                       failed=translate("PeopleControl", "These photos could not be added."),
                       label="find people")  # fmt: skip
        op.success(self.add_people).run_in_background()

    def add_people(self, people: list[Person]) -> None:
        panel = self.panel
        if not people:
            panel.say(translate("PeopleControl", "No photos were found there. Add photos (JPEG, PNG, WebP, HEIC…) or "
                                "a folder holding them."))  # fmt: skip
            return
        manifest = panel.manifest
        if manifest is None:
            panel.draft = batch_work.unique_names(panel.draft, people)
            panel.model.set_people(batch_work.draft_rows(panel.draft))
            panel.run.refresh_estimate()
            return
        taken = [p.name for p in manifest.people]
        op = LibraryOp(panel, lambda _p, _c: batch_work.add_to_batch(panel.batches.store(), manifest, people, taken),
                       failed=translate("PeopleControl", "These people could not be added to the batch."),
                       label="add people")  # fmt: skip
        op.success(self._people_added).run_in_background()

    def _people_added(self, rows: list[PersonState]) -> None:
        panel = self.panel
        for row in rows:
            if panel.model.row_of(row.key) is None:
                panel.model.update_person(row)
        panel.run.refresh_estimate()
        panel.run.people_added()

    def remove_people(self, people: list[PersonState]) -> None:
        """Delete: the selected people still queued leave the batch, once the person says so (never while it runs:
        the runner's queue still has them)."""
        panel = self.panel
        if panel.run.running:
            panel.say(translate("PeopleControl", "Stop the batch first to remove people."))
            return
        queued = [p for p in people if p.status == "queued"]
        if not queued:
            panel.say(translate("PeopleControl", "Only people still queued can be removed: the others have been run."))
            return
        names = ", ".join(p.name for p in queued[:5]) + ("…" if len(queued) > 5 else "")
        answer = QMessageBox.question(
            panel,
            translate("PeopleControl", "Remove from the batch?"),
            translate("PeopleControl", "Remove {names} from the batch?").format(names=names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        keys = {p.key for p in queued}
        manifest = panel.manifest
        if manifest is None:
            rows = batch_work.draft_rows(panel.draft)
            panel.draft = [person for person, row in zip(panel.draft, rows, strict=True) if row.key not in keys]
            panel.model.set_people(batch_work.draft_rows(panel.draft))
            panel.run.refresh_estimate()
            return
        op = LibraryOp(panel, lambda _p, _c: batch_work.remove_queued(panel.batches.store(), manifest, keys),
                       failed=translate("PeopleControl", "These people could not be removed from the batch."),
                       label="remove people")  # fmt: skip
        op.success(lambda _none: self._removed(manifest)).run_in_background()

    def _removed(self, manifest: BatchManifest) -> None:
        self.panel.model.set_people([p.copy() for p in manifest.people])
        self.panel.run.refresh_estimate()
