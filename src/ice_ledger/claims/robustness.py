"""The cherry-picking check: does a numeric verdict survive a small shift of the period or place?

Neighbouring fiscal years are re-rated with the same rule; a bare calendar year is noted (the ledger's official
figures are fiscal-year only); a claim about one area is compared with the national figure.
"""

from __future__ import annotations

from collections.abc import Callable

from ice_ledger.claims.model import Claim, Robustness, Verdict
from ice_ledger.claims.verdict import fmt, shifted

_GROUP = {"accurate": "true", "approximately_accurate": "true", "inaccurate": "false", "misleading": "false"}


def check(c: Claim, verdict: Verdict, rate: Callable[[Claim], Verdict]) -> Robustness | None:
    if c.kind not in ("count", "rate", "share", "change", "ranking", "comparison") or verdict.label not in _GROUP:
        return None
    if c.period is None or c.period.fiscal_year is None:
        return Robustness(None, [], "period unknown: no neighbouring period to compare")
    checks = []
    for delta in (-1, 1):
        alt = rate(shifted(c, delta))
        checks.append({"shift": f"FY{c.period.fiscal_year + delta}", "verdict": alt.label,
                       "value": alt.evidence_value, "shown": fmt(alt.evidence_value, c.unit)})
    if c.period.kind == "calendar_year" or "calendar or fiscal" in c.period.how:
        checks.append({"shift": f"calendar year {c.period.fiscal_year}", "verdict": "unverifiable", "value": None,
                       "shown": "the ledger's official figures are fiscal-year only"})
    if c.place is not None and c.place.level != "nation":
        checks.append({"shift": "nationwide", "verdict": verdict.label, "value": verdict.evidence_value,
                       "shown": "official figures are national"})
    rated = [x for x in checks if str(x["verdict"]) in _GROUP]
    holds = all(_GROUP[str(x["verdict"])] == _GROUP[verdict.label] for x in rated) if rated else None
    changed = [f"{x['shift']} → {x['verdict']} ({x['shown']})" for x in rated
               if _GROUP[str(x["verdict"])] != _GROUP[verdict.label]]
    if holds:
        summary = "the verdict holds for the neighbouring fiscal years"
    elif holds is None:
        summary = "no neighbouring figures to compare"
    else:
        summary = "the verdict changes with the period: " + "; ".join(changed)
    return Robustness(holds, checks, summary)
