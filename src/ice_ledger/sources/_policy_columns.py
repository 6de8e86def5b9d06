"""The columns every policy-list source writes into `policies`, declared once.

Each list (DHS, 287(g) snapshots, the WaPo panel, and any later CIS/ILRC/DOJ list) maps its own file onto
these; only the allowed jurisdiction types, policy kinds and date bounds differ.
"""

from __future__ import annotations

import datetime as dt

from ice_ledger.sources.base import Col

MATCH_STATUSES = frozenset({"matched", "ambiguous", "unresolved"})


def policy_columns(
    *,
    jurisdiction_types: frozenset[str] | None = None,
    kinds: frozenset[str] | None = None,
    valid_from_bounds: tuple[dt.date, dt.date] | None = None,
) -> tuple[Col, ...]:
    lo, hi = valid_from_bounds or (None, None)
    return (
        Col("jurisdiction_name", required=True, not_null=True),
        Col("state", required=True, not_null=True),
        Col("jurisdiction_type", required=True, values=jurisdiction_types),
        Col("section_raw"),
        Col("county_name"),
        Col("jurisdiction_fips"),
        Col("match_status", values=MATCH_STATUSES),
        Col("match_reason"),
        Col("policy_kind", required=True, not_null=True, values=kinds),
        Col("definition_id", required=True, not_null=True),
        Col("basis"),
        Col("valid_from", "date", required=True, not_null=True, min=lo, max=hi),
        Col("valid_to", "date"),
        Col("evidence_url"),
        Col("evidence_document"),
        Col("evidence_page", "int"),
        Col("note"),
    )
