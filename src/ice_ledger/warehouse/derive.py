"""Derived tables, computed after every source has loaded (rollups, behavioural policy definitions...).

A derivation is a function of the build in progress; it reads the build's views and writes tables with
`BuildDir.write_table`. Modules that define derivations are listed in DERIVATION_MODULES and register
themselves with `@derivation` on import.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from ice_ledger.warehouse.store import BuildDir

DERIVATION_MODULES: tuple[str, ...] = (
    "ice_ledger.geo.facilities",  # before behavioural, which reads facility_places
    "ice_ledger.policies.behavioural",
    "ice_ledger.metrics.aor_states",  # the states of each AOR, read by the aor_states breakdown
    "ice_ledger.metrics.rollups",  # must stay last: rollups read the tables other derivations write
)


@dataclass(frozen=True)
class Derivation:
    name: str
    func: Callable[[BuildDir], None]
    needs: tuple[str, ...]
    description: str


_REGISTRY: dict[str, Derivation] = {}


def derivation(name: str, *, needs: tuple[str, ...] = (), description: str = "") -> Callable[
    [Callable[[BuildDir], None]], Callable[[BuildDir], None]
]:
    """Register a derived-table step. `needs` names the tables it reads (skipped when one is absent)."""

    def wrap(func: Callable[[BuildDir], None]) -> Callable[[BuildDir], None]:
        _REGISTRY[name] = Derivation(name, func, needs, description or (func.__doc__ or "").strip())
        return func

    return wrap


def all_derivations() -> list[Derivation]:
    for module in DERIVATION_MODULES:
        importlib.import_module(module)
    # In DERIVATION_MODULES order, whichever module happened to be imported first (rollups read the others).
    rank = {m: i for i, m in enumerate(DERIVATION_MODULES)}
    return sorted(_REGISTRY.values(), key=lambda d: rank.get(d.func.__module__, -1))
