"""Map a claim to candidate queries (AggChecker-style): enumerate typed readings — metric × fiscal year, or a
topic of the study registry — execute each, and rank them by how well subject, period, place and value fit.

The value fit is weighed lightly when the claim names its period (so a wrong number is not "explained" by
another year) and more heavily when the period is unknown (then the best-fitting year is the likely reading,
and the report says the period was inferred).
"""

from __future__ import annotations

import re

from ice_ledger.claims.evidence import Evidence
from ice_ledger.claims.extract import lexicon
from ice_ledger.claims.model import Candidate, Claim

RESEARCH_TOPICS = {
    ("sanctuary_policy", "crime"): ["sanctuary_crime"],
    ("sanctuary_policy", "crime_reporting"): ["crime_reporting"],
    ("sanctuary_policy", "deportations"): ["sanctuary_deportations"],
    ("local_police_ice_cooperation", "crime"): ["cooperation_crime", "sanctuary_crime"],
    ("secure_communities", "crime"): ["secure_communities_crime"],
    ("287g", "crime"): ["287g_crime"],
    ("immigration_enforcement", "crime"): ["cooperation_crime"],
    ("undocumented_status", "immigrant_crime_rate"): ["immigrant_crime_rates"],
}


def metric_options(claim: Claim) -> list[tuple[str, float, str]]:
    """(metric, subject fit, label) for a claim's subject; criminality readings scored by the words used."""
    lex = lexicon()
    if claim.subject == "arrest_criminality":
        cues = {g.value for g in claim.subgroups if g.dimension == "criminality"}
        out = []
        for name, spec in lex.criminality.items():
            fit = 1.0 if name in cues else 0.6
            out.append((spec["metric"], fit, spec["label"]))
        return out
    spec = lex.subjects.get(claim.subject or "", {})
    return [(m, 1.0 if i == 0 else 0.7, spec.get("label", m) if i == 0 else m.replace("_", " "))
            for i, m in enumerate(spec.get("metrics", []))]


def candidate_years(claim: Claim, ev: Evidence, metric: str) -> list[tuple[int, float]]:
    p = claim.period
    if p is None or p.fiscal_year is None:
        return [(fy, 0.5) for fy in ev.years(metric)]
    exact = {"high": 1.0, "medium": 0.85}.get(p.confidence, 0.7)
    return [(p.fiscal_year, exact), (p.fiscal_year - 1, 0.4), (p.fiscal_year + 1, 0.4)]


def place_fit(claim: Claim) -> float:
    if claim.place is None or claim.place.level == "nation":
        return 1.0
    return 0.3  # official figures are national


def value_fit(claimed: float | None, actual: float | None) -> float:
    if claimed is None or actual is None:
        return 0.5
    if claimed == actual:
        return 1.0
    return max(0.0, 1.0 - abs(actual - claimed) / max(abs(claimed), abs(actual), 1e-9))


def figure_candidates(claim: Claim, ev: Evidence, claimed_value: float | None = None) -> list[Candidate]:
    """Every metric-year reading of a count/share/rate claim that the warehouse can answer, best first."""
    out: list[Candidate] = []
    known_period = claim.period is not None and claim.period.fiscal_year is not None
    w_value = 0.15 if known_period else 0.4
    w_period = 0.3 if known_period else 0.05
    value = claim.value if claimed_value is None else claimed_value
    for metric, s_fit, label in metric_options(claim):
        for fy, p_fit in candidate_years(claim, ev, metric):
            fig = ev.figure(metric, fy)
            actual = fig.value if fig else None
            if claim.unit.startswith("per_") and actual is not None:
                actual = actual / {"per_day": 365.0, "per_week": 52.0, "per_month": 12.0}.get(claim.unit, 1.0)
            v_fit = value_fit(value, actual) if claim.comparator not in ("gt", "ge", "lt", "le", "vague") else 0.5
            fit = {"subject": s_fit, "period": p_fit, "place": place_fit(claim), "value": v_fit,
                   "available": 1.0 if fig else 0.0}
            score = (0.35 * s_fit + w_period * p_fit + 0.1 * fit["place"] + w_value * v_fit) * (1.0 if fig else 0.5)
            out.append(Candidate(
                target=f"official_figures:{metric}", metric=metric, fiscal_year=fy, score=round(score, 3), fit=fit,
                value=actual, query=f"SELECT value FROM official_figures WHERE metric = '{metric}' AND fiscal_year = {fy}",
                row_ids=[fig.row_id] if fig else [], label=f"{label}, FY{fy}"))
    out.sort(key=lambda c: -c.score)
    return out


def record_candidates(claim: Claim, ev: Evidence, official: list[Candidate]) -> list[Candidate]:
    """The same readings computed from record-level data by catalogue metrics (runners-up, never the verdict:
    record releases can be partial years or later revisions of what ICE published)."""
    out: list[Candidate] = []
    for cand in official[:3]:
        if cand.metric is None or cand.fiscal_year is None:
            continue
        comp = ev.computed(cand.metric).get(cand.fiscal_year)
        if comp is None:
            continue
        fit = {**cand.fit, "source": 0.8}
        out.append(Candidate(
            target=f"metrics:{comp.metric}", metric=comp.metric, fiscal_year=comp.fiscal_year,
            score=round(cand.score * 0.8, 3), fit=fit, value=comp.value, query=comp.query,
            row_ids=comp.sample_row_ids,
            label=f"computed from records ({comp.table}: {', '.join(comp.sources)}), FY{comp.fiscal_year}"))
    return out


def research_candidates(claim: Claim) -> list[Candidate]:
    from ice_ledger.effects.studies import studies

    st = claim.stance
    if st is None:
        return []
    topics = RESEARCH_TOPICS.get((st.exposure, st.outcome))
    if topics is None:
        topics = ["crime_reporting"] if st.outcome == "crime_reporting" else []
    out = []
    for rank, topic in enumerate(topics):
        found = [s for s in studies(topic=topic) if s.outcome == st.outcome]
        if not found:
            continue
        score = round(1.0 - 0.2 * rank, 3)
        out.append(Candidate(target=f"studies:{topic}", metric=None, fiscal_year=None, score=score,
                             fit={"topic": 1.0 - 0.2 * rank, "outcome": 1.0}, query=f"ice-ledger studies --topic {topic}",
                             label=f"{len(found)} studies tagged {topic}"))
    return out


def is_calendar_reading(claim: Claim) -> bool:
    return bool(claim.period and claim.period.kind == "calendar_year")


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower()))
