"""Rate claims about lists: a named sanctuary list's count by type and place, a place's membership, 287(g)
agreements by state, model and date; and, for "sanctuary cities" with no list named, every list side by side.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import replace
from typing import Any

import pandas as pd
import us

from ice_ledger.claims.evidence import Evidence
from ice_ledger.claims.lists import COUNTY_COUNT_NOTE, STUDY_PLACES_NOTE
from ice_ledger.claims.model import Candidate, Claim, Provenance, Verdict
from ice_ledger.claims.periods import PART_OF_A_MONTH, earlier_terms_named, find_periods
from ice_ledger.claims.places import A_STATE_UNNAMED, US_REGIONS, state_mentions
from ice_ledger.claims.verdict import OK, Rated, claimed_text, compare, guard, unverifiable
from ice_ledger.sources.ice_287g_2025 import JULY, MAY, SNAPSHOT

_LIST_IDS = {"dhs": "dhs_sanctuary_2025_05", "doj": "doj_sanctuary_2025_08", "cis": "cis_sanctuary_map",
             "ilrc": "ilrc_no_detainer_counties"}
_LIST_TITLES = {"dhs": "the DHS sanctuary list (May 2025)", "doj": "the Justice Department's list (Aug 2025)",
                "cis": "the Center for Immigration Studies' map", "ilrc": "ILRC's count of counties",
                "fair": "FAIR's count", "ice_287g": "ICE's 287(g) agreements"}
_TYPE = {"counties": "county", "cities": "city", "states": "state"}
DHS_PUBLISHED = dt.date(2025, 5, 29)


# a publisher's count of places that changed their policy in a year (not of its list's members): (id, year)
_CHANGED_IDS = {"ilrc": ("ilrc_strengthened_2017", 2017)}
# a publisher's earlier list under the same name: the Justice Department's 2017 letters (Section 1373) before its 2025 list
_EARLIER_IDS = {"doj": (dt.date(2025, 1, 1), "doj_section_1373_2017",
                        "the Justice Department's Section 1373 letters")}
# 'when CIS first mapped them', 'the original list', 'its initial count': the list's first version, not its latest
_FIRST_VERSION = re.compile(r"\b(?:first|earliest)\s+(?:mapped|published|released|issued|compiled|listed|list|map|"
                            r"version|count(?:ed)?|edition|identified|tallied|named)\b|"
                            r"\b(?:initial|original)\s+(?:list|map|version|count|tally|edition|report)\b|"
                            r"\b(?:originally|initially)\b", re.I)
# lists a claim can name that the ledger does not hold: their counts are compared with the lists it does hold
NOT_HELD = {"fair": "FAIR's list of sanctuary jurisdictions"}


def _as_of(c: Claim) -> dt.date | None:
    p = c.period
    if p is not None and p.end:
        return dt.date.fromisoformat(p.end)
    return None


# 'Under Attorney General Sessions, a Justice Department list named 29 jurisdictions': the first Trump term's officials
_FIRST_TERM_OFFICIALS = re.compile(r"\b(?:Sessions|Barr)\b")


def _in_an_earlier_term(c: Claim, article_date: dt.date | None) -> Claim:
    """The claim dated to the last day of the earlier term its sentence names ('under Trump's first term'), when it
    gives no date of its own (a list published later is then no list of that term)."""
    if c.period is None or c.period.how != "the article date" or c.period.end is None:
        return c
    days = earlier_terms_named(c.sentence.text, article_date)
    if _FIRST_TERM_OFFICIALS.search(c.sentence.text):
        days.append(dt.date(2021, 1, 19))
    ended = sorted(d.isoformat() for d in days if d.isoformat() < c.period.end)
    if not ended:
        return c
    day = ended[-1]
    return replace(c, period=replace(c.period, start=day, end=day, how="the end of the term the sentence names"))


def rate_list_count(c: Claim, ev: Evidence, article_date: dt.date | None) -> Rated:
    if c.polarity in ("hypothetical", "questioned"):
        return unverifiable("A projection or question, not a statement of a list's count.", "the list once published")
    if c.list_name not in (None, "ice_287g"):
        c = _in_an_earlier_term(c, article_date)
    if c.list_name is None and STUDY_PLACES_NOTE in c.notes:
        # ('Hausman examined the onset of sanctuary policies in 410 counties'): the places a study looked at, which no
        # list's count answers
        return unverifiable("The number sits in a description of a study (the places it looked at, perhaps), not a "
                            "count from a list of sanctuary jurisdictions.", "what the number counts")
    if c.list_name is None:
        return rate_unnamed(c, ev, article_date)
    if c.place is not None and COUNTY_COUNT_NOTE in c.notes:
        return unverifiable(f"The claim counts {c.place.name}'s own entries or agreements; the checker counts lists by "
                            "state and nation, not by county.", f"the list's entries for {c.place.name}")
    unnamed = A_STATE_UNNAMED.search(_own_clause(c)) if c.place is None else None
    if unnamed is not None:
        # ('… the DHS list, which named 35 of the state's 39 counties': a state the sentence does not name)
        return unverifiable(f"The claim counts entries in a state it calls only '{unnamed.group(0)}', which the "
                            "checker could not tie to a named state; the list's national count is not what it counts.",
                            "which state the claim counts")
    if c.list_name == "ice_287g" and "requested" in c.qualifiers:
        return unverifiable("This counts requests for 287(g) agreements (pending or applied for); the ledger's 287(g) "
                            "lists hold signed agreements only.", "ICE's list of pending 287(g) requests")
    if "in_some_states" in c.qualifiers:
        said = next((n.split(": ", 1)[1] for n in c.notes if n.startswith("counted in some states only: ")), "")
        return unverifiable(f"The claim counts the entries in a few states it does not name ({said}), not the list's "
                            "whole count of them.", "which states the claim's entries are in")
    if c.list_name == "ice_287g":
        return rate_287g(c, ev)
    if c.list_name in NOT_HELD and c.measure_confidence == "high":
        # 'FAIR identified 564': a statement of what that list counted, which only the list can settle
        return unverifiable(f"{NOT_HELD[c.list_name]} is not held by the ledger, so the count it gives cannot be "
                            "checked.", f"{NOT_HELD[c.list_name]}, as published")
    if c.list_name in NOT_HELD:
        # the list comes from the article's context, not this sentence: 'there are more than 1,000 jurisdictions
        # that refuse to cooperate' is a count of the world, which depends on whose definition is used; the lists
        # the ledger holds are shown beside it
        v, cands, prov = rate_unnamed(c, ev, article_date)
        v.explanation = (f"{NOT_HELD[c.list_name]} is not held by the ledger, so its own count cannot be checked. "
                         + v.explanation.replace(" (the claim names none)", ""))
        v.settle_with = f"{NOT_HELD[c.list_name]}, as published"
        return v, cands, prov
    column = c.qualifiers[0] if c.qualifiers else "total"
    if c.list_name == "dhs":
        return _rate_dhs(c, ev, column)
    return _rate_published(c, ev, column, article_date)


def _counties_in(ev: Evidence, c: Claim) -> float:
    """How many counties (or county equivalents) the claim's state has, or the nation, from the Census gazetteer."""
    if c.place is None or c.place.level != "state" or not c.place.code:
        return float(ev.n_counties)
    st = us.states.lookup(c.place.code)
    name = st.name if st else c.place.name
    return float(sum(1 for states in ev.county_states.values() if name in states))


# 'the list of 33 sanctuary cities in Virginia': a list the sentence points back to, named before
_POINTS_TO_A_LIST = re.compile(r"\b(?:the|this|that|its|their)\s+(?:\w+\s+)?list\b", re.I)


def _rate_dhs(c: Claim, ev: Evidence, column: str) -> Rated:
    members = ev.policies[ev.policies["definition_id"] == "dhs_sanctuary_2025_05"] if not ev.policies.empty else None
    as_of = _as_of(c)
    if members is None or members.empty:
        return unverifiable("The DHS list is not built in this warehouse.", "ice-ledger build")
    if as_of is not None and as_of < DHS_PUBLISHED:
        return unverifiable(f"The DHS list was published on {DHS_PUBLISHED}, after the claim's date ({as_of}).",
                            "a list published by the claim's date")
    years = [int(y) for y in _IN_YEAR.findall(_own_clause(c))]
    if years and max(years) < DHS_PUBLISHED.year:  # 'the DHS list named 605 jurisdictions in 2024'
        return unverifiable(f"The DHS list was published on {DHS_PUBLISHED}; the claim is about {max(years)}.",
                            "a list published by the claim's date")
    rows = members
    where = "in all"
    common_name = column == "cities" and re.search(
        r"\bsanctuary cities\b", c.sentence.text[c.value_span.end - c.sentence.start:][:40] if c.value_span else "",
        re.I) is not None
    if common_name:
        column = "total"  # "N sanctuary cities" is the common name for every entry on a named list
    whole_list = c.place is not None and c.place.level == "state" and _whole_lists_size(c, members, column)
    if c.place is not None and c.place.level == "state" and c.place.code and not whole_list:
        rows = rows[rows["state"] == c.place.code]
        where = f"in {c.place.name}"
    if column in _TYPE:
        rows = rows[rows["jurisdiction_type"] == _TYPE[column]]
    elif column == "local":
        rows = rows[rows["jurisdiction_type"].isin([_TYPE["counties"], _TYPE["cities"]])]
    elif column.startswith("member_states"):  # states with at least one entry (of a kind), the District apart
        kind = column.removeprefix("member_states_")
        if kind in _TYPE:
            rows = rows[rows["jurisdiction_type"] == _TYPE[kind]]
        rows = rows[rows["state"].notna() & (rows["state"] != "DC")].drop_duplicates("state")
    elif column != "total":
        return unverifiable(f"The DHS list counts states, counties and cities, not {column}.", "the list's type")
    actual = float(len(rows))
    assert c.value is not None
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count")
    what = {"total": "entries", "local": "cities and counties",
            "member_states": "states with at least one entry (the District of Columbia apart)",
            "member_states_counties": "states with at least one county listed",
            "member_states_cities": "states with at least one city listed"}.get(column, column)
    expl = (f"The DHS sanctuary list (29 May 2025) holds {int(actual)} {what} "
            f"{where}; the claim says {claimed_text(c)}.")
    if common_name:
        # 'N sanctuary cities' read both ways: every entry (the common name for them all), and the cities alone
        # ('about 200 sanctuary cities' is right of the cities)
        cities = float((rows["jurisdiction_type"] == _TYPE["cities"]).sum())
        as_cities = compare(c.value, cities, c.comparator, c.precision, c.value_high, "count")
        expl += f" Of them, {int(cities)} are cities."
        if label not in OK and as_cities in OK:
            label, actual = as_cities, cities
            expl += " The claim's number is that of the cities alone."
        elif label in OK and as_cities not in OK and c.measure_confidence != "high" \
                and not _POINTS_TO_A_LIST.search(c.sentence.text):
            # 'There are now more than 600 sanctuary cities' after a sentence about the DHS list: the sentence names no
            # list, and only the common-name reading of every entry fits; whose list it is decides
            return rate_unnamed(replace(c, list_name=None), ev, _as_of(c))
        elif label in OK and as_cities not in OK:
            expl += " 'Sanctuary cities' is read as the common name for every kind of entry on the list."
    one_of = _ONE_OF_THE_STATES.search(c.sentence.text[:c.value_span.start - c.sentence.start]) \
        if column == "states" and c.value_span is not None and label in OK else None
    named = us.states.lookup(one_of.group("state")) if one_of is not None else None
    if named is not None and named.abbr not in set(rows["state"]):
        # 'Pennsylvania is one of the 14 states on the DHS list': the count is right, the state is not among them
        label = "misleading"
        expl += (f" But {named.name} is not one of them: the list names it only through its cities or counties, if "
                 "at all.")
    if column == "states" and label in ("inaccurate", "misleading") and c.place is None and named is None:
        # 'the DHS list names 35 states': the states it reaches, in words that could also mean states listed
        reached = float(members[members["state"].notna() & (members["state"] != "DC")]["state"].nunique())
        if compare(c.value, reached, c.comparator, c.precision, c.value_high, "count") in OK:
            label = "unverifiable"
            expl += (f" It has entries in {int(reached)} states (the District of Columbia apart), which the claim's "
                     "words may mean.")
        else:
            expl += f" It has entries in {int(reached)} states (the District of Columbia apart): neither fits."
    if whole_list:
        st = us.states.lookup(c.place.code) if c.place is not None and c.place.code else None
        expl += f" ({st.name if st else 'The state'} is named for some of its members, not for this count.)"
        c = replace(c, place=None)
    elif label in ("inaccurate", "misleading") and c.place is not None and c.place.level == "state" \
            and not _place_names_the_count(c):
        # 'Washington and Oregon landed 61 entries between them: 41 for Washington and 20 for Oregon': a state named
        # apart from the count may not be what it counts (two states' sum, the whole list)
        label = "unverifiable"
        expl += " The state is named apart from the count, which may count more than that state."
    if label == "approximately_accurate" and c.place is not None and c.place.level == "state" and c.precision <= 1 \
            and column in ("total", "counties", "cities"):
        # 'California had 104 entries' when 104 is Illinois's: a count copied from the wrong state, not an estimate
        typed = members if column == "total" else members[members["jurisdiction_type"] == _TYPE[column]]
        per_state = typed.groupby("state").size()
        other = [str(st) for st, n in per_state.items() if n == c.value and st != c.place.code]
        if other:
            label = "inaccurate"
            expl += f" {claimed_text(c)} is exactly the list's count for {', '.join(other)}, not for {c.place.name}."
    if label in ("inaccurate", "misleading") and c.place is not None and c.place.level == "state" \
            and (other_reading := _another_reading(c, members, column)) is not None:
        # 'The list had 54 entries in Colorado; 391 of its 605 entries were counties': the whole list's count, or
        # the state's count of another kind, in a sentence that names the state for another number
        label = "unverifiable"
        expl += f" {claimed_text(c)} is the number of {other_reading}: the sentence may mean that."
    said_all = c.value_span is not None and re.search(
        r"\b[Aa]ll\s+(?:of\s+(?:the\s+|its\s+)?)?(?:[A-Z][\w.'’]*\s+){0,2}$",
        c.sentence.text[:c.value_span.start - c.sentence.start]) is not None
    if column == "counties" and said_all and c.value == _counties_in(ev, c) and actual < c.value:
        # 'DHS listed all 14 Massachusetts counties': every county of the state, which the list does not hold
        label = "inaccurate"
        expl += f" The claim says every one of its {claimed_text(c)} counties is listed; the list holds {int(actual)}."
    elif label in ("inaccurate", "misleading") and column == "counties" and c.value == _counties_in(ev, c):
        # 'Georgia has 159 counties, so the list covers less than 3% of them': how many counties the place has
        label = "unverifiable"
        st = us.states.lookup(c.place.code) if c.place is not None and c.place.code else None
        expl += f" {claimed_text(c)} is how many counties {st.name if st else 'the nation'} has in all, not a count of the list."
    ids = [str(x) for x in rows["row_id"].head(5)]
    q = ("SELECT * FROM policies WHERE definition_id = 'dhs_sanctuary_2025_05'"
         + (f" AND state = '{c.place.code}'" if c.place is not None and c.place.level == "state" else "")
         + (f" AND jurisdiction_type = '{_TYPE[column]}'" if column in _TYPE else ""))
    prov = Provenance(metric="policies", query=q, sources=["dhs_sanctuary_2025"], row_ids=ids,
                      trace=[f"ice-ledger trace policies {i}" for i in ids[:3]])
    cand = Candidate(target="policies:dhs_sanctuary_2025_05", metric=None, fiscal_year=None, score=1.0,
                     fit={"list": 1.0}, value=actual, query=q, row_ids=ids, label=f"DHS list, {what} {where}")
    return guard(label, c, c.period, expl, actual), [cand], prov


_ONE_OF_THE_STATES = re.compile(r"\b(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:is|was|remains|became)\s+"
                                r"(?:one\s+of|among)\s+(?:the\s+|only\s+|just\s+)*$")


def _count_of(rows: pd.DataFrame, column: str) -> float:
    return float(len(rows) if column not in _TYPE else (rows["jurisdiction_type"] == _TYPE[column]).sum())


def _whole_lists_size(c: Claim, members: pd.DataFrame, column: str) -> bool:
    """'the list of more than 500 jurisdictions included four North Carolina counties': a count that the whole list
    meets and the state's does not, in a sentence that names the state apart from the count."""
    assert c.place is not None
    if c.value is None or column not in ("total", *_TYPE) or _place_names_the_count(c):
        return False
    state_rows = members[members["state"] == c.place.code]
    if _loose_bound(c, _count_of(members, column)):
        return False
    return compare(c.value, _count_of(members, column), c.comparator, c.precision, c.value_high, "count") in OK \
        and compare(c.value, _count_of(state_rows, column), c.comparator, c.precision, c.value_high, "count") not in OK


def _loose_bound(c: Claim, whole: float) -> bool:
    """'over 300' against a national 832: a lower bound the whole meets without being a count of it."""
    return c.comparator in ("gt", "ge") and (c.value or 0.0) < whole / 2


def _place_names_the_count(c: Claim) -> bool:
    """Whether the place is in the count's own words ('Virginia's 32', '32 in Virginia', 'four North Carolina
    counties', 'Virginia had 32'), rather than elsewhere in the sentence."""
    if c.place is None or c.value_span is None:
        return True
    s, off = c.sentence.text, c.sentence.start
    value_start, value_end = c.value_span.start - off, c.value_span.end - off
    if re.match(r"\s+of\s+(?:them|those|these|its|their|the\s+state['’]s)\b", s[value_end:value_end + 24], re.I):
        return True  # 'Illinois had 104 entries, and 96 of them were counties': a part of the state's count
    if c.place.span is not None:
        place_start, place_end = c.place.span.start - off, c.place.span.end - off
    else:  # a state read near the count: where its name is, nearest the count
        st = us.states.lookup(c.place.code) if c.place.code else None
        found = [m.span() for m in re.finditer(rf"\b{re.escape(st.name)}\b", s)] if st else []
        if not found:
            return True
        place_start, place_end = min(found, key=lambda sp: min(abs(sp[0] - value_end), abs(value_start - sp[1])))
    if place_end <= value_start and re.fullmatch(r"\W*(?:In|Across|Throughout|For)\s+(?:the\s+state\s+of\s+)?",
                                                 s[:place_start]) and s[place_end:place_end + 1] == "," \
            and not re.search(r"\d|\b(?:where|which|whose|home\s+to|one|two|three|four|five|six|seven|eight|nine|"
                              r"ten|dozens?|hundreds?)\b", s[place_end:value_start], re.I):
        return True  # 'In Virginia, the DHS list holds 45 entries': the sentence's own place
    if place_end <= value_start:
        between = s[place_end:value_start]
        return re.fullmatch(r"(?:['’]s?|\s*,)?\s*(?:(?:had|has|have|with|counted|listed|lists|accounts\s+for|"
                            r"accounted\s+for)\s+)?[\"“”']?\s*(?:(?:more|fewer|less)\s+than|about|nearly|almost|over|"
                            r"at\s+least|just|only|some)?\s*[\"“”']?\s*", between, re.I) is not None
    between = s[value_end:place_start]
    return re.search(r"\d|\binclud|\bamong\b|\bsuch\s+as\b", between, re.I) is None and len(between) <= 50


def _another_reading(c: Claim, members: pd.DataFrame, column: str) -> str | None:
    """Which other count of the DHS list a state's number matches exactly: the whole list's (any kind), or the
    state's of another kind ('Colorado with 54' read as counties, where 54 is all of Colorado's entries)."""
    assert c.place is not None
    if c.comparator not in ("eq", "approx", "nearly"):
        return None  # ('more than 100' is met by the whole list, and says nothing of which count is meant)
    st = us.states.lookup(c.place.code) if c.place.code else None
    state = st.name if st else c.place.name
    for where, rows in (("the whole list", members), (state, members[members["state"] == c.place.code])):
        for kind in ("total", "counties", "cities"):
            if where != "the whole list" and kind == column:
                continue
            n = float(len(rows) if kind == "total" else (rows["jurisdiction_type"] == _TYPE[kind]).sum())
            if compare(c.value or 0.0, n, c.comparator, c.precision, c.value_high, "count") == "accurate":
                what = "entries" if kind == "total" else kind
                return f"{what} in {where}" if where != "the whole list" else f"{what} on the whole list"
    return None


def _round_of_letters(c: Claim, rows: pd.DataFrame, as_of: dt.date, title: str) -> pd.DataFrame | Rated:
    """The round of letters a claim is about, each round its own count (9 in April 2017, 29 in November, 23 in
    January 2018): the one in the period the sentence names; with no period, whichever round its number matches.
    A number that matches no round it could mean is left open, never called false against another round."""
    dated = rows.assign(day=pd.to_datetime(rows["as_of"]).dt.date)
    p = c.period
    # a span the sentence names with its year (not a single day, like the last day of a term named, which is a date as
    # of which; not a month alone, 'in November', read as the latest before the article and maybe another year's)
    named = p is not None and p.how != "the article date" and bool(p.start) and bool(p.end) and p.start != p.end \
        and p.span is not None and re.search(r"\b(?:19|20)\d\d\b", p.span.text) is not None
    if named and p is not None and p.start and p.end:
        pool = dated[dated["day"].between(dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end))]
    else:
        pool = dated[dated["day"] <= as_of]
    # (an unhedged '32' only near another round's 29 is no match: 'in January it threatened 32' is of the round of 23)
    fits = ("accurate",) if c.comparator == "eq" and not named else OK
    matching = pool[[c.value is not None and compare(c.value, float(v), c.comparator, c.precision, c.value_high,
                                                     "count") in fits for v in pool["total"]]]
    if not matching.empty:
        return matching.iloc[[-1]].drop(columns="day")
    if named and len(pool) == 1:
        return pool.drop(columns="day")  # the one round in the period named: its count is the claim's
    held = "; ".join(f"{r.day.isoformat()}: {int(r.total)}" for r in dated.itertuples())
    where = f"is about {p.span.text if p is not None and p.span else 'a period'}, when no round was sent" \
        if named and pool.empty else "matches no round of letters it could mean"
    return unverifiable(f"The ledger holds {title} round by round ({held}); the claim {where}.",
                        "which round of letters the claim counts")


