"""The policy registry: 287(g) agreements, sanctuary lists and behavioural definitions, side by side.

    from ice_ledger import policies
    policies.policies("287g", dt.date(2019, 6, 30))
    policies.sanctuary_counts(dt.date(2025, 6, 1))          # every definition, counts by jurisdiction type
    policies.sanctuaries(dt.date(2025, 6, 1), "dhs_sanctuary_2025_05")
"""

from __future__ import annotations

from ice_ledger.policies.registry import definitions, policies, policies_for, sanctuaries, sanctuary_counts

__all__ = ["definitions", "policies", "policies_for", "sanctuaries", "sanctuary_counts"]
