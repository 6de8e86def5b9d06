"""County and policy-status breakdowns of detainer metrics on the mirror build, against direct SQL counts."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from ice_ledger import metrics, policies
from ice_ledger.errors import QueryError
from ice_ledger.geo.facilities import named_county, nyc_borough
from ice_ledger.geo.names import lookup_state
from ice_ledger.metrics.policystatus import LISTED, NOT_LISTED, UNRESOLVED

DHS = "dhs_sanctuary_2025_05"
BEHAVIOURAL = "npr_declined_share_ge_0.05"
DECLINED = "Detainer Declined by LEA"
REPO = Path(__file__).resolve().parents[2]
# Detainer rows that count, each with its facility's place (the join the county breakdown makes).
PLACED = """
    SELECT d.*, p.state_fips, p.county_fips, p.place_fips FROM detainers d
    LEFT JOIN facility_places p ON coalesce(d.facility, '') = p.facility
     AND coalesce(d.facility_state, '') = coalesce(p.facility_state, '')
    WHERE d.duplicate_likely IS NOT TRUE
"""


def _con(home: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(home / "warehouse" / "current" / "ledger.duckdb"), read_only=True)


def _values(name: str, by: list[str], home: Path, **kw: object) -> pd.DataFrame:
    return metrics.compute(name, by=by, home=home, suppress=False, **kw).frame  # type: ignore[arg-type]


def test_facility_places_keeps_every_facility(built_home: Path) -> None:
    with _con(built_home) as con:
        facilities = con.execute("SELECT count(DISTINCT (facility, coalesce(facility_state, ''))) FROM detainers "
                                 "WHERE facility IS NOT NULL").fetchone()
        rows, keys, unexplained = con.execute(
            "SELECT count(*), count(DISTINCT (facility, coalesce(facility_state, ''))), "
            "count(*) FILTER (WHERE county_fips IS NULL AND match_reason IS NULL) FROM facility_places").fetchone()
    assert facilities is not None and rows == keys == facilities[0], "one row per facility, none dropped"
    assert unexplained == 0, "a facility without a county says why"


@pytest.mark.parametrize("name", ["detainers_issued", "detainers_declined"])
def test_county_totals_equal_fiscal_year_totals(built_home: Path, name: str) -> None:
    by_county = _values(name, ["fiscal_year", "county"], built_home)
    by_year = _values(name, ["fiscal_year"], built_home).set_index("fiscal_year")["value"]
    summed = by_county.groupby("fiscal_year")["value"].sum()
    pd.testing.assert_series_equal(summed.astype("int64"), by_year.astype("int64"), check_names=False)
    unresolved = by_county[by_county["county"].isna()]
    assert not unresolved.empty and set(unresolved["county_name"]) == {"unresolved: facility not placed in a county"}


def test_one_county_equals_direct_count(built_home: Path) -> None:
    frame = _values("detainers_declined", ["county"], built_home).set_index("county", drop=False)
    with _con(built_home) as con:
        direct = dict(con.execute(f"SELECT county_fips, count(*) FROM ({PLACED}) WHERE lift_reason = ? GROUP BY 1",
                                  [DECLINED]).fetchall())
    assert frame.loc["06037", "county_name"] == "Los Angeles County, CA"
    assert int(frame.loc["06037", "value"]) == direct["06037"]
    assert int(frame[frame["county"].isna()]["value"].iloc[0]) == direct[None]
    filtered = metrics.compute("detainers_declined", where=["county=06037"], home=built_home, suppress=False)
    assert int(filtered.frame["value"].iloc[0]) == direct["06037"]
    assert any("facility_places" in f for f in filtered.provenance.filters)


def test_dhs_listed_equals_members(built_home: Path) -> None:
    """A snapshot list: listed = state, county or city among its members, whatever the record's date."""
    members = policies.sanctuaries(dt.date(2025, 6, 1), DHS, home=built_home)
    fips = members["jurisdiction_fips"].dropna()
    states, counties, places = (sorted(fips[fips.str.len() == n]) for n in (2, 5, 7))
    frame = _values("detainers_declined", ["policy_status"], built_home, definition=DHS).set_index("policy_status")
    with _con(built_home) as con:
        con.execute("CREATE TEMP TABLE s AS SELECT unnest(?::VARCHAR[]) AS f", [states])
        con.execute("CREATE TEMP TABLE c AS SELECT unnest(?::VARCHAR[]) AS f", [counties])
        con.execute("CREATE TEMP TABLE p AS SELECT unnest(?::VARCHAR[]) AS f", [places])
        listed, total = con.execute(
            f"SELECT count(*) FILTER (WHERE state_fips IN (FROM s) OR county_fips IN (FROM c) "
            f"OR place_fips IN (FROM p)), count(*) FROM ({PLACED}) WHERE lift_reason = ?", [DECLINED]).fetchone()
    assert int(frame.loc[LISTED, "value"]) == listed
    assert int(frame["value"].sum()) == total
    assert set(frame.index) <= {LISTED, NOT_LISTED, UNRESOLVED}


