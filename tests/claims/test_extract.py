"""Claim finding, one test per claim type, with the exact spans of subject, value, period and place."""

from __future__ import annotations

import datetime as dt

from ice_ledger.claims.extract import extract, sentences
from ice_ledger.claims.model import Claim


def one(text: str, kind: str, date: dt.date | None = None) -> Claim:
    found = [c for c in extract(text, date) if c.kind == kind]
    assert len(found) == 1, [(c.kind, c.span.text) for c in extract(text, date)]
    return found[0]


def test_count_with_relative_period_and_place() -> None:
    text = "Intro.\n\nA new ICE report reveals that in the last fiscal year, the agency arrested 158,581 people nationwide."
    c = one(text, "count", dt.date(2018, 12, 15))
    assert (c.subject, c.value, c.comparator) == ("admin_arrests", 158_581, "eq")
    assert c.period is not None and c.period.fiscal_year == 2018 and c.period.confidence == "high"
    assert c.period.span is not None and text[c.period.span.start:c.period.span.end] == "the last fiscal year"
    assert c.place is not None and c.place.level == "nation"
    assert c.value_span is not None and text[c.value_span.start:c.value_span.end] == "158,581"
    assert c.subject_span is not None and text[c.subject_span.start:c.subject_span.end] == "arrested"


def test_relative_period_without_a_date_is_unresolved() -> None:
    c = one("In the last fiscal year the agency arrested 158,581 people.", "count")
    assert c.period is not None and c.period.fiscal_year is None and c.period.confidence == "low"


def test_share_inherits_population_and_period_from_previous_sentence() -> None:
    text = "In FY2018 ICE arrested 158,581 people. Most of these were criminals."
    c = one(text, "share")
    assert (c.subject, c.base_subject, c.comparator, c.value) == ("arrest_criminality", "admin_arrests", "gt", 0.5)
    assert c.period is not None and c.period.fiscal_year == 2018


def test_wanted_by_police_is_a_separate_narrower_claim() -> None:
    claims = [c for c in extract("In FY2018 ICE arrested 158,581 people. Most of these were criminals who were "
                                 "already wanted by local police.") if c.kind == "share"]
    assert [c.span.text for c in claims] == ["Most of these were criminals", "wanted by local police"]


def test_rate() -> None:
    c = one("In FY2018 ICE arrested about 13,000 people a month.", "rate")
    assert (c.unit, c.comparator, c.value) == ("per_month", "approx", 13_000)


def test_change_with_percent_and_with_words() -> None:
    c = one("ICE arrests rose 11 percent from FY2017 to FY2018.", "change")
    assert c.value is not None and abs(c.value - 0.11) < 1e-9
    d = one("Removals fell 30 percent from FY2019 to FY2020.", "change")
    assert d.value is not None and abs(d.value + 0.30) < 1e-9
    e = one("Arrests by ICE doubled between FY2016 and FY2018.", "change")
    assert e.value == 1.0


def test_ranking_and_comparison() -> None:
    r = one("Removals in FY2019 were the highest since FY2014.", "ranking")
    assert (r.subject, r.comparator, r.value) == ("removals", "highest", 2014)
    c = one("ICE made more arrests in FY2018 than in FY2017.", "comparison")
    assert (c.subject, c.comparator, c.value) == ("admin_arrests", "more", 2017)
    assert c.period is not None and c.period.fiscal_year == 2018


def test_existence() -> None:
    c = one("There are at least 500 sanctuary cities in the United States.", "existence")
    assert (c.subject, c.value, c.comparator) == ("sanctuary_jurisdictions", 500, "ge")


def test_causal_claims_and_their_direction() -> None:
    a = one("Sanctuary cities make residents less safe.", "causal")
    assert a.stance is not None and (a.stance.exposure, a.stance.outcome, a.stance.effect) == (
        "sanctuary_policy", "crime", "increase")
    b = one("Sanctuary cities actually contribute to public safety.", "causal")
    assert b.stance is not None and b.stance.effect == "decrease"
    c = one("Cities who cooperate with ICE discourage immigrants from reporting crimes.", "causal")
    assert c.stance is not None and (c.stance.exposure, c.stance.outcome, c.stance.effect) == (
        "local_police_ice_cooperation", "crime_reporting", "decrease")


def test_subgroups_and_places() -> None:
    c = one("ICE's Chicago field office arrested 3,000 Mexican nationals for violent crimes in FY2018.", "count")
    assert c.place is not None and (c.place.level, c.place.name) == ("ice_area", "Chicago")
    assert {(g.dimension, g.value) for g in c.subgroups} >= {("nationality", "Mexican"), ("offence", "violent")}
    s = one("In Texas, ICE arrested 30,000 people in FY2018.", "count")
    assert s.place is not None and (s.place.level, s.place.code) == ("state", "TX")


def test_counties_resolve_to_fips_through_geo() -> None:
    c = one("Travis County declined 142 detainers in FY2017.", "count")
    assert c.place is not None and (c.place.level, c.place.code) == ("county", "48453")
    assert c.place.name == "Travis County, Texas"


def test_cities_with_their_state_resolve_through_geo() -> None:
    c = one("In Chicago, Illinois, ICE arrested 500 people in FY2018.", "count")
    assert c.place is not None and c.place.level == "city" and c.place.name.startswith("Chicago")
    assert c.place.code is not None and c.place.code.startswith("17")


def test_numbers_without_a_subject_are_not_claims() -> None:
    assert extract("“We’re always two steps behind,” he said.") == []


def test_sentences_keep_offsets_and_split_headings() -> None:
    text = "Heading Without Stop\n\nFirst sentence here. Second one."
    spans = sentences(text)
    assert [s.text for s in spans] == ["Heading Without Stop", "First sentence here.", "Second one."]
    assert all(text[s.start:s.end] == s.text for s in spans)