def _rate_published(c: Claim, ev: Evidence, column: str, article_date: dt.date | None) -> Rated:
    name = c.list_name or ""
    def_id = _LIST_IDS.get(name)
    changed = name in _CHANGED_IDS and "policy_changed" in c.qualifiers
    if changed:  # '410 localities strengthened their policies in 2017': the publisher's count of changes
        def_id, year = _CHANGED_IDS[name]
        said = re.findall(r"\b(?:19|20)\d\d\b", c.sentence.text)
        if said and str(year) not in said:
            return unverifiable(f"{_LIST_TITLES.get(name, name)} counted policy changes in {year} only; the claim is "
                                f"about {', '.join(said)}.", f"a count of policy changes in {said[0]}")
        c = replace(c, measure_confidence="high")
    counts = ev.definition_counts
    if def_id is None or counts.empty:
        return unverifiable(f"The ledger holds no counts of {_LIST_TITLES.get(name, name)}.", "the list's published count")
    other = counts[counts["definition_id"] == _CHANGED_IDS[name][0]] if name in _CHANGED_IDS and not changed else None
    if other is not None and c.value is not None and "counties" not in c.qualifiers and any(
            compare(c.value, float(v), c.comparator, c.precision, c.value_high, "count") in OK for v in other["total"]):
        # ('410 localities, the ILRC said in January': its count of places that changed their policies, not of
        # counties that hold no detainers; the words do not say which)
        return unverifiable(f"{claimed_text(c)} matches the publisher's other count, of localities that changed their "
                            f"policies in {_CHANGED_IDS[name][1]}, not {_LIST_TITLES.get(name, name)}; the claim does not "
                            "say which it means.", "which of the publisher's counts the claim gives")
    rows = counts[counts["definition_id"] == def_id].copy()
    as_of = article_date if changed else _as_of(c) or article_date
    # 'CIS counted about 340 in 2019': a year the sentence names, when no date was read, is when the count is from
    named_year = max((int(y) for y in _IN_YEAR.findall(_own_clause(c))), default=None) \
        if not changed and (c.period is None or c.period.how == "the article date") else None
    if named_year is not None:
        as_of = min(dt.date(named_year, 12, 31), article_date or dt.date(named_year, 12, 31))
    title = _LIST_TITLES[name]
    one_round = name in _EARLIER_IDS and as_of is not None and as_of < _EARLIER_IDS[name][0]
    if one_round and as_of is not None:
        _, def_id, title = _EARLIER_IDS[name]  # 'letters to 29 jurisdictions in November 2017': the 2017 count
        rows = counts[counts["definition_id"] == def_id].copy()
        picked = _round_of_letters(c, rows, as_of, title)
        if isinstance(picked, tuple):
            return picked
        rows = picked
    if as_of is not None:
        rows = rows[pd.to_datetime(rows["as_of"]).dt.date <= as_of]
    if c.place is not None and c.place.level == "state":
        return unverifiable(f"{_LIST_TITLES[name]} is held as a national count only, not by state.",
                            f"the list's members in {c.place.name}")
    if column.startswith("member_states"):
        return unverifiable(f"{_LIST_TITLES[name]} is held as counts by type, not by the states its entries are in.",
                            f"{_LIST_TITLES[name]}'s entries by state")
    if column == "local":  # 'no cities or counties': both counts are needed, the states left out
        if not {"counties", "cities"} <= set(rows.columns):
            return unverifiable(f"{_LIST_TITLES[name]} is not held with counties and cities counted apart.",
                                f"{_LIST_TITLES[name]}'s counts of counties and cities")
        rows = rows[rows["counties"].notna() & rows["cities"].notna()].copy()
        rows["local"] = rows["counties"] + rows["cities"]
    col = column if column in ("states", "counties", "cities", "total", "local") else "total"
    if col == "cities" and re.search(r"sanctuary cities", c.sentence.text, re.I) and not rows["cities"].notna().any():
        col = "total"  # "sanctuary cities" is the common name for every kind of jurisdiction on such a list
    narrower = ""
    other = {"counties": "cities", "cities": "counties"}.get(col)
    if other is not None and col in rows and not rows[col].notna().any() and other in rows \
            and rows[other].notna().any():
        # '600 cities' on ILRC's count, which is of counties only: a kind the publisher did not count
        return unverifiable(f"{title[0].upper() + title[1:]} counts {other} only, not {col}.",
                            f"a count of {col} by {title}")
    if col in ("counties", "cities") and col in rows and not rows[col].notna().any() and rows["total"].notna().any():
        narrower = col  # '410 counties' where the publisher counted 410 localities of every kind
        col = "total"
    latest = rows.sort_values("as_of").iloc[-1] if not rows.empty else None
    if latest is not None and col == "total" and pd.isna(latest["total"]) and not pd.isna(latest.get("other")) \
            and c.value is not None:
        # CIS in August 2016: 'about 300 … plus 4 sanctuary states', recorded without an exact total: the latest count
        # is approximate, so it may confirm a claim near it and refutes none
        approx = float(latest["other"])
        states = 0.0 if pd.isna(latest.get("states")) else float(latest["states"])
        label = next((lab for v in (approx, approx + states)
                      if (lab := compare(c.value, v, c.comparator, 10.0, c.value_high, "count")) in OK), "unverifiable")
        expl = (f"{_LIST_TITLES[name][0].upper() + _LIST_TITLES[name][1:]} counted '{latest['count_text']}' as of "
                f"{pd.Timestamp(latest['as_of']).date()}, with no exact total; the claim says {claimed_text(c)}.")
        q = f"SELECT * FROM definition_counts WHERE definition_id = '{def_id}'"
        prov = Provenance(metric="definition_counts", query=q, sources=["policy_definitions"],
                          row_ids=[str(latest["row_id"])], trace=[f"ice-ledger trace definition_counts {latest['row_id']}"],
                          citations=[str(latest["citation_url"])])
        if label == "accurate" and c.value not in (approx, approx + states):
            label = "approximately_accurate"  # (an approximate count confirms only approximately)
        older = _older_than_now(c, as_of, pd.Timestamp(latest["as_of"]).date()) if label in OK else None
        if older is not None:
            label, expl = "unverifiable", expl + older
        return (Verdict(label, expl, evidence_value=approx, settle_with=None if label in OK else
                        f"{_LIST_TITLES[name]}'s exact count"), [], prov)
    rows = rows[rows[col].notna()] if col in rows else rows.iloc[0:0]
    if rows.empty:
        return unverifiable(f"No count of {col} by {_LIST_TITLES[name]} is held for the claim's date.",
                            f"{_LIST_TITLES[name]}'s count of {col}")
    first = _FIRST_VERSION.search(_own_clause(c) + " " + c.sentence.text[:max(0, c.span.start - c.sentence.start)]) \
        is not None and not changed
    # 'when CIS first mapped them in 2015, it counted 340': the earliest count held, not the latest before the date
    rec = rows.sort_values("as_of").iloc[0 if first else -1]
    actual = float(rec[col])
    assert c.value is not None
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count")
    # a later count without this figure ('12 sanctuary states' in 2025, no total): the figure held may be stale
    stale = latest if latest is not None and not first and pd.Timestamp(latest["as_of"]) > pd.Timestamp(rec["as_of"]) \
        and (c.period is None or c.period.how == "the article date") else None
    if changed:
        title = f"{_LIST_TITLES[name].split(' count')[0]} count of localities that strengthened their policies"
    counted_what = {"total": "jurisdictions", "local": "cities and counties"}.get(col, col)
    expl = (f"{title[0].upper() + title[1:]} counted {int(actual)} {counted_what} "
            f"as of {pd.Timestamp(rec['as_of']).date()} ('{rec['count_text']}'); the claim says {claimed_text(c)}.")
    if narrower and label in OK:
        label = "approximately_accurate"
        expl += f" The publisher's count covers every kind of locality, not {narrower} only."
    elif narrower:
        return unverifiable(expl + f" The publisher did not count {narrower} separately.",
                            f"{_LIST_TITLES[name]}'s count of {narrower}")
    q = f"SELECT * FROM definition_counts WHERE definition_id = '{def_id}'"
    prov = Provenance(metric="definition_counts", query=q, sources=["policy_definitions"], row_ids=[str(rec["row_id"])],
                      trace=[f"ice-ledger trace definition_counts {rec['row_id']}"], citations=[str(rec["citation_url"])])
    cand = Candidate(target=f"definition_counts:{def_id}", metric=None, fiscal_year=None, score=1.0, fit={"list": 1.0},
                     value=actual, query=q, row_ids=[str(rec["row_id"])], label=_LIST_TITLES[name])
    counted = pd.Timestamp(rec["as_of"]).date()
    if stale is not None and (label not in OK or (as_of is not None and (as_of - counted).days > 730)):
        return (Verdict("unverifiable", expl + f" Its later count of {pd.Timestamp(stale['as_of']).date()} "
                        f"('{stale['count_text']}') gives no such figure, so the one held may be out of date.",
                        evidence_value=actual, settle_with=f"{_LIST_TITLES[name]}'s count at the claim's date"),
                [cand], prov)
    if named_year is not None and as_of is not None and counted.year < named_year and (as_of - counted).days > 365:
        return (Verdict("unverifiable", expl + f" The claim is about {named_year}; the latest count the ledger holds "
                        f"before then is from {counted}, so it neither confirms nor refutes it.",
                        evidence_value=actual, settle_with=f"{_LIST_TITLES[name]} in {named_year}"), [cand], prov)
    if label not in OK and as_of is None:
        # no date in the claim and none for the article: the publisher's count at another time may be the one meant
        earlier = _EARLIER_IDS.get(name)
        if earlier is not None and c.value is not None:
            held = counts[(counts["definition_id"] == earlier[1]) & counts["total"].notna()]
            match = held[[compare(c.value, float(v), c.comparator, c.precision, c.value_high, "count") in OK
                          for v in held["total"]]]
            if not match.empty:
                rec = match.iloc[-1]
                q = f"SELECT * FROM definition_counts WHERE definition_id = '{earlier[1]}'"
                prov = Provenance(metric="definition_counts", query=q, sources=["policy_definitions"],
                                  row_ids=[str(rec["row_id"])], trace=[f"ice-ledger trace definition_counts {rec['row_id']}"],
                                  citations=[str(rec["citation_url"])])
                cand = Candidate(target=f"definition_counts:{earlier[1]}", metric=None, fiscal_year=None, score=1.0,
                                 fit={"list": 1.0}, value=float(rec["total"]), query=q, row_ids=[str(rec["row_id"])],
                                 label=earlier[2])
                return (Verdict("accurate", f"{earlier[2][0].upper() + earlier[2][1:]} counted {int(rec['total'])} "
                                f"jurisdictions as of {pd.Timestamp(rec['as_of']).date()} ('{rec['count_text']}'); the "
                                f"claim says {claimed_text(c)}.", evidence_value=float(rec["total"])), [cand], prov)
        return (Verdict("unverifiable", expl + " The claim names no date and the article's date is not known; the "
                        "publisher's count at another time may be the one meant, so it is not called false.",
                        evidence_value=actual, settle_with="the date of the count the claim gives"), [cand], prov)
    if label not in OK and one_round:
        # the Department sent letters in several rounds (23 jurisdictions in January 2018): another number may be
        # another round's
        rounds = ", ".join(pd.Timestamp(d).strftime("%B %Y") for d in sorted(
            counts[counts["definition_id"] == def_id]["as_of"]))
        return (Verdict("unverifiable", expl + " The Justice Department sent such letters in several rounds (the "
                        f"ledger holds those of {rounds}, as reported); the claim's number may count a round or a "
                        "follow-up the reports do not give, so it is not called false.",
                        evidence_value=actual, settle_with="the round of letters the claim is about"), [cand], prov)
    if label not in OK and as_of is not None and (as_of - counted).days > STALE_DAYS \
            and not (first and counted.year == as_of.year):  # (the first version, of the year named, is not stale)
        # publishers revise their lists: a count more than a month older than the claim does not refute it
        gap = as_of - counted
        age = f"{gap.days // 365} year(s)" if gap.days >= 365 else f"{gap.days} days"
        return (Verdict("unverifiable", expl + f" That count is {age} older than the claim ({as_of}), and the "
                        "publisher may have revised the list since, so it is not called false.",
                        evidence_value=actual, settle_with=f"{_LIST_TITLES[name]} as of {as_of}"), [cand], prov)
    older = _older_than_now(c, as_of, counted) if label in OK else None
    if older is not None:
        return (Verdict("unverifiable", expl + older, evidence_value=actual,
                        settle_with=f"{_LIST_TITLES[name]} as of {as_of}"), [cand], prov)
    return guard(label, c, c.period, expl, actual), [cand], prov


