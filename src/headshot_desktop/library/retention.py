"""Retention: originals and logs are kept only as long as the person's settings say.

Call ``apply_retention`` at start-up and after each run. Originals go to the
trash (through the library's trash function), never straight to oblivion. Whatever
the setting, an original stays while it is marked Keep, while a kept headshot was
made from it, and while it is in use (``in_use``: a run needs it, or the window
shows it). Headshots are never removed by retention. Rotated log files are the
app's own and are deleted outright.
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
from headshot_desktop.translatable import N_

log = logging.getLogger(__name__)


@dataclass
class RetentionReport:
    originals_trashed: list[Path] = field(default_factory=list)
    logs_deleted: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # human sentences; nothing here stops the app


def originals_due(originals: list[Original], settings: Settings, now: datetime,
                  protected: frozenset[int] = frozenset()) -> list[Original]:  # fmt: skip
    """The originals the retention setting says should go now; ``protected``: ids that stay whatever it says."""
    policy = settings.originals_retention
    candidates = [o for o in originals if not o.kept and o.id not in protected]
    if policy == "delete_after_generating":
        return [o for o in candidates if o.generated]
    if policy == "delete_after_days":
        cutoff = now - timedelta(days=max(1, settings.originals_retention_days))
        return [o for o in candidates if o.created < cutoff]
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
    """``in_use``: originals that runs still need (running or queued) or the window shows; they wait."""
    now = now or datetime.now(UTC)
    settings = settings.validated()
    report = RetentionReport()

    due: list[Original] = []
    if settings.originals_retention != "keep":
        due = originals_due(library.list_originals(), settings, now, in_use | library.kept_sources())
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
            report.problems.append(
                N_("library", "Could not delete the old log file {path} ({error}).").format(
                    path=path, error=err.strerror or err
                )
            )

    if report.originals_trashed or report.logs_deleted:
        log.info(
            "retention: %d original(s) moved to the trash, %d old log file(s) deleted",
            len(report.originals_trashed), len(report.logs_deleted),
        )  # fmt: skip
    return report
