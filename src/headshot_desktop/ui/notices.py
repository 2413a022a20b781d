"""What the person reads about a failed step or a library scan, in plain sentences."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from headshot_desktop.errors import HeadshotError
from headshot_desktop.ui.i18n import Plural, translate

if TYPE_CHECKING:
    from headshot_desktop.library import ScanReport

log = logging.getLogger(__name__)


def scan_notice(report: ScanReport) -> str:
    """What a scan found that the person should hear about, in one line (empty: nothing)."""
    parts = []
    if report.index_rebuilt:
        parts.append(Plural.tr("The library index was rebuilt from your files; %n headshot(s) got their style, prompt "
                               "and cost back.", "", report.details_restored))  # fmt: skip
        if report.details_lost:
            names = ", ".join(p.name for p in report.details_lost[:5]) + ("…" if len(report.details_lost) > 5 else "")
            parts.append(Plural.tr("%n could not: {names}.", "", len(report.details_lost)).format(names=names))
    if report.links_skipped:
        parts.append(Plural.tr("%n link(s) in the library folder were not followed.", "", len(report.links_skipped)))
    return " ".join(parts)


def plain_error(err: BaseException, sentence: str) -> HeadshotError:
    """``err`` as the person reads it; one nobody expected is logged whole and said as ``sentence``."""
    if isinstance(err, HeadshotError):
        return err
    log.error("%s", sentence, exc_info=err)
    return HeadshotError(sentence, hint=translate("Notices", "See the log for details."))
