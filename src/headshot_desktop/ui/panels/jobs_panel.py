"""The runs: queued, rendering, done or failed, each with its progress, Cancel while it runs, Retry when it
failed or was cancelled, and Dismiss once it ended; "Clear finished" takes every ended one away."""

from __future__ import annotations

import re
import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from headshot_desktop.core.progress import with_elapsed
from headshot_desktop.ui.i18n import shown, translate
from headshot_desktop.ui.job import Job
from headshot_desktop.ui.widgets.elided_label import ElidedLabel

AGAIN = ("failed", "cancelled")
TICK_MS = 1000
BREAK_AFTER = re.compile(r"([/\\_.\-=&?])")  # a path or an address wraps at its separators, not off the card


def shown_status(job: Job) -> str:
    """Where the run is; while it runs, with the time so far ("Waiting for the provider · 0:42")."""
    if not job.active:
        return shown(job.status)
    return with_elapsed(shown(job.status), time.monotonic() - job.started if job.started else 0.0)


def breakable(text: str) -> str:
    """``text`` with a zero-width space after each separator, so a long path wraps inside the card."""
    return BREAK_AFTER.sub("\\1\u200b", text)


class JobRow(QFrame):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = ElidedLabel(job.label)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.bar = QProgressBar()
        self.bar.setRange(0, job.options.variants * 100)  # per image, in hundredths, for providers that report how far
        self.bar.setAccessibleName(translate("JobsPanel", "Progress of {run}").format(run=job.label))
        self.cancel = self._button(translate("JobsPanel", "Cancel"),
                                   translate("JobsPanel", "Cancel {run}").format(run=job.label))  # fmt: skip
        self.cancel.clicked.connect(job.cancel)
        self.retry = self._button(translate("JobsPanel", "Retry"),
                                  translate("JobsPanel", "Run {run} again").format(run=job.label))  # fmt: skip
        self.retry.setToolTip(translate("JobsPanel", "The same photo, style, options and provider again: paid again."))
        self.dismiss = self._button(translate("JobsPanel", "Dismiss"),
                                    translate("JobsPanel", "Take the card of {run} away").format(run=job.label))  # fmt: skip
        buttons = QHBoxLayout()  # a row of their own: a long title never pushes them out of sight
        buttons.addStretch(1)
        for button in (self.retry, self.dismiss, self.cancel):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        for widget in (self.title, self.bar, self.status):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.refresh()

    @staticmethod
    def _button(text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def refresh(self) -> None:
        job = self.job
        self.status.setText(breakable(shown_status(job)))
        # Nothing to measure yet (the request is on its way, the provider is working): a moving bar, not 0 %.
        waiting = job.active and not job.done_fraction and job.images_ready == 0
        self.bar.setRange(0, 0 if waiting else job.options.variants * 100)
        self.bar.setValue(round(100 * sum(job.done_fraction.values())))
        self.bar.setFormat(
            translate("JobsPanel", "{done} of {total}", "images of a run").format(
                done=job.images_ready, total=job.options.variants
            )
        )
        self.cancel.setVisible(job.active)
        self.retry.setVisible(job.state in AGAIN and job.restart is not None)
        self.dismiss.setVisible(not job.active)
        if job.state == "failed":
            self.status.setStyleSheet("color: #d9534f")


class JobsPanel(QWidget):
    retryRequested = Signal(object)  # Job
    dismissRequested = Signal(object)  # Job
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, JobRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.clear = QPushButton(translate("JobsPanel", "Clear finished"))
        self.clear.setAccessibleName(translate("JobsPanel", "Take the cards of every finished run away"))
        self.clear.clicked.connect(self.clearRequested)
        header = QHBoxLayout()
        header.addWidget(QLabel(translate("JobsPanel", "<b>Runs</b>")), 1)
        header.addWidget(self.clear)
        self._layout.addLayout(header)
        self.empty = QLabel(translate("JobsPanel", "No runs yet. Choose a photo and a style, then press Generate."))
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)
        self._ticker = QTimer(self, interval=TICK_MS)  # the elapsed time of running runs: a sign of life
        self._ticker.timeout.connect(self._tick)
        self._show_counts()

    def update_job(self, job: Job) -> None:
        row = self.rows.get(job.id)
        if row is None:
            row = JobRow(job)
            row.retry.clicked.connect(lambda: self.retryRequested.emit(job))
            row.dismiss.clicked.connect(lambda: self.dismissRequested.emit(job))
            self.rows[job.id] = row
            self._layout.insertWidget(1, row)  # newest first, under the header
        row.refresh()
        self._show_counts()

    def remove_job(self, job: Job) -> None:
        row = self.rows.pop(job.id, None)
        if row is not None:
            row.hide()
            row.deleteLater()
        self._show_counts()

    def _show_counts(self) -> None:
        self.empty.setVisible(not self.rows)
        self.clear.setEnabled(any(not row.job.active for row in self.rows.values()))
        running = any(row.job.active for row in self.rows.values())
        if running and not self._ticker.isActive():
            self._ticker.start()
        elif not running:
            self._ticker.stop()

    def _tick(self) -> None:
        for row in self.rows.values():
            if row.job.active:
                row.refresh()
