"""Resident population by county (2014-2023) and by large city (2014-2023; 2020 Census counts).

County file is latin-1 ('Doña Ana') with a leading space before each county name; the 2020 city file carries
only the state FIPS, so its city names are resolved to place FIPS by the name resolver.
"""

from __future__ import annotations

from ice_ledger.geo.fips import fips_sql
from ice_ledger.schema import LoadContext
from ice_ledger.sources._geo_helpers import (
    UNRESOLVED,
    URBAN_RAW,
    emit_unresolved,
    gazetteer_of,
    register_frame,
    reshape,
    resolve_frame,
    set_aside_bad_fips,
)
from ice_ledger.sources.base import Col, DuplicateRule, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

COUNTY_FILE = "county-populations.csv"
PLACE_FILE = "place-populations.csv"
CITY_2020_FILE = "city_state_2020_population.csv"
SERIES = "Census estimates (Urban Institute)"

POPULATION = TableSpec(
    table="population",
    description="Resident population by geography and year, one series per source file.",
    columns=(Col("level", required=True, values=frozenset({"county", "place"})), Col("fips", required=True,
             not_null=True), Col("year", "int", required=True, not_null=True, min=1990, max=2030),
             Col("population", "int", required=True, min=0), Col("area_name"), Col("series")),
    duplicate_rules=(DuplicateRule("same_geography_year", ("level", "fips", "year", "series")),),
)


def load(ctx: LoadContext) -> None:
    for file, level, part, name_col in ((COUNTY_FILE, "county", "county", "county_name"),
                                        (PLACE_FILE, "place", "place", "place_name")):
        raw = ctx.stage_name()
        _, repaired, bad = stage_csv(ctx.con, raw, ctx.path(file), ctx.build.dir)
        width = 3 if level == "county" else 5
        code = f"lpad(trim(state), 2, '0') || lpad(trim({part}), {width}, '0')"
        set_aside_bad_fips(ctx, raw, "population", file, code, level)
        stage = reshape(ctx, raw, (
            f"'{level}' AS level, {fips_sql(code, level)} AS fips, year, population, "
            f"trim({name_col}) || ', ' || trim(state_name) AS area_name, '{SERIES}' AS series"))
        ctx.emit("population", stage, file=file, malformed=bad, repaired_lines=repaired)
    _load_city_2020(ctx)


def _load_city_2020(ctx: LoadContext) -> None:
    """2020 city populations: names resolved to place FIPS within their state."""
    import pandas as pd

    df = pd.read_csv(ctx.path(CITY_2020_FILE), dtype=str, keep_default_na=False)
    df["source_row"] = range(2, len(df) + 2)
    names = pd.DataFrame({"name": df["cityname"], "state": df["statename"], "kind": "place"})
    results = resolve_frame(gazetteer_of(ctx), names)
    out = pd.DataFrame({
        "level": "place", "fips": [r.fips for r in results], "year": "2020", "population": df["population2020"],
        "area_name": df["GeographicArea"], "series": "2020 Census count",
        "source_file": CITY_2020_FILE, "source_sheet": None, "source_row": df["source_row"],
    })
    ctx.emit("population", register_frame(ctx, out), file=CITY_2020_FILE)
    emit_unresolved(ctx, "population", CITY_2020_FILE,
                    pd.DataFrame({"name": df["cityname"], "state": df["statename"], "source_row": df["source_row"],
                                  "source_sheet": None}), results, ["place"] * len(results))


SOURCE = Source(
    id="population_urban",
    title="County and city population, 2014-2023",
    publisher="U.S. Census Bureau estimates, compiled by the Urban Institute (Upward Mobility Framework)",
    licence="Census data public domain; Urban Institute repository states no licence (cite it)",
    homepage="https://github.com/UI-Research/mobility-from-poverty",
    release="UI-Research/mobility-from-poverty@5aa12e3e08b1 (2025-05-16)",
    files=tuple(
        RemoteFile(f, f"{URBAN_RAW}/geographic-crosswalks/data/{f}", mirror_path=f"urban-mobility-from-poverty/{f}",
                   note="publisher: https://www.census.gov/programs-surveys/popest.html")
        for f in (COUNTY_FILE, PLACE_FILE, CITY_2020_FILE)
    ),
    tables=(POPULATION, UNRESOLVED),
    load=load,
    kind="reference",
    depends_on=("geo_census_names",),
    description=__doc__ or "",
    citation="Urban Institute, Upward Mobility Framework, county and place populations (2025).",
)
