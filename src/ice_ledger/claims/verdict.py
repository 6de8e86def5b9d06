"""Verdicts for numeric claims, by a policy that abstains.

A claim is rated against the series its frame resolved to. `accurate` when the figure matches at the precision
the writer used (or satisfies "at least", "more than", "most"); `approximately_accurate` within 10%. It is called
`inaccurate` only when measure, subgroup, period and place were all read with high confidence and the number
is the frame's own value; otherwise the answer is `unverifiable`, saying what was missing and the nearest
evidence. A subgroup is never rated against a total, and a ranking only where the series covers its window.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from typing import Any

import us

from ice_ledger.claims.catalogue import Reading, catalogue
from ice_ledger.claims.discourse import LOCAL_NOTE
from ice_ledger.claims.evidence import DatedFigure, Evidence, Figure
from ice_ledger.claims.model import Candidate, Claim, Period, Provenance, Verdict, period_words
from ice_ledger.claims.numbers import MULTIPLY_VERB, find_quantities
from ice_ledger.claims.periods import NUMBER_WORDS, as_fiscal
from ice_ledger.claims.relations import (
    CHANGE_END_NOTE,
    CHANGE_START_NOTE,
    DOWN_VERBS,
    ENDPOINTS_NOTE,
    MISCREDITED_NOTE,
    MULTIPLE_NOTE,
    RATIO_NOTE,
    SUM_NOTE,
    UP_VERBS,
)
from ice_ledger.claims.research_frames import IMMIGRANT, NATIVE, RATE_BASES, groups_named, in_figure_unit

APPROX = 0.10
# a bound the figure breaks, or an unrounded figure that is not the figure, is close only within a twentieth: 'over
# 400,000' is not 368,644, and '168,581' is not 158,581 (a writer who gives every digit is not estimating)
CLOSE_MISS = 0.05
RATE_TOLERANCE = 0.02  # an average per day or week depends on how days and weeks are counted: within 1% is exact
OK = ("accurate", "approximately_accurate")
Rated = tuple[Verdict, list[Candidate], Provenance]


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "n/a"
    if unit in ("share", "change"):
        return f"{value * 100:.1f}%".replace(".0%", "%")
    if abs(value) >= 100:
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def compare(claimed: float, actual: float, comparator: str, precision: float = 1.0, high: float | None = None,
            unit: str = "count", tolerance: float = 0.0, derived: bool = False) -> str:
    """accurate / approximately_accurate / inaccurate for one number against one figure (`derived`: a figure
    computed from the series, such as a weekly average, which an unrounded claim cannot match to the unit)."""
    # the writer's rounding, but never more than 2.5% of the figure: "200,000" is not 209,208
    # (a number written to the tens or hundreds, '142,750', is that exact: no floor of half a percent for it)
    tol = max(min(precision / 2, abs(actual) * 0.025), 0.0 if 1 < precision < 1000 else abs(actual) * 0.005) \
        if unit == "count" else max(min(precision / 2, 0.01), 0.005)
    tol = max(tol, abs(actual) * tolerance / 2)
    unrounded = unit == "count" and comparator == "eq" and precision <= 1 and abs(claimed) >= 1000 and not derived
    if unrounded:
        tol = 0.5  # an unrounded figure ("65,322") is exact only when it is the figure; a different one is approximate
    # within 10% of the claim or of the figure, whichever is larger: an understatement by a tenth of the figure is close
    near = abs(actual - claimed) <= (APPROX + tolerance) * max(abs(claimed), abs(actual), 1e-9)
    if comparator == "range" and high is not None:
        if claimed - tol <= actual <= high + tol:
            return "accurate"
        return "approximately_accurate" if (abs(actual - claimed) <= APPROX * claimed or
                                            abs(actual - high) <= APPROX * high) else "inaccurate"
    if comparator in ("ge", "gt"):
        ok = actual >= claimed if comparator == "ge" else actual > claimed
        # a floor above the figure is close only within a tenth of the figure: 'more than 300,000' is not 271,484
        return "accurate" if ok else ("approximately_accurate" if claimed - actual <= (CLOSE_MISS + tolerance)
                                      * abs(actual) else "inaccurate")
    if comparator in ("le", "lt"):
        ok = actual <= claimed if comparator == "le" else actual < claimed
        return "accurate" if ok else ("approximately_accurate" if actual - claimed <= (CLOSE_MISS + tolerance)
                                      * abs(claimed) else "inaccurate")
    if comparator == "nearly":
        # 'nearly a quarter' of 23.4%: a share falls short by points, a count by a share of itself
        floor = claimed - 0.03 if unit == "share" else claimed * (1 - APPROX / 2)
        if floor <= actual <= claimed + tol:
            return "accurate"
        return "approximately_accurate" if near else "inaccurate"
    if comparator == "approx":
        tol = max(tol, abs(claimed) * 0.05) if unit == "count" else max(tol, 0.02)
    if abs(actual - claimed) <= tol:
        return "accurate"
    if unrounded:
        near = abs(actual - claimed) <= (CLOSE_MISS + tolerance) * max(abs(claimed), abs(actual), 1e-9)
    return "approximately_accurate" if near else "inaccurate"


_COMP_WORDS = {"eq": "", "approx": "about ", "nearly": "nearly ", "ge": "at least ", "gt": "more than ",
               "le": "at most ", "lt": "fewer than ", "range": "between "}


def claimed_text(c: Claim) -> str:
    if c.value_span is not None:
        return "none" if c.value == 0 and c.value_span.text.lower() == "no" else c.value_span.text
    return _COMP_WORDS.get(c.comparator, "") + fmt(c.value, c.unit)


def provenance_for(figs: list[Figure], query: str) -> Provenance:
    p = Provenance(metric=figs[0].metric if figs else None, query=query)
    for f in figs:
        if f.source_id and f.source_id not in p.sources:
            p.sources.append(f.source_id)
        if f.source_file and f.source_file not in p.files:
            p.files.append(f.source_file)
        if f.row_id:
            p.row_ids.append(f.row_id)
            p.trace.append(f"ice-ledger trace official_figures {f.row_id}")
        cite = f"{f.publisher}, {f.document} ({f.verification}) {f.citation_url}".strip()
        if cite not in p.citations:
            p.citations.append(cite)
    return p


def unverifiable(why: str, settle: str, value: float | None = None) -> Rated:
    return Verdict("unverifiable", why, evidence_value=value, settle_with=settle), [], Provenance()


def confident(c: Claim, period: Period | None) -> list[str]:
    """What keeps a claim from being called false: the slots not read with high confidence."""
    weak = []
    if c.measure_confidence != "high":
        weak.append("which measure the number belongs to")
    if c.kind not in ("list_count", "list_share") and (period is None or period.confidence != "high"):
        weak.append("the period")
    if c.place is not None and c.place.level not in ("nation", "state", "member"):
        weak.append("the place")
    return weak


def guard(label: str, c: Claim, period: Period | None, explanation: str, value: float | None) -> Verdict:
    """An 'inaccurate' or 'misleading' reading held back to 'unverifiable' unless every slot is certain; a lower
    bound far below the figure ('more than 500' of 13,595) is not confirmed by it."""
    if label in OK and c.kind == "count" and value is not None and _far_below(c, value):
        return Verdict("unverifiable", f"{explanation} The claim's bound is so far below the figure that it likely "
                       "counts something else (a part, a place or an operation).", evidence_value=value,
                       settle_with="what the claim's number counts")
    if label not in ("inaccurate", "misleading"):
        return Verdict(label, explanation, evidence_value=value)
    weak = confident(c, period)
    if c.event == "cbp" and not _BORDER_PATROL.search(own_clause(c)):
        weak.append("whether the claim counts Border Patrol's encounters alone (CBP's totals also count people "
                    "stopped at ports of entry, which the ledger does not hold)")
    if not weak:
        return Verdict(label, explanation, evidence_value=value)
    return Verdict("unverifiable", explanation + f" The figures do not match, but {' and '.join(weak)} could not be "
                   "read with certainty, so the checker does not call the claim false.", evidence_value=value,
                   settle_with="the claim's exact measure and period")


_BORDER_PATROL = re.compile(r"\bBorder Patrol\b|\bUSBP\b", re.I)
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|while|whereas|but|of\s+which|of\s+whom|a\s+figure|which)\b|\s[—–]\s", re.I)


def own_clause(c: Claim) -> str:
    """The clause of the sentence the claim's number is in ('CBP logged 2.48 million encounters', not ', and Border
    Patrol alone about 2.06 million'): the whole sentence when the number's place is not known."""
    s = c.sentence.text
    if c.value_span is None:
        return s
    at, end = c.value_span.start - c.sentence.start, c.value_span.end - c.sentence.start
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(s, 0, at)), default=0)
    after = _CLAUSE_BREAK.search(s, end)
    return s[start:after.start() if after else len(s)]


_ARRESTS = re.compile(r"\barrest(?:s|ed)?\b|\bapprehend(?:ed|s)?\b|\bapprehensions?\b", re.I)


# 'the convicted share rose to 66 percent', 'fell to 36 percent': the verb right before the level says the direction
_MOVED_TO = re.compile(r"\b(?:(?P<up>rose|risen|climbed|increased|grew|jumped|went\s+up)|(?P<down>fell|fallen|dropped|"
                       r"declined|decreased|slipped|slid|went\s+down|shrank))\s+(?:\w+\s+)?to\s+(?:about\s+|nearly\s+|"
                       r"roughly\s+|almost\s+|some\s+|just\s+)?$", re.I)
_FROM_A_SHARE = re.compile(r"[^.;]{0,40}?\bfrom\s+(?:about\s+|nearly\s+|roughly\s+|almost\s+)?\d", re.I)
_FROM_A_NAMED_YEAR = re.compile(r"[^.;\d]{0,40}?\bfrom\s+(?:FY\s?|fiscal(?:\s+year)?\s+)((?:19|20)\d\d)\b", re.I)


# (another share between them is that share's: '56 percent, or 177,960 people, up from 59 percent')
_UP_FROM_A_SHARE = re.compile(r"(?:(?!%|percent)[^.;]){0,60}?,\s*(?P<said>(?P<dir>up|down)\s+from\s+(?:about\s+|nearly\s+|"
                              r"roughly\s+|almost\s+)?\d+(?:\.\d+)?\s*(?:%|percent\b))", re.I)
_A_NAMED_YEAR_AFTER = re.compile(r"\s+(?:in|during)\s+(?:FY\s?|fiscal(?:\s+year)?\s+)((?:19|20)\d\d)\b", re.I)
_THE_YEAR_BEFORE_AFTER = re.compile(r"\s+(?:the\s+(?:fiscal\s+)?year\s+before|a\s+year\s+(?:earlier|before)|the\s+(?:previous|"
                                    r"prior|preceding)\s+(?:fiscal\s+)?year)\b", re.I)


def _moved_the_other_way(c: Claim, ev: Evidence, v: Verdict, base_fy: int, up: bool, said: str) -> Verdict:
    """The share's level confirmed, and its direction from `base_fy` checked against the ledger's two years."""
    assert c.period is not None and c.period.fiscal_year is not None
    readings = readings_for(c)
    if len(readings) != 1 or base_fy >= c.period.fiscal_year:
        return v
    m = readings[0].measure
    a, b = ev.figure(m.id, base_fy), ev.figure(m.id, c.period.fiscal_year)
    if a is None or b is None or abs(b.value - a.value) < 0.01 or (b.value > a.value) == up:
        return v  # (a change under a point is within the rounding of the published shares)
    return Verdict("inaccurate", f"{v.explanation} But the share did not move that way: {m.label} was "
                   f"{fmt(a.value, 'share')} in FY{base_fy} and {fmt(b.value, 'share')} in FY{c.period.fiscal_year}; "
                   f"the claim says '{said}'.", evidence_value=b.value, definitions=v.definitions)


def share_direction(c: Claim, ev: Evidence, v: Verdict) -> Verdict:
    """'The convicted share of arrests rose to 66 percent in FY2018': the level can be right and the direction wrong
    (74% the year before); a share said to have moved is checked against the year it moved from, when the sentence
    gives no base value of its own."""
    if c.kind != "share" or v.label not in OK or c.value_span is None or c.period is None \
            or c.period.kind != "fiscal_year" or c.period.fiscal_year is None or c.period.confidence != "high" \
            or c.measure_confidence != "high" or c.polarity != "asserted":
        return v
    at, end = c.value_span.start - c.sentence.start, c.value_span.end - c.sentence.start
    verb = _MOVED_TO.search(c.sentence.text[max(0, at - 40):at])
    after = c.sentence.text[end:]
    against = _UP_FROM_A_SHARE.match(after) if verb is None else None
    if against is not None:
        # ('56 percent of removals …, up from 59 percent the year before'): the direction said beside the base share,
        # measured from the year before (or the year it names), whatever its own number says
        # (only a base year the words make plain: not 'up from 50 percent in 2012' or '… two years earlier', which a
        # calendar year or a count back may mean)
        named_base = _A_NAMED_YEAR_AFTER.match(after, against.end())
        if named_base is None and not _THE_YEAR_BEFORE_AFTER.match(after, against.end()):
            return v
        base_fy = int(named_base.group(1)) if named_base else c.period.fiscal_year - 1
        return _moved_the_other_way(c, ev, v, base_fy, against.group("dir").lower() == "up", against.group("said"))
    if verb is None or _FROM_A_SHARE.match(after):
        return v  # ('rose to 66% from 74%': the base is a number of its own, read as its own claim)
    named = _FROM_A_NAMED_YEAR.match(after)
    base_fy = int(named.group(1)) if named else c.period.fiscal_year - 1
    readings = readings_for(c)
    if len(readings) != 1 or base_fy >= c.period.fiscal_year:
        return v
    m = readings[0].measure
    a, b = ev.figure(m.id, base_fy), ev.figure(m.id, c.period.fiscal_year)
    if a is None or b is None or abs(b.value - a.value) < 0.01:
        return v  # (a change under a point is within the rounding of the published shares)
    up = verb.group("up") is not None
    if (b.value > a.value) == up:
        return v
    said = re.sub(r"\s+", " ", verb.group(0)).split(" to")[0].strip()
    return Verdict("inaccurate", f"{v.explanation} But the share did not move that way: {m.label} was "
                   f"{fmt(a.value, 'share')} in FY{base_fy} and {fmt(b.value, 'share')} in FY{c.period.fiscal_year}; "
                   f"the claim says it {said} to {claimed_text(c)}.", evidence_value=b.value,
                   definitions=v.definitions)


def quoted_note(c: Claim, v: Verdict) -> Verdict:
    """A number the article quotes, labels a myth or corrects is rated as stated; the reader is told whose it is."""
    if c.asserted_by == "article" or c.research is not None or c.kind in ("causal", "study_venue"):
        return v
    who = re.sub(r"^(The|An?|Some|Many)\s", lambda m: m.group(1).lower() + " ", c.asserted_by)
    said = f"The claim is {who}" if who.startswith(("a statement", "an earlier version")) else \
        f"The article attributes this claim to {who}"
    return replace(v, explanation=f"{v.explanation} ({said}; it is rated as stated.)")


def credit_check(c: Claim, v: Verdict) -> Verdict:
    """A Border Patrol figure the sentence credits to ICE: the number is right, who it belongs to is not."""
    if c.event != "cbp" or c.credited_to != "ICE" or v.label != "accurate" or not _ARRESTS.search(own_clause(c)):
        # 'ICE reported 2 million encounters' may quote CBP; 'ICE made 46,612 arrests at the border' may not; a
        # number only near CBP's ('ICE booked 396,448 into detention, a figure that includes Border Patrol arrests')
        # may be ICE's own count of something else
        return v
    return Verdict("inaccurate", v.explanation + " The sentence credits this number to ICE, but it is U.S. Border "
                   "Patrol's (CBP's) count; ICE does not publish it.", evidence_value=v.evidence_value,
                   definitions=v.definitions)


def frame_gaps(c: Claim) -> Rated | None:
    """Claims the ledger cannot rate whatever the number: not held, a subgroup it cannot count, a projection."""
    cat = catalogue()
    event = c.event or ""
    if event in cat.not_held:
        return unverifiable(f"This claim is about {cat.event_labels[event]}.",
                            f"a published series of {cat.event_labels[event].split(' (')[0]}")
    summed = next((n.removeprefix(SUM_NOTE) for n in c.notes if n.startswith(SUM_NOTE)), None)
    if summed is not None:
        return unverifiable(f"The number is what counts the sentence gives ({summed}) come to together, not a figure "
                            "the ledger publishes; each count is rated on its own.", "the counts it sums, each rated")
    ratio = next((n.removeprefix(RATIO_NOTE) for n in c.notes if n.startswith(RATIO_NOTE)), None)
    if ratio is not None:
        return unverifiable(f"The share compares two counts the sentence gives ({ratio}), which may be of different "
                            "years or groups; it is not a share the ledger publishes, and each count is rated on "
                            "its own.", "the two counts, each rated on its own")
    if c.polarity in ("hypothetical", "questioned"):
        return unverifiable(f"'{c.sentence.text[:80]}' is {'a question' if c.polarity == 'questioned' else 'a projection or hypothetical'}"
                            ", not a statement of what happened.", "the figure once it is published")
    if c.polarity == "negated":
        return unverifiable(f"'{c.value_span.text if c.value_span else c.sentence.text[:60]}' is denied, not stated: the "
                            "sentence says what did not happen, which the checker does not rate as a figure.",
                            "the figure the sentence means, stated as one")
    bad = [q for q in c.qualifiers if q in cat.unresolvable and q not in cat.implied.get(event, frozenset())]
    if bad and not readings_for(c):  # a subgroup with a series of its own (jail arrests, from records) is rated
        label = cat.event_labels.get(event, event)
        return unverifiable(f"The claim is about a subgroup ({', '.join(q.replace('_', ' ') for q in bad)}) of "
                            f"{label}; the ledger holds no series for that subgroup and does not rate a subgroup "
                            "against a total.", f"a published count of {label} by {bad[0].replace('_', ' ')}")
    # interior removals are ICE's alone, whoever the sentence credits ('91 percent of interior removals …, DHS said')
    if c.credited_to in ("CBP and ICE", "DHS") and event in ("removal", "arrest") and "interior" not in c.qualifiers:
        who = "counts CBP's and ICE's together" if c.credited_to == "CBP and ICE" else \
            "credits the number to the Department of Homeland Security as a whole"
        return unverifiable(f"The sentence {who} (DHS-wide); the ledger holds ICE's own series, which is only part of "
                            "such a total.", "DHS's combined count, as published")
    if c.place is not None and c.place.level not in ("nation",):
        return unverifiable(f"ICE's published figures are national; the ledger has no {c.place.name} figure for "
                            "this.", f"record-level data for {c.place.name}")
    return None


def _from_state_records(c: Claim, ev: Evidence) -> Rated | None:
    """'ICE arrested 1,901 people in Washington state in fiscal 2025': the state's own record files, where they declare
    the year complete. They can confirm the claim; a mismatch is reported, never called false."""
    p = c.period  # (a fiscal year as written: a calendar year's count is not the fiscal year's)
    if c.place is None or c.place.level != "state" or not c.place.code or p is None or p.fiscal_year is None \
            or p.kind != "fiscal_year" or p.confidence != "high" or c.value is None or c.unit not in ("count", "share") \
            or c.polarity != "asserted" or c.unresolved:
        return None  # (only a fiscal year the sentence itself names: a part of a year or a year from afar is not read)
    unit = "share" if c.unit == "share" else "count"
    for r in readings_for(c):
        fig = ev.state_records.get((r.measure.id, c.place.code, p.fiscal_year))
        if fig is None or fig.unit != unit:
            continue
        label = compare(c.value, fig.value, c.comparator, c.precision, c.value_high, unit, r.measure.tolerance)
        expl = (f"ICE publishes no {c.place.name} figure; the state's own ICE record files give, for FY{p.fiscal_year}: "
                f"{r.measure.label}: {fmt(fig.value, unit)} ({fig.quote}, {fig.definition}); the claim says "
                f"{claimed_text(c)}.")
        q = (f"SELECT metric, state, fiscal_year, n_records, hits FROM metric_rollups WHERE metric = '{r.measure.id}' "
             f"AND breakdown = 'fiscal_year,state' AND fiscal_year = {p.fiscal_year}")
        prov = Provenance(metric=r.measure.id, query=q, sources=[fig.source_id], files=[fig.source_file],
                          trace=[f"ice-ledger metric {r.measure.id} --by fiscal_year --by state"])
        cand = Candidate(target=f"metric_rollups:{r.measure.id}", metric=r.measure.id, fiscal_year=p.fiscal_year,
                         score=0.9, fit={"measure": 1.0, "period": 1.0, "place": 1.0}, value=fig.value, query=q,
                         row_ids=[], label=f"{r.measure.label}, {c.place.name}, FY{p.fiscal_year}, from records")
        if label in OK:
            return guard(label, c, p, expl, fig.value), [cand], prov
        return (Verdict("unverifiable", expl + " A count from records can differ from one counted another way, so a "
                        "mismatch is not called false.", evidence_value=fig.value,
                        settle_with=f"a published {c.place.name} figure for FY{p.fiscal_year}"), [cand], prov)
    return None


def _state_records_change(c: Claim, ev: Evidence) -> Rated | None:
    """'ICE arrests in Washington state rose 72 percent from fiscal 2024 to fiscal 2025': the change between two
    complete years of the state's own record files. It can confirm the claim; a mismatch is reported, never called
    false."""
    p = c.period
    if c.place is None or c.place.level != "state" or not c.place.code or p is None or p.fiscal_year is None \
            or p.first_fiscal_year is None or p.first_fiscal_year == p.fiscal_year \
            or p.kind not in ("fiscal_year", "fiscal_years") \
            or p.confidence != "high" or c.value is None or c.unit != "change" or c.polarity != "asserted":
        return None
    for r in readings_for(replace(c, unit="count")):
        a = ev.state_records.get((r.measure.id, c.place.code, p.first_fiscal_year))
        b = ev.state_records.get((r.measure.id, c.place.code, p.fiscal_year))
        if a is None or b is None or a.unit != "count" or b.unit != "count" or not a.value:
            continue
        label, actual, multiple = _change_label(c, a.value, b.value)
        expl = (f"ICE publishes no {c.place.name} figure; the state's own ICE record files give {r.measure.label}: "
                f"{fmt(a.value, 'count')} in FY{p.first_fiscal_year} and {fmt(b.value, 'count')} in FY{p.fiscal_year}, "
                + _change_words(c, actual, b.value / a.value, multiple))
        q = (f"SELECT metric, state, fiscal_year, hits FROM metric_rollups WHERE metric = '{r.measure.id}' AND "
             f"breakdown = 'fiscal_year,state' AND fiscal_year IN ({p.first_fiscal_year}, {p.fiscal_year})")
        prov = Provenance(metric=r.measure.id, query=q, sources=[a.source_id], files=[a.source_file, b.source_file],
                          trace=[f"ice-ledger metric {r.measure.id} --by fiscal_year --by state"])
        cand = Candidate(target=f"metric_rollups:{r.measure.id}", metric=r.measure.id, fiscal_year=p.fiscal_year,
                         score=0.9, fit={"measure": 1.0, "period": 1.0, "place": 1.0}, value=actual, query=q,
                         row_ids=[], label=f"change in {r.measure.label}, {c.place.name}, from records")
        if label in OK:
            return Verdict(label, expl, evidence_value=actual), [cand], prov
        return (Verdict("unverifiable", expl + " A count from records can differ from one counted another way, so a "
                        "mismatch is not called false.", evidence_value=actual,
                        settle_with=f"published {c.place.name} figures for both years"), [cand], prov)
    return None


# an end point inside the year ('through March', 'as of mid-July', 'so far', 'the first six months'): part of it
_PART_YEAR = re.compile(r"\b(?:through|thru|until|till|up\s+to|as\s+of|by)\s+(?:the\s+(?:end|middle)\s+of\s+|"
                        r"(?P<part>mid|early|late)[- ]?)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:uary|ruary|ch|il|e|y|"
                        r"ust|t|tember|ober|ember)?\b\.?|\bso\s+far\b|\bto\s+date\b|\byear[- ]to[- ]date\b|\bfirst\s+(?:\w+\s+)?"
                        r"(?:months?|quarters?|half|weeks?)\b", re.I)
# 'Between Jan. 20 and the end of fiscal 2017', 'from March 1 through the end of the fiscal year': from a day inside
# the year to its end, a part of it
_FROM_A_DAY = re.compile(r"\b(?:between|from|since|after)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+"
                         r"\d{1,2}(?:st|nd|rd|th)?\b(?!,?\s+(?:19|20)\d\d\b)|"
                         # 'between Inauguration Day and the end of fiscal 2017': a day inside the year, by its name
                         # ('since Trump took office' most often opens a run of years, not a part of one)
                         r"\b(?:between|from|after)\s+(?:the\s+)?(?:(?:President\s+)?(?:Trump|Biden|Obama)['’]s\s+)?(?:inauguration|swearing[- ]in)"
                         r"(?:\s+day)?\b|\b(?:between|from|after)\s+(?:President\s+)?(?:Trump|Biden|Obama)\s+(?:took|taking)\s+"
                         r"office\b", re.I)
_LAST_MONTH = {"fiscal_year": "sep", "calendar_year": "dec"}
_NEXT_CLAUSE = re.compile(r";|,\s*(?:and|but|while|whereas)\b|\s(?:and|but)\s+(?:by|as of|through|since)\b", re.I)


def part_of_year(c: Claim, article_date: dt.date | None) -> Rated | None:
    """'ICE removed 129,517 people in fiscal 2019 through March': a count up to a day inside the year, which the
    year's total does not rate (it is larger by design), however long ago the year ended (a year still running is
    `not_yet_ended`'s; 'the first half' is a sub_period qualifier)."""
    p = c.period
    if p is None or p.kind not in _LAST_MONTH or p.span is None or c.value_span is None or "sub_period" in c.qualifiers:
        return None
    fiscal = as_fiscal(p) if p.kind == "calendar_year" else p
    if fiscal.fiscal_year is not None and not_yet_ended(fiscal, article_date) is not None:
        return None
    s, at = c.sentence.text, c.sentence.start
    opening = max(0, min(p.span.start, c.value_span.start) - at - 50)
    own = s[opening:]  # (the number's own clause: '143,470 arrests, and 110,568 of them came after Jan. 20')
    cut = _NEXT_CLAUSE.search(own, max(0, c.value_span.end - at - opening))
    own = own[:cut.start()] if cut else own
    begun = _FROM_A_DAY.search(own)
    if begun is not None and not re.match(r"\s*(?:oct(?:ober|\.)?\s+1(?:st)?|jan(?:uary|\.)?\s+1(?:st)?)\b",
                                          own[begun.start() + len(begun.group(0).split()[0]):], re.I):
        year = f"FY{p.fiscal_year}" if p.kind == "fiscal_year" else f"calendar {p.start[:4] if p.start else 'year'}"
        return unverifiable(f"The claim counts part of {year}, from '{begun.group(0)}'; the ledger holds whole years, "
                            "which are larger by design, so it does not rate a part-year figure against them.",
                            f"ICE's count from {begun.group(0).split(maxsplit=1)[-1]}")
    first, last = min(p.span.start, c.value_span.start) - at, max(p.span.end, c.value_span.end) - at
    lo = max(0, first - 30)
    after = _NEXT_CLAUSE.search(s, last)
    hi = min(len(s), last + 30, after.start() if after else len(s))
    lead = re.match(r"[^,;]{0,40},", s) if first > 0 else None  # 'As of March 31, ICE had removed …'
    for m in [*_PART_YEAR.finditer(s[lo:hi]), *(_PART_YEAR.finditer(lead.group(0)) if lead else [])]:
        if m.group("month") and m.group("month").lower() == _LAST_MONTH[p.kind] and not m.group("part"):
            continue  # 'through September' ends the fiscal year
        if m.group("month") and article_date is not None and fiscal.fiscal_year is not None \
                and m.group("month").lower() == article_date.strftime("%b").lower() \
                and article_date > dt.date(fiscal.fiscal_year, 9, 30):
            continue  # 'By December, ICE's annual report showed … in fiscal 2018', said in December: when it was told
        year = f"FY{p.fiscal_year}" if p.kind == "fiscal_year" else f"calendar {p.start[:4] if p.start else 'year'}"
        return unverifiable(f"The claim counts part of {year} ('{m.group(0)}'); the ledger holds "
                            "whole years, which are larger by design, so it does not rate a part-year figure against "
                            "them.", f"ICE's count up to {m.group(0).split(maxsplit=1)[-1]}")
    return None


