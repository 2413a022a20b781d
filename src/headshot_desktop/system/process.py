"""How long this process has been running: used by ``--startup-check``."""

from __future__ import annotations

import os
import time

_IMPORTED_AT = time.monotonic()


def seconds_since_start() -> float:
    """Seconds since the OS started this process.

    Linux reads it from /proc (10 ms resolution), which includes the interpreter's
    own start-up. Elsewhere it falls back to when this module was first imported,
    which misses the interpreter start and so reads a little low.
    """
    try:
        with open("/proc/self/stat", "rb") as handle:
            # Field 22 (starttime), counted after the ")" that ends the command name.
            fields = handle.read().rsplit(b")", 1)[1].split()
        start_ticks = int(fields[19])
        with open("/proc/uptime", "rb") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT
