"""Metric answers against numbers counted by hand: a few record rows written here, one per line, and the
expected value of each cell worked out in the comments beside them (never by calling the code under test).

One small warehouse holds arrests, removals, detainers and encounters in the published ICE layout and a county
population table; each metric family is asked for at least one breakdown, on DuckDB (Spark parity over the
same definitions is in test_parity.py). Cells are compared without suppression: the counts are tiny on
purpose, so that each can be checked by eye.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import Workbook

from ice_ledger import api, metrics
from ice_ledger.sources.ice_287g_2025 import JULY as G287_JULY_FILE
from ice_ledger.sources.ice_287g_2025 import MAY as G287_MAY_FILE

DDP = "deportationdata-ice"
HOU, DAL, LAX, CHI = (f"{c} Area of Responsibility" for c in ("Houston", "Dallas", "Los Angeles", "Chicago"))

# Arrests: fiscal years run October-September (FY2018 = 1 Oct 2017 - 30 Sep 2018).
ARRESTS = [
    ["Apprehension Date", "Apprehension State", "Apprehension AOR", "Apprehension Criminality",
     "Apprehension Method", "Unique Identifier"],
    ["2017-09-30", "TEXAS", HOU, "1 Convicted Criminal", "CAP Local Incarceration", "a1"],  # FY2017 CY2017 cap
    ["2017-10-01", "TEXAS", HOU, "2 Pending Criminal Charges", "Located", "a2"],  # FY2018 CY2017 at large
    ["2017-12-31", "TEXAS", DAL, "3 Other Immigration Violator", "Non-Custodial Arrest", "a3"],  # FY2018 CY2017 at large
    ["2018-01-01", "CALIFORNIA", LAX, "1 Convicted Criminal", "CAP Federal Incarceration", "a4"],  # FY2018 CY2018 cap
    ["2018-09-30", "CALIFORNIA", LAX, "1 Convicted Criminal", "287(g) Program", "a5"],  # FY2018 CY2018 287(g)
    ["2018-09-30", "CALIFORNIA", LAX, "1 Convicted Criminal", "287(g) Program", "a5"],  # a5 again: duplicate
    ["2018-10-01", "TEXAS", HOU, "1 Convicted Criminal", "Probation and Parole", "a6"],  # FY2019 CY2018 at large
]
# Removals: counted by departure date; "Border Patrol" programmes are border removals, ICE programmes interior.
REMOVALS = [
    ["Departed Date", "Departure Country", "Case Criminality", "Latest Arrest Program Current", "Unique Identifier"],
    ["2018-03-01", "MEXICO", "1 Convicted Criminal", "Border Patrol", "r1"],  # FY2018 border, convicted
    ["2018-04-01", "GUATEMALA", "3 Other Immigration Violator", "ERO Criminal Alien Program", "r2"],  # FY2018 interior
    ["2018-11-01", "MEXICO", "1 Convicted Criminal", "Non-Detained Docket Control", "r3"],  # FY2019 interior, convicted
    ["2019-02-01", "HONDURAS", "2 Pending Criminal Charges", "", "r4"],  # FY2019, no programme: total only
    ["2019-02-01", "HONDURAS", "2 Pending Criminal Charges", "", "r4"],  # r4 again the same day: duplicate
]
DECLINED, BOOKED = "Detainer Declined by LEA", "Booked into Detention"
DETAINERS = [
    ["Detainer Prepare Date", "Detention Facility", "Facility State", "Facility AOR", "Detainer Lift Reason",
     "Unique Identifier"],
    ["2019-10-05", "HARRIS COUNTY JAIL", "TEXAS", HOU, DECLINED, "d1"],  # FY2020 declined
    ["2019-11-05", "HARRIS COUNTY JAIL", "TEXAS", HOU, BOOKED, "d2"],  # FY2020 booked
    ["2020-01-10", "COOK COUNTY JAIL", "ILLINOIS", CHI, DECLINED, "d3"],  # FY2020 declined
    ["2020-10-01", "COOK COUNTY JAIL", "ILLINOIS", CHI, "", "d4"],  # FY2021, no lift reason
    ["2020-10-02", "COOK COUNTY JAIL", "ILLINOIS", CHI, "Lifted", "d5"],  # FY2021 lifted (not declined)
]
ENCOUNTERS = [
    ["Event Date", "Responsible AOR", "Event Type", "Unique Identifier"],
    ["2016-10-01", HOU, "Encounter", "e1"],  # FY2017
    ["2017-09-30", HOU, "Encounter", "e2"],  # FY2017
    ["2017-10-01", CHI, "Encounter", "e3"],  # FY2018
    ["2017-10-01", CHI, "Encounter", "e3"],  # e3 again, same day and event: duplicate
]
# County estimates (July 1): a state's population is the sum of its counties.
COUNTY_POPULATIONS = [
    ["year", "state", "county", "state_name", "county_name", "population"],
    ["2017", "48", "201", "Texas", " Harris County", "100000"],  # TX 2017: 100,000
    ["2018", "48", "201", "Texas", " Harris County", "150000"],  # TX 2018: 150,000 + 50,000 = 200,000
    ["2018", "48", "113", "Texas", " Dallas County", "50000"],
    ["2018", "06", "037", "California", " Los Angeles County", "400000"],  # CA 2018: 400,000
]
PLACE_POPULATIONS = [["year", "state", "place", "state_name", "place_name", "population"],
                     ["2018", "48", "35000", "Texas", "Houston city", "2300000"]]
CITY_2020 = [["GeographicArea", "population2020", "cityname", "statename", "state_abbr", "fips", "city"],
             ["Houston city, Texas", "2304580", "Houston city", "Texas", "TX", "48", "Houston"]]
# Reported crime per agency-year (Kaplan's UCR extracts: one file per police department); violent = murder + rape
# + robbery + aggravated assault, property = burglary + theft + motor vehicle theft.
KAPLAN_HEADER = ["agency", "year", "state", "population", "ORI", "actual_murder", "actual_rape_total",
                 "actual_robbery_total", "actual_assault_aggravated", "actual_burglary_total", "actual_theft_total",
                 "actual_motor_vehicle_theft_total", "actual_index_violent", "actual_index_property",
                 "actual_index_total"]
KAPLAN = {
    "Illinois_Chicago_Police_Department_2000_2023_extract.csv": [
        ["Chicago Police Department", "2018", "Illinois", "2000000", "ILCPD00",
         "10", "20", "30", "40", "100", "200", "300", "100", "600", "700"],  # violent 100, property 600
        ["Chicago Police Department", "2019", "Illinois", "2000000", "ILCPD00",
         "20", "40", "60", "80", "200", "400", "600", "200", "1200", "1400"],  # violent 200, property 1,200
    ],
    "California_Los_Angeles_Police_Department_2002_2023_extract.csv": [
        ["Los Angeles Police Department", "2018", "California", "4000000", "CA01942",
         "30", "60", "90", "120", "150", "300", "450", "300", "900", "1200"],  # violent 300, property 900
    ],
    "California_San_Francisco_Police_Department_2000_2023_extract.csv": [
        ["San Francisco Police Department", "2018", "California", "1000000", "CA03801",
         "10", "20", "30", "40", "100", "150", "250", "100", "500", "600"],  # violent 100, property 500
        ["San Francisco Police Department", "2019", "California", "1000000", "CA03801",
         "", "", "", "", "", "", "", "", "", ""],  # no report that year: no count, and no population in a rate
    ],
}
# ICE's 287(g) lists of 16 May and 18 July 2025: an agreement on the July list is in force (no end date); one
# on the May list only has ended and is not counted.
G287_HEADER = ["STATE", "LAW ENFORCEMENT AGENCY", "TYPE", "COUNTY", "SUPPORT TYPE", "SIGNED"]
HARRIS_JEM = ["TX", "Harris County Sheriff's Office", "County", "Harris", "Jail Enforcement Model", "2019-02-01"]
G287_MAY = [HARRIS_JEM,
            ["GA", "Cobb County Sheriff's Office", "County", "Cobb", "Jail Enforcement Model", "2018-03-01"]]
G287_JULY = [HARRIS_JEM,  # TX JEM
             ["TX", "Dallas County Sheriff's Office", "County", "Dallas", "Warrant Service Officer", "2025-03-01"],
             ["FL", "Miami-Dade County Sheriff's Office", "County", "Miami-Dade", "Task Force Model", "2025-02-26"],
             ["FL", "Orange County Sheriff's Office", "County", "Orange", "Task Force Model", "2025-04-10"]]
RECORD_SOURCES = ["ddp_arrests", "ddp_removals", "ddp_detainers", "ddp_encounters"]
GEO_SOURCES = ["geo_census_names", "population_urban", "ddp_arrests", "crime_kaplan_agencies", "ice_287g_2025"]
URBAN = "urban-mobility-from-poverty"  # the population files, beside the real name-to-FIPS crosswalks


def _write(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def _write_xlsx(path: Path, rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in rows:
        ws.append(row)
    wb.save(path)


def write_mirror(root: Path, mirror: Path, *, geography: bool) -> Path:
    """The hand-written record files (and, with `geography`, the county estimates beside the real crosswalks, the
    crime extracts and the 287(g) lists: sources that resolve places, so need the real Census names)."""
    hand = root / "mirror"
    for name, rows in (("arrests", ARRESTS), ("removals", REMOVALS), ("detainers", DETAINERS),
                       ("encounters", ENCOUNTERS)):
        _write(hand / DDP / f"{name}-latest.csv", rows)
    if geography:
        for name, rows in KAPLAN.items():
            _write(hand / "kaplan-crimedatatool-agencies" / name, [KAPLAN_HEADER, *rows])
        for name, rows in ((G287_MAY_FILE, G287_MAY), (G287_JULY_FILE, G287_JULY)):
            _write_xlsx(hand / "appelson-tracking-287g" / name, [G287_HEADER, *rows])
        written = {"county-populations.csv": COUNTY_POPULATIONS, "place-populations.csv": PLACE_POPULATIONS,
                   "city_state_2020_population.csv": CITY_2020}
        for name, rows in written.items():
            _write(hand / URBAN / name, rows)
        for real in (mirror / URBAN).iterdir():  # the geography the population source resolves names against
            if real.name not in written:
                (hand / URBAN / real.name).symlink_to(real)
    return hand


@pytest.fixture(scope="module")
def hand_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """The four record tables only (a few seconds to build)."""
    root = tmp_path_factory.mktemp("hand")
    api.build(RECORD_SOURCES, mirror=write_mirror(root, mirror, geography=False), home=root / "home", quiet=True)
    return root / "home"


@pytest.fixture(scope="module")
def geo_hand_home(tmp_path_factory: pytest.TempPathFactory, mirror: Path) -> Path:
    """Arrests, county populations, crime and 287(g) agreements (with the real Census crosswalks: a minute)."""
    root = tmp_path_factory.mktemp("hand_geo")
    api.build(GEO_SOURCES, mirror=write_mirror(root, mirror, geography=True), home=root / "home", quiet=True)
    return root / "home"


def values(home: Path, name: str, by: list[str], **kw: object) -> dict[object, object]:
    """{cell: value} of a metric, without suppression (a one-column breakdown keys by its value, else a tuple)."""
    frame: pd.DataFrame = metrics.compute(name, by=by, home=home, suppress=False, **kw).frame  # type: ignore[arg-type]
    key = (lambda r: r[by[0]]) if len(by) == 1 else (lambda r: tuple(r[b] for b in by))
    return {key(r): (None if pd.isna(r["value"]) else r["value"]) for _, r in frame.iterrows()}


def nonzero(cells: dict[object, object]) -> dict[object, object]:
    """A count's cells without the zeros (a filtered count may or may not list a cell with no rows)."""
    return {k: v for k, v in cells.items() if v}