_CHARGES = re.compile(r"\bcharge[sd]?\b|\bpending\b|\baccused\b", re.I)
# 'Most of the drop in removals was at the border', 'two-thirds of the extra arrests': a share of a year's change, not
# of its total (the border's share of removals can be large while the interior lost more)
_OF_A_CHANGE = re.compile(r"\s*(?:percent|per\s+cent|%)?\s*of\s+(?:the|this|that|its|their|last\s+year.s)\s+"
                          r"(?:\w+\s+){0,2}?(?:increase|rise|growth|jump|surge|spike|uptick|gain|drop|decline|fall|"
                          r"decrease|reduction|dip|downturn|change|additional|extra|added)s?\b", re.I)


def share_of_a_change(c: Claim) -> Rated | None:
    """A share of a rise or fall is of the change between two years, which the ledger's shares of one year's total do
    not measure: unverifiable rather than rated against the wrong whole."""
    if c.unit != "share" or c.value_span is None:
        return None
    if not _OF_A_CHANGE.match(c.sentence.text, c.value_span.end - c.sentence.start):
        return None
    return unverifiable(f"The claim ('{claimed_text(c)}') is a share of a change between two years, not of one "
                        "year's total; the ledger's shares are of a year's total.", "the counts of the group in both years")
_NO_CONVICTION = re.compile(r"(?:\b(?:no|without|never|not|lack\w*)\b|n[’']t)(?:\s+\w+){0,3}?\s+convict", re.I)


def _part_of_sentence(c: Claim) -> str:
    """The part of the sentence the claim's number stands in, between semicolons or a 'while' clause: 'about 13% had
    no criminal history; 34% had no criminal conviction' says two things of two groups."""
    s = c.sentence.text
    at = (c.value_span or c.span).start - c.sentence.start
    cuts = [m for m in _PART_BREAK.finditer(s)]
    start = max((m.end() for m in cuts if m.end() <= at), default=0)
    end = min((m.start() for m in cuts if m.start() >= at), default=len(s))
    return s[start:end]


_PART_BREAK = re.compile(r";|(?:,|\s*[—–])\s+(?:while|whereas)\b")


def readings_for(c: Claim) -> list[Reading]:
    unit = "share" if c.unit == "share" else "count"
    cat = catalogue()
    quals = set(c.qualifiers) - cat.implied.get(c.event or "", frozenset())
    out = cat.readings(c.event or "", quals, unit)
    said = _part_of_sentence(c)
    interior = [h.text for h in cat.qualifier_hits(said) if h.name == "interior"] if "interior" in quals else []
    if interior and all(_FROM_WITHIN.search(t) for t in interior):
        # 'removed from within the United States': after an arrest in the interior, or any removal (all leave from
        # within the country): both readings
        out = out + [r for r in cat.readings(c.event or "", quals - {"interior"}, unit) if r not in out]
    if "noncriminal" in quals and _NO_CONVICTION.search(said) and not _CHARGES.search(said):
        # 'no criminal conviction' says which: pending charges are not convictions ('no conviction or charge' may
        # also exclude the charged, so both readings stay)
        out = [r for r in out if "other_immigration_violators" not in r.measure.id] or out
    elif "noncriminal" in quals and _NEITHER_CONVICTION_NOR_CHARGE.search(said):
        # 'neither a conviction nor a pending charge', 'no conviction or pending charge': ICE's "other immigration
        # violators", not the larger group with no conviction (which counts the charged)
        out = [r for r in out if "other_immigration_violators" in r.measure.id] or out
    return out


def _every_reading_held(c: Claim, ev: Evidence, readings: list[Reading]) -> bool:
    """Whether the ledger holds each reading's figure for every fiscal year of the claim's period."""
    p = _fiscal_period(c)
    if p is None or p.fiscal_year is None:
        return False
    years = range(p.first_fiscal_year or p.fiscal_year, p.fiscal_year + 1)
    return all(ev.figure(r.measure.id, y) is not None for r in readings for y in years)


_INTERIOR_MEASURES = frozenset(m.id for m in catalogue().measures if "interior" in m.qualifiers)
_FROM_WITHIN = re.compile(r"\bfrom\s+within\b", re.I)
_NEITHER_CONVICTION_NOR_CHARGE = re.compile(
    r"\bneither\s+(?:an?\s+)?(?:criminal\s+)?convictions?\s+nor\s+(?:an?\s+)?(?:pending\s+)?(?:criminal\s+)?charges?\b|"
    r"\b(?:no|without)\s+(?:known\s+)?(?:criminal\s+)?convictions?\s+or\s+(?:pending\s+)?(?:criminal\s+)?charges?\b",
    re.I)


def _one_end_off_in_named_years(c: Claim, ev: Evidence, metric: str, held: list[Figure]) -> bool:
    """'Detainers rose from about 159,000 in FY2014 to roughly 197,000 in FY2015': both years named, one end the
    ledger's own figure for its year and the other no year's figure at all (not a year misread): the direction is
    the years' to rate."""
    if c.period is None or c.period.confidence != "high":
        return False
    off = [said for said, f in zip(c.endpoints, held, strict=True) if abs(said - f.value) > 0.1 * f.value]
    return len(off) == 1 and not any(abs(off[0] - f.value) <= 0.02 * f.value for f in ev.series(metric).values())


def _fiscal_period(c: Claim) -> Period | None:
    p = c.period
    if p is None or p.fiscal_year is None:
        return None
    if p.kind == "calendar_year":
        return as_fiscal(p)
    if p.kind in ("fiscal_year", "fiscal_years"):
        return p
    return None


def not_yet_ended(period: Period, article_date: dt.date | None) -> Rated | None:
    """A fiscal year still running when the article was written ('so far in fiscal 2019', a projection): its
    full-year figure is not what the claim counts, so it is never rated against it."""
    fy = period.fiscal_year
    if article_date is None or fy is None or article_date > dt.date(fy, 9, 30):
        return None
    return unverifiable(f"FY{fy} ran to 30 September {fy}, after the article's date ({article_date}): the claim "
                        "counts part of the year, or a projection, and the ledger holds full years only.",
                        f"ICE's count for FY{fy} up to {article_date}")


_STAYED = re.compile(r"\b(?:stayed|stays|stay|remained|remains|remain|held|holds|kept|hovered|hovers|never\s+(?:fell|rose|"
                     r"dropped|went|climbed))\b", re.I)
_RELATIVE_YEAR = re.compile(r"\b(?:last|this|past|previous|current)\s+(?:fiscal\s+)?year\b", re.I)
_WHOLE_SPAN = re.compile(r"\b(?:as\s+a\s+whole|in\s+all|in\s+total|combined|altogether|taken\s+together|all\s+told|"
                         r"cumulative(?:ly)?)\b", re.I)


def _far_from_a_running_sum(c: Claim, period: Period, total: float, ev: Evidence, metric: str) -> str | None:
    """'Since FY 2017, ICE has removed more than 3 million': a sum of full years and a running one, which can add at most
    one more year's count (the largest held); a claim beyond that, or below the full years alone, is false whatever the
    running year held."""
    if not period.how.startswith("since FY") or c.value is None or period.fiscal_year is None \
            or period.span is None or not c.sentence.start <= period.span.start < c.sentence.end:
        return None  # (a span read in this sentence only, never one borrowed from an earlier sentence)
    most = max((f.value for f in ev.series(metric).values()), default=0.0)
    high = total + most
    if c.value > high * (1 + APPROX) and c.comparator not in ("lt", "le"):
        return (f" Even with a whole further year at the largest held ({fmt(most, 'count')}), the sum would be at most "
                f"{fmt(high, 'count')}.")
    if c.value * (1 + APPROX) < total and c.comparator not in ("gt", "ge"):
        return " The full years alone already exceed the claim."
    return None


def _per_unit(c: Claim, fy: int) -> float:
    days = (dt.date(fy, 10, 1) - dt.date(fy - 1, 10, 1)).days
    return {"per_day": days, "per_week": days / 7, "per_month": 12.0}.get(c.unit, 1.0)


def _units_in(unit: str, days: float) -> float:
    """How many of a rate's units ('per_day', 'per_week', 'per_month') an interval of `days` holds; 1 for a count."""
    return {"per_day": days, "per_week": days / 7, "per_month": days / 30.4}.get(unit, 1.0)


def _as_rate(c: Claim, actual: float) -> str:
    """', 440 a day': the interval's total restated in the claim's rate, for an explanation ('' for a count)."""
    return f", {fmt(actual, 'count')} {c.unit.replace('per_', 'a ')}" if c.unit.startswith("per_") else ""


