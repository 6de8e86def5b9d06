"""Causal and research claims against the study registry: does the weight of published evidence agree?

Each study's finding is turned into the claim's frame (a study of Secure Communities — more cooperation with
ICE — speaks to a claim about sanctuary cities — less cooperation — with the sign flipped), then weighed by
design strength (`weight` in studies.csv). Supported at ≥ 75% of the weight, contradicted at ≤ 25%, else mixed.
"""

from __future__ import annotations

from typing import Any

from ice_ledger.claims.match import research_candidates
from ice_ledger.claims.model import Candidate, Claim, Provenance, Verdict
from ice_ledger.effects.studies import Study, studies

_FLIP = {"increase": "decrease", "decrease": "increase", "none": "none", "mixed": "mixed", "higher": "higher",
         "lower": "lower"}
_EXPOSURE = {"sanctuary_policy": "sanctuary policies", "local_police_ice_cooperation": "local cooperation with ICE",
             "immigration_enforcement": "immigration enforcement", "secure_communities": "Secure Communities",
             "287g": "287(g) agreements", "undocumented_status": "undocumented status"}
_CLAIM_VERB = {"increase": "raise", "decrease": "lower", "none": "do not change", "higher": "are higher",
               "lower": "are lower"}


def _in_claim_frame(s: Study, claim_sign: int) -> str:
    if claim_sign == 0 or s.cooperation_sign == 0 or claim_sign == s.cooperation_sign:
        return s.effect
    return _FLIP[s.effect]


def _agreement(claim_effect: str, study_effect: str) -> float:
    """1 = agrees, 0 = contradicts, 0.5 = mixed."""
    if study_effect == "mixed":
        return 0.5
    if claim_effect == "none":  # "does not increase crime": no effect or a decrease agree
        return 1.0 if study_effect in ("none", "decrease", "lower") else 0.0
    return 1.0 if study_effect == claim_effect else 0.0


def rate_causal(c: Claim) -> tuple[Verdict, list[Candidate], Provenance]:
    st = c.stance
    assert st is not None
    cands = research_candidates(c)
    if not cands:
        return (Verdict("unverifiable", f"No study in the registry measures how {st.exposure.replace('_', ' ')} affects "
                        f"{st.outcome.replace('_', ' ')}.",
                        settle_with=f"a study of {st.outcome.replace('_', ' ')} by {st.exposure.replace('_', ' ')}"),
                [], Provenance())
    seen: dict[str, Study] = {}
    for cand in cands:
        topic = cand.target.split(":", 1)[1]
        for s in studies(topic=topic, outcome=st.outcome):
            seen.setdefault(s.study_id, s)
    rows: list[dict[str, Any]] = []
    support = total = 0.0
    for s in seen.values():
        eff = _in_claim_frame(s, st.cooperation_sign)
        agree = _agreement(st.effect, eff)
        support += agree * s.weight
        total += s.weight
        rows.append({**s.to_dict(), "effect_in_claim_frame": eff, "agrees": agree})
    share = support / total if total else 0.5
    label = ("supported_by_research" if share >= 0.75 else "contradicted_by_research" if share <= 0.25
             else "mixed_research")
    n = len(rows)
    outcome = st.outcome.replace("_", " ")
    # Say which way "the other way" is: a reader should not have to work out what a contrary study found.
    opposite = {"raise": "less", "lower": "more"}.get(_CLAIM_VERB.get(st.effect, ""), "")
    contrary = (f"find the opposite ({_EXPOSURE.get(st.exposure, st.exposure)} associated with {opposite} {outcome})"
                if opposite else "point the other way")
    groups: dict[str, list[str]] = {}
    for r in sorted(rows, key=lambda r: -r["weight"]):
        if r["agrees"] == 1.0:
            key = "agree"
        elif r["effect_in_claim_frame"] == "none":
            key = "find no detectable effect"
        elif r["agrees"] == 0.5:
            key = "are mixed"
        else:
            key = contrary
        groups.setdefault(key, []).append(f"{r['authors'].split(';')[0].split()[-1]} {r['year']}")
    parts = [f"{len(v)} {k if len(v) > 1 else k.replace('are mixed', 'is mixed').replace('agree', 'agrees').replace('find ', 'finds ').replace('point ', 'points ')} ({', '.join(v[:3])}{', ...' if len(v) > 3 else ''})" for k, v in groups.items()]
    exposure = _EXPOSURE.get(st.exposure, st.exposure)
    verb = _CLAIM_VERB.get(st.effect, st.effect)
    if not exposure.endswith("s"):
        verb = {"raise": "raises", "lower": "lowers", "do not change": "does not change"}.get(verb, verb)
    claim_says = f"{exposure} {verb} {outcome}"
    if st.outcome == "immigrant_crime_rate":
        claim_says = f"immigrants' crime rates {_CLAIM_VERB.get(st.effect, st.effect)} than natives'"
    expl = (f"The claim implies that {claim_says}; of {n} studies in the registry, " + "; ".join(parts) +
            f": {share * 100:.0f}% of the design-weighted evidence agrees.")
    prov = Provenance(query="; ".join(x.query for x in cands), studies=rows,
                      citations=[r["citation"] for r in rows])
    return Verdict(label, expl, evidence_value=round(share, 3), definitions=[]), cands, prov
