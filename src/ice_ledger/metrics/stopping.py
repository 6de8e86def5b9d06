"""A cooperative stop for long computations (suppression of fine breakdowns): a deadline checked between steps.

A deadline is a `time.monotonic()` value, or a callable answering True once the work should stop. It reaches
the loops three ways, so no caller has to change: passed explicitly (`suppress(..., deadline=...)`), set for a
block of code (`with deadline_scope(time.monotonic() + 30): metrics.compute(...)`, which also covers the
suppression of a `compute` call), or from the web request being served (a cancelled
`ice_ledger.warehouse.store.active_work`, as after its deadline or its client leaving).
Past it, `ComputationStopped` is raised (an `IceLedgerError`; the request's DuckDB queries are interrupted
the same way).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from contextvars import ContextVar

from ice_ledger.errors import IceLedgerError
from ice_ledger.warehouse.store import active_work

Deadline = float | Callable[[], bool] | None

_scope: ContextVar[Deadline] = ContextVar("ice_ledger_deadline", default=None)


class ComputationStopped(IceLedgerError, TimeoutError):
    """The computation passed its deadline (or its request was cancelled) and stopped."""


@contextlib.contextmanager
def deadline_scope(deadline: Deadline) -> Iterator[None]:
    """Every suppression run inside this block stops at `deadline` (a monotonic time or a callable), or at
    the deadline of an enclosing block if that comes first."""
    outer = _scope.get()
    token = _scope.set(deadline if outer is None else (lambda: _passed(deadline) or _passed(outer)))
    try:
        yield
    finally:
        _scope.reset(token)


def _passed(deadline: Deadline) -> bool:
    if deadline is None:
        return False
    if callable(deadline):
        return bool(deadline())
    return time.monotonic() >= deadline


def stopper(deadline: Deadline = None, what: str = "the computation") -> Callable[[], None]:
    """A check to call between steps: raises `ComputationStopped` once any deadline in force has passed."""
    scoped = _scope.get()
    work = active_work.get()

    def check() -> None:
        if _passed(deadline) or _passed(scoped) or (work is not None and work.cancelled):
            raise ComputationStopped(f"{what} was stopped: its deadline passed (or its request was cancelled)")

    return check