def rate_numeric(c: Claim, ev: Evidence, article_date: dt.date | None = None) -> Rated:
    """count, share and rate claims against the measure's series."""
    in_a_state = _from_state_records(c, ev) if c.place is not None and c.place.level == "state" else None
    if in_a_state is not None:
        return in_a_state
    gap = frame_gaps(c)
    if gap is not None and c.unit == "share" and c.place is not None and _place_label(c) in {f.place for f in ev.dated}:
        place_share = _dated_place_share(c, ev, article_date)  # 'Travis County, about 69 percent of the declined detainers'
        if place_share is not None:
            return place_share
    if gap is not None and c.place is not None and _place_label(c) in {f.place for f in ev.dated} \
            and (readings := readings_for(replace(c, place=None))):
        # a figure published for this place and interval ('Travis County declined 142 of the 206')
        dated = _dated_figure(c, ev, readings, article_date, place=_place_label(c))
        if dated is not None:
            return dated
    if gap is not None:
        return gap
    part = part_of_year(c, article_date) or share_of_a_change(c)
    if part is not None:
        return part
    subgroup = set(c.qualifiers) - catalogue().implied.get("detainer", frozenset())
    if c.event == "detainer" and "declined" in c.qualifiers and subgroup <= {"declined", "custodial"} \
            and c.period is not None and c.period.kind == "calendar_year" and (c.place is None or c.place.level == "nation") \
            and (_ANY_JAIL.search(c.sentence.text) or any(n.startswith("event taken from") for n in c.notes)
                 or c.unit == "share"):
        declined = _npr_declined(c, ev)  # 'local agencies declined 13,595 in calendar 2014', '… A year later, they declined'
        if declined is not None:
            return declined
    readings = readings_for(c)
    if not readings:
        label = catalogue().event_labels.get(c.event or "", c.event or "this")
        if not c.qualifiers and c.unit == "share":
            return unverifiable(f"The claim is a share of {label}, but the checker could not read which group it is "
                                "the share of.", f"the group the share of {label} counts")
        return unverifiable(f"The ledger holds no series of {label} narrowed to "
                            f"{', '.join(c.qualifiers) or 'this'} as a {c.unit}.",
                            f"a published {c.unit} of {label} ({', '.join(c.qualifiers)})")
    if "convicted" in c.qualifiers and "convicted_or_pending" not in c.qualifiers and _CHARGES.search(c.sentence.text):
        c = replace(c, measure_confidence="medium")  # 'convicted or charged' in words the catalogue did not read
    if len({r.measure.id for r in readings} & _INTERIOR_MEASURES) not in (0, len(readings)) \
            and not _every_reading_held(c, ev, readings):
        # 'from within the United States': the interior, or all removals; one the ledger lacks for the year could hold
        c = replace(c, measure_confidence="medium")
    if c.value is None:
        return unverifiable("The claim gives no number to check.", "a number")
    if c.unit == "per_population":
        return unverifiable(f"The claim's {claimed_text(c)} is a rate per head of a population; the ledger holds ICE's "
                            "counts, not the population they would be divided by.", "the population the rate is of")
    if c.event == "detainer" and not subgroup and c.period is not None and c.unit == "per_month" \
            and c.period.kind == "dates":
        months = _npr_detainer_months(c, ev)
        if months is not None:
            return months
    if c.event == "detainer" and not subgroup and c.period is not None and c.unit == "count" \
            and c.period.kind == "dates" and (c.place is None or c.place.level == "nation"):
        months = _npr_detainer_span(c, ev)  # 'from January through June 2014, ICE issued 81,056 detainers'
        if months is not None:
            return months
    if c.period is None or c.period.kind in ("date", "dates", "month", "calendar_year"):
        dated = _dated_figure(c, ev, readings, article_date)
        if dated is not None:
            return dated
    if c.period is not None and c.period.kind == "month" and c.period.start:
        monthly = _monthly(c, ev, readings)
        if monthly is not None:
            return monthly
    if c.event == "detainer" and not subgroup and c.period is not None and c.period.kind in ("month", "calendar_year"):
        npr = _npr_detainers(c, ev)  # all detainers issued: never a count of declined ones
        if npr is not None:
            return npr
    period = _fiscal_period(c)
    if period is None:
        return unverifiable(f"The claim's period could not be read as fiscal years ({_said_period(c)}); ICE's "
                            "figures are by fiscal year.", "the fiscal year the claim is about",)
    if period.how.endswith("(from an earlier sentence)") and _ONE_WEEK.search(own_clause(c)) \
            and not (c.value_span is not None and _A_YEARS_COUNT.match(
                c.sentence.text, c.value_span.end - c.sentence.start)):
        # ('The same report said ICE issued more than 30,000 detainers that week', after a sentence on fiscal 2013):
        # a week's count is not an earlier sentence's year's
        return unverifiable("The claim counts one week; the fiscal year an earlier sentence named is not that week, and "
                            "the ledger holds no figure for a week it can tell.", "the week the claim counts")
    running = not_yet_ended(period, article_date)
    if running is not None:
        return running
    years = list(range(period.first_fiscal_year or period.fiscal_year or 0, (period.fiscal_year or 0) + 1))
    rows: list[dict[str, Any]] = []
    figs: list[Figure] = []
    for r in readings:
        got = [ev.figure(r.measure.id, y) for y in years]
        if any(g is None for g in got):
            continue
        each = re.search(r"\b(?:each|every|per|a|any|a single|any single) (?:fiscal )?year\b|\bannually\b|\beach\b",
                         _without_others_averages(c), re.I) or (
            # 'removals stayed below 150,000 in fiscal 2021 through 2023': a bound that held in each of the years
            _STAYED.search(c.sentence.text) if c.comparator in ("gt", "ge", "lt", "le") else None)
        if each is not None and (_WHOLE_SPAN.search(c.sentence.text) or re.search(
                r"\bthan\s+(?:in\s+)?(?:\w+\s+){0,2}$", c.sentence.text[:each.start()], re.I)):
            # 'over the Biden years as a whole, about 545,000, more than in any year of Trump's first term': the
            # span's sum, compared with a year of another span
            each = None
        values = [g.value for g in got if g is not None]
        # ('totaled more than 486,000, an average of about 162,000 a year': the average is the other number's; but
        # 'averaged 125,000 a year ..., compared with about 137,000 over ...': the number compared is an average too)
        at = c.value_span.start - c.sentence.start if c.value_span is not None else 0
        averaged = re.search(r"\baverag(?:e|ed|es|ing)\b", _clause_of(
            c.sentence.text, at, c.value_span.end - c.sentence.start)
            if c.value_span is not None else c.sentence.text, re.I) or _COMPARED_WITH_AN_AVERAGE.search(
            c.sentence.text[:at])
        each_mean = False  # 'about 230,000 a year under Trump': each year's figure differs, their mean fits
        if len(values) > 1 and averaged and c.unit == "count":
            # 'averaged about 100,000 a year': the mean of the years, not each year
            actual = sum(values) / len(values)
            verdict = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count",
                              r.measure.tolerance, derived=True)
        elif len(values) > 1 and each:
            if c.unit.startswith("per_"):  # '3,000 arrests a day' in each year: each year's total over its days
                values = [v / _per_unit(c, y) for v, y in zip(values, years, strict=True)]
            verdicts = [compare(c.value, v, c.comparator, c.precision, c.value_high,
                                "count" if c.unit.startswith("per_") else c.unit,
                                max(r.measure.tolerance, RATE_TOLERANCE if c.unit.startswith("per_") else 0.0),
                                derived=c.unit.startswith("per_")) for v in values]
            verdict = next((v for v in ("inaccurate", "approximately_accurate") if v in verdicts), "accurate")
            actual = min(values) if c.comparator in ("gt", "ge") else max(values)
            if c.comparator in ("eq", "approx", "nearly") and verdict == "inaccurate" and c.unit == "count":
                # 'about 230,000 a year under Trump' is the years' average; '267,258 in a year' may be one of them
                mean = sum(values) / len(values)
                mean_verdict = compare(c.value, mean, c.comparator, c.precision, c.value_high, "count",
                                       r.measure.tolerance, derived=True)
                if mean_verdict in OK:
                    verdict, actual, each_mean = mean_verdict, mean, True
                elif set(verdicts) & set(OK):
                    verdict = "unverifiable"
            failing = [y for y, v in zip(years, verdicts, strict=True) if v == "inaccurate"]
            if any(years[0] < y < years[-1] for y in failing):
                # a year inside the span refutes 'each year', whatever the span's uncertain ends (an administration's
                # first and last fiscal years are shared with the one before or after)
                period = replace(period, confidence="high")
        elif len(values) > 1 and c.unit == "share":
            # 'Criminal share of arrests, FY'22–FY'24: 32.5%': shares are not summed over years, and the ledger holds
            # no pooled share of a run of years
            by_year = ", ".join(f"FY{y}: {fmt(v, 'share')}" for y, v in zip(years, values, strict=True))
            return unverifiable(f"The ledger holds {r.measure.label} year by year ({by_year}); the claim's "
                                f"{claimed_text(c)} is given for FY{years[0]}–FY{years[-1]}, and a share of several "
                                "years together is not a sum of the years' shares.", "which year the share is of")
        else:
            # ('about 400 arrests a day' over FY2017–FY2020: the span's total over all its days)
            actual = sum(values) / (sum(_per_unit(c, y) for y in years) if c.unit.startswith("per_") else 1.0)
            # (a series published rounded, to the tens: each year's figure is off by up to half of that, on top of
            # the writer's own rounding)
            rounded = r.measure.rounding * len(values) if r.measure.rounding > 1 and c.unit == "count" else 0
            verdict = compare(c.value, actual, c.comparator, c.precision + rounded, c.value_high,
                              "share" if c.unit == "share" else "count",
                              max(r.measure.tolerance, RATE_TOLERANCE if c.unit.startswith("per_") else 0.0),
                              derived=c.unit.startswith("per_") or r.measure.rounding > 1)
        figs.extend(g for g in got if g is not None)
        mean = bool(len(values) > 1 and (averaged or each_mean) and c.unit == "count")
        if verdict == "unverifiable":
            by_year = ", ".join(f"FY{y}: {fmt(v, 'count')}" for y, v in zip(years, values, strict=True))
            return unverifiable(f"The ledger holds {r.measure.label} by year ({by_year}); the claim's "
                                f"{claimed_text(c)} fits one of the years but not the others nor their average, and "
                                "'a year' can mean one year or each of them.", "which year the claim is about")
        rows.append({"each_year": bool(len(values) > 1 and each and not mean), "averaged": mean, "definition": r.reading or r.measure.id, "label": r.measure.label, "metric": r.measure.id,
                     "fiscal_year": years[-1], "value": actual, "verdict": verdict,
                     "row_id": ",".join(g.row_id for g in got if g is not None)})
    span = f"FY{years[0]}" + (f"–FY{years[-1]}" if len(years) > 1 else "")
    if not rows:
        from_records = _from_records(c, ev, readings, years, span)
        if from_records is not None:
            return from_records
        m = readings[0].measure
        held = ev.years(m.id)
        held_part = [y for y in held if years[0] <= y <= years[-1]]
        if held_part and len(years) > 1:
            # ('about 3 million removals under Obama', FY2009–FY2016): some of the years are held, not all of them
            return unverifiable(f"The ledger holds {m.label} for only part of {span} ({', '.join(f'FY{y}' for y in held_part)}), "
                                "so the claim over the whole span cannot be checked.",
                                f"an official figure of {m.label} for each year of {span}")
        return unverifiable(f"The ledger holds no {m.label} for {span}" +
                            (f" (it holds FY{held[0]}–FY{held[-1]}: {', '.join(str(y) for y in held)})." if held else "."),
                            f"an official figure of {m.label} for {span}")
    query = " UNION ALL ".join(f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{r['metric']}' "
                               f"AND fiscal_year BETWEEN {years[0]} AND {years[-1]}" for r in rows)
    cands = [Candidate(target=f"official_figures:{r['metric']}", metric=r["metric"], fiscal_year=years[-1],
                       score=1.0 if i == 0 else 0.8, fit={"measure": 1.0, "period": 1.0}, value=r["value"],
                       query=query, row_ids=r["row_id"].split(","), label=f"{r['label']}, {span}")
             for i, r in enumerate(rows)]
    prov = provenance_for(figs, query)
    per = {"per_day": " a day", "per_week": " a week", "per_month": " a month"}.get(c.unit, "")
    unit = "share" if c.unit == "share" else "count"
    labels = {str(r["verdict"]) for r in rows}
    listing = "; ".join(f"{r['label']}: {fmt(r['value'], unit)}{per}" for r in rows)
    if c.unit == "count" and all(_far_below(c, float(r["value"])) for r in rows):
        # 'more than 170' against 72,177 removals: a bound that far below the figure counts something else
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim's '{claimed_text(c)}' is so far below "
                            "it that it likely counts something else (a part, a place or an operation).",
                            "what the claim's number counts")
    if c.unit == "count" and len(years) == 1 and labels == {"inaccurate"} and c.comparator not in ("lt", "le") \
            and all(c.value is not None and c.value > FAR_ABOVE * max(ev.series_max(str(r["metric"])), 1.0)
                    for r in rows):
        # 'apprehensions climbed to roughly 860,000 in fiscal 2019' against ICE's 143,099: several times any year ICE
        # ever reported, so another agency's count (Border Patrol's) or another measure, not a wrong figure of this one
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim says {claimed_text(c)}, more than "
                            f"{FAR_ABOVE:g} times any year of that series, so it likely counts something else (Border "
                            "Patrol's apprehensions, a DHS-wide total or several years).", "what the claim's number counts")
    unread = _reading_not_held(c, ev, readings, rows, years)
    if unread is not None:
        if {str(r["verdict"]) for r in rows} <= set(OK):
            return Verdict("depends_on_definition",
                           f"It depends on what is counted: for {span}, {listing}, under which the claim's "
                           f"'{claimed_text(c)}' {'holds' if labels == {'accurate'} else 'is close'}; its words could "
                           f"also mean {unread}, which the ledger does "
                           f"not hold for {span}.", definitions=rows), cands, prov
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim says {claimed_text(c)}. Its words "
                            f"could also mean {unread}, which the ledger does not hold for {span}, and under which "
                            "it could hold.", f"{unread} for {span}")
    total = ""
    if len(years) > 1 and not per:
        total = " (the lowest single year)" if rows[0]["each_year"] and c.comparator in ("gt", "ge") else \
            " (the highest single year)" if rows[0]["each_year"] else \
            " (the average of the years)" if rows[0].get("averaged") else " in all"
    narrower = _narrower_exact(c, ev, years) if labels == {"inaccurate"} else None
    if narrower is not None:
        n_label, n_fig, word = narrower
        expl = (f"The ledger holds, for {span}: {n_label}: {fmt(n_fig.value, unit)}, exactly the claim's "
                f"{claimed_text(c)}, reading the sentence's '{word.replace('_', ' ')}' as part of what is counted "
                f"(without it, {listing}).")
        n_query = (f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{n_fig.metric}' "
                   f"AND fiscal_year = {years[0]}")
        n_cand = Candidate(target=f"official_figures:{n_fig.metric}", metric=n_fig.metric, fiscal_year=years[0],
                           score=1.0, fit={"measure": 0.9, "period": 1.0}, value=n_fig.value, query=n_query,
                           row_ids=[n_fig.row_id], label=f"{n_label}, {span}")
        return (Verdict("accurate", expl, evidence_value=n_fig.value), [n_cand, *cands],
                provenance_for([n_fig], n_query))
    broader = _broader_reading(c, ev, years) if labels == {"inaccurate"} and "convicted" in c.qualifiers else None
    if broader is not None:
        b_label, b_value, how_well = broader
        expl = (f"{'True' if how_well == 'accurate' else 'Close'} only under a broader reading than the claim's words: "
                f"for {span}, {listing}, but "
                f"{b_label}: {fmt(b_value, unit)}; the claim says {claimed_text(c)} were convicted.")
        v = guard("misleading", c, period, expl, rows[0]["value"])
        v.definitions = rows
        return v, cands, prov
    wider = _wider_exact(c, ev, years) if labels == {"inaccurate"} else None
    sibling = (_sibling_exact(c, ev, years, {str(r["metric"]) for r in rows})
               if labels == {"inaccurate"} and wider is None else None)
    swapped = _another_events_total(c, ev, years) if sibling is not None and not c.qualifiers else None
    if swapped is not None:
        # 'The agency also removed 158,581 people in fiscal 2018': the year's arrests given as its removals, in a
        # sentence that speaks of no arrests at all
        v = guard("inaccurate", c, period, f"The ledger holds, for {span}: {listing}; the claim says "
                  f"{claimed_text(c)}, which is the published figure for {swapped}, another count than the one the claim names.",
                  rows[0]["value"])
        v.definitions = rows
        return v, cands, prov
    if sibling is not None:
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim says {claimed_text(c)}, which is exactly "
                            f"ICE's figure for {sibling}: the claim's words may describe that group in words the checker "
                            "did not read, so it does not call the claim false.", "which group the claim's number counts")
    with_expulsions = _with_expulsions(c, ev, years, rows) if labels == {"inaccurate"} else None
    if with_expulsions is not None:
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim says {claimed_text(c)}, which is the "
                            f"removals and Title 42 expulsions together ({fmt(with_expulsions, 'count')}): 'deported' "
                            "is used for both, so the claim is not called false.", "whether the claim counts expulsions")
    if labels == {"inaccurate"} and c.event == "removal" and c.value is not None \
            and c.value > float(rows[0]["value"]) and _GOVERNMENT_WIDE.search(c.sentence.text) \
            and not re.search(r"\bICE\b|Immigration and Customs", c.sentence.text):
        # 'the Obama administration deported 577,295 people in fiscal 2014': DHS's removals and returns, all agencies
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim says {claimed_text(c)} and credits an "
                            "administration, not ICE: its deportations may count every agency's removals and returns "
                            "(DHS-wide), which the ledger does not hold.", "DHS's total removals and returns")
    local = next((n.removeprefix(LOCAL_NOTE) for n in c.notes if n.startswith(LOCAL_NOTE)), None)
    if local is not None and labels == {"inaccurate"} and c.value is not None and c.value < 0.05 * float(rows[0]["value"]):
        # a number under a twentieth of the nation's, after sentences about one place, is likely that place's
        return unverifiable(f"The ledger holds, for {span}: {listing}; the claim says {claimed_text(c)}, under a "
                            f"twentieth of it. An earlier sentence is about {local}, so the number may count that place "
                            "alone, which the ledger does not hold.", f"a figure for {local}")
    # (an unrounded figure off by more than a twentieth is already inaccurate: still say whose year's it is, unless
    # the year was read from a relative phrase, which says so below)
    other_year = _other_year_exact(c, ev, years, [str(r["metric"]) for r in rows]) \
        if labels == {"approximately_accurate"} or (labels == {"inaccurate"}
                                                    and not _RELATIVE_YEAR.search(period.how or "")) else None
    calendar = _calendar_exact(c, ev, years, [str(r["metric"]) for r in rows]) \
        if labels <= {"approximately_accurate", "inaccurate"} and other_year is None else None
    step = -1 if CHANGE_START_NOTE in c.notes else 1 if CHANGE_END_NOTE in c.notes else 0
    if step and other_year is not None and other_year == years[0] + step and c.value is not None \
            and _pinned_change(c, ev, [str(r["metric"]) for r in rows], years[0], step):
        # ('In fiscal 2017, ICE made 143,470 arrests. At-large arrests climbed from 30,348 to 40,066'): an end of the
        # change that is exactly the figure of the year next to the one the sentence before gave is that year's
        expl = (f"{claimed_text(c)} is exactly ICE's figure for FY{other_year}, the year "
                f"{'before' if step < 0 else 'after'} FY{years[0]} (which an earlier sentence names): where the change "
                f"the sentence gives {'starts' if step < 0 else 'ends'}.")
        return Verdict("accurate", expl, evidence_value=c.value), cands, prov
    if len(labels) == 1:
        label = labels.pop()
        expl = (f"The ledger holds, for {span}{total}: {listing}" +
                (f" (the claim's period was read from {_said_period(c)})" if period.confidence != "high" else "") +
                f"; the claim says {claimed_text(c)}.")
        if len(rows) > 1:
            expl += " Every official reading of the claim's words agrees."
        if other_year is not None:
            # an unrounded figure is copied, not estimated: one that is exactly another year's is that year's
            label = "inaccurate"
            expl += f" {claimed_text(c)} is exactly ICE's figure for FY{other_year}, not for {span}."
        if label == "approximately_accurate" and other_year is None and _unrounded(c) and c.value is not None \
                and _digits_swapped(c.value, float(rows[0]["value"])) \
                and abs(c.value - float(rows[0]["value"])) > 0.01 * float(rows[0]["value"]):
            # ('265,085' for 256,085): an unrounded figure is copied, and this one was copied with two digits swapped,
            # enough to move it by more than a hundredth ('256,058' is a slip of the last digits, and close)
            label = "inaccurate"
            expl += (f" {claimed_text(c)} is ICE's figure, {fmt(float(rows[0]['value']), 'count')}, with two digits "
                     "swapped.")
        broken = _bound_broken_by(c, float(rows[0]["value"])) if label == "approximately_accurate" else None
        if broken is not None and broken > CLOSE_MISS:
            # ('over 300,000 detainers' of TRAC's 276,181): a bound the figure breaks by more than a twentieth is close
            # only because the series is counted differently from other counts of the same thing; not confirmed
            return Verdict("unverifiable", expl + f" The figure breaks the claim's bound by {broken:.0%}, more than "
                           "a close miss; the series is counted differently from other counts of the same thing, so "
                           "the claim is neither confirmed nor called false.", evidence_value=float(rows[0]["value"]),
                           settle_with="the count the claim's source used"), cands, prov
        said_before = c.sentence.text[:c.value_span.start - c.sentence.start][-60:] + " " + \
            re.sub(r"[\d,.]+\s*$", "", c.value_span.text) if c.value_span is not None else ""
        crossed = _CROSSED_BEFORE.search(said_before) if said_before else None
        # (the hedge right before the crossing verb, or the number: not a 'not' in another clause)
        at = crossed.start() if crossed is not None else len(said_before)
        if broken is not None and said_before and (crossed is not None or _FIRST_TIME.search(own_clause(c))) \
                and not _NEARLY_CROSSED.search(said_before[max(0, at - 45):at]) \
                and not _NOT_CROSSED.search(said_before[:at]):
            # ('arrests fell below 100,000 for the first time', of 103,603): the claim is that the line was crossed
            expl += (f" The claim says the count crossed {fmt(c.value or 0.0, 'count')}; at "
                     f"{fmt(float(rows[0]['value']), 'count')} it did not.")
            return guard("inaccurate", c, period, expl, float(rows[0]["value"])), cands, prov
        nearer = _other_year_rounded(c, ev, years, [str(r["metric"]) for r in rows], float(rows[0]["value"]),
                                     label == "accurate") \
            if label in OK and other_year is None and calendar is None else None
        if nearer is not None:
            # ('down from roughly 158,000 the year before', of FY2019's 143,099: FY2018's 158,581, rounded): a
            # rounded figure that is another year's, and only loosely its own, is not confirmed by the loose fit
            return Verdict("unverifiable", expl + f" The claim's {claimed_text(c)} is, to its rounding, ICE's figure for "
                           f"FY{nearer[0]} ({fmt(nearer[1], c.unit if c.unit == 'share' else 'count')}), and {span}'s "
                           "is further off: the claim may "
                           "give that year's figure for this one.", evidence_value=rows[0]["value"],
                           settle_with="which year the claim's figure is of"), cands, prov
        if calendar is not None and not _FISCAL_WORDS.search(c.sentence.text):
            # 'ICE made 154,204 arrests in 2022, GAO says': a bare year is a calendar year as well
            label = "accurate"
            expl += (f" {claimed_text(c)} is exactly {calendar.publisher}'s count for {calendar.period_text}; the "
                     "sentence's bare year is read as that calendar year.")
        elif calendar is not None:
            # '133,541 arrests in fiscal 2019': GAO's count for calendar 2019, given for the fiscal year
            label = "misleading"
            expl += (f" {claimed_text(c)} is exactly {calendar.publisher}'s count for {calendar.period_text}, given "
                     "for the fiscal year.")
        if calendar is None and label in OK and _named_calendar_year(c):
            # 'ICE made 103,603 arrests in calendar year 2020': the fiscal year is a stand-in for the calendar year
            # the sentence names; its exact figure given for the calendar year is a relabelling, not a count held
            if len(rows) == 1 and _unrounded(c) and abs(float(rows[0]["value"]) - float(c.value or 0)) < 0.5:
                return unverifiable(expl + f" That is ICE's figure for fiscal year {span[2:]} (October to September), "
                                    "given for the calendar year, whose count the ledger does not hold.",
                                    f"ICE's count for calendar year {span[2:]}")
            label = "approximately_accurate"
            expl += (" The claim names a calendar year; the ledger holds ICE's fiscal years (October to September), "
                     "so the fiscal year stands in for it.")
        said_of_them = _said_of_them_after(c, wider[1]) if wider is not None else None
        if wider is not None and said_of_them is not None:
            # 'Not every one of the 113,431 people ICE arrested in fiscal 2024 was a criminal': the word is said of
            # the people counted, after the count's own words; the number is the whole group's
            label = "accurate"
            expl += (f" {claimed_text(c)} is exactly ICE's figure for {wider[0]}; '{said_of_them}' is said of them "
                     "afterwards, not part of what the number counts.")
        elif wider is not None:
            label = "misleading"
            said = next((h.text for h in catalogue().qualifier_hits(c.sentence.text) if h.name == wider[1]),
                        wider[1].replace("_", " "))
            expl += (f" {claimed_text(c)} is exactly ICE's figure for {wider[0]}, without '{said}': a wider group's "
                     "count given for a narrower one.")
        far = _far_from_a_running_sum(c, period, float(rows[0]["value"]), ev, str(rows[0]["metric"])) \
            if label == "inaccurate" and len(rows) == 1 else None
        if far is not None:
            period = replace(period, confidence="high")  # off by more than the running year could add or take
            expl += far
        relative = _RELATIVE_YEAR.search(period.how or "")
        previous = _other_year_exact(c, ev, years, [str(r["metric"]) for r in rows]) \
            if label == "inaccurate" and relative is not None else None
        if previous is not None and previous == years[0] + 1 and article_date is not None \
                and article_date <= dt.date(previous, 9, 30):
            # ('fell to 74,082 last fiscal year', written in March 2021: FY2021's count, for a year not yet over)
            expl += (f" {claimed_text(c)} is ICE's figure for FY{previous}, a year that had not ended by the article's "
                     f"date ({article_date}).")
        elif previous is not None and relative is not None and abs(previous - years[0]) == 1:
            # ('ICE recorded 59,011 removals last fiscal year', written in January 2023 of FY2021's count): a
            # relative year read one year off from when the writer counted; not called false
            return Verdict("unverifiable", expl + f" {claimed_text(c)} is exactly ICE's figure for FY{previous}: "
                           f"'{relative.group(0)}' may have been written of that year.", evidence_value=rows[0]["value"],
                           settle_with=f"the year the claim's '{relative.group(0)}' means"), cands, prov
        v = guard(label, c, period, expl, rows[0]["value"])
        v.definitions = rows if len(rows) > 1 else []
        return v, cands, prov
    exact = [r for r in rows if _unrounded(c) and abs(float(r["value"]) - float(c.value or 0)) < 0.5]
    if len(exact) == 1:
        # '46,396 had a criminal history' is exactly ICE's count under one reading: a copied figure, that reading
        expl = (f"The ledger holds, for {span}: {listing}. {claimed_text(c)} is exactly ICE's figure for "
                f"{exact[0]['label']}, one reading of the claim's words, which the claim repeats.")
        return Verdict("accurate", expl, evidence_value=float(exact[0]["value"]), definitions=rows), cands, prov
    ice_term = next(((r, term) for words, metrics, term in _ICES_TERMS if words.search(c.sentence.text)
                     for r in rows if r["metric"] in metrics and r["verdict"] in OK), None)
    if ice_term is not None:
        # 'about a third had a criminal history': ICE's own reports define the term (a conviction or a pending
        # charge), so the claim holds as ICE words it (never refuted by that reading alone: writers use it loosely)
        term_row, term = ice_term
        expl = (f"The ledger holds, for {span}: {listing}. The claim's '{claimed_text(c)}' holds for "
                f"{term_row['label']}, which is what ICE's own reports call {term}.")
        return Verdict(str(term_row["verdict"]), expl, evidence_value=float(term_row["value"]), definitions=rows), cands, prov
    expl = (f"It depends on what is counted: for {span}, {listing}; '{claimed_text(c)}' holds only for "
            f"{', '.join(r['label'] for r in rows if r['verdict'] in OK) or 'none of them'}.")
    return Verdict("depends_on_definition", expl, definitions=rows), cands, prov


