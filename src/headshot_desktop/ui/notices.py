"""What the person reads about a failed step or a library scan, in plain sentences."""

from __future__ import annotations

import logging

from headshot_desktop.errors import HeadshotError
from headshot_desktop.library import ScanReport

log = logging.getLogger(__name__)


def scan_notice(report: ScanReport) -> str:
    """What a scan found that the person should hear about, in one line (empty: nothing)."""
    parts = []
    if report.index_rebuilt:
        parts.append(f"The library index was rebuilt from your files; {report.details_restored} headshot(s) got "
                     "their style, prompt and cost back.")  # fmt: skip
        if report.details_lost:
            parts.append(f"{len(report.details_lost)} could not: " + ", ".join(p.name for p in report.details_lost[:5])
                         + ("…" if len(report.details_lost) > 5 else "") + ".")  # fmt: skip
    if report.links_skipped:
        parts.append(f"{len(report.links_skipped)} link(s) in the library folder were not followed.")
    return " ".join(parts)


def plain_error(err: BaseException, sentence: str) -> HeadshotError:
    """``err`` as the person reads it; one nobody expected is logged whole and said as ``sentence``."""
    if isinstance(err, HeadshotError):
        return err
    log.error("%s", sentence, exc_info=err)
    return HeadshotError(sentence, hint="See the log for details.")