STALE_DAYS = 31
# 'today', 'now', 'currently': the list at the claim's date, not at its last count
_AT_PRESENT = re.compile(r"\b(?:today|now|currently|at present|presently|as of (?:this|today))\b", re.I)


def _older_than_now(c: Claim, as_of: dt.date | None, counted: dt.date) -> str | None:
    """'CIS counts more than 300 sanctuary jurisdictions today', in 2019, against its 2016 count: the list now is not
    the list then, so a count a year or more older neither confirms nor refutes it."""
    if as_of is None or (as_of - counted).days <= 365 or not _AT_PRESENT.search(c.sentence.text):
        return None
    return (f" The claim is about the list as it stood on {as_of}; the latest count the ledger holds is "
            f"about {round((as_of - counted).days / 365.25)} year(s) older, so it neither confirms nor refutes it.")


def _own_clause(c: Claim) -> str:
    """The words of the clause the claim's number stands in (between the commas or semicolons around it)."""
    s, sp = c.sentence.text, c.value_span or c.span
    lo, hi = sp.start - c.sentence.start, sp.end - c.sentence.start
    start = max(s.rfind(",", 0, lo), s.rfind(";", 0, lo)) + 1
    ends = [i for i in (s.find(",", hi), s.find(";", hi)) if i >= 0]
    return s[start:min(ends) if ends else len(s)]