def test_arrests_by_fiscal_and_calendar_year_and_aor(hand_home: Path) -> None:
    # a5's second row is the same person on the same day: flagged duplicate_likely and not counted.
    assert values(hand_home, "admin_arrests", ["fiscal_year"]) == {2017: 1, 2018: 4, 2019: 1}
    assert values(hand_home, "admin_arrests", ["calendar_year"]) == {2017: 3, 2018: 3}
    assert values(hand_home, "admin_arrests", ["aor"]) == {"HOU": 3, "DAL": 1, "LOS": 2}
    # convicted: a1 (FY2017), a4 and a5 (FY2018), a6 (FY2019)
    assert nonzero(values(hand_home, "arrests_convicted", ["fiscal_year"])) == {2017: 1, 2018: 2, 2019: 1}
    # FY2018: a4, a5 convicted of a2, a3, a4, a5 -> 2/4
    assert values(hand_home, "share_arrests_convicted", ["fiscal_year"]) == {2017: 1.0, 2018: 0.5, 2019: 1.0}
    # at large (Located, Non-Custodial Arrest, Probation and Parole): a2, a3, a6, all in Texas
    assert nonzero(values(hand_home, "at_large_arrests", ["state"])) == {"TEXAS": 3}
    # CAP (jail or prison): a1 (FY2017), a4 (FY2018)
    assert nonzero(values(hand_home, "cap_arrests", ["fiscal_year"])) == {2017: 1, 2018: 1}


