"""The name resolver: matches what it can, says ambiguous or unresolved (with reasons) instead of guessing."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from ice_ledger.geo.gazetteer import Gazetteer
from ice_ledger.geo.names import lookup_state, norm
from ice_ledger.geo.resolve import FUZZY_THRESHOLD, Resolution, resolve, resolve_many


@pytest.fixture(scope="module")
def gaz(mirror: Path) -> Gazetteer:
    return Gazetteer.from_mirror(mirror)


def r(gaz: Gazetteer, name: str, state: str | None = None, kind: str | None = None) -> Resolution:
    return resolve(name, state, kind, gazetteer=gaz)


@pytest.mark.parametrize(("name", "state", "kind", "fips", "level"), [
    ("Travis County, TX", None, None, "48453", "county"),
    ("Travis County", "Texas", None, "48453", "county"),
    ("St. Louis city", "MO", None, "29510", "county"),  # independent city: a county-equivalent
    ("St. Louis County", "MO", None, "29189", "county"),
    ("Saint Louis County", "Missouri", None, "29189", "county"),
    ("St. Louis County", "MN", None, "27137", "county"),
    ("Doña Ana County", "NM", None, "35013", "county"),
    ("Dona Ana County", "NM", None, "35013", "county"),
    ("Dona Ana", "NM", "county", "35013", "county"),
    ("Anchorage Municipality", None, None, "02020", "county"),
    ("City of New Orleans", None, None, "2255000", "place"),
    ("Orleans Parish", "LA", None, "22071", "county"),
    ("Travis County Sheriff's Office", "TX", None, "48453", "county"),
    ("Harris County Sheriff's Department", "TX", "agency", "48201", "county"),
    ("Austin Police Department", "TX", None, "4805000", "place"),
    ("Baltimore County Police Department", "MD", None, "24005", "county"),
    ("Bethel Census Area", "AK", None, "02050", "county"),
    ("Juneau City and Borough", "AK", None, "02110", "county"),
    ("Fairfax city", "VA", None, "51600", "county"),  # Virginia independent city
    ("Fairfax County", "VA", None, "51059", "county"),
    ("Richmond city, Virginia", None, None, "51760", "county"),
    ("City and County of San Francisco", "CA", None, "06075", "county"),
    ("Abbeville3", "AL", "place", "0100124", "place"),  # FBI footnote digit glued to the name
    ("LA SALLE", "IL", "county", "17099", "county"),  # 'La Salle' == 'LaSalle'
    ("Miami-Dade County", "FL", None, "12086", "county"),
    ("Salt Lake County Unified Police Department", "UT", "agency", "49035", "county"),
    ("Westchester Public Safety", "NEW YORK", "county", "36119", "county"),
])
def test_matches(gaz: Gazetteer, name: str, state: str | None, kind: str | None, fips: str, level: str) -> None:
    res = r(gaz, name, state, kind)
    assert res.status == "matched", res
    assert (res.fips, res.level) == (fips, level)
    assert res.name == gaz.by_fips[fips].name


@pytest.mark.parametrize(("name", "abbr"), [("TX", "TX"), ("Texas", "TX"), ("texas", "TX"), ("48", "TX"),
                                              ("District of Columbia", "DC"), ("PR", "PR")])
def test_states_by_name_code_and_fips(gaz: Gazetteer, name: str, abbr: str) -> None:
    res = r(gaz, name)
    state = lookup_state(abbr)
    assert state is not None
    assert (res.status, res.level, res.fips, res.name) == ("matched", "state", state.fips, state.name)


def test_canonical_name_and_exact_method(gaz: Gazetteer) -> None:
    res = r(gaz, "Travis County", "TX")
    assert res.name == "Travis County, Texas" and res.method == "exact" and res.state == "Texas"


@pytest.mark.parametrize(("name", "state", "expected"), [
    ("St. Louis", "MO", {"29189", "29510"}),  # county or independent city: the caller must say
    ("Los Angeles", "CA", {"06037", "0644000"}),
    ("Richmond", "VA", {"51159", "51760"}),
])
def test_ambiguous_names_list_candidates(gaz: Gazetteer, name: str, state: str, expected: set[str]) -> None:
    res = r(gaz, name, state)
    assert res.status == "ambiguous" and res.fips is None and res.name is None
    assert expected <= {c.split()[0] for c in res.candidates}
    assert res.reason and "share this name" in res.reason


def test_same_name_in_many_states_without_a_state_is_ambiguous(gaz: Gazetteer) -> None:
    res = r(gaz, "Washington County")
    assert res.status == "ambiguous"
    assert len(res.candidates) >= 25


def test_table10_rule_prefers_the_county_over_an_independent_city(gaz: Gazetteer) -> None:
    from ice_ledger.sources.crime_fbi_cius import table10_rule

    res = r(gaz, "Franklin", "VIRGINIA", "county")
    assert res.status == "ambiguous"  # the general resolver does not guess ...
    decided = table10_rule(res)  # ... the Table 10 source knows its rows are county agencies
    assert (decided.status, decided.fips, decided.method) == ("matched", "51067", "alias")
    assert table10_rule(r(gaz, "St. Louis", "MO")).fips == "29189"  # St. Louis County police, not the city's
    two_places = r(gaz, "Superior", "WI", "place")
    assert two_places.status == "ambiguous" and table10_rule(two_places) == two_places  # no county to prefer


def test_kind_decides_an_ambiguous_name(gaz: Gazetteer) -> None:
    assert r(gaz, "Los Angeles", "CA", "place").fips == "0644000"
    assert r(gaz, "Los Angeles", "CA", "county").fips == "06037"


@pytest.mark.parametrize(("name", "state", "kind", "reason_part"), [
    ("Nowhere Town", "TX", None, "no county or place in Texas"),
    ("Traviss County", None, None, "needs a state"),  # no fuzzy matching without a state
    ("Travis County", "ZZ", None, "unknown state"),
    ("", "TX", None, "empty"),
    ("Sheriff's Office", "TX", None, "nothing left"),
    ("Travis County", "TX", "planet", "unknown kind"),
    ("Texas", None, "county", "no state given"),
])
def test_unresolved_names_say_why(gaz: Gazetteer, name: str, state: str | None, kind: str | None,
                                  reason_part: str) -> None:
    res = r(gaz, name, state, kind)
    assert res.status == "unresolved" and res.fips is None
    assert res.reason and reason_part in res.reason


def test_fuzzy_only_within_a_state_and_above_threshold(gaz: Gazetteer) -> None:
    res = r(gaz, "Traviss County", "TX")
    assert (res.status, res.fips, res.method) == ("matched", "48453", "fuzzy")
    assert FUZZY_THRESHOLD >= 90


def test_close_second_fuzzy_candidate_is_ambiguous_not_a_guess() -> None:
    counties = pd.DataFrame({"fips": ["48001"], "local_name": ["Anderson County"], "state_fips": ["48"]})
    places = pd.DataFrame({"fips": ["4812345", "4812346"], "local_name": ["Springdale city", "Springdale town"],
                           "state_fips": ["48", "48"]})
    gaz = Gazetteer.from_frames(counties, places)
    res = resolve("Springdal", "TX", "place", gazetteer=gaz)
    assert res.status == "ambiguous" and res.method == "fuzzy"
    assert {c.split()[0] for c in res.candidates} == {"4812345", "4812346"}


def test_incorporated_place_beats_a_cdp_of_the_same_name() -> None:
    places = pd.DataFrame({"fips": ["4800001", "4800002"], "local_name": ["Elgin city", "Elgin CDP"],
                           "state_fips": ["48", "48"]})
    gaz = Gazetteer.from_frames(pd.DataFrame(columns=["fips", "local_name", "state_fips"]), places)
    assert resolve("Elgin Police Department", "TX", gazetteer=gaz).fips == "4800001"


def test_resolve_many_keeps_order_and_reuses_answers(gaz: Gazetteer) -> None:
    rows = [("Travis", "TX", "county"), ("Nowhere", "TX", None), ("Travis", "TX", "county")]
    out = resolve_many(rows, gazetteer=gaz)
    assert [x.status for x in out] == ["matched", "unresolved", "matched"]
    assert out[0] is out[2]


def test_normalisation_rules() -> None:
    assert norm("Doña Ana") == norm("Dona Ana") == "dona ana"
    assert norm("Saint Louis") == norm("St. Louis") == "st louis"
    assert norm("Abbeville3") == "abbeville"
    assert norm("Prince George's County") == "prince georges county"


def test_gazetteer_reads_latin1_geocorr_without_mojibake(gaz: Gazetteer) -> None:
    names = [e.local_name for e in gaz.entries]
    assert "Doña Ana CDP" in names
    assert not [n for n in names if "Ã" in n]


def test_warehouse_gazetteer_agrees_with_the_mirror(gaz: Gazetteer, geo_home: Path) -> None:
    from ice_ledger.geo.gazetteer import default_gazetteer

    wh = default_gazetteer(geo_home)
    assert wh.origin != gaz.origin
    assert {e.fips for e in wh.entries} == {e.fips for e in gaz.entries}
    names = ["Travis County, TX", "St. Louis", "City of New Orleans", "Traviss County, TX", "Dona Ana County, NM"]
    assert [(x.status, x.fips) for x in resolve_many([(n, None, None) for n in names], gazetteer=wh)] == \
        [(x.status, x.fips) for x in resolve_many([(n, None, None) for n in names], gazetteer=gaz)]