_IN_YEAR = re.compile(r"\b(?:in|by|as of|during|for)\s+((?:19|20)\d\d)\b(?![-–/]\d)", re.I)


def rate_membership(c: Claim, ev: Evidence, article_date: dt.date | None = None) -> Rated:
    """'Loudoun County is (not) on the list': members are matched by name and state, never guessed."""
    if c.list_name == "ice_287g":
        return rate_287g_membership(c, ev)
    if c.list_name != "dhs" or ev.policies.empty or c.place is None:
        return unverifiable(f"The ledger holds no member list for {_LIST_TITLES.get(c.list_name or '', 'this list')}.",
                            "the list's members")
    if article_date is not None and article_date < DHS_PUBLISHED:
        # a 2017 article's 'DHS list' is another list (the weekly declined-detainer reports), not one published later
        return unverifiable(f"The DHS sanctuary list the ledger holds was published {DHS_PUBLISHED:%d %B %Y}, after this "
                            f"article ({article_date}); the list the claim means is another, whose members the ledger "
                            "does not hold.", "the members of the list the article names, as of its date")
    ambiguous = _ambiguous_county(c, ev)
    if ambiguous is not None:
        return ambiguous
    members = ev.policies[ev.policies["definition_id"] == "dhs_sanctuary_2025_05"]
    name = c.place.name.lower().replace("city of ", "").replace(" city", "").strip()
    hits = members[members["jurisdiction_name"].str.lower().str.replace("city of ", "", regex=False)
                   .str.replace(" city", "", regex=False).str.strip() == name]
    if c.place.code:
        hits = hits[hits["state"] == c.place.code]
    on = not hits.empty
    said_on = c.polarity != "negated"
    if on == said_on:
        where = f" ({', '.join(sorted(set(hits['state'].dropna())))})" if on else ""
        basis = sorted({str(b) for b in hits["basis"].dropna()}) if on and "basis" in hits else []
        expl = (f"{c.place.name}{where} {'is' if on else 'is not'} on the DHS sanctuary list of 29 May 2025, as the "
                "claim says." + (f" DHS's stated basis: {'; '.join(basis)}." if basis else ""))
        ids = [str(x) for x in hits["row_id"].head(3)]
        return (Verdict("accurate", expl), [], Provenance(metric="policies", sources=["dhs_sanctuary_2025"],
                                                          row_ids=ids, trace=[f"ice-ledger trace policies {i}" for i in ids]))
    if on and c.place.code:
        # 'Douglas County, Kansas, is not on the list': the entry of that name in that state is there
        ids = [str(x) for x in hits["row_id"].head(3)]
        return (Verdict("inaccurate", f"{c.place.name} ({c.place.code}) is on the DHS sanctuary list of 29 May 2025 "
                        f"(entry '{hits['jurisdiction_name'].iloc[0]}'); the claim says it is not."), [],
                Provenance(metric="policies", sources=["dhs_sanctuary_2025"], row_ids=ids,
                           trace=[f"ice-ledger trace policies {i}" for i in ids]))
    return unverifiable(f"The checker finds {c.place.name} {'on' if on else 'not on'} the DHS list by name, but "
                        "names can be written many ways, so it does not call the claim false.",
                        f"the DHS list entry for {c.place.name}")


# An article's "now" is often a figure some days or weeks old: ICE's 287(g) list grew weekly in 2025.
LAG_DAYS = 30
NAMED_LAG_DAYS = 7  # a claim naming a part of a month ('in mid-May') cites the page of about then
# ICE posts agreements some days after signing them, so a count over a shorter window is never refuted.
SHORT_WINDOW_DAYS = 30
_COUNTED = ("states", "counties", "agencies", "agreements")
_WHAT = {"states": "states", "counties": "county agencies", "agencies": "agencies", "agreements": "agreements",
         "listed agreements": "agreements on ICE's page", "listed agencies": "agencies on ICE's page",
         "added agreements": "agreements added to ICE's page", "added agencies": "agencies added to ICE's page"}
_RANK = {"accurate": 0, "approximately_accurate": 1}
SNAPSHOT_FIRST, SNAPSHOT_LAST = SNAPSHOT[MAY], SNAPSHOT[JULY]


def _names_a_day_held(c: Claim, as_of: dt.date) -> bool:
    """'Between May 16 and July 18, the count rose from 571 to 832', written in September: the sentence names a day
    the lists cover, which the count (read at the article date) may be of."""
    return any(p.period.end and dt.date.fromisoformat(p.period.end) <= SNAPSHOT_LAST
               for p in find_periods(c.sentence.text, 0, as_of))


def rate_287g(c: Claim, ev: Evidence) -> Rated:
    """A 287(g) count at its place; a national count that a state named elsewhere in the sentence does not fit
    ('In Texas, ..., ICE's list counted 832 agreements') is read as the nation's when that reading holds."""
    before = c.sentence.text[:c.value_span.start - c.sentence.start] if c.value_span is not None else ""
    agency = _ONE_AGENCYS_COUNT.search(before)
    if agency is not None:
        # 'The Putnam County Sheriff's Office holds two 287(g) agreements': one agency's count, not the list's
        name = re.sub(r"^the\s+", "", agency.group("agency").strip(), flags=re.I)
        return unverifiable(f"The count is of the {name}'s own agreements, which the checker "
                            "does not count agency by agency.", "that agency's rows on ICE's 287(g) list")
    rated = _rate_287g_at(c, ev)
    if rated[0].label not in ("inaccurate", "misleading") or c.place is None or c.place.level != "state" \
            or _place_names_the_count(c):
        return rated
    national = _rate_287g_at(replace(c, place=None), ev)
    whole = national[0].evidence_value
    if national[0].label not in OK or (whole is not None and _loose_bound(c, whole)):
        return replace(rated[0], label="unverifiable", explanation=rated[0].explanation + " The state is named apart "
                       "from the count, which may count more than that state.",
                       settle_with="which place the count is of"), rated[1], rated[2]
    st = us.states.lookup(c.place.code) if c.place.code else None
    verdict = replace(national[0], explanation=national[0].explanation + f" ({st.name if st else c.place.name} is "
                      "named elsewhere in the sentence, not for this count.)")
    return verdict, national[1], national[2]


# 'The Putnam County Sheriff's Office now holds two', 'the sheriff has three': one agency's own agreements
_ONE_AGENCYS_COUNT = re.compile(r"(?P<agency>\b(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}(?:Sheriff['’]s\s+(?:Office|Department)|"
                                r"Police\s+Department|Sheriff|sheriff['’]s\s+office|sheriff|police\s+department|jail|"
                                r"Department\s+of\s+Corrections))\s+(?:now\s+|already\s+|also\s+|currently\s+|likewise\s+)?"
                                r"(?:holds|has|had|signed|operates|entered(?:\s+into)?|maintains|runs)\s+"
                                r"(?:(?:a\s+)?(?:total\s+of\s+)?)?$")


_AGENCIES_WITH_AGREEMENTS = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?agencies\s+(?:with|that\s+(?:have|hold|signed)|which\s+have|"
                                       r"holding|having)\s+(?:an?\s+|active\s+|signed\s+)?(?:287\(g\)\s+)?agreements?\b",
                                       re.I)