def test_removals_total_border_interior_and_convicted_share(hand_home: Path) -> None:
    assert values(hand_home, "removals_total", ["fiscal_year"]) == {2018: 2, 2019: 2}
    assert values(hand_home, "removals_total", ["departure_country"]) == {"MEXICO": 2, "GUATEMALA": 1, "HONDURAS": 1}
    assert nonzero(values(hand_home, "removals_border", ["fiscal_year"])) == {2018: 1}
    assert nonzero(values(hand_home, "removals_interior", ["fiscal_year"])) == {2018: 1, 2019: 1}
    # interior removals convicted: FY2018 r2 is not (0/1), FY2019 r3 is (1/1)
    assert values(hand_home, "share_interior_removals_convicted", ["fiscal_year"]) == {2018: 0.0, 2019: 1.0}
    # all removals convicted: r1 of r1, r2 (FY2018); r3 of r3, r4 (FY2019)
    assert values(hand_home, "share_removals_convicted", ["fiscal_year"]) == {2018: 0.5, 2019: 0.5}


def test_detainers_issued_declined_and_shares(hand_home: Path) -> None:
    assert values(hand_home, "detainers_issued", ["fiscal_year"]) == {2020: 3, 2021: 2}
    assert values(hand_home, "detainers_issued", ["aor"]) == {"HOU": 2, "CHI": 3}
    assert nonzero(values(hand_home, "detainers_declined", ["fiscal_year"])) == {2020: 2}
    # any lift reason: d1, d2, d3 (FY2020), d5 (FY2021); d4 has none
    assert nonzero(values(hand_home, "detainers_lifted", ["fiscal_year"])) == {2020: 3, 2021: 1}
    assert values(hand_home, "share_detainers_declined", ["fiscal_year"]) == pytest.approx({2020: 2 / 3, 2021: 0.0})
    # declined among declined or booked: FY2020 d1, d3 of d1, d2, d3
    assert values(hand_home, "share_declined_of_resolved", ["fiscal_year"]) == pytest.approx({2020: 2 / 3})