# ICE's own terms, as its reports define them: 'ERO arrested 138,117 aliens with criminal histories (convicted
# criminal and pending criminal charges)' (FY2018 report); 'other immigration violators' (neither)
_ICES_TERMS = (
    (re.compile(r"\bcriminal\s+histor(?:y|ies)\b", re.I),
     frozenset({"arrests_criminal_history", "share_arrests_convicted_or_pending", "removals_criminal_history"}),
     "a 'criminal history'"),
    (re.compile(r"\bother\s+immigration\s+violators?\b", re.I),
     frozenset({"arrests_other_immigration_violators", "share_arrests_other_immigration_violators"}),
     "'other immigration violators'"),
)


def _reading_not_held(c: Claim, ev: Evidence, readings: list[Reading], rows: list[dict[str, Any]],
                      years: list[int]) -> str | None:
    """'over 64% had criminal records' in a year ICE published only the convicted-or-charged share (86%): true under
    that reading, unknown under convictions alone. The label of a reading the words allow that the ledger lacks for
    the years and the held one does not settle (the catalogue's nested readings: a part is never more than its
    whole)."""
    if not rows or c.value is None or len(readings) < 2:
        return None
    held = {str(r["metric"]): r for r in rows}
    offered = {r.measure.id: r.measure for r in readings}
    for narrow, wide in catalogue().nested:
        if narrow not in offered or wide not in offered or (narrow in held) == (wide in held):
            continue
        missing = wide if narrow in held else narrow
        if any(ev.figure(missing, y) is None for y in years) and \
                not _settled(c, held[narrow if narrow in held else wide], held_is_narrower=narrow in held):
            return offered[missing].label
    return None


def _settled(c: Claim, row: dict[str, Any], held_is_narrower: bool) -> bool:
    """Whether the held reading's verdict carries over to the missing one, by which of the two is the part."""
    assert c.value is not None
    ok = row["verdict"] in OK
    if ok and row["verdict"] == "accurate" and c.comparator == "eq":
        return True  # the claim repeats the held figure: a copied number names its own reading
    if ok and ((held_is_narrower and c.comparator in ("gt", "ge")) or
               (not held_is_narrower and c.comparator in ("lt", "le"))):
        return True  # 'over 60%' of the part is over 60% of the whole too
    # above the wider figure, or below the narrower one: above or below both
    return not ok and ((not held_is_narrower and c.value > float(row["value"]))
                       or (held_is_narrower and c.value < float(row["value"])))


def _named_calendar_year(c: Claim) -> bool:
    """A period the sentence itself calls a calendar year ('in calendar year 2020'), not a bare year read as one."""
    p = c.period
    return p is not None and p.kind == "calendar_year" and p.span is not None and "calendar" in p.span.text.lower()


def _unrounded(c: Claim) -> bool:
    """A count written to the unit ('46,396', '216,810': one trailing zero is not a writer's rounding): copied from a
    source, never estimated."""
    return (c.value is not None and c.unit == "count" and c.comparator == "eq" and c.precision <= 10
            and c.value >= 1000 and c.value % 100 != 0)


_A_CONTRASTING_CLAUSE = re.compile(r"(?:,\s*|\s+[-–—]+\s*)(?:but|yet)\b", re.I)


def _narrower_exact(c: Claim, ev: Evidence, years: list[int]) -> tuple[str, Figure, str] | None:
    """'91,037 criminals and 137,983 non-criminals apprehended while attempting to enter': a subgroup word written
    elsewhere in the sentence (here shared by both numbers) under which an unrounded figure is exactly the
    official one. Only an exact match of a figure the writer could not have rounded counts as that reading."""
    if c.value is None or len(years) != 1 or not _unrounded(c):
        return None
    cat = catalogue()
    text = c.sentence.text
    at = (c.value_span.end if c.value_span is not None else c.span.end) - c.sentence.start
    rebutted = _A_CONTRASTING_CLAUSE.search(text, max(0, at))
    if rebutted is not None:  # ('advocates claim ICE deported just 62,739 …, but that figure is only the interior's'):
        text = text[:rebutted.start()]  # the words of the answer are not what the claim counts
    said = {h.name for h in cat.qualifier_hits(text)} - set(c.qualifiers) - set(cat.unresolvable)
    for word in sorted(said):
        for r in cat.readings(c.event or "", set(c.qualifiers) | {word}, "count"):
            f = ev.figure(r.measure.id, years[0])
            if f is not None and abs(f.value - c.value) < 0.5:
                return r.measure.label, f, word
    return None


_GOVERNMENT_WIDE = re.compile(r"\badministration\b|\bthe\s+(?:federal\s+)?government\b|\bthe\s+(?:United\s+States|U\.S\.)\s+"
                              r"(?:deported|removed)\b|\bDHS\b|\bHomeland\s+Security\b", re.I)


def _with_expulsions(c: Claim, ev: Evidence, years: list[int], rows: list[dict[str, Any]]) -> float | None:
    """'ICE deported more than 205,000 people in fiscal 2023': ICE's removals and its Title 42 expulsions of the year
    together, which 'deported' may mean (the sum, when the claim holds for it)."""
    if c.event != "removal" or c.value is None or len(years) != 1 or len(rows) != 1 or rows[0]["metric"] != "removals_total":
        return None
    expelled = ev.figure("title42_expulsions", years[0])
    if expelled is None:
        return None
    both = float(rows[0]["value"]) + expelled.value
    return both if compare(c.value, both, c.comparator, c.precision, c.value_high, "count") in OK else None


def _another_events_total(c: Claim, ev: Evidence, years: list[int]) -> str | None:
    """The whole count of another event (all arrests, all removals) that is exactly the claim's unrounded number, when
    the sentence names no such event: the figure of one count given as another's. Its label, or None."""
    if c.value is None or len(years) != 1 or not _unrounded(c):
        return None
    named = {h.name for h in catalogue().event_hits(c.sentence.text)}
    for m in catalogue().measures:
        if m.unit != "count" or m.qualifiers or m.event == c.event or m.event in named:
            continue
        f = ev.figure(m.id, years[0])
        if f is not None and abs(f.value - c.value) < 0.5:
            return f"{m.label} in FY{years[0]}"
    return None


def _sibling_exact(c: Claim, ev: Evidence, years: list[int], rated: set[str]) -> str | None:
    """'33,243 arrests in the community': an unrounded count that is exactly the official figure of another group of
    the same event and year (at-large arrests) most likely counts that group, in words the catalogue lacks. The label
    of that group's measure, or None."""
    if c.value is None or len(years) != 1 or not _unrounded(c):
        return None
    for m in catalogue().measures:  # (of any event: 'removals that stemmed from arrests' may be read as arrests)
        if m.unit != "count" or m.id in rated:
            continue
        f = ev.figure(m.id, years[0])
        if f is not None and abs(f.value - c.value) < 0.5:
            return f"{m.label} in FY{years[0]}"
    return None


def _said_of_them_after(c: Claim, word: str) -> str | None:
    """The qualifier's words when they come after the number in a predicate ('… 113,431 people ICE arrested … was a
    criminal', '… included many with no criminal record'): said of the people counted, not narrowing the count."""
    if c.value_span is None:
        return None
    end = c.value_span.end - c.sentence.start
    for h in catalogue().qualifier_hits(c.sentence.text):
        if h.name == word and h.start >= end and _PREDICATE_BEFORE.search(c.sentence.text[end:h.start]):
            return h.text
    return None


_PREDICATE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|included|include|includes)\b(?:\s+(?:not|all|mostly|"
                               r"largely|many|some|a|an|no|every|each|of|them|those|with|\w+ly))*\s+$", re.I)


def _wider_exact(c: Claim, ev: Evidence, years: list[int]) -> tuple[str, str] | None:
    """'137,983 non-criminals apprehended at the border' when 137,983 is every non-criminal removal: an unrounded
    number that is exactly the official figure of the group without one of the claim's words."""
    if c.value is None or len(years) != 1 or not _unrounded(c):
        return None
    for word in sorted(set(c.qualifiers)):
        for r in catalogue().readings(c.event or "", set(c.qualifiers) - {word}, "count"):
            f = ev.figure(r.measure.id, years[0])
            if f is not None and abs(f.value - c.value) < 0.5:
                return r.measure.label, word
    return None


_A_RISE = re.compile(r"\b(?:" + UP_VERBS + r"|went\s+up|up)\b", re.I)
_A_FALL = re.compile(r"\b(?:" + DOWN_VERBS + r"|went\s+down|down)\b", re.I)


def _pinned_change(c: Claim, ev: Evidence, metrics: list[str], year: int, step: int) -> bool:
    """An end of 'from X to Y' read as the neighbour of the year an earlier sentence gave only when the other end is
    that year's own figure, and the words' direction is the figures' ('climbed from 158,581 to 143,099' is not)."""
    if len(c.endpoints) != 2:
        return False
    other = c.endpoints[1] if step < 0 else c.endpoints[0]
    if not any((f := ev.figure(m, year)) is not None and abs(f.value - other) <= max(0.5, 0.005 * f.value)
               for m in metrics):
        return False
    before = c.sentence.text[:(c.value_span.start - c.sentence.start) if c.value_span else 0][-60:]
    rose = c.endpoints[1] > c.endpoints[0]
    said_up, said_down = _A_RISE.search(before) is not None, _A_FALL.search(before) is not None
    return not ((said_up and not said_down and not rose) or (said_down and not said_up and rose))


_ONLY_PENDING = re.compile(r"\b(?:only|just|merely)\s+(?:an?\s+)?(?:pending\s+(?:criminal\s+)?(?:case|charge)s?|"
                           r"(?:criminal\s+)?(?:case|charge)s?\s+pending)\b", re.I)


# 'topped a quarter million for the first time since fiscal 2014', '… for the first time in five years', 'the first
# year since fiscal 2014 that removals topped 250,000'
_FIRST_TIME_SINCE = re.compile(r"\bfirst\s+(?:time|(?:fiscal\s+)?year)\s+(?:since\s+(?:(?:fiscal\s+(?:year\s+)?|FY\s?)"
                               r"(?P<fy>(?:19|20)\d\d)|(?P<year>(?:19|20)\d\d))|in\s+(?P<n>\d+|two|three|four|five|six|"
                               r"seven|eight|nine|ten)\s+(?:fiscal\s+)?years)\b", re.I)


_NOT_OR_WHICH_BEFORE = re.compile(r"\b(?:not|never|which|that)\s+(?:\w+\s+){0,3}$", re.I)


def first_time_since(c: Claim, v: Verdict, ev: Evidence, metric: str | None) -> Verdict:
    """A threshold said to be passed 'for the first time since FY X': it holds only if no year between passed it too
    (each such year held, else the claim is left open)."""
    if v.label not in OK or c.kind != "count" or c.comparator not in ("gt", "ge") or metric is None \
            or c.value is None or c.period is None or c.period.kind != "fiscal_year" or not c.period.fiscal_year:
        return v
    if c.value_span is None:
        return v
    # (the number's own clause only, and not 'though not for the first time since …', 'which was the first time …')
    own = _clause_of(c.sentence.text, c.value_span.start - c.sentence.start, c.value_span.end - c.sentence.start)
    said = _FIRST_TIME_SINCE.search(own)
    if said is None or _NOT_OR_WHICH_BEFORE.search(own[:said.start()]):
        return v
    fy = c.period.fiscal_year
    n = said.group("n")
    since = int(said.group("fy") or said.group("year") or 0) or (
        fy - (int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower(), 0)) + 1)  # (in N years: the N-1 years before)
    between = [(y, ev.figure(metric, y)) for y in range(since + 1, fy)]
    missing = [y for y, f in between if f is None]
    if missing:
        return Verdict("unverifiable", f"{v.explanation} The claim also says this was the first time since FY{since}; "
                       f"the ledger lacks FY{missing[0]}, so that cannot be checked.", evidence_value=v.evidence_value,
                       settle_with=f"the figure for every year from FY{since + 1} to FY{fy - 1}")
    passed = [(y, f) for y, f in between if f is not None
              and (f.value > c.value if c.comparator == "gt" else f.value >= c.value)]
    if passed:
        return Verdict("inaccurate", f"{v.explanation} But it was not the first time since FY{since}: "
                       + ", ".join(f"FY{y}: {fmt(f.value, 'count')}" for y, f in passed) + " passed it too.",
                       evidence_value=v.evidence_value, definitions=v.definitions)
    return replace(v, explanation=f"{v.explanation} No year from FY{since + 1} to FY{fy - 1} passed it.") \
        if between else v


def pending_only_said(c: Claim, v: Verdict, ev: Evidence) -> Verdict:
    """'about one in five … had no criminal record at all, only a pending case': the words say which group, the
    arrestees with pending charges only, whom the ledger counts apart; a share of them is not rated against those
    with no conviction."""
    if v.label not in ("inaccurate", "misleading") or c.unit != "share" or c.event != "arrest" \
            or "noncriminal" not in c.qualifiers or not _ONLY_PENDING.search(c.sentence.text) \
            or c.period is None or c.period.fiscal_year is None:
        return v
    fig = ev.figure("share_arrests_pending_charges", c.period.fiscal_year)
    held = f" (FY{c.period.fiscal_year}: {fmt(fig.value, 'share')})" if fig is not None else ""
    return Verdict("unverifiable", v.explanation + " The sentence also says they had only pending charges, a group the "
                   f"ledger counts apart{held}; which group the share counts is not certain.", v.evidence_value,
                   settle_with="which group the share counts")


def _other_year_exact(c: Claim, ev: Evidence, years: list[int], metrics: list[str]) -> int | None:
    """'down from 158,581 in fiscal 2019' when 158,581 is FY2018's: an unrounded number that is exactly the same
    measure's figure for another year (the nearest, if several), and not the claim's own: a number copied to the
    unit from another year is that year's, however far apart the years."""
    if c.value is None or len(years) != 1 or not _unrounded(c):
        return None
    for year in sorted(range(years[0] - 20, years[0] + 21), key=lambda y: abs(y - years[0])):
        if year != years[0] and any((f := ev.figure(m, year)) is not None and abs(f.value - c.value) < 0.5
                                    for m in metrics):
            return year
    return None


def _digits_swapped(claimed: float, actual: float) -> bool:
    """'265,085' for 256,085: the same digits, two neighbours swapped."""
    a, b = str(round(claimed)), str(round(actual))
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _other_year_rounded(c: Claim, ev: Evidence, years: list[int], metrics: list[str], actual: float,
                        within_rounding: bool = False) -> tuple[int, float] | None:
    """A rounded count more than a twentieth off its own year's figure that is, within a hundredth, the same
    measure's figure for an adjacent year: that year's and its figure. (A count its hedge lets pass, 'about 256,000'
    of 267,258, counts when it is more than a fortieth off its own year and within a two-hundredth of the other's.)"""
    own_off, other_near = (CLOSE_MISS / 2, 0.005) if within_rounding else (CLOSE_MISS, 0.01)
    if c.unit == "share":  # ('59 percent' of FY2014's 56%, FY2013's 59%): a share, in points
        own_off, other_near = 0.02, 0.005
    elif c.unit != "count":
        return None
    scale = 1.0 if c.unit == "share" else abs(actual)
    if c.value is None or len(years) != 1 or _unrounded(c) or c.comparator not in ("eq", "approx") \
            or abs(actual - c.value) <= own_off * scale:
        return None
    for year in (years[0] - 1, years[0] + 1):
        for m in metrics:
            f = ev.figure(m, year)
            if f is not None and abs(f.value - c.value) <= other_near * (1.0 if c.unit == "share" else abs(f.value)):
                return year, f.value
    return None


_FISCAL_WORDS = re.compile(r"\bfiscal\b|\bFY\s?'?\d", re.I)


def _calendar_exact(c: Claim, ev: Evidence, years: list[int], metrics: list[str]) -> DatedFigure | None:
    """An unrounded number that is exactly a published calendar-year count of the same measure for the claim's
    year (GAO's), given for the fiscal year."""
    if c.value is None or len(years) != 1 or not _unrounded(c):
        return None
    return next((f for f in ev.dated if f.measure in metrics and f.place == "United States" and abs(f.value - c.value) < 0.5
                 and f.start == dt.date(years[0], 1, 1) and f.end == dt.date(years[0], 12, 31)), None)


def _broader_reading(c: Claim, ev: Evidence, years: list[int]) -> tuple[str, float, str] | None:
    """'90% were convicted criminals' when 66% were convicted and 87% convicted or charged: the broader official
    reading that makes the number hold, if there is one, and how well (an exact reading before a close one: ICE's
    own 92% bundle of FY2017 before the 89.2% convicted or charged)."""
    if c.value is None or len(years) != 1:
        return None
    unit = "share" if c.unit == "share" else "count"
    found: list[tuple[str, float, str]] = []
    for broader in ("convicted_or_pending", "criminal_broad"):
        quals = (set(c.qualifiers) - {"convicted", "criminal"}) | {broader}
        for r in catalogue().readings(c.event or "", quals, unit):
            f = ev.figure(r.measure.id, years[0])
            label = compare(c.value, f.value, c.comparator, c.precision, c.value_high, unit) if f is not None else ""
            if f is not None and label in OK:
                found.append((r.measure.label, f.value, label))
    return min(found, key=lambda x: x[2] != "accurate") if found else None


def _said_period(c: Claim) -> str:
    if c.period is None:
        return "no period named"
    said = c.period.span.text if c.period.span else c.period.how
    return f"'{said}'"


RECENT = dt.timedelta(days=3 * 365)  # a claim naming no period may mean a figure published this long before it


def _place_label(c: Claim) -> str:
    """A claim's place as dated figures name it: 'Travis County, TX'."""
    if c.place is None or c.place.level == "nation":
        return "United States"
    head, _, state = c.place.name.rpartition(", ")
    found = us.states.lookup(state) if head else None
    return f"{head}, {found.abbr}" if found else c.place.name


# ('that single week', 'the first weekly report', 'the weekly Declined Detainer Outcome Report'): one week's figure
_ONE_WEEK = re.compile(r"\b(?:that(?:\s+(?:single|same|one))?|the\s+same|one|a\s+single|in\s+a|during\s+the)\s+week\b|"
                       r"\bweekly\s+(?:report|Declined\s+Detainer)|\bDeclined\s+Detainer\s+Outcome\s+Report\b", re.I)


# ('it had made 143,099 arrests during the year'): a year's count, whatever week it was told in
_A_YEARS_COUNT = re.compile(r"\s+(?:[\w-]+\s+)?(?:during|in|for|over|across)\s+the\s+(?:whole\s+|full\s+)?(?:fiscal\s+)?"
                            r"year\b", re.I)
# ('206 detainers in a single day', 'over two months'): a span the words give, not any figure's interval
_ANOTHER_SPAN_SAID = re.compile(r"\b(?:in\s+a\s+(?:single\s+)?day|a\s+day|per\s+day|daily|(?:over|in|across)\s+(?:the\s+)?"
                                r"(?:\w+\s+)?(?:months|years|quarters)|monthly|annually|a\s+year|per\s+year|each\s+year)\b",
                                re.I)


