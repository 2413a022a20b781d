"""The runs: queued, rendering, done or failed, each with its progress and a Cancel button."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from headshot_desktop.ui.session import Job

ACTIVE = ("queued", "running")


class JobRow(QFrame):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(f"<b>{job.label}</b>")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, job.options.variants * 100)  # per image, in hundredths, for providers that report how far
        self.bar.setAccessibleName(f"Progress of {job.label}")
        self.cancel = QPushButton("Cancel")
        self.cancel.setAccessibleName(f"Cancel {job.label}")
        self.cancel.clicked.connect(job.cancel)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        job = self.job
        self.status.setText(job.status)
        self.bar.setValue(round(100 * sum(job.done_fraction.values())))
        self.bar.setFormat(f"{job.images_ready} of {job.options.variants}")
        self.cancel.setVisible(job.state in ACTIVE)
        if job.state == "failed":
            self.status.setStyleSheet("color: #d9534f")


class JobsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[int, JobRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel("No runs yet. Choose a photo and a style, then press Generate.")
        self.empty.setWordWrap(True)
        self._layout.addWidget(self.empty)
        self._layout.addStretch(1)

    def update_job(self, job: Job) -> None:
        row = self.rows.get(job.id)
        if row is None:
            row = JobRow(job)
            self.rows[job.id] = row
            self._layout.insertWidget(0, row)  # newest first
            self.empty.hide()
        row.refresh()
