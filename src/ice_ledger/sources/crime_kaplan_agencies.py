"""Long UCR series (2000-2023) for the Chicago, Los Angeles and San Francisco police, from Jacob Kaplan's
concatenated 'Offenses Known and Clearances by Arrest' files (crimedatatool.com backend).

Chicago reported rape as 0 before 2013 (not in UCR form), so its violent crime is understated then; LAPD and
SFPD have no 2021 data (NIBRS transition): those rows are kept with blank counts and a note, not dropped.
"""

from __future__ import annotations

import re

from ice_ledger.geo.resolve import resolve
from ice_ledger.schema import LoadContext, quote_str
from ice_ledger.sources._geo_helpers import gazetteer_of, reshape
from ice_ledger.sources.base import RemoteFile, Source
from ice_ledger.sources.crime_fbi_cius import CRIME
from ice_ledger.sources.readers import stage_csv

COMMIT = "531494c5f16cb87f9eb9f53d7067a674480a1b3e"
RAW = f"https://raw.githubusercontent.com/jacobkap/crimedatatool_helper/{COMMIT}/data/offenses"
FILES = (
    ("Illinois_Chicago_Police_Department_2000_2023_extract.csv", "Illinois_Chicago_Police_Department.csv"),
    ("California_Los_Angeles_Police_Department_2002_2023_extract.csv", "California_Los_Angeles_Police_Department.csv"),
    ("California_San_Francisco_Police_Department_2000_2023_extract.csv",
     "California_San_Francisco_Police_Department.csv"),
)
COLUMNS = {
    "population": "population", "murder": "actual_murder", "rape_total": "actual_rape_total",
    "robbery": "actual_robbery_total", "aggravated_assault": "actual_assault_aggravated",
    "burglary": "actual_burglary_total", "larceny_theft": "actual_theft_total",
    "motor_vehicle_theft": "actual_motor_vehicle_theft_total", "violent_crime": "actual_index_violent",
    "property_crime": "actual_index_property",
}
BLANK_NOTE = "no offences reported this year (agency did not report during the NIBRS transition)"
CHICAGO_NOTE = "rape reported as 0 before 2013 (not submitted in UCR form): violent crime understated"


def _whole(col: str) -> str:
    """'776733.0' -> '776733' (the extract wrote counts as floats)."""
    return f"regexp_replace(trim({col}), '\\.0+$', '')"


def load(ctx: LoadContext) -> None:
    gaz = gazetteer_of(ctx)
    for file, _ in FILES:
        raw = ctx.stage_name()
        _, repaired, bad = stage_csv(ctx.con, raw, ctx.path(file), ctx.build.dir)
        agency, state = ctx.con.execute(f"SELECT any_value(agency), any_value(state) FROM {raw}").fetchone() or ("", "")
        res = resolve(str(agency), str(state), "place", gazetteer=gaz)
        note = (f"CASE WHEN actual_index_total IS NULL OR trim(actual_index_total) = '' THEN {quote_str(BLANK_NOTE)} "
                + (f"WHEN CAST(year AS INT) < 2013 THEN {quote_str(CHICAGO_NOTE)} " if "Chicago" in file else "")
                + "END")
        stage = reshape(ctx, raw, ", ".join([
            "year", "'kaplan' AS table_id", "state", "'City' AS area_type",
            f"{quote_str(re.sub(r' Police Department$', '', str(agency)))} AS agency_name",
            "agency AS agency_name_raw", "ORI AS ori",
            *(f"{_whole(src)} AS {col}" for col, src in COLUMNS.items()),
            f"{quote_str(res.fips or '')} AS fips", f"{quote_str(res.level or '')} AS geo_level",
            f"{quote_str(res.status)} AS match_status", f"{quote_str(res.method)} AS match_method",
            f"{note} AS quality_note",
        ]))
        ctx.emit("crime_agency_year", stage, file=file, malformed=bad, repaired_lines=repaired)
        _check_sums(ctx, file)
    if _has_fbi(ctx):
        _compare_with_fbi(ctx)


def _check_sums(ctx: LoadContext, file: str) -> None:
    row = ctx.con.execute(
        "SELECT count(*) FILTER (WHERE violent_crime <> murder + rape_total + robbery + aggravated_assault "
        "OR property_crime <> burglary + larceny_theft + motor_vehicle_theft) FROM crime_agency_year "
        f"WHERE source_id = {quote_str(SOURCE.id)} AND source_file = {quote_str(file)}").fetchone()
    n = int(row[0]) if row else 0
    ctx.qa("components_add_up", n, 0, "pass" if n == 0 else "fail", scope=file)


def _has_fbi(ctx: LoadContext) -> bool:
    row = ctx.con.execute("SELECT count(*) FROM crime_agency_year WHERE source_id = 'crime_fbi_cius'").fetchone()
    return bool(row and row[0])


def _compare_with_fbi(ctx: LoadContext) -> None:
    """2013-2015 violent and property crime compared with FBI Table 8 for the same city (same FIPS).

    LA and SF agree exactly. Chicago differs: Kaplan's counts come from the monthly Return A files, and the FBI
    withheld Chicago's 2013 violent total (rape not reported under UCR guidelines, Table 8 footnote). A
    difference is reported, never reconciled."""
    rows = ctx.con.execute(
        f"""SELECT k.agency_name, k.year, k.violent_crime, f.violent_crime, k.property_crime, f.property_crime
        FROM crime_agency_year k JOIN crime_agency_year f ON f.fips = k.fips AND f.year = k.year
             AND f.source_id = 'crime_fbi_cius' AND f.table_id = 'T8'
        WHERE k.source_id = {quote_str(SOURCE.id)} ORDER BY 1, 2""").fetchall()
    for name, year, kv, fv, kp, fp in rows:
        same = kv == fv and kp == fp
        ctx.qa("kaplan_equals_fbi_table8", f"violent {kv}, property {kp}", f"violent {fv}, property {fp}",
               "pass" if same else "info", scope=f"{name} {year}")


SOURCE = Source(
    id="crime_kaplan_agencies",
    title="UCR offences known, Chicago, Los Angeles and San Francisco police, 2000-2023 (Kaplan)",
    publisher="Jacob Kaplan, crimedatatool.com (from FBI UCR Offenses Known and Clearances by Arrest)",
    licence="FBI data public domain; repository licence not verified (cite Kaplan)",
    homepage="https://crimedatatool.com/",
    release=f"jacobkap/crimedatatool_helper@{COMMIT[:12]}",
    files=tuple(
        RemoteFile(f, f"{RAW}/{original}", mirror_path=f"kaplan-crimedatatool-agencies/{f}",
                   note="DERIVED extract (15 columns) of the per-agency file at the URL; openICPSR 100707")
        for f, original in FILES
    ),
    tables=(CRIME,),
    load=load,
    kind="aggregate",
    depends_on=("geo_census_names", "crime_fbi_cius"),
    description=__doc__ or "",
    citation="Kaplan, Jacob. Uniform Crime Reporting (UCR) Program Data: Offenses Known and Clearances by Arrest, "
    "1960-2023. openICPSR 100707; crimedatatool.com.",
)
