"""Retention: originals and logs are kept only as long as the person's settings say.

Call ``apply_retention`` at start-up and after each run. Originals go to the
trash (through the library's trash function), never straight to oblivion; an
original the person marked "kept" stays whatever the setting. Rotated log files
are the app's own and are deleted outright.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library.models import Original
from headshot_desktop.library.store import Library
from headshot_desktop.system.logging import LOG_FILE_NAME
from headshot_desktop.system.paths import AppPaths
from headshot_desktop.system.settings import MAX_LOG_RETENTION_DAYS, Settings

log = logging.getLogger(__name__)


@dataclass
class RetentionReport:
    originals_trashed: list[Path] = field(default_factory=list)
    logs_deleted: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # human sentences; nothing here stops the app


def originals_due(originals: list[Original], settings: Settings, now: datetime) -> list[Original]:
    """The originals the retention setting says should go now."""
    policy = settings.originals_retention
    if policy == "delete_after_generating":
        return [o for o in originals if o.generated and not o.kept]
    if policy == "delete_after_days":
        cutoff = now - timedelta(days=max(1, settings.originals_retention_days))
        return [o for o in originals if o.created < cutoff and not o.kept]
    return []


def rotated_logs_due(log_dir: Path, days: int, now: datetime) -> list[Path]:
    """Rotated log files (``headshot-desktop.log.1``…) last written more than ``days`` ago.

    The current log file is in use and is left to the rotation.
    """
    days = min(max(days, 1), MAX_LOG_RETENTION_DAYS)
    cutoff = (now - timedelta(days=days)).timestamp()
    due = []
    try:
        candidates = list(log_dir.glob(f"{LOG_FILE_NAME}.*"))
    except OSError:
        return []
    for path in candidates:
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                due.append(path)
        except OSError:
            continue
    return sorted(due)


def apply_retention(
    library: Library, settings: Settings, paths: AppPaths, now: datetime | None = None,
    in_use: frozenset[int] = frozenset(),
) -> RetentionReport:  # fmt: skip
    """``in_use``: originals that runs still need (running or queued); they wait for the next time."""
    now = now or datetime.now(UTC)
    settings = settings.validated()
    report = RetentionReport()

    due = [o for o in originals_due(library.list_originals(), settings, now) if o.id not in in_use]
    if due and library.read_only:
        due = []  # nothing can be moved out of a read-only library; saying so each time helps no one
    if due:  # one call: the journal is rewritten once, not once per photo
        try:
            report.originals_trashed += library.delete(due)
        except HeadshotError as err:
            report.problems.append(err.user_text())
            log.warning("retention could not remove all originals due: %s", err.detail or err.message)

    for path in rotated_logs_due(paths.log_dir, settings.log_retention_days, now):
        try:
            path.unlink()
            report.logs_deleted.append(path)
        except FileNotFoundError:
            continue
        except OSError as err:
            report.problems.append(f"Could not delete the old log file {path} ({err.strerror or err}).")

    if report.originals_trashed or report.logs_deleted:
        log.info(
            "retention: %d original(s) moved to the trash, %d old log file(s) deleted",
            len(report.originals_trashed), len(report.logs_deleted),
        )  # fmt: skip
    return report
