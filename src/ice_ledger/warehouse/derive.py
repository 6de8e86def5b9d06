"""Derived tables, computed after every source has loaded (rollups, behavioural policy definitions...).

A derivation is a function of the build in progress; it reads the build's views and writes tables with
`BuildDir.write_table`. Modules that define derivations are listed in DERIVATION_MODULES and register
themselves with `@derivation` (ice_ledger.schema.derivations) on import.
"""

from __future__ import annotations

import importlib

from ice_ledger.schema.derivations import REGISTRY, Derivation, derivation

__all__ = ["DERIVATION_MODULES", "Derivation", "all_derivations", "derivation"]

DERIVATION_MODULES: tuple[str, ...] = (
    "ice_ledger.geo.facilities",  # before behavioural, which reads facility_places
    "ice_ledger.policies.behavioural",
    "ice_ledger.metrics.aor_states",  # the states of each AOR, read by the aor_states breakdown
    "ice_ledger.metrics.rollups",  # must stay last: rollups read the tables other derivations write
)


def all_derivations() -> list[Derivation]:
    for module in DERIVATION_MODULES:
        importlib.import_module(module)
    # In DERIVATION_MODULES order, whichever module happened to be imported first (rollups read the others).
    rank = {m: i for i, m in enumerate(DERIVATION_MODULES)}
    return sorted(REGISTRY.values(), key=lambda d: rank.get(d.func.__module__, -1))
