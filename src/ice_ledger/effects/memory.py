"""How the estimators ask for memory: ordinary pages, kept for reuse while an estimate runs.

NumPy advises the kernel to back every large new array with transparent huge pages (2 MB). With the kernel's
`defrag=madvise` setting (this project's machines) a huge-page fault may compact memory first, and an estimate
on a million rows makes dozens of fresh arrays of a few MB each that live for milliseconds: on a 2-core machine
with a busy page cache, measured at 100k units × 10 periods, the system time of `did.estimate` fell from about
0.33 s to 0.12 s (user time unchanged) without the advice (docs/benchmarks.md). The setting is process-wide, so
it is switched off only while an estimate runs and then restored; another thread allocating meanwhile just gets
ordinary pages too.

The C allocator (glibc) then hands arrays of a few MB back to the kernel as soon as they are freed (from 128 kB,
rising with the sizes freed, up to 32 MB), so the next array of that size faults its pages in again: about 50,000
page faults per estimate at 100k units, a third of its time. While an estimate runs, `small_pages` asks glibc to
keep what is freed (`mallopt`: arrays up to 32 MB from the heap, no trimming) so later arrays reuse pages already
mapped (about 24,000 faults, half the system time); on the way out it sets a trim threshold again and gives back
what the heap holds beyond it (`malloc_trim`), so the process keeps no more than it did. A no-op where the C
library has no `mallopt` (not glibc).
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import numpy as np

M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3  # glibc's malloc.h
MMAP_THRESHOLD = 32 << 20  # glibc's ceiling for the threshold (64-bit): arrays below it come from the heap
KEEP = 2**31 - 1  # the largest threshold mallopt takes (an int): no trimming while an estimate runs
TRIM_AFTER = 64 << 20  # twice the mmap threshold, as glibc's own dynamic setting keeps it


def _setter() -> Callable[[bool], bool] | None:
    multiarray = getattr(getattr(np, "_core", None), "multiarray", None)
    return getattr(multiarray, "_set_madvise_hugepage", None)


@cache
def _libc() -> Any | None:
    """The C library's mallopt and malloc_trim, where it has them (glibc)."""
    try:
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    if not (hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") and hasattr(libc, "gnu_get_libc_version")):
        return None
    libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    libc.malloc_trim.argtypes = [ctypes.c_size_t]
    return libc


@contextmanager
def _kept_heap() -> Iterator[None]:
    libc = _libc()
    if libc is None:
        yield
        return
    libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)
    libc.mallopt(M_TRIM_THRESHOLD, KEEP)
    try:
        yield
    finally:
        libc.mallopt(M_TRIM_THRESHOLD, TRIM_AFTER)
        libc.malloc_trim(TRIM_AFTER)


@contextmanager
def small_pages() -> Iterator[None]:
    """Within the block, NumPy does not advise huge pages for new arrays, and freed memory stays in the heap for
    reuse (a no-op for each where NumPy or the C library cannot)."""
    setter = _setter()
    with _kept_heap():
        if setter is None:
            yield
            return
        previous = setter(False)
        try:
            yield
        finally:
            setter(previous)