def _rate_287g_at(c: Claim, ev: Evidence) -> Rated:
    """287(g) agencies and agreements on a date, by state and model, from ICE's 2025 lists.

    The lists are snapshots (May and July 2025) that drop ended agreements, and articles cite figures some days old,
    so the claim is compared with the list on its date, then on each of the LAG_DAYS before it; it is called false
    only when it lies outside everything those readings and the agreements that may have ended could give."""
    pol = ev.policies[ev.policies["definition_id"] == "ice_287g_2025"] if not ev.policies.empty else pd.DataFrame()
    as_of = _as_of(c)
    if pol.empty or as_of is None:
        return unverifiable("No 287(g) list or no date for the claim.", "the 287(g) list on the claim's date")
    if as_of < dt.date(2025, 1, 1):
        if WAPO_YEARS[0] <= as_of.year <= WAPO_YEARS[1]:
            return _rate_287g_history(c, ev, as_of)
        return unverifiable(f"The ledger's 287(g) lists are ICE's 2025 snapshots and the Washington Post's panel of "
                            f"{WAPO_YEARS[0]}-{WAPO_YEARS[1]}; the claim is about {as_of}.",
                            f"ICE's 287(g) list as of {as_of}")
    if as_of > SNAPSHOT_LAST + dt.timedelta(days=STALE_DAYS) and not _names_a_day_held(c, as_of):
        # the list grew by dozens of agreements a week in 2025: months after the last list, its count is not today's
        return unverifiable(f"The ledger's latest 287(g) list is ICE's of {SNAPSHOT_LAST}; the claim is about {as_of}, "
                            f"{(as_of - SNAPSHOT_LAST).days} days later, and the list kept changing.",
                            f"ICE's 287(g) list as of {as_of}")
    start = None
    if "signed within the period" in c.notes and c.period is not None and c.period.start \
            and c.period.start != c.period.end:
        start = dt.date.fromisoformat(c.period.start)
    models = [q for q in c.qualifiers if q in ("task_force", "jail_enforcement", "warrant_service_officer")]
    pol = pol[pol["policy_kind"].isin([f"287g_{m}" for m in models])] if models else pol
    where = ""
    if c.place is not None and c.place.level == "state" and c.place.code:
        pol = pol[pol["state"] == c.place.code]
        where = f" in {c.place.name}"
    said = next((q for q in c.qualifiers if q in _COUNTED), "agreements")
    # 'agencies' and 'agreements' are used loosely for each other: both are read, the claim's word first
    readings = [said] if said in ("states", "counties") else list(dict.fromkeys([said, "agencies", "agreements"]))
    if said == "agencies" and c.value_span is not None and _AGENCIES_WITH_AGREEMENTS.match(
            c.sentence.text, c.value_span.end - c.sentence.start):
        readings = ["agencies"]  # '309 law enforcement agencies with 287(g) agreements': agencies, said as such
    if start is not None:
        pol = pol[pd.to_datetime(pol["valid_from"]) >= pd.Timestamp(start)]
    frm, to = pd.to_datetime(pol["valid_from"]), pd.to_datetime(pol["valid_to"])
    assert c.value is not None
    value = c.value
    listed = _listed_on_page(ev, c, models) if start is None and said in ("agencies", "agreements") else None
    if start is not None and said in ("agencies", "agreements") and _ADDED.search(c.sentence.text) \
            and not re.search(r"\bsign(?:ed|ing|s)\b", c.sentence.text, re.I):
        listed = _added_to_page(ev, c, models, start)  # '18 new agreements were added to ICE's list last week'

    def scope(day: dt.date, reading: str = "") -> str:
        if reading.startswith("added"):
            return f"from {start} to {day}{where}"
        return (f"signed {start} to {day}" if start else f"as of {day}") + where

    def at(day: dt.date) -> tuple[pd.DataFrame, dict[str, float]]:
        rows = pol[(frm <= pd.Timestamp(day)) & (to.isna() | (to >= pd.Timestamp(day)))]
        counts = {r: _count_287g(rows, r) for r in readings}
        return rows, {**counts, **(listed(day) if listed is not None else {})}

    def best(day: dt.date) -> tuple[str, str, float, pd.DataFrame]:
        rows, counts = at(day)
        graded = [(compare(value, n, c.comparator, c.precision, c.value_high, "count"), r) for r, n in counts.items()]
        # another counting unit can make a claim accurate (the words are used loosely), never only nearly so; the
        # page as ICE listed it that day counts in the claim's own unit
        graded = [(g, r) for g, r in graded if r.endswith(said) or g == "accurate"] or graded[:1]
        if c.comparator in ("gt", "ge", "lt", "le"):
            # a bound holds of many numbers: 'more than 750 agencies' is not made true by 832 agreements
            graded = [(g, r) for g, r in graded if r.endswith(said)] or graded[:1]
        label, reading = min(graded, key=lambda g: _RANK.get(g[0], 9))
        return label, reading, counts[reading], rows

    # the list at the end of the article's day or of the day before it (articles are written before they appear),
    # then the days before that: the best match wins, the nearest day among equals
    # a claim about a span ('135 in January') is on its date on any day of the span
    span_days = 1
    if start is None and c.period is not None and c.period.start and c.period.start != c.period.end:
        span_days = min((as_of - dt.date.fromisoformat(c.period.start)).days, LAG_DAYS) + 1
    # ('68 in mid-May 2025': a named part of a month is not the page of a month before it)
    lag_days = NAMED_LAG_DAYS if c.period is not None and c.period.how.startswith(PART_OF_A_MONTH) else LAG_DAYS
    days = [as_of - dt.timedelta(days=lag) for lag in range(lag_days + span_days)]
    days = [d for d in days if start is None or d > start]
    graded = [(d, *best(d)) for d in days]
    on_date = max(2, span_days)
    exact_on_date = [g for g in graded[:on_date] if g[1] == "accurate"]
    matches = sorted((g for g in graded if g[1] in OK), key=lambda g: (_RANK[g[1]], (as_of - g[0]).days))
    pick = exact_on_date[0] if exact_on_date else matches[0] if matches else None
    if pick is not None:
        day, label, reading, actual, rows = pick
        lag = (as_of - day).days - (on_date - 2)
        expl = f"ICE's 287(g) lists hold {int(actual)} {_WHAT[reading]}{_models(models)} {scope(day, reading)}"
        if not reading.endswith(said):
            expl += f" (counting {reading}; the claim says {said})"
        expl += f"; the claim says {claimed_text(c)}."
        if lag > 1:
            label = "approximately_accurate"
            expl += (f" That is the list {lag} days before the claim's date ({as_of}); on that date it held "
                     f"{int(at(as_of)[1].get(reading, actual))}. The list grew weekly, and articles often cite a figure "
                     "some days old.")
        return _287g_rated(label, expl, actual, rows, f"287(g) {_WHAT[reading]} {scope(day, reading)}", as_of)
    # agreements of the same kind and place on the first list but not the second: the churn of two months
    held = at(as_of)[0]
    ended = int(held["note"].fillna("").str.contains("absent from").sum()) if "note" in held else 0
    return _refute_287g(c, value, readings, at, start, as_of, scope, models, ended)


# the scrape panel is read for a day only if a scrape was taken within this many days before it
LISTED_WITHIN_DAYS = 7
# a count of agreements that appeared on ICE's page, not only ones signed: 'added to the list', 'new', 'posted'
_ADDED = re.compile(r"\b(?:added|adds|new|listed|posted|appeared)\b", re.I)


def _added_to_page(ev: Evidence, c: Claim, models: list[str], start: dt.date) -> Any:
    """How many agreements and agencies ICE's page gained from `start` to a day (both read from the scrapes), or
    None without the scrape panel."""
    page = _listed_on_page(ev, c, models)
    if page is None:
        return None

    def gained(day: dt.date) -> dict[str, float]:
        then, now = page(start), page(day)
        if not then or not now:
            return {}
        return {"added agreements": now["listed agreements"] - then["listed agreements"],
                "added agencies": now["listed agencies"] - then["listed agencies"]}

    return gained


def _listed_on_page(ev: Evidence, c: Claim, models: list[str]) -> Any:
    """What ICE's 287(g) page listed on a day (the last scrape within LISTED_WITHIN_DAYS before it), as agreements
    and agencies, for the claim's state and models; None without the scrape panel."""
    snap = ev.listed_287g
    if snap.empty:
        return None
    if models:
        snap = snap[snap["policy_kind"].isin([f"287g_{m}" for m in models])]
    if c.place is not None and c.place.level == "state" and c.place.code:
        snap = snap[snap["state"] == c.place.code]
    days = sorted(set(ev.listed_287g["snapshot_date"]))

    def listed(day: dt.date) -> dict[str, float]:
        taken = [d for d in days if pd.Timestamp(day) - pd.Timedelta(days=LISTED_WITHIN_DAYS) <= d <= pd.Timestamp(day)]
        if not taken:
            return {}
        rows = snap[snap["snapshot_date"] == taken[-1]]
        return {"listed agreements": float(len(rows)), "listed agencies": float(rows["agency"].nunique())}

    return listed


def _refute_287g(c: Claim, value: float, readings: list[str], at: Any, start: dt.date | None, as_of: dt.date,
                 scope: Any, models: list[str], ended: int) -> Rated:
    """Inaccurate only when the claim lies outside every reading over the lag window, with room for the agreements
    that may have ended before ICE's first snapshot (as many as ended between its two snapshots)."""
    rows, now = at(as_of)
    earliest = max(as_of - dt.timedelta(days=LAG_DAYS), start + dt.timedelta(days=1)) if start else \
        as_of - dt.timedelta(days=LAG_DAYS)
    _, then = at(earliest)
    low, high = min(then.values()), max(now.values()) + ended
    expl = (f"ICE's 287(g) lists hold {int(now[readings[0]])} {_WHAT[readings[0]]}{_models(models)} {scope(as_of)}; "
            f"the claim says {claimed_text(c)}.")
    # the lists bound the count from below up to the last snapshot (what was listed then was in force before);
    # from above only shortly before the first, where unseen endings are few; after the last, not at all
    held = as_of <= SNAPSHOT_LAST
    reach = SNAPSHOT_FIRST - as_of <= SNAPSHOT_LAST - SNAPSHOT_FIRST
    short = start is not None and (as_of - start).days < SHORT_WINDOW_DAYS
    above = value > high and c.comparator not in ("le", "lt") and \
        compare(value, high, c.comparator, c.precision, c.value_high, "count") == "inaccurate"
    below = value < low and c.comparator not in ("ge", "gt") and \
        compare(value, low, c.comparator, c.precision, c.value_high, "count") == "inaccurate"
    sure = c.measure_confidence == "high" and c.period is not None and c.period.confidence != "low"
    cand_label = f"287(g) {_WHAT[readings[0]]} {scope(as_of)}"
    if held and not short and sure and ((above and reach) or below):
        expl += (f" Every reading of the list over the {LAG_DAYS} days before the article, counting agencies or "
                 f"agreements, gives {int(low)} to {int(max(now.values()))}")
        expl += (f", and at most {high - max(now.values()):.0f} more may have ended before ICE's first snapshot "
                 f"(as many as ended between its two): the claim is outside that range." if above else
                 ": the claim is below all of them.")
        return _287g_rated("inaccurate", expl, now[readings[0]], rows, cand_label, as_of)
    why = (" ICE posts agreements some days after signing them, so a count over a few weeks is not called false."
           if short else " ICE's lists are snapshots (May and July 2025) that drop ended agreements, so a count that "
           "does not match is not called false.")
    verdict, cands, prov = _287g_rated("unverifiable", expl + why, now[readings[0]], rows, cand_label, as_of)
    return verdict, cands, prov