def _dated_figure(c: Claim, ev: Evidence, readings: list[Reading], article_date: dt.date | None = None,
                  place: str = "United States") -> Rated | None:
    """A figure published for a stated interval ('3,083 detainers in the week beginning January 28, 2017'): the
    claim's interval must be the figure's; a claim that names no interval is read against the only figure held for
    its measure, and is never called false on that reading."""
    ids = {r.measure.id for r in readings}
    p = c.period
    # a calendar-year figure (GAO's) answers only a claim that says 'calendar year': a bare '2019' is read as the
    # fiscal year, ICE's own series
    calendar_said = p is not None and p.kind == "calendar_year" and p.confidence == "high"
    national = [f for f in ev.dated if f.measure in ids and f.place == place
                and (calendar_said or not (f.start == dt.date(f.start.year, 1, 1)
                                           and f.end == dt.date(f.start.year, 12, 31)))]
    if not national or c.value is None:
        return None
    if (p is None or p.how.endswith("(from an earlier sentence)")) and _ONE_WEEK.search(c.sentence.text):
        # ('ICE issued 3,083 detainers that week and 206 were declined'): a week's figure, never a span's of months
        national = [f for f in national if (f.end - f.start).days <= 7] or national
        if p is not None and not (p.start and p.end):
            p = None  # (an earlier sentence's fiscal year is not the week's; its dated week still is)
    same: list[DatedFigure] = []
    if p is not None and p.start and p.end:
        start, end = dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end)
        same = [f for f in national if abs((f.start - start).days) <= 1 and abs((f.end - end).days) <= 1]
        if not same and p.kind == "calendar_year":  # 'as of mid-2023': the one figure published within the year
            inside = [f for f in national if start <= f.start and f.end <= end]
            same = inside if len(inside) == 1 else []
            if not same:
                return None
    if p is not None and not same and p.how.endswith("(from an earlier sentence)"):
        p = None  # an earlier sentence's period that no figure covers: the claim names none of its own
    if p is not None and not same and p.kind in ("date", "dates"):
        held = "; ".join(f"{f.period_text}: {f.published_as}" for f in national)
        m0 = readings[0].measure
        return unverifiable(f"The ledger holds {m0.label} only as published for other intervals ({held}); the claim "
                            f"is about {period_words(p)}.", f"{m0.label} for {period_words(p)}")
    if same:
        fig, period = same[0], p
    elif p is None and len(national) == 1 and not c.unit.startswith("per_") and (article_date is None or (
            national[0].start <= article_date and article_date - national[0].end <= RECENT)):
        fig, period = national[0], None  # never a figure from after the article, nor one long before it
    elif p is None and not c.unit.startswith("per_") and not _ANOTHER_SPAN_SAID.search(own_clause(c)) and len(exact := [
            f for f in national if abs(f.value - c.value) < 0.5 and (article_date is None or (
                f.start <= article_date and article_date - f.end <= RECENT))]) == 1:
        # ('The first report listed 206 declined detainers', of several weeks' reports): the one week whose figure the
        # number is, to the unit; a number that is none of them stays unread
        fig, period = exact[0], None
    else:
        return None
    # '440 detainers a day' in a week ICE published 3,083 for: the interval's total over its days
    per = c.unit.startswith("per_")
    days = (fig.end - fig.start).days + 1
    actual = fig.value / _units_in(c.unit, days)
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count",
                    RATE_TOLERANCE if per else 0.0, derived=per)
    m = next(r.measure for r in readings if r.measure.id == fig.measure)
    expl = (f"{fig.publisher} published {m.label} for {fig.period_text}: {fig.published_as} ('{fig.quote}')"
            + _as_rate(c, actual)
            + f"; the claim says {claimed_text(c)}.")
    fiscal = ev.figure(fig.measure, fig.start.year) if calendar_said and label != "accurate" else None
    if fiscal is not None and c.comparator == "eq" and c.precision <= 1 and fiscal.value == c.value:
        # 'in calendar year 2019, ICE arrested 143,099': the fiscal year's figure, to the unit, given for the calendar
        label = "misleading"
        expl += (f" {fmt(c.value, 'count')} is exactly ICE's figure for fiscal year {fig.start.year} (October "
                 f"{fig.start.year - 1} to September {fig.start.year}), given for the calendar year.")
    if fig.verification == "VERIFIED_SECONDHAND":
        expl += f" This is {fig.publisher}'s figure, as it published it."
    if period is None:
        expl += (" The claim names no period; this is the only published figure the ledger holds for it." if len(national) == 1
                 else f" The claim names no period; of the figures the ledger holds for it, this one ({fig.period_text}) is "
                 "the claim's number to the unit.")
        if label not in OK:
            return unverifiable(expl, f"the period of the claim's {m.label}", actual)
    query = f"SELECT * FROM dated_figures WHERE figure_id = '{fig.figure_id}'"
    prov = Provenance(metric=fig.measure, query=query, sources=["curated_dated"], row_ids=[fig.row_id],
                      trace=[f"ice-ledger trace dated_figures {fig.row_id}"],
                      citations=[f"{fig.publisher}, {fig.document} ({fig.verification}) {fig.citation_url}"])
    cand = Candidate(target=f"dated_figures:{fig.figure_id}", metric=fig.measure, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0, "period": 1.0 if period else 0.5}, value=actual, query=query,
                     row_ids=[fig.row_id], label=f"{m.label}, {fig.period_text}")
    return guard(label, c, period, expl, actual), [cand], prov


def _dated_place_share(c: Claim, ev: Evidence, article_date: dt.date | None) -> Rated | None:
    """A place's share of a national figure published for the same interval ('Travis County declined about 69
    percent of the 206'): the place's figure over the nation's. A claim naming no interval of its own is read
    against the only such pair held, and is never called false on that reading."""
    readings = readings_for(replace(c, place=None, unit="count", comparator="eq"))
    ids = {r.measure.id for r in readings}
    pairs = [(f, g) for f in ev.dated if f.measure in ids and f.place == _place_label(c)
             for g in ev.dated if g.measure == f.measure and g.place == "United States"
             and (g.start, g.end) == (f.start, f.end)]
    p = c.period
    if p is not None and not (p.start and p.end) and p.how.endswith("(from an earlier sentence)"):
        p = None  # an earlier sentence's fiscal year: the claim names no interval of its own
    if p is not None and p.start and p.end:
        start, end = dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end)
        pairs = [(f, g) for f, g in pairs if abs((f.start - start).days) <= 1 and abs((f.end - end).days) <= 1]
    elif p is not None:
        return None
    if len(pairs) != 1 or c.value is None or c.comparator in ("le", "lt"):
        return None
    part, whole = pairs[0]
    years = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", c.sentence.text)}
    if p is None and (years - {part.start.year, part.end.year} or article_date is None
                      or not part.start <= article_date <= part.end + RECENT):
        return None  # an unread year of its own, or an article long after the figure: not the figure's interval
    actual = part.value / whole.value
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "share")
    m = next(r.measure for r in readings if r.measure.id == part.measure)
    expl = (f"{part.publisher} published {m.label} for {part.period_text}: {part.published_as} in {part.place} "
            f"('{part.quote}'), of {whole.published_as} nationally: {fmt(actual, 'share')}; the claim says "
            f"{claimed_text(c)}.")
    if p is None:
        expl += " The claim names no period; this is the only published pair the ledger holds for the place."
        if label not in OK:
            return unverifiable(expl, f"the period of the claim's share of {m.label}", actual)
    query = f"SELECT * FROM dated_figures WHERE figure_id IN ('{part.figure_id}', '{whole.figure_id}')"
    prov = Provenance(metric=part.measure, query=query, sources=["curated_dated"], row_ids=[part.row_id, whole.row_id],
                      trace=[f"ice-ledger trace dated_figures {part.row_id}",
                             f"ice-ledger trace dated_figures {whole.row_id}"],
                      citations=[f"{f.publisher}, {f.document} ({f.verification}) {f.citation_url}"
                                 for f in (part, whole)])
    cand = Candidate(target=f"dated_figures:{part.figure_id}", metric=part.measure, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0, "period": 1.0 if p else 0.5}, value=actual, query=query,
                     row_ids=[part.row_id, whole.row_id], label=f"{m.label} in {part.place}, {part.period_text}")
    return guard(label, c, p, expl, actual), [cand], prov


def _monthly(c: Claim, ev: Evidence, readings: list[Reading]) -> Rated | None:
    """A count for one calendar month, from a series the ledger holds by month (Border Patrol's encounters)."""
    p = c.period
    assert p is not None and p.start and c.value is not None
    y, mo = int(p.start[:4]), int(p.start[5:7])
    got = next(((r.measure, ev.monthly[(r.measure.id, y, mo)]) for r in readings
                if (r.measure.id, y, mo) in ev.monthly), None)
    if got is None:
        return None
    m, (value, row_id) = got
    label = compare(c.value, value, c.comparator, c.precision + (m.rounding if m.rounding > 1 else 0), c.value_high,
                    "count", derived=m.rounding > 1)
    expl = f"{m.label[0].upper() + m.label[1:]}: {fmt(value, 'count')} in {p.start[:7]}; the claim says {claimed_text(c)}."
    query = f"SELECT * FROM border_encounters WHERE month_label IS NOT NULL  -- {m.id}, {p.start[:7]}"
    prov = Provenance(metric=m.id, query=query, sources=["usbp_encounters"], row_ids=[row_id],
                      trace=[f"ice-ledger trace border_encounters {row_id}"])
    cand = Candidate(target=f"border_encounters:{m.id}", metric=m.id, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0, "period": 1.0}, value=value, query=query, row_ids=[row_id],
                     label=f"{m.label}, {p.start[:7]}")
    return guard(label, c, p, expl, value), [cand], prov


def _npr_detainers(c: Claim, ev: Evidence) -> Rated | None:
    """Detainers by calendar month or year from NPR's tables of ICE's FOIA records (not the TRAC fiscal series)."""
    p = c.period
    assert p is not None and c.value is not None
    if p.kind == "month" and p.start:
        y, m = int(p.start[:4]), int(p.start[5:7])
        got = ev.detainers_by_month.get((y, m))
        what = f"{p.start[:7]}"
        days = 30.0
    elif p.kind == "calendar_year" and p.fiscal_year is not None:
        got = ev.detainers_by_year.get(p.fiscal_year)
        what = f"calendar {p.fiscal_year}"
        days = 365.0
        if got is None:
            return None
    else:
        return None
    if got is None:
        return unverifiable(f"NPR's detainer tables hold no count for {what}.", f"ICE detainers issued in {what}")
    value, row_id = got
    actual = value / _units_in(c.unit, days)
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count",
                    RATE_TOLERANCE if c.unit.startswith("per_") else 0.0, derived=c.unit.startswith("per_"))
    expl = (f"ICE's detainer records (NPR's FOIA tables) hold {fmt(value, 'count')} detainers in {what}"
            + _as_rate(c, actual)
            + f"; the claim says {claimed_text(c)}.")
    query = "SELECT period, count FROM published_aggregates WHERE table_name LIKE 'detainers_by_year%'"
    prov = Provenance(metric="published_aggregates", query=query, sources=["npr_detainer_aggregates"],
                      row_ids=[row_id], trace=[f"ice-ledger trace published_aggregates {row_id}"])
    cand = Candidate(target="published_aggregates:detainers", metric=None, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0}, value=actual, query=query, row_ids=[row_id], label=f"detainers, {what}")
    return guard(label, c, p, expl, actual), [cand], prov


# who declined, in general words ('local jails', 'law enforcement agencies', 'nationwide'): a named place that the
# checker did not read ('Santa Clara turned away …') is never rated against the national count
_ANY_JAIL = re.compile(r"\b(?:local|jails?|law[- ]enforcement|sheriffs?|jurisdictions|police|agencies|counties|cities|"
                       r"localities|nationwide|nationally|across the (?:country|nation))\b|"
                       # 'ICE records show 942 declined detainers': the national records, by their own name
                       r"\bICE(?:['’]s)?\s+(?:own\s+)?(?:records|data|figures)\b|^\W*Declined\s+detainers\b", re.I)


_RATE_UNITS = ("per_day", "per_week", "per_month")


def _npr_declined(c: Claim, ev: Evidence) -> Rated | None:
    """Detainers declined by local agencies in a calendar year: NPR's count of ICE's records whose lift reason is
    'Detainer Declined by LEA' (by the year the detainer was prepared; only the declines ICE recorded)."""
    p = c.period
    assert p is not None and p.fiscal_year is not None and c.value is not None
    got = ev.declined_by_year.get(p.fiscal_year)
    issued = ev.detainers_by_year.get(p.fiscal_year)
    if got is None or (c.unit == "share" and issued is None) or c.unit not in ("count", "share", *_RATE_UNITS):
        return None
    value, row_id = got
    row_ids = [row_id]
    if c.unit == "share" and issued is not None:
        # 'about 9 percent of detainers issued in 2014 were declined': the declined over all prepared that year
        actual = value / issued[0]
        row_ids.append(issued[1])
        label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "share", derived=True)
        said = (f"show {fmt(value, 'count')} of the {fmt(issued[0], 'count')} detainers prepared in calendar "
                f"{p.fiscal_year} ({fmt(actual, 'share')}) with the lift reason 'Detainer Declined by LEA'")
    else:
        actual = value / _units_in(c.unit, 365.0)
        label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count",
                        RATE_TOLERANCE if c.unit.startswith("per_") else 0.0, derived=c.unit.startswith("per_"))
        said = (f"hold {fmt(value, 'count')} detainers prepared in calendar {p.fiscal_year} whose lift reason is "
                "'Detainer Declined by LEA'" + _as_rate(c, actual))
    expl = (f"ICE's detainer records (NPR's FOIA tables) {said}; the claim says {claimed_text(c)}. "
            "These are the declines ICE recorded, not every detainer a jail did not honor.")
    query = ("SELECT period, dimension_value, count FROM published_aggregates WHERE table_name IN "
             "('detainers_by_lift_reason_and_year.csv', 'all_detainers_by_year.csv')")
    prov = Provenance(metric="published_aggregates", query=query, sources=["npr_detainer_aggregates"],
                      row_ids=row_ids, trace=[f"ice-ledger trace published_aggregates {i}" for i in row_ids])
    cand = Candidate(target="published_aggregates:detainers_declined", metric=None, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0}, value=actual, query=query, row_ids=row_ids,
                     label=f"detainers declined by local agencies, calendar {p.fiscal_year}")
    return guard(label, c, p, expl, actual), [cand], prov


def _npr_detainer_months(c: Claim, ev: Evidence) -> Rated | None:
    """A monthly rate over a few months ('6,000 a month by the end of 2014') against each of those months: right if
    any month bears it out, false only if every month is beyond the claim's tolerance."""
    p = c.period
    assert p is not None and c.value is not None
    if not p.start or not p.end:
        return None
    first, last = dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end)
    keys = _months_between(first, last)
    if not 1 < len(keys) <= 6:
        return None
    got = [ev.detainers_by_month.get(k) for k in keys]
    if any(g is None for g in got):
        return unverifiable(f"NPR's detainer tables do not hold every month of {p.start[:7]} to {p.end[:7]}.",
                            f"ICE detainers issued by month, {p.start[:7]} to {p.end[:7]}")
    labels = [compare(c.value, g[0], c.comparator, c.precision, c.value_high, "count", RATE_TOLERANCE, derived=True)
              for g in got if g is not None]
    order = ["accurate", "approximately_accurate", "misleading", "inaccurate"]
    label = min(labels, key=lambda x: order.index(x) if x in order else len(order))
    each = ", ".join(f"{y}-{m:02d} {fmt(g[0], 'count')}" for (y, m), g in zip(keys, got, strict=True) if g is not None)
    expl = (f"ICE's detainer records (NPR's FOIA tables) hold, by month: {each} ({p.how}); the claim says "
            f"{claimed_text(c)} a month.")
    ids = [g[1] for g in got if g is not None]
    query = "SELECT period, count FROM published_aggregates WHERE table_name LIKE 'detainers_by_year_and_month%'"
    prov = Provenance(metric="published_aggregates", query=query, sources=["npr_detainer_aggregates"], row_ids=ids,
                      trace=[f"ice-ledger trace published_aggregates {i}" for i in ids[:3]])
    cand = Candidate(target="published_aggregates:detainers", metric=None, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0}, value=float(got[-1][0]) if got[-1] else None, query=query, row_ids=ids,
                     label=f"detainers by month, {p.start[:7]} to {p.end[:7]}")
    return guard(label, c, p, expl, float(got[-1][0]) if got[-1] else None), [cand], prov


def _months_between(first: dt.date, last: dt.date) -> list[tuple[int, int]]:
    """The (year, month) of every calendar month from `first`'s to `last`'s, both included."""
    return [(y, m) for y in range(first.year, last.year + 1) for m in range(1, 13)
            if (first.year, first.month) <= (y, m) <= (last.year, last.month)]


def _npr_detainer_span(c: Claim, ev: Evidence) -> Rated | None:
    """Detainers over a run of whole calendar months: the sum of NPR's monthly counts of ICE's records."""
    p = c.period
    assert p is not None and c.value is not None
    if not p.start or not p.end or not p.start.endswith("-01"):
        return None
    first, last = dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end)
    if (last + dt.timedelta(days=1)).day != 1:
        return None  # the interval ends inside a month
    keys = _months_between(first, last)
    got = [ev.detainers_by_month.get(k) for k in keys]
    if len(keys) < 2 or any(g is None for g in got):
        return None
    total = sum(g[0] for g in got if g is not None)
    ids = [g[1] for g in got if g is not None]
    label = compare(c.value, total, c.comparator, c.precision, c.value_high, "count", derived=True)
    expl = (f"ICE's detainer records (NPR's FOIA tables) hold {fmt(total, 'count')} detainers from {p.start[:7]} to "
            f"{p.end[:7]} ({len(keys)} months: {p.how}); the claim says {claimed_text(c)}.")
    query = "SELECT period, count FROM published_aggregates WHERE table_name LIKE 'detainers_by_year_and_month%'"
    prov = Provenance(metric="published_aggregates", query=query, sources=["npr_detainer_aggregates"], row_ids=ids,
                      trace=[f"ice-ledger trace published_aggregates {i}" for i in ids[:3]])
    cand = Candidate(target="published_aggregates:detainers", metric=None, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0, "period": 1.0}, value=total, query=query, row_ids=ids,
                     label=f"detainers by month, {p.start[:7]} to {p.end[:7]}")
    return guard(label, c, p, expl, total), [cand], prov


def _from_records(c: Claim, ev: Evidence, readings: list[Reading], years: list[int], span: str) -> Rated | None:
    """No published figure: the count or share ICE's own national record files give for complete fiscal years.
    It can confirm the claim; a mismatch is reported, never called false (ICE may publish under another rule)."""
    unit = "share" if c.unit == "share" else "count"
    if c.unit not in ("count", "share") or c.value is None:
        return None
    for r in readings:
        got = [ev.records.get((r.measure.id, y)) for y in years]
        figs = [g for g in got if g is not None and g.unit == unit]
        if len(figs) != len(years) or (unit == "share" and len(figs) != 1):
            continue
        actual = sum(g.value for g in figs)
        label = compare(c.value, actual, c.comparator, c.precision, c.value_high, unit, r.measure.tolerance)
        expl = (f"ICE published no figure for this in the ledger; its own national record files give, for {span}: "
                f"{r.measure.label}: {fmt(actual, unit)} ({'; '.join(g.quote for g in figs)}); the claim says "
                f"{claimed_text(c)}.")
        q = (f"SELECT metric, fiscal_year, n_records, hits FROM metric_rollups WHERE metric = '{r.measure.id}' AND "
             f"breakdown = 'fiscal_year' AND fiscal_year BETWEEN {years[0]} AND {years[-1]}")
        prov = Provenance(metric=r.measure.id, query=q, sources=sorted({g.source_id for g in figs}),
                          files=sorted({g.source_file for g in figs}),
                          trace=[f"ice-ledger metric {r.measure.id} --by fiscal_year --compare-sources"])
        cand = Candidate(target=f"metric_rollups:{r.measure.id}", metric=r.measure.id, fiscal_year=years[-1],
                         score=0.9, fit={"measure": 1.0, "period": 1.0, "source": 0.9}, value=actual, query=q,
                         row_ids=[], label=f"{r.measure.label}, {span}, from records")
        if label in OK:
            return guard(label, c, c.period, expl, actual), [cand], prov
        return (Verdict("unverifiable", expl + " A count from records can differ from a figure ICE published, so a "
                        "mismatch is not called false.", evidence_value=actual,
                        settle_with=f"ICE's published figure of {r.measure.label} for {span}"), [cand], prov)
    return None


