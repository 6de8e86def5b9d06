"""Per-capita counts by state: the rate is the count over the state's summed county population that year."""

from __future__ import annotations

from pathlib import Path

import pytest
import us

from ice_ledger import api, metrics
from ice_ledger.errors import QueryError


def test_detainers_per_100k_by_state_match_a_direct_computation(built_home: Path) -> None:
    result = metrics.compute("detainers_issued", by=["fiscal_year", "state"], per_capita=True, home=built_home)
    frame = result.frame
    rated = frame[frame["rate_per_100k"].notna()]
    assert len(rated) > 40, "most states should get a FY2015 rate"
    with api.connect(built_home) as con:
        for row in rated.sample(10, random_state=1).itertuples():
            direct = con.execute(
                "SELECT count(*) FROM detainers WHERE facility_state = ? AND fiscal_year = ? AND NOT duplicate_likely",
                [row.state, int(row.fiscal_year)],
            ).fetchone()
            fips = us.states.lookup(str(row.state).title()).fips
            pop = con.execute(
                "SELECT sum(population) FROM population WHERE level = 'county' AND substr(fips, 1, 2) = ? "
                "AND year = ?", [fips, int(row.fiscal_year)],
            ).fetchone()
            assert direct is not None and pop is not None
            assert row.value == direct[0]
            assert row.population == pop[0]
            assert row.rate_per_100k == pytest.approx(direct[0] / pop[0] * 100_000)
    assert "population_urban" in result.provenance.sources
    assert any("per 100,000 residents" in n for n in result.notes)
    # FY2008-FY2013 have no Census estimate in the warehouse (it starts in 2014): no rate, and a note says so
    assert frame.loc[frame["fiscal_year"] < 2014, "rate_per_100k"].isna().all()
    assert any("without a population estimate" in n for n in result.notes)


def test_suppressed_counts_keep_no_rate(built_home: Path) -> None:
    frame = metrics.compute("detainers_declined", by=["fiscal_year", "state"], per_capita=True,
                            home=built_home).frame
    hidden = frame[frame["suppressed"]]
    assert len(hidden) > 0
    assert hidden["rate_per_100k"].isna().all(), "rate × population would reveal a suppressed count"


def test_per_capita_needs_a_state_and_a_year(built_home: Path) -> None:
    with pytest.raises(QueryError, match="--by state"):
        metrics.compute("detainers_issued", by=["fiscal_year"], per_capita=True, home=built_home)
    with pytest.raises(QueryError, match="needs a year"):
        metrics.compute("detainers_issued", by=["state"], per_capita=True, home=built_home)