def test_encounters_by_fiscal_year_and_aor(hand_home: Path) -> None:
    assert values(hand_home, "encounters_total", ["fiscal_year"]) == {2017: 2, 2018: 1}
    assert values(hand_home, "encounters_total", ["aor"]) == {"HOU": 2, "CHI": 1}


@pytest.mark.slow
def test_arrests_per_capita_by_state_and_fiscal_year(geo_hand_home: Path) -> None:
    result = metrics.compute("admin_arrests", by=["state", "fiscal_year"], home=geo_hand_home, suppress=False,
                             per_capita=True)
    got = {(r.state, r.fiscal_year): tuple(None if pd.isna(v) else v for v in (r.value, r.population, r.rate_per_100k))
           for r in result.frame.itertuples(index=False)}
    assert got == {
        ("TEXAS", 2017): (1, 100_000, 1.0),  # a1 over Harris 2017: 1 / 100,000 x 100,000
        ("TEXAS", 2018): (2, 200_000, 1.0),  # a2, a3 over Harris + Dallas 2018
        ("CALIFORNIA", 2018): (2, 400_000, 0.5),  # a4, a5 over Los Angeles 2018
        ("TEXAS", 2019): (1, None, None),  # a6: no 2019 estimate, so no rate
    }


@pytest.mark.slow
def test_crime_counts_and_rates_by_year_and_agency(geo_hand_home: Path) -> None:
    # 2018: Chicago 100 + Los Angeles 300 + San Francisco 100; 2019: Chicago 200 (San Francisco blank)
    assert values(geo_hand_home, "violent_crimes", ["calendar_year"]) == {2018: 500, 2019: 200}
    assert values(geo_hand_home, "property_crimes", ["agency"]) == {
        "Chicago": 600 + 1_200, "Los Angeles": 900, "San Francisco": 500}
    # rates over the agencies that report: 500 / 7,000,000 and 200 / 2,000,000 per 100,000
    assert values(geo_hand_home, "violent_crime_rate", ["calendar_year"]) == pytest.approx(
        {2018: 500 / 7_000_000 * 100_000, 2019: 10.0})


@pytest.mark.slow
def test_287g_agreements_in_force_by_state_and_model(geo_hand_home: Path) -> None:
    # the four agreements on the July list; Cobb's (May only) has ended
    assert values(geo_hand_home, "agreements_287g", ["state"]) == {"TX": 2, "FL": 2}
    assert values(geo_hand_home, "agreements_287g", ["model"]) == {
        "287g_jail_enforcement": 1, "287g_warrant_service_officer": 1, "287g_task_force": 2}