def rate_change(c: Claim, ev: Evidence, article_date: dt.date | None = None) -> Rated:
    """A change between two fiscal years of one measure: 'up 9% on fiscal 2016'."""
    in_a_state = _state_records_change(c, ev)
    if in_a_state is not None:
        return in_a_state
    gap = frame_gaps(c)
    if gap is not None:
        return gap
    running = (not_yet_ended(c.period, article_date) or part_of_year(c, article_date)) if c.period is not None else None
    if running is not None:
        return running
    if c.value_span is not None and _POINTS.search(c.value_span.text):
        return _rate_points(c, ev)
    calendar = _npr_change(c, ev)
    if calendar is not None and (calendar[0].label in OK or calendar[0].label in ("inaccurate", "misleading")):
        return calendar  # confirmed by the calendar years, or refuted when they are named as such
    readings = readings_for(replace(c, unit="count"))
    end = _fiscal_period(c)
    if not readings or end is None or end.fiscal_year is None or c.value is None:
        return unverifiable("The change's measure or period could not be read.", "the measure and the two years compared")
    start_fy = end.first_fiscal_year if end.first_fiscal_year != end.fiscal_year else None
    if start_fy is None:
        start_fy = end.fiscal_year - 1 if re.search(r"\b(?:previous|prior|last) year\b|\bthe year before\b",
                                                     c.sentence.text, re.I) else None
    if start_fy is None:
        return unverifiable("The claim names no base year for the change.", "the year the change is measured from")
    m = readings[0].measure
    a, b = ev.figure(m.id, start_fy), ev.figure(m.id, end.fiscal_year)
    if a is None or b is None:
        if calendar is not None:  # the fiscal years are not held; the calendar reading stands, unrefuted
            return calendar
        return unverifiable(f"The ledger lacks {m.label} for FY{start_fy if a is None else end.fiscal_year}.",
                            f"{m.label} for FY{start_fy} and FY{end.fiscal_year}")
    from_earlier = any("earlier sentence" in n for n in c.notes)
    rated = _rate_two_years(c, m, a, b, start_fy, end, from_earlier)
    year_before = ev.figure(m.id, end.fiscal_year - 1)
    if any(n.startswith("base period:") and "earlier sentence" not in n for n in c.notes):
        # 'That total is 44 percent higher than in fiscal 2016': the base is named here, so year on year is no reading
        from_earlier = False
    if from_earlier and rated[0].label not in OK and start_fy != end.fiscal_year - 1 and year_before is not None:
        # 'ICE made 74,082 arrests in fiscal 2021. … Arrests fell by about 57,000 in fiscal 2024': an earlier
        # sentence's year is one reading of the base, the year before the change's own another
        on_the_year_before = _rate_two_years(c, m, year_before, b, end.fiscal_year - 1, end, from_earlier)
        if on_the_year_before[0].label in OK:
            return on_the_year_before
    if from_earlier and rated[0].label == "approximately_accurate" and start_fy != end.fiscal_year - 1 \
            and year_before is not None:
        # 'Removals plunged 30.4 percent in fiscal 2020' after a sentence on fiscal 2018: exact year on year
        on_the_year_before = _rate_two_years(c, m, year_before, b, end.fiscal_year - 1, end, from_earlier)
        if on_the_year_before[0].label == "accurate":
            return on_the_year_before
    if from_earlier and rated[0].label in OK and start_fy != end.fiscal_year - 1 and year_before is not None \
            and not _RUNS_FROM_EARLIER.search(c.sentence.text):
        # 'Arrests rose by more than half in fiscal 2023' after a sentence on fiscal 2016: year on year is the plain
        # reading, the earlier sentence's year another; a claim holding on one only is left open
        on_the_year_before = _rate_two_years(c, m, year_before, b, end.fiscal_year - 1, end, from_earlier)
        if on_the_year_before[0].label not in OK:
            return unverifiable(f"Read from FY{start_fy}, named in an earlier sentence, the claim holds: "
                                f"{rated[0].explanation} Read year on year, from FY{end.fiscal_year - 1}, it does not: "
                                f"{on_the_year_before[0].explanation} Which base the claim means decides it.",
                                "the year the change is measured from")
    return rated


# 'By fiscal 2018, arrests had risen 44 percent', 'since then': a change that runs from a year said before
_RUNS_FROM_EARLIER = re.compile(r"\b(?:since(?:\s+then)?|[Bb]y\s+(?:the\s+end\s+of\s+)?(?:FY|fiscal|(?:19|20)\d\d)|"
                                r"from\s+(?:that|then|this)|over\s+(?:that|the)\s+(?:span|period|stretch)|in\s+all|"
                                r"altogether|cumulative|(?:in|over|across)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|"
                                r"five|six|seven|eight|nine|ten|\d{1,2})\s+(?:fiscal\s+)?years)\b", re.I)


def _rate_two_years(c: Claim, m: Any, a: Figure, b: Figure, start_fy: int, end: Period, from_earlier: bool) -> Rated:
    """A change or difference between two fiscal years' figures; a base read from an earlier sentence, or the year
    before read because none was named, may confirm the claim but never refutes it."""
    # a base the claim never named (the year before, read by default) is a guess: it may confirm, never refute
    guessed = any("no base year named" in n for n in c.notes) and not plain_year_on_year(c.sentence.text)
    weakest = replace(end, confidence="medium") if from_earlier or guessed else end
    if c.unit == "difference":
        return _rate_difference(c, m, a, b, start_fy, weakest)
    label, actual, multiple = _change_label(c, a.value, b.value)
    q, cand, went = _two_years(m, a, b, start_fy, end, actual, "change")
    expl = f"{went}, " + _change_words(c, actual, b.value / a.value, multiple)
    return guard(label, c, weakest, expl, actual), [cand], provenance_for([a, b], q)


def _change_label(c: Claim, before: float, after: float) -> tuple[str, float, bool]:
    """The verdict on a claimed change from `before` to `after`, the actual change, and whether the claim says it
    as a multiple ('doubled', 'fivefold')."""
    assert c.value is not None
    actual = after / before - 1
    multiple = c.value_span is not None and (MULTIPLY_VERB.search(c.value_span.text) is not None
                                             or MULTIPLE_NOTE in c.notes)
    if multiple and actual * c.value > 0:
        # 'nearly doubled' is a ratio: 1.90 is nearly 2, 'halved' is a ratio of 1/2
        up = c.value > 0
        said, ratio = (1 + c.value, after / before) if up else (1 / (1 + c.value), before / after)
        label = compare(said, ratio, c.comparator, 0.1, None, "count")
        if label == "inaccurate" and c.comparator == "eq" and said < ratio < said + 1:
            label = "approximately_accurate"  # 'triple' for 3.76 times: understated, short of the next multiple
        if label == "inaccurate" and not up and c.comparator in ("eq", "approx", "nearly") \
                and _COARSE_FRACTION.search(claimed_text(c)) and abs(after / before - (1 + c.value)) <= 0.05:
            label = "approximately_accurate"  # 'nearly a third of the FY2018 level' for 29.6%: a fraction said coarsely
    elif c.comparator in ("gt", "ge", "lt", "le") and actual * c.value > 0:
        # a bound on the size of a rise or fall: 'fell by more than half' holds for -77.9%
        label = compare(abs(c.value), abs(actual), c.comparator, c.precision, None, "change")
    elif abs(actual - c.value) <= max(0.01, c.precision / 2 if c.precision and c.precision <= 0.01 else 0.01) or \
            (c.comparator in ("nearly", "approx") and abs(actual - c.value) <= 0.015):
        label = "accurate"
    elif abs(actual - c.value) <= max(APPROX * abs(c.value), 0.02, 0.025 if _round_to_five(c.value) else 0.0,
                                      max(0.05, 2 * APPROX * abs(c.value)) if _COARSE_FRACTION.search(claimed_text(c))
                                      else 0.0):
        # ('fell by about a quarter' for -27.6%, 'by a third' for -27.6%: a fraction in words is said coarsely)
        # within 10% of the change the claim states (or 2 points, for small changes): '+40%' is not '+30%'; a
        # change written to the nearest five points ('about 20 percent', 'a fifth') holds what rounds to it
        label = "approximately_accurate"
    else:
        label = "inaccurate"
    return label, actual, multiple


def _change_words(c: Claim, actual: float, ratio: float, multiple: bool) -> str:
    """'a change of -27.6%; the claim says -28%.': the actual change beside the claim's own words for it."""
    assert c.value is not None
    hedge = _COMP_WORDS.get(c.comparator, "")
    if multiple and c.value_span is not None:  # a verb ('nearly doubled') carries its hedge; 'double the' does not
        lead = hedge if MULTIPLE_NOTE in c.notes and not re.match(
            r"(?:about|nearly|almost|roughly|around|more\s+than|less\s+than|over|under|at\s+least|fewer\s+than)\b",
            c.value_span.text, re.I) else ""
        said_words = f"'{lead}{c.value_span.text}'"
    elif c.value_span is not None and _COARSE_FRACTION.search(c.value_span.text):
        said_words = f"'{c.value_span.text}' ({c.value * 100:+.0f}%)"  # 'a third' (-33%), not -33.33%
    else:
        said_words = f"{hedge}{c.value * 100:+.4g}%"
    return (f"a change of {actual * 100:+.1f}%" + (f" ({ratio:.2f} times)" if multiple else "") +
            f"; the claim says {said_words}.")


def _npr_change(c: Claim, ev: Evidence) -> Rated | None:
    """A change in detainers issued (or declined by local agencies) between two calendar years, from NPR's tables
    of ICE's records. Bare years ('from 2013 to 2014') may be calendar or fiscal years: this reading can confirm
    them, and refutes only years named as calendar years."""
    p = c.period
    if c.event != "detainer" or p is None or p.first_fiscal_year is None or p.fiscal_year is None \
            or c.value is None or c.unit != "change" or (c.place is not None and c.place.level != "nation"):
        return None
    if not (p.kind == "calendar_year" or (p.kind == "fiscal_years" and p.confidence != "high"
                                          and p.how.startswith("a run of years"))):
        return None
    subgroup = set(c.qualifiers) - catalogue().implied.get("detainer", frozenset())
    if not subgroup:
        series, what, table = ev.detainers_by_year, "detainers", "all_detainers_by_year.csv"
    elif "declined" in subgroup and subgroup <= {"declined", "custodial"} and _ANY_JAIL.search(c.sentence.text):
        series, what, table = (ev.declined_by_year, "detainers declined by local agencies (lift reason 'Detainer "
                               "Declined by LEA')", "detainers_by_lift_reason_and_year.csv")
    else:
        return None
    first, last = p.first_fiscal_year, p.fiscal_year
    if first not in series or last not in series or first == last:
        return None
    (a, a_id), (b, b_id) = series[first], series[last]
    label, actual, multiple = _change_label(c, a, b)
    expl = (f"ICE's detainer records (NPR's FOIA tables) hold {fmt(a, 'count')} {what} in calendar {first} and "
            f"{fmt(b, 'count')} in calendar {last}, " + _change_words(c, actual, b / a, multiple))
    named = p.kind == "calendar_year" and p.confidence == "high" and \
        not any("no base year named" in n or "earlier sentence" in n for n in c.notes)
    if not named:
        expl += " (The years are read as calendar years; ICE's fiscal years may differ.)"
    query = f"SELECT period, count FROM published_aggregates WHERE table_name = '{table}'"
    prov = Provenance(metric="published_aggregates", query=query, sources=["npr_detainer_aggregates"],
                      row_ids=[a_id, b_id], trace=[f"ice-ledger trace published_aggregates {i}" for i in (a_id, b_id)])
    cand = Candidate(target="published_aggregates:detainers", metric=None, fiscal_year=None, score=1.0,
                     fit={"measure": 1.0, "period": 1.0}, value=actual, query=query, row_ids=[a_id, b_id],
                     label=f"change in {what}, calendar {first}→{last}")
    return guard(label, c, p if named else replace(p, confidence="medium"), expl, actual), [cand], prov


# words that may carry another base or a part of the year: with any of them the year before is only a guess
_OTHER_BASE = re.compile(r"\b(?:since|from|than|compar\w*|between|versus|vs|relative|above|below|over|under|after|"
                         r"before|administration|era|term|office|took|months?|quarters|half\s+of|weeks?|days?|decades?|"
                         r"(?:first|second|third|fourth|last|latter|back|front)\s+(?:quarter|half)|"
                         r"years|record|average|through|until|so far|to date|first|last|past|ago|earlier|previous|"
                         r"prior|January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\b", re.I)


def plain_year_on_year(text: str) -> bool:
    """'ICE arrests rose 25 percent in fiscal 2018.': one sentence, one year, one quantity and no other base or
    part of a year, where the change can only be on the year before, so a mismatch may be called false."""
    years = re.findall(r"\b(?:19|20)\d\d\b", text)
    quantities = find_quantities(text)
    # ('rose 6 percent in fiscal 2017, to 226,119': the level the change reached, in the same year)
    levels = [q for q in quantities if _TO_A_LEVEL.search(text[:q.start])]
    return len(years) == 1 and len(quantities) - len(levels) == 1 and len(levels) <= 1 \
        and _OTHER_BASE.search(text) is None


_TO_A_LEVEL = re.compile(r"\b(?:rose|fell|grew|climbed|dropped|declined|increased|decreased|jumped|slipped|"
                         r"up|down)\b[^.;]{0,50}\bto\s+(?:about\s+|nearly\s+|roughly\s+|some\s+|almost\s+|"
                         r"just\s+(?:over|under)\s+)?$", re.I)


_COARSE_FRACTION = re.compile(r"\b(?:half|halved|thirds?|quarters?|fifths?|tenths?)\b", re.I)


def _round_to_five(value: float) -> bool:
    """A share or change written as a multiple of five points (20%, a fifth, a quarter): rounded by the writer."""
    points = abs(value) * 100
    return points >= 5 and abs(points - round(points / 5) * 5) < 1e-6


def _rate_difference(c: Claim, m: Any, a: Figure, b: Figure, start_fy: int, end: Period) -> Rated:
    """'Arrests rose by 15,000 in fiscal 2018': the difference between two years' figures, in the claim's units."""
    assert c.value is not None and end.fiscal_year is not None
    actual = b.value - a.value
    label = compare(abs(c.value), abs(actual), c.comparator, c.precision, None, "count")
    if actual * c.value < 0:
        label = "inaccurate"  # the claim has the direction wrong
    q, cand, went = _two_years(m, a, b, start_fy, end, actual, "difference")
    expl = (f"{went}, a difference of {actual:+,.0f}; the claim says a {'rise' if c.value > 0 else 'fall'} of "
            f"{claimed_text(c)}.")
    return guard(label, c, end, expl, actual), [cand], provenance_for([a, b], q)


def _two_years(m: Any, a: Figure, b: Figure, start_fy: int, end: Period, actual: float,
               what: str) -> tuple[str, Candidate, str]:
    """The query, candidate and words for a measure's figures in two fiscal years (a change or a difference)."""
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{m.id}' AND fiscal_year IN ({start_fy}, {end.fiscal_year})"
    cand = Candidate(target=f"official_figures:{m.id}", metric=m.id, fiscal_year=end.fiscal_year, score=1.0,
                     fit={"measure": 1.0, "period": 1.0}, value=actual, query=q, row_ids=[a.row_id, b.row_id],
                     label=f"{what} in {m.label}, FY{start_fy}→FY{end.fiscal_year}")
    went = (f"{m.label[0].upper() + m.label[1:]} went from {fmt(a.value, 'count')} (FY{start_fy}) to "
            f"{fmt(b.value, 'count')} (FY{end.fiscal_year})")
    return q, cand, went


_SINCE = re.compile(r"since (?:at least )?(?:FY\s?|fiscal(?: year)? )?((?:19|20)\d\d)|in (?:a|over a|more than a) decade|"
                    r"in (?:at least |the (?:last|past) |over )?(\w+) years|(\w+)-year (?:high|low)|"
                    r"\b(record|all-time|ever|on record|in history)\b|"  # (not the 'record' of 'recorded')
                    r"(?:of|in|over) the (?:prior|previous|preceding|past|last) (\w+) (?:fiscal )?years|"
                    r"in (?:at least |more than |over )?(\w+) decades", re.I)
_SHORT_FY = re.compile(r"\bFY\s?['’]?(\d\d)\b", re.I)
# 'a Trump-era record', 'a record for the Biden administration': the highest of that administration's years
_ERA_RECORD = re.compile(r"\b(?:Trump|Biden|Obama)[- ]era\s+(?:high|low|record)\b|\brecord\s+(?:high\s+|low\s+)?"
                         r"(?:for|of|under)\s+(?:the\s+)?(?:Trump|Biden|Obama)(?:\s+administration)?\b|"
                         # 'Even at its FY2019 peak of 267,258, the Trump-era ICE never matched …': the era's own peak
                         r"\bpeak\b[^.;]{0,80}\b(?:Trump|Biden|Obama)\b|\b(?:Trump|Biden|Obama)\b[^.;]{0,80}\bpeak\b", re.I)
_WORDNUM = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_ANY_YEAR_OF = re.compile(r"\bany (?:other )?(?:fiscal )?year (?:of|under|during|in) (?:the )?(?:(first|second) )?"
                          r"(?:President |former President )?(?:[A-Z][a-z]+ )*(Obama|Trump|Biden)\b"
                          # ('than in any year of Trump's first term')
                          r"(?:['’]s (first|second) (?:term|administration)\b)?", re.I)


def _versus_an_administration(c: Claim, series: dict[int, Figure], fy: int, label: str, p: Period) -> Rated | None:
    """'more than in any year of the first Trump administration': the claimed year against every year of a term
    it is not part of (each must be held)."""
    m = _ANY_YEAR_OF.search(c.sentence.text)
    if m is None or fy not in series:
        return None
    terms = [a for a in catalogue().administrations if any(w.search(m.group(2)) for w in a.words)]
    nth = m.group(1) or m.group(3)
    if nth:
        terms = [a for a in terms if (nth.lower() == "first") == (a is terms[0])]
    terms = [a for a in terms if not a.first_fy <= fy <= a.last_fy]
    if len(terms) != 1:
        return None
    years = list(range(terms[0].first_fy, terms[0].last_fy + 1))
    if any(y not in series for y in years):
        return unverifiable(f"The ledger does not hold {label} for every year of the {terms[0].name} "
                            f"administration (FY{years[0]}–FY{years[-1]}).", f"{label} for FY{years[0]}–FY{years[-1]}")
    exception = re.search(r"\b(?:except|other\s+than|apart\s+from|aside\s+from|save\s+for|besides)\b([^.;]*)",
                          c.sentence.text[m.end():], re.I)
    if exception is not None:
        # 'fewer than in any year of Trump's first term except pandemic-stricken fiscal 2020': those years set aside
        left_out = {int(y) for y in re.findall(r"\b((?:19|20)\d\d)\b", exception.group(1))}
        if not left_out:
            return unverifiable("The comparison leaves out some years ('" + exception.group(0).strip()[:60] + "') that "
                                "the checker could not read.", "which years the comparison leaves out")
        years = [y for y in years if y not in left_out]
    val = series[fy].value
    high = c.comparator == "high"
    ok = all(val > series[y].value if high else val < series[y].value for y in years)
    expl = (f"FY{fy} {label}: {fmt(val, 'count')}; the {terms[0].name} administration's years: " +
            ", ".join(f"FY{y}: {fmt(series[y].value, 'count')}" for y in years) +
            f", so FY{fy} {'did' if ok else 'did not'} have {'more' if high else 'fewer'} than each of them.")
    used = [series[fy], *(series[y] for y in years)]
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{used[0].metric}' ORDER BY fiscal_year"
    cand = Candidate(target="official_figures", metric=used[0].metric, fiscal_year=fy, score=1.0,
                     fit={"measure": 1.0}, value=val, query=q, row_ids=[f.row_id for f in used], label=f"{label} series")
    return guard("accurate" if ok else "inaccurate", c, p, expl, val), [cand], provenance_for(used, q)


_POINTS = re.compile(r"\bpercentage points?\b|\bpoints?\b", re.I)


def _rate_points(c: Claim, ev: Evidence) -> Rated:
    """'rose by 10.5 percentage points': a difference between two years' shares, never a percent change of a count."""
    end = _fiscal_period(c)
    readings = readings_for(replace(c, unit="share"))
    fy = end.fiscal_year if end is not None else None
    start = end.first_fiscal_year if end is not None and end.first_fiscal_year != fy else (fy - 1 if fy else None)
    if not readings or fy is None or start is None or c.value is None:
        return unverifiable("A change in percentage points is a difference between two shares; the shares or years "
                            "compared could not be read.", "the share in each of the two years")
    m = readings[0].measure
    a, b = ev.figure(m.id, start), ev.figure(m.id, fy)
    if a is None or b is None:
        return unverifiable(f"A change in percentage points is a difference between two shares; the ledger lacks "
                            f"the {m.label} for FY{start if a is None else fy}.", f"{m.label} for FY{start} and FY{fy}")
    diff = b.value - a.value
    label = compare(abs(c.value), abs(diff), c.comparator, c.precision, None, "share") if diff * c.value > 0 \
        else "inaccurate"
    expl = (f"The {m.label} went from {fmt(a.value, 'share')} (FY{start}) to {fmt(b.value, 'share')} (FY{fy}), "
            f"{diff * 100:+.1f} percentage points; the claim says {claimed_text(c)}.")
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{m.id}' AND fiscal_year IN ({start}, {fy})"
    cand = Candidate(target=f"official_figures:{m.id}", metric=m.id, fiscal_year=fy, score=1.0,
                     fit={"measure": 1.0, "period": 1.0}, value=diff, query=q, row_ids=[a.row_id, b.row_id],
                     label=f"change in {m.label}, FY{start}→FY{fy}")
    return guard(label, c, end, expl, diff), [cand], provenance_for([a, b], q)