def rate_list_change(c: Claim, ev: Evidence) -> Rated:
    """How much ICE's 287(g) list grew between two dates, counted as agreements and as agencies.

    The base is the list on the day before the interval starts; the end is read over the LAG_DAYS before the
    interval's last day (articles cite figures some days old), with room for agreements that ended unseen. A growth
    figure matching any of those readings is accurate (approximately, if only an earlier day matches). It is called
    false only when it is more than GROWTH_MARGIN away, as a multiple, from every one of them."""
    pol = ev.policies[ev.policies["definition_id"] == "ice_287g_2025"] if not ev.policies.empty else pd.DataFrame()
    p = c.period
    if c.polarity in ("hypothetical", "questioned"):
        return unverifiable("A projection or question, not a statement of how the list grew.", "the list once published")
    if pol.empty or p is None or not p.start or not p.end:
        return unverifiable("The claim gives a growth of ICE's 287(g) list but no dates it is measured between.",
                            "the dates the growth is measured from and to")
    start, end = dt.date.fromisoformat(p.start), dt.date.fromisoformat(p.end)
    if start < dt.date(2025, 1, 1) or end > SNAPSHOT_LAST:
        return unverifiable(f"The ledger's 287(g) lists are ICE's 2025 snapshots (agreements signed up to "
                            f"{SNAPSHOT_LAST}); the claim's growth runs from {start} to {end}.",
                            f"ICE's 287(g) lists on {start} and {end}")
    models = [q for q in c.qualifiers if q in ("task_force", "jail_enforcement", "warrant_service_officer")]
    if models:
        pol = pol[pol["policy_kind"].isin([f"287g_{m}" for m in models])]
    where = ""
    if c.place is not None and c.place.level == "state" and c.place.code:
        pol = pol[pol["state"] == c.place.code]
        where = f" in {c.place.name}"
    frm, to = pd.to_datetime(pol["valid_from"]), pd.to_datetime(pol["valid_to"])

    def count(day: dt.date, reading: str) -> float:
        rows = pol[(frm <= pd.Timestamp(day)) & (to.isna() | (to >= pd.Timestamp(day)))]
        return _count_287g(rows, reading)

    assert c.value is not None
    base_day = start - dt.timedelta(days=1)
    days = [end - dt.timedelta(days=lag) for lag in range(LAG_DAYS + 1) if end - dt.timedelta(days=lag) > start]
    if c.unit == "difference":
        return _list_difference(c, ev, count, base_day, days, models, where)
    readings = []
    for reading in ("agreements", "agencies"):
        base = count(base_day, reading)
        if base <= 0:
            continue
        for day in days:
            grown = count(day, reading) / base - 1
            label = compare(c.value, grown, c.comparator, c.precision, None, "change")
            readings.append((_RANK.get(label, 9), (end - day).days, reading, day, base, grown, label))
    # as ICE's page listed them (read on the interval's first day): 'from 571 listed on 16 May to 832 on 18 July'
    listed = _listed_on_page(ev, c, models)
    then = listed(start) if listed is not None else {}
    for day in days if listed is not None else []:
        # (on the last snapshot's day the page listed exactly that snapshot, scraped or not)
        on_page = listed(day) or ({f"listed {r}": count(day, r) for r in ("agreements", "agencies")}
                                  if day == SNAPSHOT_LAST else {})
        for reading, now in on_page.items():
            if then.get(reading, 0) > 0:
                grown = now / then[reading] - 1
                label = compare(c.value, grown, c.comparator, c.precision, None, "change")
                readings.append((_RANK.get(label, 9), (end - day).days, reading, day, then[reading], grown, label))
    if not readings:
        return unverifiable(f"ICE's 287(g) lists hold no agreements{_models(models)}{where} on {base_day}, so no "
                            "growth can be computed from them.", f"ICE's 287(g) list on {base_day}")
    # of readings that match equally, the one the sentence names ('agreements' before 'agencies', or the other way)
    words = c.sentence.text.lower()
    _, lag, reading, day, base, grown, label = min(
        readings, key=lambda r: (r[0], r[1], ("agenc" in r[2]) != ("agenc" in words and "agreement" not in words), r[2]))
    ids = [str(x) for x in pol["row_id"].head(5)]
    prov = Provenance(metric="policies", query="SELECT * FROM policies WHERE definition_id = 'ice_287g_2025'",
                      sources=["ice_287g_2025"], row_ids=ids, trace=[f"ice-ledger trace policies {i}" for i in ids[:3]])
    cand = Candidate(target="policies:ice_287g_2025", metric=None, fiscal_year=None, score=1.0, fit={"list": 1.0},
                     value=grown, query=prov.query, row_ids=ids, label=f"growth of 287(g) {reading}{where}")
    first_day = start if reading.startswith("listed") else base_day
    expl = (f"ICE's 287(g) lists hold {int(base)} {_WHAT[reading]}{_models(models)}{where} on {first_day} and "
            f"{round(base * (1 + grown))} on {day}: {grown:+.0%}; the claim says {claimed_text(c)}.")
    if label in OK:
        return _days_before(label, expl, lag, end, grown), [cand], prov
    multiples = [1 + r[5] for r in readings]
    ended = int(pol["note"].fillna("").str.contains("absent from").sum()) if "note" in pol else 0
    top = max(count(end, r) + ended for r in ("agreements", "agencies")) / min(
        count(base_day, r) for r in ("agreements", "agencies"))
    low, high = min(multiples), max(max(multiples), top)
    said = 1 + c.value
    below = c.comparator not in ("ge", "gt") and said * GROWTH_MARGIN < low
    above = c.comparator not in ("le", "lt") and said > high * GROWTH_MARGIN
    expl += (f" Counting agreements or agencies, by signing date or as ICE's page listed them, with the list read "
             f"on any of the {LAG_DAYS} days before {end}, "
             f"it grew {low - 1:+.0%} to {high - 1:+.0%}")
    if below or above:
        return Verdict("inaccurate", expl + ": the claim is far outside that range.", evidence_value=grown), [cand], prov
    v = Verdict("unverifiable", expl + ". The lists are snapshots that drop ended agreements, so a growth figure close "
                "to that range is not called false.", evidence_value=grown,
                settle_with=f"ICE's own count of 287(g) agreements on {start} and {end}")
    return v, [cand], prov


def _days_before(label: str, expl: str, lag: int, end: dt.date, value: float) -> Verdict:
    """A change that matches the list some days before its end date: nearly so, since articles cite figures some days
    old."""
    if lag > 1:
        label = "approximately_accurate"
        expl += f" That is the list {lag} days before {end}; articles often cite a figure some days old."
    return Verdict(label, expl, evidence_value=value)


def _list_difference(c: Claim, ev: Evidence, count: Any, base_day: dt.date, days: list[dt.date], models: list[str],
                     where: str) -> Rated:
    """'The list grew by 182 agreements': the number the list gained, read as agreements and agencies by signing date
    and, where it was scraped, as ICE's page listed them. Accurate when one reading matches; never called false,
    since the lists drop ended agreements and the page was not read every day."""
    assert c.value is not None
    listed = _listed_on_page(ev, c, models)
    readings: list[tuple[int, int, str, dt.date, float, str]] = []
    for day in days:
        gains = {r: count(day, r) - count(base_day, r) for r in ("agreements", "agencies")}
        # the page is read on the interval's first day (the first scrape is of 16 May itself)
        if listed is not None and (then := listed(base_day + dt.timedelta(days=1))) and (now := listed(day)):
            gains.update({r: now[r] - then[r] for r in now if r in then})
        sign = -1.0 if c.value < 0 else 1.0  # 'fell by more than 10' compares 10 with the loss
        for reading, gain in gains.items():
            label = compare(sign * c.value, sign * gain, c.comparator, c.precision, c.value_high, "count")
            readings.append((_RANK.get(label, 9), (days[0] - day).days, reading, day, gain, label))
    if not readings:
        return unverifiable("The claim gives how many agreements ICE's 287(g) list gained, but the ledger's lists "
                            "do not cover its dates.", "ICE's 287(g) list on both dates")
    _, lag, reading, day, gain, label = min(readings)
    prov = Provenance(metric="policies", query="SELECT * FROM policies WHERE definition_id = 'ice_287g_2025'",
                      sources=["ice_287g_2025"], row_ids=[], trace=[])
    if reading.startswith("listed"):
        prov = Provenance(metric="policy_list_snapshots", query="SELECT * FROM policy_list_snapshots",
                          sources=["ice_287g_2025"], row_ids=[], trace=[])
    cand = Candidate(target="policies:ice_287g_2025", metric=None, fiscal_year=None, score=1.0, fit={"list": 1.0},
                     value=gain, query=prov.query, row_ids=[], label=f"gain of 287(g) {reading}{where}")
    since = base_day + dt.timedelta(days=1) if reading.startswith("listed") else base_day
    expl = (f"ICE's 287(g) lists gained {int(gain):+d} {_WHAT[reading]}{_models(models)}{where} from {since} to "
            f"{day}; the claim says {claimed_text(c)}.")
    if label in OK:
        return _days_before(label, expl, lag, days[0], gain), [cand], prov
    low, high = min(r[4] for r in readings), max(r[4] for r in readings)
    return Verdict("unverifiable", expl + f" Read as agreements or agencies, on any of the {len(days)} days before "
                   f"{days[0]}, it gained {int(low):+d} to {int(high):+d}. The lists drop ended agreements and the page "
                   "was not read every day, so a gain that does not match is not called false.", evidence_value=gain,
                   settle_with=f"ICE's own count of 287(g) agreements on {base_day} and {days[0]}"), [cand], prov


# a growth figure is called false only when it is this far (as a multiple) from every reading of the lists
GROWTH_MARGIN = 1.5


def _287g_rated(label: str, expl: str, actual: float, rows: pd.DataFrame, what: str, as_of: dt.date) -> Rated:
    ids = [str(x) for x in rows["row_id"].head(5)]
    prov = Provenance(metric="policies", query="SELECT * FROM policies WHERE definition_id = 'ice_287g_2025'",
                      sources=["ice_287g_2025"], row_ids=ids, trace=[f"ice-ledger trace policies {i}" for i in ids[:3]])
    cand = Candidate(target="policies:ice_287g_2025", metric=None, fiscal_year=None, score=1.0, fit={"list": 1.0},
                     value=actual, query=prov.query, row_ids=ids, label=what)
    settle = f"ICE's 287(g) list as of {as_of}" if label == "unverifiable" else None
    return Verdict(label, expl, evidence_value=actual, settle_with=settle), [cand], prov


def _ambiguous_county(c: Claim, ev: Evidence) -> Rated | None:
    """'Harris County' with no state: a county name several states share is never matched to one of them, unless
    the sentence names one of those states and no other ('In Pennsylvania, the list named … Delaware County')."""
    assert c.place is not None
    states = ev.county_states.get(c.place.name.lower(), set())
    if c.place.code is not None or len(states) < 2:
        return None
    named = {m.group(1) for m in state_mentions(c.sentence.text)}
    if len(named) == 1 and (only := next(iter(named))) in states:
        st = us.states.lookup(only)
        if st is not None:
            c.place = replace(c.place, code=st.abbr)  # the state the sentence names is the county's
            return None
    return unverifiable(f"{c.place.name} is the name of counties in {len(states)} states ({', '.join(sorted(states))}) "
                        "and the sentence names none.", f"the state of {c.place.name}")


_SINCE_YEAR = re.compile(r"\bsince (?:at least )?((?:19|20)\d\d)\b", re.I)


def _models(models: list[str]) -> str:
    return f" ({', '.join(models)})" if models else ""


