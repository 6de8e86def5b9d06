"""How the estimators ask for memory: ordinary pages for their short-lived row-length arrays.

NumPy advises the kernel to back every large new array with transparent huge pages (2 MB). With the kernel's
`defrag=madvise` setting (this project's machines) a huge-page fault may compact memory first, and an estimate
on a million rows makes dozens of fresh arrays of a few MB each that live for milliseconds: on a 2-core machine
with a busy page cache, measured at 100k units × 10 periods, the system time of `did.estimate` fell from about
0.33 s to 0.12 s (user time unchanged) without the advice (docs/benchmarks.md). The setting is process-wide, so
it is switched off only while an estimate runs and then restored; another thread allocating meanwhile just gets
ordinary pages too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np


def _setter() -> Callable[[bool], bool] | None:
    multiarray = getattr(getattr(np, "_core", None), "multiarray", None)
    return getattr(multiarray, "_set_madvise_hugepage", None)


@contextmanager
def small_pages() -> Iterator[None]:
    """Within the block, NumPy does not advise huge pages for new arrays (a no-op where NumPy cannot)."""
    setter = _setter()
    if setter is None:
        yield
        return
    previous = setter(False)
    try:
        yield
    finally:
        setter(previous)
