"""Big blocks of memory come straight from the system (Linux, glibc), so a worker making a large image does not
hold the interpreter lock while the allocator clears recycled memory (the window's thread would wait for it)."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc", reason="glibc's allocator only"
)

# One of Pillow's image blocks (16 MiB, a 12 MP photo takes three) allocated after a bigger block was freed.
# glibc then raises its mmap threshold above 16 MiB, and the block comes from the heap, where calloc must
# clear it: ~25 ms a photo on the worker, holding the interpreter lock.
PROBE = """
import ctypes, sys
libc = ctypes.CDLL(None)
libc.malloc.restype, libc.malloc.argtypes = ctypes.c_void_p, [ctypes.c_size_t]
libc.free.argtypes = [ctypes.c_void_p]
if sys.argv[1] == "mapped":
    from headshot_desktop.system.memory import map_large_allocations
    assert map_large_allocations()
elif sys.argv[1] == "window's pool":
    from headshot_desktop.ui.tasks import TaskRunner
    runner = TaskRunner(max_workers=1)
    runner.submit(lambda _progress, _cancel: None).future.result(timeout=30)  # its worker has started
    runner.shutdown()
libc.free(libc.malloc(24 << 20))
block = libc.malloc(16 << 20)
header = ctypes.c_size_t.from_address(block - ctypes.sizeof(ctypes.c_size_t)).value
print("system" if header & 2 else "heap")  # glibc marks a chunk it got by mmap with bit 2 of its size
"""


def where_a_big_block_comes_from(mode: str) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_left_alone_glibc_serves_a_big_block_from_the_heap_after_a_bigger_one_was_freed() -> None:
    assert where_a_big_block_comes_from("default") == "heap"


def test_once_mapped_a_big_block_comes_from_the_system_whatever_was_freed_before() -> None:
    assert where_a_big_block_comes_from("mapped") == "system"


def test_the_windows_workers_map_big_blocks_before_their_first_task() -> None:
    assert where_a_big_block_comes_from("window's pool") == "system"