def rate_trend(c: Claim, ev: Evidence, article_date: dt.date | None = None) -> Rated:
    """'Rose every year from FY2017 to FY2019': each year against the one before, only where every year is held,
    and only years that had ended when the article was written ('fell in fiscal 2021', said in March 2021, is of
    part of a year)."""
    gap = frame_gaps(c)
    if gap is not None:
        return gap
    readings = readings_for(replace(c, unit="count"))
    p = c.period
    running = not_yet_ended(p, article_date) if p is not None else None
    if running is not None:
        return running
    # (a year read with less certainty, 'in Trump's first year', is compared too, and never refuted: see guard)
    one_year = p is not None and p.kind == "fiscal_year" and p.first_fiscal_year in (None, p.fiscal_year) \
        and p.confidence in ("high", "medium")
    if not readings or p is None or p.fiscal_year is None or (p.first_fiscal_year is None and not one_year):
        return unverifiable(f"The claim ('{c.span.text}') names no fiscal year or span of years the checker could "
                            "read with certainty." if readings else
                            "The trend's measure or years could not be read.", "the measure and the years compared")
    m = readings[0].measure
    if c.value_span is not None and _A_SHARE_MOVED.search(c.sentence.text, 0, c.value_span.end - c.sentence.start):
        # ('The interior share of removals rose in FY2021': a share's direction, not the count's)
        return unverifiable(f"The claim says a share moved; the checker rates the direction of {m.label} as a count "
                            "only, and a share can move the other way.", "the share named, for the years compared")
    # one named fiscal year ('fell in fiscal 2017') is compared with the year before it
    years = [p.fiscal_year - 1, p.fiscal_year] if one_year else list(range(p.first_fiscal_year or p.fiscal_year,
                                                                            p.fiscal_year + 1))
    streak = _STREAK.search(c.sentence.text) if one_year else None
    if streak is not None:  # 'rose for a third straight year in fiscal 2018': each of the last three years
        n = _ORDINALS.get(streak.group(1).lower(), 0)
        years = list(range(p.fiscal_year - n, p.fiscal_year + 1)) if n else years
    endpoints = ENDPOINTS_NOTE in c.notes
    if endpoints:  # 'rose to X in FY2019 from Y in FY2016': the two years named, not each year between
        years = [years[0], years[-1]]
    if len(years) < 2:  # a calendar year or a date: no fiscal year to compare with another
        return unverifiable(f"The claim's period ({period_words(p)}) is not a fiscal year the checker can compare "
                            "with the one before it.", f"{m.label} for the claim's fiscal years")
    figs = [ev.figure(m.id, y) for y in years]
    missing = [y for y, f in zip(years, figs, strict=True) if f is None]
    if missing:
        return unverifiable(f"The ledger lacks {m.label} for FY{missing[0]}.", f"{m.label} for every year of the span")
    held = [f for f in figs if f is not None]
    if endpoints and len(c.endpoints) == 2 and any(abs(said - f.value) > 0.1 * f.value
                                                   for said, f in zip(c.endpoints, held, strict=True)) \
            and not _one_end_off_in_named_years(c, ev, m.id, held):
        # the article's own two numbers are not the ledger's for the years read: the years may be misread
        return unverifiable(f"The claim's numbers ({fmt(c.endpoints[0], 'count')} and {fmt(c.endpoints[1], 'count')}) "
                            f"are not the ledger's {m.label} for FY{years[0]} and FY{years[-1]} ("
                            f"{fmt(held[0].value, 'count')} and {fmt(held[-1].value, 'count')}), so which years the "
                            "direction compares is not certain.", f"{m.label} for the two periods the claim compares")
    up = c.comparator == "up"
    # ('rose between fiscal 2016 and fiscal 2018': from the first year to the last; 'every year', 'steadily': each)
    overall = not one_year and not endpoints and len(held) > 2 and _EACH_YEAR.search(c.sentence.text) is None
    steps = [(held[0], held[-1])] if overall else list(itertools.pairwise(held))
    broken = [b.fiscal_year for a, b in steps if (b.value > a.value) != up]
    dips = [b.fiscal_year for a, b in itertools.pairwise(held) if (b.value > a.value) != up] if overall else []
    listing = ", ".join(f"FY{f.fiscal_year}: {fmt(f.value, 'count')}" for f in held)
    if endpoints and len(c.endpoints) == 2 and broken and (c.endpoints[1] > c.endpoints[0]) != up \
            and all(abs(said - f.value) <= max(0.5, 0.005 * f.value) for said, f in zip(c.endpoints, held, strict=True)):
        # ('Removals rose to 226,119 last year, from 240,255 in fiscal 2016'): the claim's own two numbers are the
        # ledger's for the years read, and run the other way: the numbers pin the measure and the years
        p = replace(p, confidence="high")
        c = replace(c, measure_confidence="high")
        listing += (f" The claim's own numbers, {fmt(c.endpoints[0], 'count')} and {fmt(c.endpoints[1], 'count')}, are "
                    "these years' figures and run the other way")
    word = "rose" if up else "fell"
    misgiven = [(said, f) for said, f in zip(c.endpoints, held, strict=True) if said >= 1000 and said % 100
                and abs(said - f.value) > max(0.5, 0.005 * f.value)] if endpoints and len(c.endpoints) == 2 else []
    if misgiven:
        # ('185,884 in fiscal 2020, down from 256,085 in fiscal 2019': the direction holds; the base given is not the
        # year's figure, which its own claim says)
        listing += "".join(f" The claim's {fmt(said, 'count')} is not FY{f.fiscal_year}'s figure ({fmt(f.value, 'count')}); "
                           "only the direction is rated here." for said, f in misgiven)
    if not broken:
        label, expl = "accurate", (f"{m.label[0].upper() + m.label[1:]} {word} " +
                                   (f"in FY{years[-1]}" if one_year and streak is None else
                                    f"from FY{years[0]} to FY{years[-1]}"
                                    if endpoints or overall else "every year") + f": {listing}.")
        if dips:
            expl += f" (Not in every year between: {'fell' if up else 'rose'} in {', '.join(f'FY{y}' for y in dips)}.)"
        strong = _A_STRONG_MOVE.search(c.sentence.text, *_verb_and_after(c)) if (one_year or endpoints) else None
        moved = abs(held[-1].value - held[0].value) / held[0].value if held[0].value else 1.0
        if strong is not None and streak is None and moved < NEAR_FLAT:
            # 'Removals surged in fiscal 2016' for a 2% rise: the direction holds; how large a change the word means
            # is not the checker's to say, so it does not call the claim right (as moves._degree_unlike)
            label = "unverifiable"
            expl += (f" That is a change of {moved:.1%}, which '{strong.group(0)}' does not describe; the checker "
                     "rates the direction only, so it does not call the claim right.")
    else:
        label = "inaccurate"
        expl = (f"{m.label[0].upper() + m.label[1:]} did not {'rise' if up else 'fall'} " +
                (f"from FY{years[0]} to FY{years[-1]}" if endpoints or overall else
                 f"in {', '.join(f'FY{y}' for y in broken)}") + f": {listing}.")
    q = (f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{m.id}' AND fiscal_year BETWEEN {years[0]} "
         f"AND {years[-1]}")
    cand = Candidate(target=f"official_figures:{m.id}", metric=m.id, fiscal_year=years[-1], score=1.0,
                     fit={"measure": 1.0, "period": 1.0}, value=None, query=q, row_ids=[f.row_id for f in held],
                     label=f"{m.label}, FY{years[0]}–FY{years[-1]}")
    verdict = Verdict(label, expl, settle_with="how large a change the words mean") if label == "unverifiable" \
        else guard(label, c, p, expl, None)
    return verdict, [cand], provenance_for(held, q)


# 'the interior share of removals rose', 'the proportion of … fell': a share's direction
_A_SHARE_MOVED = re.compile(r"\b(?:share|proportion|percentage|fraction)\b", re.I)
# 'rose every year', 'fell steadily', 'for three straight years': a move in each year of a span, not only overall
_EACH_YEAR = re.compile(r"(?<!not\s)(?<!not\sin\s)\b(?:every|each)\s+(?:single\s+)?(?:fiscal\s+)?year\b|\byear\s+(?:after|on|over|by)\s+year\b|"
                        r"\b(?:straight|consecutive|successive|steadily|continuously|consistently|annually|uninterrupted|"
                        r"unbroken)\b|\bin\s+a\s+row\b", re.I)
# 'surged', 'plummeted', 'rose sharply': words that say a change was large (a change under NEAR_FLAT is not)
_A_STRONG_MOVE = re.compile(r"\b(?:surg(?:ed|ing|es|e)|soar(?:ed|ing|s)?|skyrocket(?:ed|ing|s)?|explod(?:ed|ing|es)|"
                            r"balloon(?:ed|ing|s)|spik(?:ed|ing|es)|plung(?:ed|ing|es)|plummet(?:ed|ing|s)?|"
                            r"collaps(?:ed|ing|es)|crater(?:ed|ing|s)|nose-?div(?:ed|ing|es)|dramatically|sharply|"
                            r"steeply|significantly|substantially)\b", re.I)
NEAR_FLAT = 0.05


def _verb_and_after(c: Claim) -> tuple[int, int]:
    """Where a trend's verb stands in its sentence, with the few words after it ('rose sharply')."""
    if c.value_span is None:
        return 0, 0
    start, end = c.value_span.start - c.sentence.start, c.value_span.end - c.sentence.start
    stop = _A_CLAUSE_STOP.search(c.sentence.text[end:end + 20])  # (the words after it, in its own clause)
    return start, end + (stop.start() if stop is not None else 0)


_A_CLAUSE_STOP = re.compile(r"[,;:—–(]|$")


_ORDINALS = {"second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}
_STREAK = re.compile(r"\b(second|2nd|third|3rd|fourth|4th|fifth|5th)\s+(?:straight|consecutive|successive|"
                     r"year\s+in\s+a\s+row)\b", re.I)
_ORDINAL_NAMES = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}
_ORDINAL_RANK = re.compile(r"\b(second|2nd|third|3rd|fourth|4th|fifth|5th)[- ]?(?:highest|lowest|largest|smallest|most|"
                           r"fewest|biggest|greatest)\b", re.I)


# a peak or a trough named with no window: 'peaked', 'reached its peak', 'bottomed out'
_A_TURN = re.compile(r"(?:peak|peaked|bottomed|topped)\b(?![\s-]*(?:\w+\s+)?lows?\b)", re.I)


def rate_ranking(c: Claim, ev: Evidence, article_date: dt.date | None = None) -> Rated:
    """'The lowest since FY2008', 'the fewest of the Trump years': only where the series covers the window, and
    only over years that had ended when the article was written."""
    gap = frame_gaps(c)
    if gap is not None:
        return gap
    readings = readings_for(replace(c, unit="count"))
    p = _fiscal_period(c)
    if not readings or p is None or p.fiscal_year is None:
        return unverifiable("The ranking's measure or year could not be read.", "the measure and year ranked")
    m = readings[0].measure
    named = _named_window(c.sentence.text) if c.kind != "comparison" else None
    if named is not None:
        if named[2] is None:
            return unverifiable(f"The ranking is over FY{named[0]}–FY{named[1]}, but the checker could not read "
                                "which year in it the claim ranks.", "the year the claim ranks")
        p = named[2]
    fy = p.fiscal_year
    assert fy is not None
    running = not_yet_ended(p, article_date)
    if running is not None:
        return running
    series = ev.series(m.id)
    if article_date is not None:  # a year that ended after the article cannot be in its ranking
        ended = article_date.year if article_date.month >= 10 else article_date.year - 1
        series = {y: f for y, f in series.items() if y <= max(ended, fy)}
    lo = max(0, c.span.start - c.sentence.start - 15)
    said_nth = _ORDINAL_RANK.search(c.sentence.text[lo:c.span.end - c.sentence.start])
    nth = _ORDINALS[said_nth.group(1).lower()] if said_nth else 1
    # ('the highest since FY14': the two-digit year written out)
    text = _SHORT_FY.sub(lambda y: f"FY{2000 + int(y.group(1)) if int(y.group(1)) < 50 else 1900 + int(y.group(1))}",
                         " ".join(c.notes))
    first: int | None = None
    admin = next((a for a in catalogue().administrations if any(w.search(c.sentence.text) for w in a.words)
                  and a.first_fy <= fy <= a.last_fy), None) if named is None else None
    sm = _SINCE.search(text) if named is None else None
    if named is not None:
        first = named[0]  # 'the highest of the 2012-2017 period', 'between 2012 and 2017'
    elif c.kind == "comparison" and c.value is not None:
        first = int(c.value)
        if p.first_fiscal_year is not None and p.first_fiscal_year != fy:
            # 'removals in FY2022 and FY2023 combined were fewer than in FY2020': a run of years against another
            return unverifiable(f"The comparison is of FY{p.first_fiscal_year}–FY{fy} taken together, which the "
                                "checker does not compare year by year.", f"{m.label} summed over the years compared")
        if first == fy:  # 'calendar 2022 removals were higher than fiscal 2022's': one year, two calendars
            return unverifiable(f"The comparison is of FY{fy} with itself as the ledger reads it (a calendar year "
                                "against its fiscal year, say); its series are by fiscal year.",
                                f"{m.label} for both periods compared")
    elif sm and sm.group(1):
        # 'the highest since 2014': higher than every year after 2014; 'since at least 2014': 2014 included
        first = int(sm.group(1)) + (0 if "at least" in sm.group(0).lower() else 1)
    elif sm and (sm.group(2) or sm.group(3)):
        word = (sm.group(2) or sm.group(3)).lower()
        n = int(word) if word.isdigit() else _WORDNUM.get(word)
        first = fy - n + 1 if n else None  # 'the highest in 12 years' (FY2019): the highest of FY2008-FY2019
    elif sm and sm.group(5):
        # 'the highest of the prior five years': the five years before it, or the five ending with it; both
        # readings are rated below and must agree
        n = int(sm.group(5)) if sm.group(5).isdigit() else _WORDNUM.get(sm.group(5).lower())
        first = fy - n if n else None
    elif sm and sm.group(6):
        n = int(sm.group(6)) if sm.group(6).isdigit() else _WORDNUM.get(sm.group(6).lower())
        first = fy - 10 * n + 1 if n else None  # 'the highest in two decades'
    elif sm and sm.group(0).lower().startswith("in ") and "decade" in sm.group(0).lower():
        first = fy - 9
    elif sm and sm.group(4) and not (admin is not None and _ERA_RECORD.search(c.sentence.text)):
        held = sorted(series)
        beaten = _beaten_by(c, series, [y for y in held if y < fy], fy, m.label, p) if nth == 1 else None
        if beaten is not None:
            return beaten
        return unverifiable(f"A record needs the whole history; the ledger holds {m.label} only for "
                            f"FY{held[0]}–FY{held[-1]}." if held else f"The ledger holds no {m.label} series.",
                            f"{m.label} for every year on record")
    elif admin is not None:
        first = admin.first_fy
    if first is None and nth == 1:
        versus = _versus_an_administration(c, series, fy, m.label, p)
        if versus is not None:
            return versus
    if first is None and nth == 1 and _A_TURN.match(c.notes[0] if c.notes else ""):
        # 'arrests peaked in fiscal 2019': whatever the window, a peak is at least the years on either side of it
        beaten = _beaten_by(c, series, [y for y in (fy - 1, fy + 1) if y in series], fy, m.label, p)
        if beaten is not None:
            return beaten
    if first is None:
        held = sorted(series)
        expl = "The ranking names no window of years it is over."
        if held:
            expl += f" The ledger holds {m.label} for FY{held[0]}–FY{held[-1]}"
            if fy in series:
                top = max(held, key=lambda y: series[y].value if c.comparator == "high" else -series[y].value)
                word = "highest" if c.comparator == "high" else "lowest"
                expl += (f"; among those years FY{fy} is the {word}" if top == fy else
                         f"; among those years FY{top} ({fmt(series[top].value, 'count')}) is the {word}, not "
                         f"FY{fy} ({fmt(series[fy].value, 'count')})")
            expl += "."
        return unverifiable(expl, "the years the claim ranks against")
    # a term still running: the years held; an era's record or peak runs to the era's end too
    last = min(admin.last_fy, max(series, default=fy)) if admin and (not sm or sm.group(4)) else fy
    if named is not None:
        last = named[1]
    window = [first, fy] if c.kind == "comparison" else range(first, max(last, fy) + 1)
    if c.kind != "comparison" and first == fy and nth == 1 and max(last, fy) == fy:
        # ('the highest since fiscal 2017', said of FY2018): no year between to rank against, only the one named
        return unverifiable(f"The ranking 'since' FY{fy - 1} leaves no year before FY{fy} to rank it against; it "
                            f"says only how FY{fy} compares with FY{fy - 1}, which the ranking does not state.",
                            "the years the claim ranks against")
    if c.kind != "comparison" and first > fy:
        # ('Removals were the highest since fiscal 2020' read with an earlier sentence's FY2019): no window to rank in
        return unverifiable(f"The ranking starts at FY{first}, after the year read for it (FY{fy}): the year ranked "
                            "could not be read.", "the year the claim ranks")
    missing = [y for y in window if y not in series]
    if missing and c.kind != "comparison" and nth == 1:
        beaten = _beaten_by(c, series, [y for y in window if y in series and y != fy], fy, m.label, p)
        if beaten is not None:
            return beaten
    if missing:
        held = sorted(series)
        return unverifiable(f"The ranking covers FY{window[0]}–FY{window[-1]}, but the ledger holds {m.label} only for "
                            f"FY{held[0]}–FY{held[-1]}." if held else f"No {m.label} series is held.",
                            f"{m.label} for FY{missing[0]}–FY{missing[-1]}")
    if fy not in series:
        return unverifiable(f"No {m.label} for FY{fy}.", f"{m.label} for FY{fy}")
    val = series[fy].value
    others = {y: series[y].value for y in window if y != fy}
    ok = all(val < v for v in others.values()) if c.comparator == "low" else all(val > v for v in others.values())
    word = "lowest" if c.comparator == "low" else "highest"
    times_label: str | None = None
    rank = 1 + sum(1 for v in others.values() if (v < val if c.comparator == "low" else v > val))
    if nth > 1 and c.kind != "comparison":  # 'the second-lowest since fiscal 2012'
        # the window may end at the year ranked or run to the latest year held: both readings must agree
        later = {y: v.value for y, v in series.items() if y > window[-1]}
        rank_to_now = rank + sum(1 for v in later.values() if (v < val if c.comparator == "low" else v > val))
        ok = rank == nth and not any(v == val for v in others.values())
        if ok != (rank_to_now == nth):
            return unverifiable(f"FY{fy} {m.label} ({fmt(val, 'count')}) ranks {rank} of FY{window[0]}–FY{window[-1]} "
                                f"but {rank_to_now} of FY{window[0]}–FY{max(series)}: which years the claim ranks "
                                "against decides it.", "the years the claim ranks against")
        word = f"{_ORDINAL_NAMES.get(rank, f'number {rank}')}-{word}" if rank > 1 else word
        expl = (f"FY{fy} {m.label} ({fmt(val, 'count')}) is the {word} of FY{window[0]}–FY{window[-1]} (" +
                ", ".join(f"FY{y}: {fmt(v, 'count')}" for y, v in sorted(others.items())) + "); the claim says the "
                f"{_ORDINAL_NAMES.get(nth, str(nth))}.")
    elif c.kind == "comparison":
        more = "more" if c.comparator == "high" else "fewer"
        expl = (f"FY{fy} {m.label}: {fmt(val, 'count')}; FY{window[0]}: {fmt(others[window[0]], 'count')}, so FY{fy} "
                f"{'did' if ok else 'did not'} have {more}, {'as the claim says' if ok else 'although the claim says it did'}.")
        times = _times_said(c)
        if ok and times is not None:
            times_label, expl = _rate_times(times, val, others[window[0]], expl.split(", so ")[0] + ".")
            if times_label == "unverifiable":
                return unverifiable(expl, "the ratio the claim means")
    else:
        expl = (f"FY{fy} {m.label} ({fmt(val, 'count')}) {'is' if ok else 'is not'} the {word} of FY{window[0]}–"
                f"FY{window[-1]} (" + ", ".join(f"FY{y}: {fmt(v, 'count')}" for y, v in sorted(others.items())) + ").")
        beyond = others.get(window[0])
        if not ok and sm is not None and sm.group(5) and beyond is not None and \
                all((val < v) if c.comparator == "low" else (val > v) for y, v in others.items() if y != window[0]):
            # 'of the prior five years' read as the five ending with it, the claim holds: the readings disagree
            return unverifiable(expl + f" Read as the years ending with FY{fy}, without FY{window[0]}, it is the "
                                f"{word}: which years the claim ranks against decides it.",
                                "the years the claim ranks against")
    since = first - 1 if sm is not None and sm.group(1) and "at least" not in sm.group(0).lower() else None
    if ok and since is not None and since in series and c.kind != "comparison" and nth == 1 and \
            ((series[since].value > val) if c.comparator == "low" else (series[since].value < val)):
        # 'the highest since fiscal 2019' when FY2019 itself was lower: true of the years after it, but it suggests
        # FY2019 was higher; the reader is told
        expl += (f" FY{since} itself ({fmt(series[since].value, 'count')}) was {'higher' if c.comparator == 'low' else 'lower'}"
                 f", so the year named is not the last one with a {'lower' if c.comparator == 'low' else 'higher'} count.")
    used = [series[y] for y in window]
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{m.id}' ORDER BY fiscal_year"
    cand = Candidate(target=f"official_figures:{m.id}", metric=m.id, fiscal_year=fy, score=1.0,
                     fit={"measure": 1.0}, value=val, query=q, row_ids=[f.row_id for f in used], label=f"{m.label} series")
    label = ("accurate" if ok else "inaccurate") if times_label is None else times_label
    return guard(label, c, p, expl, val), [cand], provenance_for(used, q)


# 'three times higher in FY2019 than in FY2021', 'twice as many as', 'more than four times': how many times more
_TIMES_SAID = re.compile(r"\b(?P<more>more\s+than\s+|over\s+|at\s+least\s+)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|"
                    r"eight|nine|ten)(?P<half>\s+and\s+a\s+half)?[\s-]+times\s+(?P<how>as\s+(?:many|much|high|large)|"
                    r"(?:higher|more|greater|larger|bigger))\b|\b(?P<twice>twice|double)\s+(?:as\s+(?:many|much|high)|the)\b",
                    re.I)


def _times_said(c: Claim) -> re.Match[str] | None:
    """The multiplier the comparison states, in its own words ('three times higher'), if any."""
    lo = max(0, c.span.start - c.sentence.start - 40)
    return _TIMES_SAID.search(c.sentence.text[lo:c.span.end - c.sentence.start + 10])


