"""Policy and crime metrics against direct SQL over the mirror build; --per-capita picks the rate."""

from __future__ import annotations

from pathlib import Path

import pytest

from ice_ledger import api, metrics
from ice_ledger.errors import QueryError
from ice_ledger.rates import per_100k


def test_287g_agreements_by_model_match_policy_rows(built_home: Path) -> None:
    result = metrics.compute("agreements_287g", by=["model"], home=built_home)
    with api.connect(built_home) as con:
        direct = dict(con.execute(
            "SELECT policy_kind, count(*) FROM policies WHERE policy_kind LIKE '287g%' AND valid_to IS NULL "
            "AND duplicate_likely IS NOT TRUE GROUP BY 1").fetchall())
    assert direct and dict(zip(result.frame.model, result.frame.value.astype(int), strict=True)) == direct
    assert not result.frame["suppressed"].any()
    assert any("not people" in n for n in result.notes)


def test_sanctuary_jurisdictions_by_definition(built_home: Path) -> None:
    frame = metrics.compute("sanctuary_jurisdictions", by=["definition"], home=built_home).frame
    with api.connect(built_home) as con:
        direct = dict(con.execute(
            "SELECT definition_id, count(*) FROM policies WHERE policy_kind IN "
            "('sanctuary_list_member', 'detainer_noncompliance_behavioural') AND duplicate_likely IS NOT TRUE "
            "GROUP BY 1").fetchall())
    assert dict(zip(frame.definition, frame.value.astype(int), strict=True)) == direct


def test_violent_crime_rate_is_summed_count_over_summed_population(built_home: Path) -> None:
    rate = metrics.compute("violent_crimes", by=["calendar_year"], per_capita=True, home=built_home)
    assert rate.metric.name == "violent_crime_rate" and rate.metric.unit == "rate_per_100k"
    with api.connect(built_home) as con:
        rows = con.execute(
            "SELECT year, sum(violent_crime), sum(population) FROM crime_agency_year WHERE violent_crime IS NOT NULL "
            "AND population IS NOT NULL AND duplicate_likely IS NOT TRUE GROUP BY 1").fetchall()
    expected = {int(y): per_100k(float(c), float(p)) for y, c, p in rows}
    got = dict(zip(rate.frame.calendar_year.astype(int), rate.frame.value.astype(float), strict=True))
    assert got.keys() == expected.keys()
    for year, value in expected.items():
        assert got[year] == pytest.approx(value)


def test_per_capita_without_population_says_so(built_home: Path) -> None:
    with pytest.raises(QueryError, match=r"per-capita metrics: .*violent_crime_rate"):
        metrics.compute("detainers_declined", by=["state"], per_capita=True, home=built_home)