def _count_287g(rows: pd.DataFrame, reading: str) -> float:
    if reading == "states":
        return float(rows["state"].nunique())
    if reading == "counties":
        county = rows[rows["section_raw"] == "County"]["jurisdiction_name"].str.extract(r"^(.+?) County", expand=False)
        return float(county.dropna().str.lower().nunique())
    if reading == "agencies":
        return float(_agencies(rows).nunique())
    return float(len(rows))


WAPO_YEARS = (2005, 2019)


def _rate_287g_history(c: Claim, ev: Evidence, as_of: dt.date) -> Rated:
    """287(g) agreements before 2025 from the Washington Post's panel of agencies by year (mostly sheriffs): a
    stand-in for ICE's own count, so a number that does not match it is never called false."""
    pol = ev.policies[ev.policies["definition_id"] == "wapo_287g_2005_2019"] if not ev.policies.empty else pd.DataFrame()
    if pol.empty:
        return unverifiable("The Washington Post's 287(g) panel is not built.", "a 287(g) list for the claim's years")
    first_year = pd.to_datetime(pol["valid_from"]).dt.year
    last_year = pd.to_datetime(pol["valid_to"]).dt.year
    start = dt.date.fromisoformat(c.period.start) if c.period is not None and c.period.start else as_of
    y0, y1 = start.year, as_of.year
    if "signed within the period" in c.notes:  # new agreements: agencies whose first marked year is in the span
        firsts = pol.assign(first=first_year).groupby(_agencies(pol))["first"].transform("min")
        rows = pol[(first_year == firsts) & first_year.between(y0, y1)]
        scope = f"first active in {y0}" + (f"-{y1}" if y1 != y0 else "")
    else:
        rows = pol[(first_year <= y1) & (last_year >= y1)]
        scope = f"active in {y1}"
    if c.place is not None and c.place.level == "state" and c.place.code:
        rows = rows[rows["state"] == c.place.code]
        scope += f" in {c.place.name}"
    actual = float(_agencies(rows).nunique())
    assert c.value is not None
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "count")
    ids = [str(x) for x in rows["row_id"].head(5)]
    expl = (f"The Washington Post's panel of 287(g) agencies holds {int(actual)} agencies {scope}; the claim says "
            f"{claimed_text(c)}. The panel is mostly sheriffs' offices and stands in for ICE's own count of "
            "agreements, which the ledger does not hold for these years.")
    prov = Provenance(metric="policies", query="SELECT * FROM policies WHERE definition_id = 'wapo_287g_2005_2019'",
                      sources=["wapo_287g_history"], row_ids=ids, trace=[f"ice-ledger trace policies {i}" for i in ids[:3]])
    cand = Candidate(target="policies:wapo_287g_2005_2019", metric=None, fiscal_year=None, score=1.0,
                     fit={"list": 0.8}, value=actual, query=prov.query, row_ids=ids, label=f"287(g) agencies {scope}")
    if label not in OK and abs(actual - c.value) <= max(1.0, 0.1 * actual) and c.comparator in ("eq", "approx"):
        # a stand-in within one agency (or a tenth) of the claim: close, never exact, never false
        label = "approximately_accurate"
        expl += " A count within one agency of the panel's is taken as close."
    if label not in OK:
        return (Verdict("unverifiable", expl, evidence_value=actual, settle_with=f"ICE's 287(g) agreements {scope}"),
                [cand], prov)
    return Verdict(label, expl, evidence_value=actual), [cand], prov


def _agencies(rows: pd.DataFrame) -> pd.Series:
    """Each row's agency, in its state: two states' Calhoun County Sheriff's Offices are two agencies."""
    names = rows["jurisdiction_name"].map(_agency_key)
    return rows["state"].astype(str) + "|" + names if "state" in rows.columns else names  # (a group of one state)


def _agency_key(name: object) -> str:
    """One agency however the list spells it: curly or straight apostrophes, 'Department' or 'Office'."""
    text = re.sub(r"\s+", " ", str(name).replace("’", "'").lower()).strip()
    return text.replace("sheriff's department", "sheriff's office")


def rate_287g_membership(c: Claim, ev: Evidence) -> Rated:
    """'The Loudoun County sheriff has a 287(g) agreement': an agency of that place on ICE's list on the date."""
    pol = ev.policies[ev.policies["definition_id"] == "ice_287g_2025"] if not ev.policies.empty else pd.DataFrame()
    if pol.empty or c.place is None:
        return unverifiable("No 287(g) list is built.", "ICE's 287(g) list")
    name = c.place.name.lower().replace("city of ", "")
    ambiguous = _ambiguous_county(c, ev)
    if ambiguous is not None:
        return ambiguous
    as_of = _as_of(c)
    if as_of is not None and as_of < dt.date(2025, 1, 1):
        return unverifiable(f"ICE's 287(g) lists the ledger holds are of 2025; the claim is about {as_of}, and the "
                            "Washington Post's panel of earlier years is too incomplete to confirm one agency.",
                            f"ICE's 287(g) list as of {as_of}")
    since = _SINCE_YEAR.search(c.sentence.text)
    if since is not None and int(since.group(1)) < 2025:
        return unverifiable(f"The claim dates the agreement from {since.group(1)}; ICE's 2025 lists give only the "
                            "current agreement's signing date, not how long the agency has taken part.",
                            f"ICE's 287(g) agreements of {c.place.name} since {since.group(1)}")
    hits = pol[pol["jurisdiction_name"].str.lower().str.replace("’", "'", regex=False).str.contains(re.escape(name))]
    if c.place.code:
        hits = hits[hits["state"] == c.place.code]
    if as_of is not None:  # the agreements in force on the claim's date (after the last snapshot: the last known)
        day = pd.Timestamp(min(as_of, SNAPSHOT_LAST))
        frm, to = pd.to_datetime(hits["valid_from"]), pd.to_datetime(hits["valid_to"])
        hits = hits[(frm <= day) & (to.isna() | (to >= day))]
    if hits.empty or c.polarity == "negated":
        return unverifiable(f"The checker finds no agency of {c.place.name} on ICE's 2025 287(g) lists by name" if hits.empty
                            else f"{c.place.name} has an agency on ICE's 287(g) lists; the claim denies it, but names "
                            "can be written many ways, so the checker does not call it false.",
                            f"ICE's 287(g) list entry for {c.place.name}")
    kinds = sorted({str(k).replace("287g_", "").replace("_", " ") for k in hits["policy_kind"]})
    agencies = sorted({str(n) for n in hits["jurisdiction_name"]})
    ids = [str(x) for x in hits["row_id"].head(3)]
    return (Verdict("accurate", f"{'; '.join(agencies)} appears on ICE's 287(g) list ({', '.join(kinds)} model), as the "
                    "claim says."), [], Provenance(metric="policies", sources=["ice_287g_2025"], row_ids=ids,
                                                   trace=[f"ice-ledger trace policies {i}" for i in ids]))


def rate_unnamed(c: Claim, ev: Evidence, article_date: dt.date | None) -> Rated:
    """'at least 500 sanctuary cities': the answer depends on whose list; show each list's counts, dated."""
    today = dt.date.today()
    as_of = article_date or today
    now = ev.sanctuary_counts(today)
    then = ev.sanctuary_counts(as_of) if as_of != today else now
    if now is None or then is None or c.value is None:
        return (Verdict("depends_on_definition", "Whether there are that many sanctuary jurisdictions depends on whose "
                        "list is used (CIS, ILRC, DOJ, DHS count different things); the policy registry is not built "
                        "here, so no list's count could be shown.", settle_with="the policy registry (ice-ledger build)"),
                [], Provenance())
    column = c.qualifiers[0] if c.qualifiers and c.qualifiers[0] in ("cities", "counties", "states") else "total"
    then_by = {r["definition_id"]: r for r in then.to_dict("records")}
    defs: list[dict[str, Any]] = []
    for rec_now in now.to_dict("records"):
        rec_then = then_by.get(rec_now["definition_id"], {})
        existed = any((_num(rec_then.get(k)) or 0) > 0 for k in ("states", "counties", "cities", "other", "total"))
        rec = rec_then if existed else rec_now
        entry: dict[str, Any] = {
            "definition": rec_now["definition_id"], "label": rec_now.get("title"), "publisher": rec_now.get("publisher"),
            **{k: _num(rec.get(k)) for k in ("cities", "counties", "states", "other", "total")},
            "as_published": rec.get("count_text") or "", "period": str(rec.get("period") or ""),
            "citation": rec_now.get("citation"), "existed_at_article_date": existed, "column": column,
            "basis": rec.get("basis") or ""}
        value = entry.get(column)
        if value is not None:
            entry["value"] = value
            entry["verdict"] = compare(c.value, float(value), c.comparator, c.precision, None, "count")
        defs.append(entry)
    defs = [d for d in defs if any(d.get(k) for k in ("cities", "counties", "states", "other", "total"))]
    if not defs:
        return (Verdict("depends_on_definition", "Whether there are that many sanctuary jurisdictions depends on whose "
                        "list is used; the policy registry holds no list's counts.",
                        settle_with="a published list of sanctuary jurisdictions"), [], Provenance())

    def counted(d: dict[str, Any]) -> str:
        if d["as_published"] and not str(d["basis"]).startswith("members"):
            return f"{d['publisher']} ({d['period'][:7]}): '{d['as_published']}'"
        parts = [f"{d[k]:,.0f} {k}" for k in ("cities", "counties", "states", "other") if d.get(k)]
        if not parts and d.get("total") is not None:
            parts = [f"{d['total']:,.0f} jurisdictions in all"]
        return f"{d['publisher']} ({d['period'][:7]}): {', '.join(parts) or 'none'}"

    at_date = [d for d in defs if d["existed_at_article_date"]]
    later = [d for d in defs if not d["existed_at_article_date"]]
    holds = [d for d in defs if d.get("verdict") in OK]
    expl = f"'{c.span.text}' depends on whose list (the claim names none). "
    if article_date is not None:
        expl += (f"Published by {as_of.isoformat()}: " + ("; ".join(counted(d) for d in at_date) or "none") +
                 ". Later: " + ("; ".join(counted(d) for d in later) or "none") + ". ")
    else:
        expl += "Lists: " + "; ".join(counted(d) for d in defs) + ". "
    expl += (f"{len(holds)} of {len(defs)} lists count {claimed_text(c)} {column}"
             + (f" ({', '.join(str(d['publisher']) for d in holds)})" if holds else "") + ".")
    if column != "total":
        together = [d for d in defs if d.get("total") is not None and
                    compare(c.value, float(d["total"]), c.comparator, c.precision, None, "count") in OK]
        if together:
            expl += (" Counting cities, counties and states together: " +
                     ", ".join(f"{d['publisher']} {d['period'][:4]} ({d['total']:,.0f})" for d in together) + ".")
    query = f"ice_ledger.policies.sanctuary_counts(as_of={as_of.isoformat()})"
    cand = Candidate(target="policies:sanctuary_counts", metric=None, fiscal_year=None, score=1.0,
                     fit={"subject": 1.0}, query=query, label=f"{len(defs)} sanctuary lists, {column}")
    return (Verdict("depends_on_definition", expl, definitions=defs), [cand],
            Provenance(query=query, sources=["policies"], citations=[str(d["citation"]) for d in defs if d.get("citation")]))


