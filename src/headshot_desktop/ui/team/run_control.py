"""The batch's cost, Start and Stop, its progress, and Continue for a batch that stopped.

The batch is made on the library pool at Start, then runs on the network pool (``NetworkOp``): the runner's events
come back through the operation's progress (a queued signal), and the table changes the row with the person's key.
Stop cancels: the people in flight go back to the queue and the batch can be continued.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer

from headshot_desktop.errors import CancelledError
from headshot_desktop.ui import provider_choice
from headshot_desktop.ui.errors import show_error
from headshot_desktop.ui.i18n import QT_TRANSLATE_NOOP, error_text, shown, translate
from headshot_desktop.ui.notices import plain_error
from headshot_desktop.ui.operations import LibraryOp, NetworkOp
from headshot_desktop.ui.team import batch_work
from headshot_desktop.ui.team.words import estimate_words, progress_text, resume_text, waiting_text

if TYPE_CHECKING:
    from headshot_desktop.core.pricing import CostEstimate
    from headshot_desktop.services.team.manifest import BatchManifest, PersonState
    from headshot_desktop.services.team.runner import BatchStopped
    from headshot_desktop.ui.tasks import Task
    from headshot_desktop.ui.team.panel_api import TeamPanelApi

TICK_MS = 250
# Translated where said: the translator is installed after this module is imported.
NOTHING_TO_PRICE = QT_TRANSLATE_NOOP("RunControl", "Open or make a team kit, then add people, to see what the batch "
                                     "will cost.")  # fmt: skip
NOT_PRICED = QT_TRANSLATE_NOOP("RunControl", "The cost of the batch could not be worked out.")
NOT_MADE = QT_TRANSLATE_NOOP("RunControl", "The batch could not be made.")
STOPPED = QT_TRANSLATE_NOOP("RunControl", "The batch stopped.")


class RunControl:
    def __init__(self, panel: TeamPanelApi) -> None:
        self.panel = panel
        self.task: Task | None = None
        self.last_stop: BatchStopped | None = None
        self._asked = 0  # the newest price asked for: an older answer is stale
        self._waiting_until = 0.0
        self._ticker = QTimer(panel, interval=TICK_MS)
        self._ticker.timeout.connect(self._tick)
        panel.start_button.clicked.connect(self.start)
        panel.continue_button.clicked.connect(self.start)
        panel.stop_button.clicked.connect(self.stop)
        panel.retry_button.clicked.connect(self.try_failed_again)
        panel.cap.valueChanged.connect(lambda _v: self._show_buttons())

    @property
    def running(self) -> bool:
        return self.task is not None

    def cap_usd(self) -> float | None:
        value = self.panel.cap.value()
        return round(value, 2) if value > 0 else None

    # -- the cost before Start -------------------------------------------------------------------------
    def refresh_estimate(self) -> None:
        panel = self.panel
        kit, people = panel.kit, panel.model.people()
        left = [p for p in people if p.status in ("queued", "running")]
        self._asked = asked = self._asked + 1
        if kit is None or not left or panel.kit_problems:
            if kit is None or not people:
                said = translate("RunControl", NOTHING_TO_PRICE)
            elif panel.kit_problems:
                said = translate("RunControl", "The kit cannot be used on this computer.")
            else:
                said = translate("RunControl", "Nobody is waiting to be made.")
            panel.estimate_label.setText(said)
            panel.start_button.setText(translate("RunControl", "St&art"))
            self._show_buttons()
            return
        context, manifest, draft = panel.context, panel.manifest, list(panel.draft)
        kit_path, cap = panel.kit_path, self.cap_usd()

        def work(_progress: object, _cancel: object) -> CostEstimate | None:
            store = panel.batches.store()
            priced = manifest or batch_work.draft_manifest(kit, kit_path, draft, context.paths.library_dir, cap)
            return batch_work.estimate(context, store, priced)

        def priced(found: CostEstimate | None) -> None:
            if asked != self._asked:
                return
            info = context.provider_info(kit.provider)
            line, price = estimate_words(info, found, len(left), kit.variants, left=len(left) < len(people))
            panel.estimate_label.setText(line)
            panel.start_button.setText(translate("RunControl", "St&art · {price}").format(price=price))
            self._show_buttons()

        panel.estimate_label.setText(translate("RunControl", "Working out the cost…"))
        op = LibraryOp(panel, work, failed=translate("RunControl", NOT_PRICED), label="batch price")
        op.success(priced).failure(lambda err: self._not_priced(asked, err)).run_in_background()
        self._show_buttons()

    def _not_priced(self, asked: int, err: BaseException) -> None:
        if asked == self._asked:
            self.panel.estimate_label.setText(error_text(plain_error(err, translate("RunControl", NOT_PRICED))))

    def _show_buttons(self) -> None:
        panel = self.panel
        left = any(p.status in ("queued", "running") for p in panel.model.people())
        usable = panel.kit is not None and not panel.kit_problems
        panel.start_button.setEnabled(not self.running and usable and left)
        panel.continue_button.setEnabled(not self.running and usable and left)
        panel.stop_button.setEnabled(self.running)
        panel.retry_button.setVisible(
            not self.running and usable and any(_may_try_again(p) for p in panel.model.people())
        )
        for widget in (panel.new_kit_button, panel.open_kit_button):
            widget.setEnabled(not self.running)

    def try_failed_again(self) -> None:
        """The people a fault stopped back in the queue (saved on the library pool); Start then makes them."""
        panel, manifest = self.panel, self.panel.manifest
        if self.running or manifest is None:
            return
        store = panel.batches.store()
        op = LibraryOp(panel, lambda _p, _c: store.try_failed_again(manifest),
                       failed=translate("RunControl", "The people who failed could not be queued again."),
                       label="try failed again")  # fmt: skip
        op.success(lambda _again: self._queued_again(manifest)).run_in_background()

    def _queued_again(self, manifest: BatchManifest) -> None:
        self.panel.show_batch(manifest)
        self.refresh_estimate()
        self._show_buttons()

    # -- Start, Stop, Continue -------------------------------------------------------------------------
    def start(self) -> None:
        panel = self.panel
        kit = panel.kit
        if self.running or kit is None or panel.kit_problems:
            return
        if not provider_choice.ask_consent(panel, panel.context, kit.provider):
            return  # nothing is sent before the person has read where the photos go
        manifest = panel.manifest
        if manifest is not None:
            self._launch(manifest)
            return
        draft, kit_path, cap = list(panel.draft), panel.kit_path, self.cap_usd()
        out_dir = batch_work.default_out_dir(panel.context, kit)
        panel.start_button.setEnabled(False)

        def create(_progress: object, _cancel: object) -> BatchManifest:
            return batch_work.create_batch(panel.batches.store(), kit, kit_path, draft, out_dir, cap)

        op = LibraryOp(panel, create, failed=translate("RunControl", NOT_MADE), label="make batch")
        op.success(self._created).failure(self._not_created).run_in_background()

    def _created(self, manifest: BatchManifest) -> None:
        self.panel.show_batch(manifest)
        self._launch(manifest)

    def _not_created(self, err: BaseException) -> None:
        self._show_buttons()
        show_error(self.panel, plain_error(err, translate("RunControl", NOT_MADE)))

    def _launch(self, manifest: BatchManifest) -> None:
        panel = self.panel
        context, batches, cap = panel.context, panel.batches, self.cap_usd()

        def run(progress: Any, cancel: Any) -> BatchStopped:
            return batch_work.run_batch(context, batches.store(), manifest, cap, progress, cancel)

        self.hide_resume()
        op = NetworkOp(panel, run, failed=translate("RunControl", STOPPED), label="team batch")
        op.progress(self._event).success(self._stopped).failure(self._failed)
        self.task = op.run_in_background()
        self.show_progress(manifest)
        self._show_buttons()

    def show_progress(self, manifest: BatchManifest) -> None:
        """How far the batch is, as the file says (before a run's own progress arrives)."""
        total, left = len(manifest.people), len(manifest.remaining())
        self.panel.progress.setRange(0, max(1, total))
        self.panel.progress.setValue(total - left)
        self.panel.progress.show()
        self.panel.progress_label.setText(progress_text(total - left, total, None))

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.panel.stop_button.setEnabled(False)
            self.panel.progress_label.setText(
                translate("RunControl", "Stopping… the people being made now go back to the queue.")
            )

    def people_added(self) -> None:
        """Someone joined while nothing runs: Start (or Continue) takes them; nothing starts by itself."""
        self._show_buttons()

    # -- what the runner says --------------------------------------------------------------------------
    def _event(self, event: Any) -> None:
        from headshot_desktop.services.team.runner import BatchProgress, PersonChanged

        if isinstance(event, PersonChanged):
            self.panel.model.update_person(event.person)
            self.panel.exports.follow()
            self.panel.side.follow(event.person.key)
        elif isinstance(event, BatchProgress):
            panel = self.panel
            panel.progress.setRange(0, max(1, event.total))
            panel.progress.setValue(event.done)
            if event.waiting_s > 0:
                self._waiting_until = time.monotonic() + event.waiting_s
                self._ticker.start()
                self._tick()
            else:
                self._waiting_until = 0.0
                self._ticker.stop()
                panel.progress_label.setText(progress_text(event.done, event.total, event.seconds_left))

    def _tick(self) -> None:
        left = self._waiting_until - time.monotonic()
        if left <= 0:
            self._ticker.stop()
            return
        self.panel.progress_label.setText(waiting_text(left))

    def _stopped(self, stopped: BatchStopped) -> None:
        self.task = None
        self.last_stop = stopped
        self._ticker.stop()
        panel = self.panel
        manifest = panel.manifest
        if manifest is not None:
            panel.model.set_people([p.copy() for p in manifest.people])  # the file's truth, as the runner left it
            if stopped.reason == "finished" and manifest.remaining():
                self._launch(manifest)  # someone was added while it ran: they get the same kit now
                return
        panel.progress_label.setText(shown(stopped.message))
        if stopped.reason != "finished" and manifest is not None and manifest.remaining():
            self.show_resume()  # the reason is said beside the progress
        panel.exports.follow()
        self.refresh_estimate()

    def _failed(self, err: BaseException) -> None:
        self.task = None
        self._ticker.stop()
        panel = self.panel
        if panel.manifest is not None:
            panel.model.set_people([p.copy() for p in panel.manifest.people])
        if isinstance(err, CancelledError):
            panel.progress_label.setText(
                translate("RunControl", "The batch was stopped. Continue it whenever you like.")
            )
        else:
            error = plain_error(err, translate("RunControl", STOPPED))
            panel.progress_label.setText(error_text(error))
            show_error(panel, error)
        self.show_resume()
        panel.exports.follow()
        self.refresh_estimate()

    # -- Continue ----------------------------------------------------------------------------------------
    def show_resume(self) -> None:
        manifest = self.panel.manifest
        if manifest is None or not manifest.remaining():
            self.hide_resume()
            return
        total = len(manifest.people)
        self.panel.resume_text.setText(resume_text(total - len(manifest.remaining()), total))
        self.panel.resume_bar.show()
        self._show_buttons()

    def hide_resume(self) -> None:
        self.panel.resume_bar.hide()


def _may_try_again(person: PersonState) -> bool:
    """Failed by a fault, with nothing made or paid: the store's ``try_failed_again`` queues it."""
    return person.status == "failed" and not person.headshot_ids and not person.cost_usd
