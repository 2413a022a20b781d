"""Big blocks of memory straight from the system, so a worker's large image never makes the window wait.

glibc's malloc raises its mmap threshold each time a large mapped block is freed (up to 32 MiB). After the first
photo, Pillow's 16 MiB image blocks then come from the heap, and ``calloc`` clears recycled memory while the
worker holds the interpreter lock: about 25 ms for each 12 MP photo decoded, during which the window's thread
cannot run a line of Python. A fixed threshold turns that adjustment off: such blocks are mapped afresh, and
their pages arrive zeroed by the kernel, without the lock.
"""

from __future__ import annotations

import logging
import os
import sys

log = logging.getLogger(__name__)

M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter
LARGE_BLOCK = 4 * 1024 * 1024  # well under Pillow's 16 MiB blocks; smaller buffers stay on the heap


def map_large_allocations(threshold: int = LARGE_BLOCK) -> bool:
    """Serve allocations of ``threshold`` bytes and more by mmap, for the whole process; False where the C
    library is not glibc (other systems' allocators do not clear recycled memory this way)."""
    if not sys.platform.startswith("linux") or not _glibc():
        return False
    import ctypes

    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):
        return False
    mallopt.argtypes, mallopt.restype = [ctypes.c_int, ctypes.c_int], ctypes.c_int
    if mallopt(M_MMAP_THRESHOLD, threshold) != 1:
        log.debug("mallopt(M_MMAP_THRESHOLD, %d) was refused", threshold)
        return False
    return True


def _glibc() -> bool:
    try:
        return (os.confstr("CS_GNU_LIBC_VERSION") or "").startswith("glibc")
    except (ValueError, OSError):
        return False