def rate_list_share(c: Claim, ev: Evidence, article_date: dt.date | None) -> Rated:
    """'Nearly a quarter of the counties in the country' are on a list: its count over all counties (or states)."""
    column = c.qualifiers[0] if c.qualifiers else "counties"
    whole = c.denominator or {"counties": ev.n_counties, "states": 50}.get(column)
    if c.list_name is None or c.list_name in NOT_HELD or c.value is None or not whole:
        return unverifiable("The share names no list the ledger holds a count of.", "the list's count and the total")
    as_count = replace(c, kind="list_count", unit="count", value=c.value * whole, comparator="eq", precision=1.0)
    v, cands, prov = rate_list_count(as_count, ev, article_date)
    if not cands or cands[0].value is None:
        return v, cands, prov
    actual = float(cands[0].value) / whole
    label = compare(c.value, actual, c.comparator, c.precision, c.value_high, "share")
    where = "stated in the claim" if c.denominator else "in the country"
    expl = (f"{v.explanation.split('; the claim says')[0]}; of {whole:,.0f} {column} ({where}) that is "
            f"{actual * 100:.1f}%; the claim says {claimed_text(c)}.")
    return guard(label, c, c.period, expl, actual), cands, prov


def _num(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return None if f != f else f


MODELS_287G = ("task_force", "jail_enforcement", "warrant_service_officer")
_ORDINAL = {1: "the most", 2: "the second most", 3: "the third most", 4: "the fourth most", 5: "the fifth most"}


def _rank_of(counts: pd.Series, state: str) -> tuple[int, int]:
    """A state's place among the states by count: (best, worst) when it ties with others."""
    mine = float(counts.get(state, 0.0))
    return int((counts > mine).sum()) + 1, int((counts >= mine).sum()) if mine > 0 else len(counts) + 1


# 'Among Southern states', 'of the Mountain West states', 'of any state bordering Illinois', 'In New England', 'other
# than Florida and Texas': a ranking among some states, not all
_AMONG_SOME_STATES = re.compile(r"\b(?:among|of)\s+(?:the\s+|all\s+|any\s+)?(?!(?-i:U\.S\.|US|American|United|Fifty|All|The)\b)"
                                r"(?:(?-i:[A-Z][\w-]*)\s+){1,3}states\b|"
                                r"\b(?:among|of)\s+(?:the\s+|all\s+|any\s+)?(?:other\s+)?states?\s+(?:bordering|"
                                r"in(?!\s+(?:cities|counties|entries|municipalities|agreements|agencies|jurisdictions)\b)|of|"
                                r"near|along|west|east|north|south|that|which|with|outside)\b|"
                                r"\b(?:in|across|within)\s+(?:the\s+)?" + US_REGIONS + r"\b", re.I)
# 'the most of any state other than Florida and Texas': first among the rest (a place the extraction did not count)
_BUT_SOME_STATES = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|excluding|besides|apart\s+from|outside\s+of|outside)\s+"
                              r"(?:[A-Z][a-z]+)")
_A_LOCAL_SUBJECT = re.compile(r"\b(?:County|Parish|City|Sheriff['’]s\s+Office|Sheriff|Police\s+Department|Department)\b")
# 'ranked second among states in cities', 'second for counties': the kind of entry the ranking is by
_RANKED_IN_A_KIND = re.compile(r"\b(?:in|for|by(?:\s+(?:number\s+of|count\s+of))?)\s+(?:listed\s+)?(cities|counties|"
                               r"municipalities)\b")


def rate_list_rank(c: Claim, ev: Evidence) -> Rated:
    """'Florida has the most 287(g) agreements', 'Texas was second': the state's place by the list's count on the
    claim's date. Ties count as either place; 287(g) counts are read as agencies and as agreements over the days
    before the claim, as for counts, and the claim is called false only when every reading puts the state
    elsewhere by more than the agreements that may have ended unseen."""
    state, rank = (c.place.code if c.place else None), int(c.value or 0)
    as_of = _as_of(c)
    if state is None or rank < 1 or as_of is None or ev.policies.empty:
        return unverifiable("The state, its place or the date could not be read.", "the list on the claim's date")
    subset = _AMONG_SOME_STATES.search(c.sentence.text) or (_BUT_SOME_STATES.search(c.sentence.text) if rank == 1
                                                             else None)
    if subset is not None:
        # 'Among Southern states, Virginia has the most entries', 'the most of any state bordering Illinois': a
        # place among some states, which the checker does not rank
        return unverifiable(f"The ranking is among some states only ('{subset.group(0).strip()}'), which the checker "
                            "does not rank; it ranks the nation's states.", "the states the claim ranks among")
    local = _A_LOCAL_SUBJECT.search(c.span.text)
    if local is not None:
        # 'In South Carolina, Charleston County had the most 287(g) agreements': a county or agency ranked within
        # the state, not the state among states
        return unverifiable(f"The ranking is of a {local.group(0).lower()} within the state, which the checker does "
                            "not rank; it ranks states.", "the state's counties or agencies ranked")
    kind_said = _RANKED_IN_A_KIND.search(c.sentence.text)
    if kind_said is not None and not any(q in ("counties", "cities") for q in c.qualifiers):
        # 'New Jersey ranked second among states in cities': a ranking by one kind of entry, not by all entries
        return unverifiable(f"The ranking is by {kind_said.group(1).lower()} ('{kind_said.group(0).strip()}'), which the "
                            "checker did not read as the kind counted.", f"the states ranked by {kind_said.group(1).lower()}")
    if c.list_name == "ice_287g":
        pol = ev.policies[ev.policies["definition_id"] == "ice_287g_2025"]
        models = [q for q in c.qualifiers if q in MODELS_287G]
        pol = pol[pol["policy_kind"].isin([f"287g_{m}" for m in models])] if models else pol
        if pol.empty or as_of < SNAPSHOT_FIRST - dt.timedelta(days=LAG_DAYS):
            return unverifiable(f"The ledger's 287(g) lists are ICE's 2025 snapshots; the claim is about {as_of}.",
                                f"ICE's 287(g) list as of {as_of}")
        said = next((q for q in c.qualifiers if q in ("agencies", "agreements")), "agreements")
        readings = list(dict.fromkeys([said, "agencies", "agreements"]))
        frm, to = pd.to_datetime(pol["valid_from"]), pd.to_datetime(pol["valid_to"])
        days = [as_of - dt.timedelta(days=lag) for lag in range(LAG_DAYS + 1)]

        def counts_at(day: dt.date, reading: str) -> pd.Series:
            rows = pol[(frm <= pd.Timestamp(day)) & (to.isna() | (to >= pd.Timestamp(day)))]
            return rows.groupby("state").apply(lambda g: _count_287g(g, reading)).astype(float) \
                if not rows.empty else pd.Series(dtype=float)
        title, what = "ICE's 287(g) lists as of {day}", {r: _WHAT[r] for r in readings}
        # after the last snapshot the order is unknown, except a lead too large for a month of new agreements
        refutable = as_of <= SNAPSHOT_LAST or (as_of - SNAPSHOT_LAST).days <= LAG_DAYS
    elif c.list_name == "dhs":
        pol = ev.policies[ev.policies["definition_id"] == "dhs_sanctuary_2025_05"]
        if pol.empty or as_of < DHS_PUBLISHED:
            return unverifiable(f"The DHS list was published on {DHS_PUBLISHED}; the claim is about {as_of}.",
                                "a list published by the claim's date")
        kind = next((_TYPE[q] for q in c.qualifiers if q in ("counties", "cities")), None)
        readings, days = ["entries"], [as_of]

        def counts_at(day: dt.date, reading: str) -> pd.Series:
            rows = pol if kind is None else pol[pol["jurisdiction_type"] == kind]
            return rows.groupby("state").size().astype(float)
        title, what = "the DHS sanctuary list (May 2025)", {"entries": {"county": "counties", "city": "cities"}
                                                            .get(kind or "", "entries")}
        refutable = True
    else:
        return unverifiable(f"The checker ranks states only on the lists it holds by state; this claim is about "
                            f"{_LIST_TITLES.get(c.list_name or '', 'a list')}.", "that list by state")
    name = c.place.name if c.place else state
    on_date = [(d, r, counts_at(d, r)) for d in days[:2] for r in readings]
    earlier = ((d, r, counts_at(d, r)) for d in days[2:] for r in readings)  # counted only if the date does not match
    for day, reading, counts in itertools.chain(on_date, earlier):
        best, worst = _rank_of(counts, state)
        if best <= rank <= worst:
            label = "accurate" if (day, reading) in {(d, r) for d, r, _ in on_date} else "approximately_accurate"
            return _rank_rated(label, c, counts, state, name, rank, reading, what, day, as_of, title)
    day, reading, counts = on_date[0]
    leader = float(counts.max()) if len(counts) else 0.0
    gap = min(abs(float(cs.sort_values(ascending=False).iloc[rank - 1]) - float(cs.get(state, 0.0)))
              if len(cs) >= rank else 0.0 for _, _, cs in on_date)
    past_last = c.list_name == "ice_287g" and as_of > SNAPSHOT_LAST
    clear = gap > (0.5 * leader if past_last else max(2.0, 0.05 * leader))
    why = ("" if clear else " The states are close enough that agreements posted late or ended unseen could change "
           "the order, so the claim is not called false.")
    if not refutable:
        why = f" The claim's date is more than {LAG_DAYS} days after ICE's last snapshot, so it is not called false."
    sure = c.measure_confidence == "high" and c.period is not None and c.period.confidence != "low"
    if not sure:
        why = " The list or the date of the claim was not read with certainty, so it is not called false."
    label = "inaccurate" if refutable and sure and clear else "unverifiable"
    return _rank_rated(label, c, counts, state, name, rank, reading, what, day, as_of, title, why)


def _rank_rated(label: str, c: Claim, counts: pd.Series, state: str, name: str, rank: int, reading: str,
                what: dict[str, str], day: dt.date, as_of: dt.date, title: str, why: str = "") -> Rated:
    top = counts.sort_values(ascending=False).head(max(rank, 3) + 1)
    best, worst = _rank_of(counts, state)
    place = f"{best}" if best == worst else f"{best}-{worst} (tied)"
    held = float(counts.get(state, 0))
    expl = (f"On {title.format(day=day)}, {name} has {int(held)} {what[reading]}, place {place} among the states "
            f"(top: {', '.join(f'{s} {int(v)}' for s, v in top.items())}); the claim says {_ORDINAL.get(rank, f'place {rank}')}.")
    if day != as_of and label == "approximately_accurate":
        expl += (f" That is the list {(as_of - day).days} days before the claim's date; articles often cite a figure "
                 "some days old.")
    list_id = "ice_287g_2025" if c.list_name == "ice_287g" else "dhs_sanctuary_2025_05"
    prov = Provenance(metric="policies", query=f"SELECT state, count(*) FROM policies WHERE definition_id = '{list_id}' "
                      "GROUP BY state", sources=[list_id])
    cand = Candidate(target=f"policies:{list_id}", metric=None, fiscal_year=None, score=1.0, fit={"list": 1.0},
                     value=held, query=prov.query, label=f"{title.format(day=day)}: {name}'s place")
    settle = f"{title.format(day=as_of)} by state" if label == "unverifiable" else None
    return Verdict(label, expl + why, evidence_value=held, settle_with=settle), [cand], prov
