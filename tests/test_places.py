"""Place profiles through the library and the `ice-ledger place` command (in a subprocess)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ice_ledger.places import PlaceNotFoundError, profile

REPO = Path(__file__).resolve().parents[1]
CLI = [sys.executable, "-m", "ice_ledger"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=REPO, timeout=600,
                          env={"PATH": "/usr/bin:/bin", "COLUMNS": "160", "HOME": str(REPO)})


def test_county_profile(geo_home: Path) -> None:
    p = profile("Travis County, TX", geo_home)
    assert (p.fips, p.level, p.name, p.aor) == ("48453", "county", "Travis County, Texas", "SNA")
    assert set(range(2014, 2024)) <= set(p.population["year"])
    assert {"T10"} == set(p.crime["table_id"]) and (p.crime["source_row"] > 0).all()
    assert "TX2270000" in set(p.agencies["ori"])  # Travis County Sheriff's Office
    assert "TX2270100" in set(p.agencies["ori"])  # Austin PD, listed by the FBI under 'WILLIAMSON; TRAVIS'
    assert list(p.crime_rates["year"]) == [2021, 2022, 2023] and p.crime_rates["violent_quality"].notna().all()
    assert any("policy registry" in n for n in p.notes) or not p.policies.empty


def test_place_profile_computes_rates_in_one_place(geo_home: Path) -> None:
    from ice_ledger.rates import per_100k

    p = profile("Los Angeles", geo_home, state="CA", kind="place")
    assert p.fips == "0644000" and p.aor == "LOS"
    assert p.counties.iloc[0]["county_fips"] == "06037"
    fbi = p.crime[(p.crime["table_id"] == "T8") & (p.crime["year"] == 2015)].iloc[0]
    assert fbi["violent_crime"] == 25_156
    assert fbi["violent_per_100k"] == pytest.approx(per_100k(fbi["violent_crime"], fbi["population"]))
    kaplan = p.crime[p.crime["table_id"] == "kaplan"]
    assert len(kaplan) == 22 and kaplan["source_id"].eq("crime_kaplan_agencies").all()
    assert list(p.agencies["ori"]) == ["CA0194200"]  # LAPD, its Kaplan ORI CA01942 padded by the FBI list
    assert set(kaplan["ori"]) == {"CA01942"}


def test_city_of_new_orleans_is_in_orleans_parish(geo_home: Path) -> None:
    p = profile("City of New Orleans", geo_home)
    assert p.fips == "2255000" and p.counties.iloc[0]["county_fips"] == "22071" and p.aor == "NOL"


def test_ambiguous_name_is_an_error_with_candidates(geo_home: Path) -> None:
    with pytest.raises(PlaceNotFoundError) as err:
        profile("St. Louis", geo_home, state="MO")
    assert "ambiguous" in str(err.value) and "29510" in str(err.value) and "29189" in str(err.value)


def test_cli_place_json(geo_home: Path) -> None:
    out = run("place", "Travis County, TX", "--home", str(geo_home), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert (data["fips"], data["aor"], data["match"]["status"]) == ("48453", "SNA", "matched")
    assert all(r["source_id"] and r["row_id"] for r in data["population"])


def test_cli_place_table(geo_home: Path) -> None:
    out = run("place", "Travis County, TX", "--home", str(geo_home))
    assert out.returncode == 0, out.stderr
    assert "Travis County, Texas" in out.stdout and "48453" in out.stdout and "SNA" in out.stdout


def test_cli_place_unknown_name_is_a_one_line_error(geo_home: Path) -> None:
    out = run("place", "Nowhere Town", "--state", "TX", "--home", str(geo_home))
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "unresolved" in out.stderr


def test_cli_resolve_and_unresolved(geo_home: Path) -> None:
    ok = run("resolve", "Dona Ana", "--state", "NM", "--kind", "county", "--home", str(geo_home), "--format", "json")
    assert ok.returncode == 0 and json.loads(ok.stdout)["fips"] == "35013"
    amb = run("resolve", "St. Louis", "--state", "MO", "--home", str(geo_home), "--format", "json")
    assert amb.returncode == 1 and json.loads(amb.stdout)["status"] == "ambiguous"
    un = run("unresolved", "--table", "agencies", "--home", str(geo_home), "--format", "csv")
    assert un.returncode == 0 and "ST LOUIS" in un.stdout
