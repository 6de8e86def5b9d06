"""Derived tables, computed after every source has loaded (rollups, behavioural policy definitions...).

A derivation is a function of the build in progress; it reads the build's views and writes tables with
`BuildDir.write_table`. The modules that define derivations live above the warehouse (geo, policies, metrics) and
register themselves with `@derivation` when imported; the warehouse names none of them. Whoever drives a build
imports them first (`ice_ledger.api.build` does), and the build runs whatever is registered, in stage order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ice_ledger.warehouse.store import BuildDir

LAST_STAGE = 1000  # for a derivation reading every table the others write (metric rollups)


@dataclass(frozen=True)
class Derivation:
    name: str
    func: Callable[[BuildDir], None]
    needs: tuple[str, ...]
    description: str
    stage: int = 0


_REGISTRY: dict[str, Derivation] = {}


def derivation(name: str, *, needs: tuple[str, ...] = (), description: str = "", stage: int = 0) -> Callable[
    [Callable[[BuildDir], None]], Callable[[BuildDir], None]
]:
    """Register a derived-table step. `needs` names the tables it reads (skipped when one is absent); `stage`
    orders the steps (a step reading a table another derivation writes takes a later stage)."""

    def wrap(func: Callable[[BuildDir], None]) -> Callable[[BuildDir], None]:
        _REGISTRY[name] = Derivation(name, func, needs, description or (func.__doc__ or "").strip(), stage)
        return func

    return wrap


def all_derivations() -> list[Derivation]:
    """The registered derivations in stage order (ties by name), whatever order their modules were imported in."""
    return sorted(_REGISTRY.values(), key=lambda d: (d.stage, d.name))
