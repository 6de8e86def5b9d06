"""The same reading computed from record-level data: a runner-up beside ICE's published figure, never the verdict
(a record release can be a partial year or a later revision of what ICE published)."""

from __future__ import annotations

from ice_ledger.claims.evidence import Evidence
from ice_ledger.claims.model import Candidate, Claim


def record_candidates(claim: Claim, ev: Evidence, official: list[Candidate]) -> list[Candidate]:
    """For each official reading, the catalogue metric that recomputes it from records, if the ledger holds one."""
    del claim
    out: list[Candidate] = []
    for cand in official[:3]:
        if cand.metric is None or cand.fiscal_year is None:
            continue
        comp = ev.computed(cand.metric).get(cand.fiscal_year)
        if comp is None:
            continue
        out.append(Candidate(
            target=f"metrics:{comp.metric}", metric=comp.metric, fiscal_year=comp.fiscal_year,
            score=round(cand.score * 0.8, 3), fit={**cand.fit, "source": 0.8}, value=comp.value, query=comp.query,
            row_ids=comp.sample_row_ids,
            label=f"computed from records ({comp.table}: {', '.join(comp.sources)}), FY{comp.fiscal_year}"))
    return out
