"""Derived tables, computed after every source has loaded (rollups, behavioural policy definitions...).

A derivation is a function of the build in progress; it reads the build's views and writes tables with
`BuildDir.write_table`. The modules that define derivations live above the warehouse (geo, policies, metrics) and
register themselves with `@derivation` (ice_ledger.schema.derivations) when imported; the warehouse names none of
them. Whoever drives a build imports them first (`ice_ledger.api.build` does), and the build runs whatever is
registered, in stage order.
"""

from __future__ import annotations

from ice_ledger.schema.derivations import REGISTRY, Derivation, derivation

__all__ = ["LAST_STAGE", "Derivation", "all_derivations", "derivation"]

LAST_STAGE = 1000  # for a derivation reading every table the others write (metric rollups)


def all_derivations() -> list[Derivation]:
    """The registered derivations in stage order (ties by name), whatever order their modules were imported in."""
    return sorted(REGISTRY.values(), key=lambda d: (d.stage, d.name))