def _rate_times(times: re.Match[str], val: float, other: float, expl: str) -> tuple[str, str]:
    """'N times higher': the ratio is rated, not only the direction. 'Three times higher' is read as 3x or 4x (both
    are in use); anything further than a quarter from both is called false, anything between is left open."""
    word = times.group("n")
    # ('one and a half times': the one number word _WORDNUM leaves out)
    n = 2.0 if times.group("twice") else float(word) if word[0].isdigit() else float(_WORDNUM.get(word.lower(), 1))
    n += 0.5 if times.group("half") else 0.0
    readings = [n] + ([n + 1] if times.group("how") and not times.group("how").lower().startswith("as") else [])
    ratio = val / other if other else float("inf")
    said = times.group(0).strip()
    expl += f" That is {ratio:.2f} times as many; the claim says {said}."
    # ('more than four times': any ratio above four)
    off = min(0.0, ratio / n - 1) if times.group("more") else min(abs(ratio / r - 1) for r in readings)
    if abs(off) <= 0.05:
        return "accurate", expl
    if abs(off) <= 0.10:
        return "approximately_accurate", expl
    if abs(off) <= 0.25:
        return "unverifiable", expl + " The multiplier is near but not close, so it is not called false."
    return "inaccurate", expl


# a window of years the ranking is over: 'between 2012 and 2017', 'from FY2012 through FY2017', 'of the 2012-2017
# period'
_NAMED_WINDOW = re.compile(r"\b(?:between|from)\s+(?:(?:FY|fiscal(?:\s+years?)?)\s*)?((?:19|20)\d\d)\s+(?:and|to|through|"
                           r"until)\s+(?:(?:FY|fiscal(?:\s+year)?)\s*)?((?:19|20)\d\d)\b|"
                           r"\b(?:FY\s?)?((?:19|20)\d\d)\s*[-–]\s*(?:FY\s?)?((?:19|20)\d\d)\s+(?:period|span|stretch|"
                           r"years|window)\b", re.I)
_A_YEAR = re.compile(r"(?:\b(FY)\s?|\bfiscal(?:\s+year)?\s+|\b)((?:19|20)\d\d)\b", re.I)


_THAN_ANY = re.compile(r"\bthan\s+(?:in\s+|during\s+)?(?:any|every)\b", re.I)


def _named_window(sentence: str) -> tuple[int, int, Period | None] | None:
    """The window a ranking names and the one year it ranks in it ('The peak year between 2012 and 2017 was FY2012'):
    (first, last, the ranked year, or None when no single other year is named)."""
    w = _NAMED_WINDOW.search(sentence)
    if w is None:
        return None
    first, last = (int(w.group(1)), int(w.group(2))) if w.group(1) else (int(w.group(3)), int(w.group(4)))
    if not first < last:
        return None
    named = [y for y in _A_YEAR.finditer(sentence) if not w.start() <= y.start() < w.end()]
    years = {int(y.group(2)) for y in named}
    # ('The fiscal 2020 total was lower than in any fiscal year from 2016 through 2019': a year set against the window)
    against = _THAN_ANY.search(sentence) is not None
    if len(years) != 1 or not (first <= min(years) <= last or against):
        return (first, last, None)
    fiscal = any(y.group(1) or y.group(0).lower().startswith("fiscal") for y in named) or \
        re.search(r"\bfiscal\b", sentence, re.I) is not None
    year = min(years)
    return (first, last, Period(kind="fiscal_year", fiscal_year=year, confidence="high" if fiscal else "medium",
                                how="the year ranked in a named window"))


def _beaten_by(c: Claim, series: dict[int, Figure], years: list[int], fy: int, label: str, p: Period) -> Rated | None:
    """A ranking the held years already refute: a 'record' year that an earlier held year beat. Only a refutation
    can be read from part of a window; a confirmation needs every year of it."""
    if fy not in series:
        return None
    val = series[fy].value
    low = c.comparator == "low"
    beat = [y for y in years if (series[y].value <= val if low else series[y].value >= val)]
    if not beat:
        return None
    word = "lower" if low else "higher"
    expl = (f"FY{fy} {label} was {fmt(val, 'count')}, but " +
            ", ".join(f"FY{y} ({fmt(series[y].value, 'count')})" for y in beat) +
            f" {'was' if len(beat) == 1 else 'were'} {word} or equal, so FY{fy} is not the "
            f"{'lowest' if low else 'highest'} the claim says.")
    margin = min(abs(series[y].value - val) / val for y in beat) if val else 0.0
    if p.confidence == "medium" and margin >= 0.15 and p.kind in ("calendar_year", "fiscal_year") \
            and not p.how.endswith("(from an earlier sentence)"):
        # 'in 2014' read as FY2014: a calendar year cannot move a count by 15%, so the refutation stands either way
        p = replace(p, confidence="high")
    used = [series[fy], *(series[y] for y in beat)]
    q = f"SELECT fiscal_year, value FROM official_figures WHERE metric = '{c.measure or ''}' ORDER BY fiscal_year"
    cand = Candidate(target="official_figures", metric=used[0].metric, fiscal_year=fy, score=1.0,
                     fit={"measure": 1.0}, value=val, query=q, row_ids=[f.row_id for f in used],
                     label=f"{label} series")
    return guard("inaccurate", c, p, expl, val), [cand], provenance_for(used, q)


# a line said to be crossed: 'topped 160,000', 'fell below 100,000', 'for the first time, fewer than 100,000'
_CROSSED_BEFORE = re.compile(r"\b(?:topp(?:ed|ing)|tops|exceed(?:ed|s|ing)|surpass(?:ed|es|ing)|crossed|broke|cracked|"
                             r"(?:fell|dropped|dipped|sank|slipped|went)\s+(?:below|under))\s+(?:the\s+)?(?:\w+\s+)?$",
                             re.I)
_FIRST_TIME = re.compile(r"\bfor\s+the\s+first\s+time\b", re.I)
# ('nearly topped 270,000', 'came close to topping', 'fell just short of', 'narrowly missed'): a line not crossed
_NEARLY_CROSSED = re.compile(r"\b(?:nearly|almost(?!\s+certainly)|close\s+to|close\b|short\s+of|missed|failed\s+to|"
                             r"within|approach(?:ed|ing)?)\b", re.I)
# ('did not top', 'never fell below'): a denial right before the line, not 'not surprisingly, fell below'
_NOT_CROSSED = re.compile(r"(?:\b(?:not|never)(?!\s+(?:surprisingly|only|just|coincidentally))|n['’]t)\s+(?:\w+\s+)?$", re.I)


def _bound_broken_by(c: Claim, actual: float) -> float | None:
    """How far the figure breaks the claim's bound, as a share of the figure's side ('over 300,000' of 276,181: 8.6%);
    None when the bound holds or the claim states none."""
    if c.value is None or not actual:
        return None
    if c.comparator in ("gt", "ge") and actual < c.value:
        return (c.value - actual) / abs(actual)
    if c.comparator in ("lt", "le") and actual > c.value and c.value:
        return (actual - c.value) / abs(c.value)
    return None


FAR_BELOW = 20  # a lower bound a twentieth of the figure or less is not a statement about that figure


FAR_ABOVE = 2.5  # a claimed count this many times the largest year of the series counts something else


def _far_below(c: Claim, value: float) -> bool:
    """'more than 170' against 72,177 removals, 'more than 500' against 13,595 declines: a lower bound so far below
    the figure that it counts something else."""
    return c.comparator in ("gt", "ge") and bool(c.value) and value > FAR_BELOW * (c.value or 0.0)
# a span of years: '2013-2015', 'between 2010 and 2015', 'from 2013 to 2015'
_A_YEAR_SPAN = re.compile(r"\b(?:between|from)\s+((?:19|20)\d\d)\s+(?:and|to|through)\s+((?:19|20)\d\d)\b|"
                          r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", re.I)
STUDY_APPROX = 0.05  # a study's figure repeated within 5% is approximately right; beyond, it is another number


def rate_study_figure(c: Claim) -> Rated:
    """A number a study reported, against the study's own figure (with its citation)."""
    fig = c.study_figure
    if fig is None or c.value is None:
        return unverifiable("No study figure matched.", "the study's published figure")
    if MISCREDITED_NOTE in c.notes:
        return unverifiable(f"{fig.citation.split('.')[0]} reported {fmt(fig.value, 'count')} ({fig.quantity}); the "
                            "sentence credits the number to another study, whose findings the registry does not give "
                            "it, so the number is not rated as that study's.", "the study the number comes from")
    claimed = c.value * 100 if c.unit == "share" and fig.unit in ("percent", "percentage_points") else c.value
    rebased = c.unit in RATE_BASES and fig.unit in RATE_BASES and c.unit != fig.unit
    if rebased:  # '35.5 per 1,000' against the study's 35.5 per 10,000: the same rate over the figure's base
        claimed = in_figure_unit(c.value, c.unit, fig) or claimed
    if fig.comparator in ("over", "up_to") and c.comparator in ("eq", "approx", "gt", "ge"):
        # the study said "over 4 times": a claim of 4 (or more than 4) times reports it as stated
        label = "accurate" if abs(claimed - fig.value) <= 0.05 * abs(fig.value) else \
            compare(claimed, fig.value, c.comparator, c.precision, c.value_high, "count", 0.1)
    else:
        label = compare(claimed, fig.value, c.comparator if c.comparator != "eq" else "approx"
                        if fig.comparator == "about" else "eq", c.precision, c.value_high, "count")
    if label == "approximately_accurate" and abs(claimed - fig.value) > STUDY_APPROX * abs(fig.value):
        label = "inaccurate"  # a study's number is repeated, not estimated: '77%' for a reported 70% is another number
    said = {"about": "about ", "over": "more than ", "up_to": "up to "}.get(fig.comparator, "")
    expl = (f"{fig.citation.split('.')[0]} reported {said}{fmt(fig.value, 'count')} ({fig.quantity}); the claim says "
            f"{claimed_text(c)}" + (f" per {RATE_BASES[c.unit]:,}, which is {fmt(claimed, 'count')} per "
                                    f"{RATE_BASES[fig.unit]:,}." if rebased else "."))
    prov = Provenance(metric=f"study:{fig.study_id}", query=f"ice-ledger studies --id {fig.study_id}",
                      citations=[fig.citation], studies=[{"study_id": fig.study_id, "quote": fig.quote}])
    fig_year = re.search(r"\((?:[^()]*\s)?((?:19|20)\d\d)\)", fig.quantity)
    said_year = re.search(r"\b(?:in|during|for)\s+((?:19|20)\d\d)\b", c.sentence.text, re.I)
    if label in OK and fig_year is not None and said_year is not None and fig_year.group(1) != said_year.group(1) \
            and not re.search(rf"\b{fig_year.group(1)}\b", c.sentence.text):
        # ('a paper in 2018: the 2015 data showed …': the study's year is named too; the other is the paper's)
        # 'illegal immigrants in Texas in 2019 were 57.2% less likely …' against the study's 2015 figure: another year's
        return unverifiable(expl + f" The study's figure is for {fig_year.group(1)}; the claim's is for "
                            f"{said_year.group(1)}, which the registry does not give.",
                            f"the study's figure for {said_year.group(1)}")
    fig_span = _A_YEAR_SPAN.search(fig.quantity)
    said_span = _A_YEAR_SPAN.search(c.sentence.text[c.value_span.end - c.sentence.start:][:70]) \
        if c.value_span is not None else None
    if label in OK and fig_span is not None and said_span is not None \
            and [y for y in said_span.groups() if y] != [y for y in fig_span.groups() if y]:
        # ('prevented some 22,300 deportations between 2010 and 2015' against the study's 2013-2015): another span's
        said = "–".join(y for y in said_span.groups() if y)
        return unverifiable(expl + f" The study's figure is for {'–'.join(y for y in fig_span.groups() if y)}; the "
                            f"claim gives it for {said}, which the registry does not give.",
                            f"the study's figure for {said}")
    if label in OK and c.value_span is not None and _direction_reversed(
            c.sentence.text[c.value_span.end - c.sentence.start:][:40], fig.quantity,
            c.sentence.text[:c.value_span.start - c.sentence.start][-40:], comparatives=fig.unit != "times"):
        # (a ratio 'times' is read by _ratio_reversed: the groups may be swapped with the direction)
        # '47 percent more likely to be incarcerated' against '47 percent less likely': the number, the other way
        return Verdict("inaccurate", expl + " The study's figure runs the other way: "
                       f"'{fig.quantity}'.", evidence_value=fig.value), [], prov
    if rebased and label == "inaccurate" and c.value == fig.value:
        # the study's own digits over another base: its figure, misquoted by a power of ten
        return Verdict("inaccurate", expl + " The claim gives the study's number over the wrong base.",
                       evidence_value=fig.value), [], prov
    if fig.unit == "times" and label in OK and c.value_span is not None and _ratio_reversed(
            _clause_of(c.sentence.text, c.value_span.start - c.sentence.start, c.value_span.end - c.sentence.start),
            fig.quantity, c.sentence.text):
        # 'immigrants commit violent crimes at twice the rate of Americans' against 'US-born citizens over 2 times
        # as likely': the same number with the groups swapped says the opposite of what the study found
        expl += " The study's ratio runs the other way: the claim puts the groups the other way round."
        return Verdict("inaccurate", expl, evidence_value=fig.value), [], prov
    if label in ("inaccurate", "misleading"):
        # (a study reports many numbers, and the registry holds only some: a mismatch may be another of its figures)
        return Verdict("unverifiable", expl + " The number is not the study's figure for that; it is not called false, "
                       "because the sentence may report another of the study's figures (another group, year or "
                       "outcome) that the registry does not hold.", evidence_value=fig.value,
                       settle_with="the study's own table for the number"), [], prov
    return Verdict(label, expl, evidence_value=fig.value), [], prov


# the group a ratio is measured against: 'than X', 'as likely as X', 'the rate of X', 'compared with X'
_BASE_LEAD = re.compile(r"\b(?:than|as\s+(?:likely|often)\s+as|(?:the\s+)?rates?\s+of|compared\s+(?:with|to)|"
                        # ('twice as likely to be arrested for violent felonies as native-born citizens')
                        r"as\s+(?:likely|often)\s+to\s+(?:[\w-]+\s+){1,8}?as|"
                        r"relative\s+to)\s+(?:the\s+|that\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.I)


# 'at twice the native rate', 'the U.S.-born arrest rate': a group named as a rate's adjective is the base too
_THE_BEFORE = re.compile(r"\b(?:the|that)\s+$", re.I)
_GROUPS_RATE = re.compile(r"[\s-]*(?:(?:violent|property|drug|felony|crime|arrest|conviction|incarceration|"
                          r"offending)\s+){0,2}rates?\b", re.I)


_AS_LIKELY = re.compile(r"\b(?:as\s+likely|more\s+likely|as\s+often|times\s+(?:higher|greater|more|lower|less))\b", re.I)


def _without_others_averages(c: Claim) -> str:
    """The sentence with the clauses of other numbers' averages blanked ('387,422 arrests, an average of about
    129,100 a year': 'a year' is the average's, not the sum's)."""
    s = c.sentence.text
    at = c.value_span.start - c.sentence.start if c.value_span is not None else -1
    part = r"(?:[^,;:—–]|(?<=\d),(?=\d{3}))*"  # (a thousands comma does not end a clause)
    return re.sub(part + r"\baverag\w*\b" + part,
                  lambda m: m.group(0) if m.start() <= at < m.end() else " " * len(m.group(0)), s)


def _clause_of(s: str, start: int, end: int) -> str:
    """The clause a number sits in: from the last comma, semicolon, dash or relative pronoun before it to the next
    comma or semicolon after it."""
    # (a full stop before a capital ends it too: a long quotation read as one sentence holds several)
    cuts = [m.end() for m in re.finditer(r"[,;:—–]|\b(?:who|which|whom|while|but|whereas)\b|[.!?]\s+(?=[A-Z])", s[:start])]
    after = re.search(r"[,;:—–]|[.!?](?:\s+[A-Z]|\s*$)", s[end:])
    return s[cuts[-1] if cuts else 0:end + after.start() if after else len(s)]


_COMPARED_WITH_AN_AVERAGE = re.compile(r"\baverag\w*\b[^.;]*\b(?:compared\s+(?:with|to)|versus|vs\.?|than|from)\s+"
                                       r"(?:about\s+|roughly\s+|nearly\s+|some\s+|around\s+)?$", re.I)


_COMPARATIVE = re.compile(r"\b(?:(?P<up>more|higher|greater|larger|bigger|rise|rose|increased?|jump(?:ed)?|gain)|"
                          r"(?P<down>fewer|less|lower|smaller|drop(?:ped)?|declined?|decreased?|fall|fell|reduction))\b",
                          re.I)


def _direction_reversed(after: str, quantity: str, before: str = "", comparatives: bool = True) -> bool:
    """Whether the words right after a claim's number ('47 percent more likely' for the study's 'less likely'), or
    the verb right before it ('victimization fell 16 percent' for the study's 'rise'), say the study's number the
    other way."""
    said = re.match(r"\s*(?:percent|%|times)?\s*(?:(more|less)\s+likely|(?:an?\s+)?(?:(rise|increase|jump|gain)|"
                    r"(drop|decline|decrease|fall|reduction))\b)", after, re.I) or \
        re.search(r"\b(?:(?P<up>rose|increased|jumped|climbed|grew|raised|boosted)|(?P<down>fell|dropped|declined|"
                  r"decreased|plunged|cut|reduced|lowered))\s+(?:by\s+)?(?:about\s+|nearly\s+|roughly\s+|some\s+|"
                  r"almost\s+)?$", before, re.I)
    # the study's direction: 'less likely', or a 'drop in Hispanics' likelihood of reporting' / 'rise in victimization'
    fig_more = re.search(r"\bmore\s+likely\b|^(?:rise|increase|gain)\b", quantity, re.I) is not None
    fig_less = re.search(r"\bless\s+likely\b|^(?:drop|decline|decrease|fall|reduction)\b", quantity, re.I) is not None
    if (said is None or fig_more == fig_less) and not comparatives:
        return False
    if said is None or fig_more == fig_less:
        # '35.5 more crimes per 10,000' for the study's 'fewer crimes', '44% of Latinos were more likely' for its
        # 'less likely': a comparative in the number's own clause, against the figure's first one
        # (a comma inside a number, '35.5 per 10,000 residents higher', does not end the clause)
        clause = re.split(r",(?!\d{3})|[;:]|\b(?:but|while|whereas|than|with|without|and|as|no|not)\b", after,
                          maxsplit=1)[0][:60]
        clause = re.sub(r"^\s*(?:percent|%|times)", "", clause, flags=re.I)
        claim_way = _COMPARATIVE.search(clause)
        if claim_way is not None and len(clause[:claim_way.start()].split()) > 4:
            claim_way = None  # a comparative far from the number is another phrase's
        fig_way = _COMPARATIVE.search(quantity)
        if claim_way is None or fig_way is None or re.match(r"\s*(?:than|of)\b", clause[claim_way.end():], re.I):
            return False
        return (claim_way.group("up") is None) != (fig_way.group("up") is None)
    if "up" in said.groupdict():  # the verb before the number
        return (said.group("up") is not None) != fig_more
    said_more = (said.group(1) or "").lower() == "more" or said.group(2) is not None
    return said_more != fig_more


# 'two times lower than', 'three times less likely': the ratio's groups read the other way round
_TIMES_LOWER = re.compile(r"\btimes\s+(?:lower|less|smaller|fewer)\b", re.I)


def _ratio_reversed(sentence: str, quantity: str, whole: str = "") -> bool:
    """Whether a sentence's ratio puts the study's groups the other way round. The group after 'than', 'as likely
    as', 'the rate of' or 'compared with' is the base; the figure's words name its first group before 'relative to'
    (the other group may stand before an aside, in the `whole` sentence: 'Undocumented immigrants, that study found,
    were 2.5 times more likely … than native-born citizens'). False whenever either is unclear; a ratio said 'times
    lower' runs from the base to the first group."""
    order = _groups_order_reversed(sentence, quantity, whole)
    return order is not None and order != (_TIMES_LOWER.search(sentence) is not None)


def _groups_order_reversed(sentence: str, quantity: str, whole: str) -> bool | None:
    """Whether the sentence names the study's first group as its base (None: unclear)."""
    fig_first = IMMIGRANT if IMMIGRANT.search(quantity.split("relative to")[0]) else \
        NATIVE if NATIVE.search(quantity.split("relative to")[0]) else None
    if fig_first is None:
        return None
    bases = [m for rx in (NATIVE, IMMIGRANT) for m in rx.finditer(sentence)
             if _BASE_LEAD.search(sentence[:m.start()])
             or (_THE_BEFORE.search(sentence[:m.start()]) and _GROUPS_RATE.match(sentence[m.end():]))]
    if len({bool(NATIVE.fullmatch(m.group(0))) for m in bases}) == 1:
        bases = bases[:1]  # 'the rate of native-born citizens': two words of one group
    if not bases and _AS_LIKELY.search(sentence):
        # 'undocumented immigrants were twice as likely to be arrested': the one group named is the ratio's first
        named = groups_named(sentence)
        return (named == {"native"}) != (fig_first is NATIVE) if len(named) == 1 else None
    if len(bases) != 1:
        return None
    base_is_native = bool(NATIVE.fullmatch(bases[0].group(0)))
    other = IMMIGRANT if base_is_native else NATIVE
    if not any(m.start() != bases[0].start() for m in other.finditer(sentence)) and not (
            whole and other.search(whole[:max(0, whole.find(sentence))])):
        return None  # only one group named: no order to read
    return (fig_first is NATIVE) == base_is_native


def shifted(c: Claim, delta: int) -> Claim:
    """The same claim about a neighbouring fiscal year (for the robustness check)."""
    if c.period is None or c.period.fiscal_year is None:
        return c
    fy = c.period.fiscal_year + delta
    p = replace(c.period, fiscal_year=fy, first_fiscal_year=fy, confidence="high")
    return replace(c, period=p)