def test_behavioural_status_is_judged_as_of_each_record(built_home: Path) -> None:
    """A dated list: a facility listed in FY2015 does not make its FY2014 records listed."""
    result = metrics.compute("detainers_declined", by=["fiscal_year", "policy_status"], definition=BEHAVIOURAL,
                             home=built_home, suppress=False)
    assert any(BEHAVIOURAL in f and "each record's prepare_date" in f for f in result.provenance.filters)
    frame = result.frame.set_index(["fiscal_year", "policy_status"])["value"]
    with _con(built_home) as con:
        rows = con.execute("SELECT jurisdiction_type, jurisdiction_name, state, jurisdiction_fips, valid_from, "
                           "valid_to FROM policies WHERE definition_id = ?", [BEHAVIOURAL]).df()
        rows["state_fips"] = [s.fips if isinstance(x, str) and (s := lookup_state(x)) else "" for x in rows["state"]]
        con.register("m", rows)
        direct = con.execute(f"""
            SELECT count(*) FROM ({PLACED}) d WHERE lift_reason = ? AND fiscal_year = 2015 AND EXISTS (
              SELECT 1 FROM m WHERE d.prepare_date BETWEEN m.valid_from AND m.valid_to
               AND ((m.jurisdiction_type = 'facility' AND m.jurisdiction_name = d.facility
                     AND m.state_fips <> '' AND m.state_fips = d.state_fips)
                    OR (m.jurisdiction_type <> 'facility' AND m.jurisdiction_fips = d.county_fips)))""",
                             [DECLINED]).fetchone()
    assert direct is not None and int(frame.loc[(2015, LISTED)]) == direct[0]
    assert any("not placed" in n for n in result.notes), "the stateless 'OTHER-OTHER FACILITY' member is reported"


def test_snapshot_caveat_and_definition_in_provenance(built_home: Path) -> None:
    result = metrics.compute("detainers_declined", by=["fiscal_year", "policy_status"], definition=DHS,
                             home=built_home)
    text = "; ".join(result.provenance.filters)
    assert DHS in text and "single snapshot applied to records of every date" in text
    assert any("member rows" in n for n in result.notes)


def test_errors_are_clear(built_home: Path) -> None:
    with pytest.raises(QueryError, match=f"needs a sanctuary definition.*{DHS}.*cis_sanctuary_map"):
        metrics.compute("detainers_declined", by=["policy_status"], home=built_home)
    with pytest.raises(QueryError, match="members not held"):
        metrics.compute("detainers_declined", by=["policy_status"], definition="cis_sanctuary_map", home=built_home)
    with pytest.raises(QueryError, match="no sanctuary definition 'dhs_2099'"):
        metrics.compute("detainers_declined", by=["policy_status"], definition="dhs_2099", home=built_home)
    with pytest.raises(QueryError, match="used only with the policy_status breakdown"):
        metrics.compute("detainers_declined", by=["fiscal_year"], definition=DHS, home=built_home)
    for name in ("admin_arrests", "removals_total"):
        for b in ("county", "policy_status"):
            with pytest.raises(QueryError, match="withhold Apprehension County"):
                metrics.compute(name, by=[b], home=built_home)
            assert b not in metrics.get(name).breakdowns


def test_cli_json_and_error(built_home: Path) -> None:
    env = {**os.environ, "ICE_LEDGER_HOME": str(built_home), "COLUMNS": "200"}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "ice_ledger", "metric", "detainers_declined", *args],
                              capture_output=True, text=True, env=env, cwd=REPO, check=False)

    out = cli("--by", "policy_status", "--definition", DHS, "--format", "csv")
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[0].startswith("policy_status,value")
    out = cli("--by", "policy_status")
    assert out.returncode == 1 and "needs a sanctuary definition" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(("name", "county"), [
    ("DELAWARE CO JAIL", "Delaware County"), ("DAVIDSON CO. SHERIFF DEPT", "Davidson County"),
    ("MIDDLESEX COUNTY H.O.C.-BILLERICA", "Middlesex County"), ("SAN MATEO CO", "San Mateo County"),
    ("CO JAIL", None), ("COLORADO DOC", None), ("OTHER-OTHER FACILITY", None),
])
def test_a_county_named_in_the_facility_name_is_read(name: str, county: str | None) -> None:
    assert named_county(name) == county


def test_new_york_city_facilities_are_placed_in_their_borough_county(built_home: Path) -> None:
    """NYC is one place over five counties: the borough (or Rikers Island, in the Bronx) gives the county."""
    with _con(built_home) as con:
        got = dict(con.execute(
            "SELECT facility, county_fips FROM facility_places WHERE facility_state = 'NEW YORK' AND facility IN "
            "('RIKERS ISLAND, QUEENS, NY', 'QUEENS CENTRAL BOOKING', 'BROOKLYN CENTRAL BOOKING', "
            "'MANHATTAN CENTRAL BOOKING', 'BRONX CENTRAL BOOKING')").fetchall())
        pa = con.execute("SELECT county_fips, matched_by FROM facility_places "
                         "WHERE facility = 'DELAWARE CO JAIL' AND facility_state = 'PENNSYLVANIA'").fetchone()
    assert got == {"RIKERS ISLAND, QUEENS, NY": "36005", "QUEENS CENTRAL BOOKING": "36081",
                   "BROOKLYN CENTRAL BOOKING": "36047", "MANHATTAN CENTRAL BOOKING": "36061",
                   "BRONX CENTRAL BOOKING": "36005"}
    assert pa == ("42045", "county in the facility name")
    assert nyc_borough("BRONX JAIL", "NEW JERSEY", "BRONX") is None  # only in New York State
