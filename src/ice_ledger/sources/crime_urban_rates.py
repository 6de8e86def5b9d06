"""Reported violent and property crime per 100,000 residents by county and large city, 2021-2023 (NIBRS).

Published rates, kept as published with the publisher's coverage flags (1 good, 2 marginal, 3 poor): NIBRS
coverage gaps (parts of CA, NY, FL) make cross-county comparisons fragile, so the flag travels with every rate.
"""

from __future__ import annotations

from ice_ledger.geo.fips import fips_sql
from ice_ledger.schema import LoadContext
from ice_ledger.sources._geo_helpers import URBAN_RAW, reshape, set_aside_bad_fips
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

COUNTY_FILE = "rates_crime_county_all.csv"
PLACE_FILE = "rates_crime_place_all.csv"
QUALITY = frozenset({"1", "2", "3"})
# 'NA' is the publisher's marker for a county-year without usable NIBRS data: kept as a NULL rate, not dropped.
RATE_COLUMNS = ("rate_crime_violent", "rate_crime_property", "rate_crime_violent_quality",
                "rate_crime_property_quality")


def _spec(table: str, rows: tuple[int, int]) -> TableSpec:
    return TableSpec(
        table=table,
        description="Published crime rates per 100,000 with coverage-quality flags.",
        columns=(Col("fips", required=True, not_null=True), Col("year", "int", required=True, min=2000, max=2030),
                 Col("state_fips", required=True), Col("violent_rate", "float", raw=("rate_crime_violent",), min=0),
                 Col("property_rate", "float", raw=("rate_crime_property",), min=0),
                 Col("violent_quality", "int", raw=("rate_crime_violent_quality",), values=QUALITY),
                 Col("property_quality", "int", raw=("rate_crime_property_quality",), values=QUALITY)),
        expected_rows=rows,
    )


COUNTY_RATES = _spec("crime_county_year", (9_431, 9_431))
PLACE_RATES = _spec("crime_place_year", (1_458, 1_458))


def load(ctx: LoadContext) -> None:
    for file, table, part, level, width in ((COUNTY_FILE, "crime_county_year", "county", "county", 3),
                                            (PLACE_FILE, "crime_place_year", "place", "place", 5)):
        raw = ctx.stage_name()
        _, repaired, bad = stage_csv(ctx.con, raw, ctx.path(file), ctx.build.dir)
        code = f"lpad(trim(state), 2, '0') || lpad(trim({part}), {width}, '0')"
        set_aside_bad_fips(ctx, raw, table, file, code, level)
        stage = reshape(ctx, raw, (
            f"{fips_sql(code, level)} AS fips, year, lpad(trim(state), 2, '0') AS state_fips, "
            + ", ".join(f"nullif(trim({c}), 'NA') AS {c}" for c in RATE_COLUMNS)))
        ctx.emit(table, stage, file=file, malformed=bad, repaired_lines=repaired)
        row = ctx.con.execute(
            f"SELECT count(*) FILTER (WHERE violent_rate IS NULL), count(*) FILTER (WHERE violent_quality = 3) "
            f"FROM {table}").fetchone()
        if row:
            ctx.qa("violent_rate_missing", int(row[0]), "as published", "info", scope=file)
            ctx.qa("violent_quality_poor", int(row[1]), "as published", "info", scope=file)


SOURCE = Source(
    id="crime_urban_rates",
    title="Crime rates per 100,000 by county and city, 2021-2023 (NIBRS), with coverage flags",
    publisher="Urban Institute (Upward Mobility Framework), from Jacob Kaplan's NIBRS files (openICPSR 118281 V9)",
    licence="Urban Institute repository states no licence (cite it); FBI data public domain",
    homepage="https://github.com/UI-Research/mobility-from-poverty",
    release="UI-Research/mobility-from-poverty@5aa12e3e08b1 (2025-05-16)",
    files=tuple(
        RemoteFile(f, f"{URBAN_RAW}/07_safety/final/{f}", mirror_path=f"urban-mobility-from-poverty/{f}",
                   note="method: https://upward-mobility.urban.org/")
        for f in (COUNTY_FILE, PLACE_FILE)
    ),
    tables=(COUNTY_RATES, PLACE_RATES),
    load=load,
    kind="aggregate",
    description=__doc__ or "",
    citation="Urban Institute, Upward Mobility Framework, 07_safety rates_crime_{county,place}_all.csv (2025).",
)
