"""Census counties and places with their FIPS codes, and the county <-> place crosswalk.

Counties come from the Urban Institute's names-to-FIPS list (Census names, 'Autauga County, Alabama'); places
and the county-place allocation factors from MABLE/Geocorr 2022 (latin-1, 2020 Census populations). These are
the reference lists the name resolver matches against (`ice_ledger.geo.gazetteer`).
"""

from __future__ import annotations

from ice_ledger.geo.fips import fips_sql
from ice_ledger.schema import LoadContext
from ice_ledger.sources._geo_helpers import URBAN_RAW, reshape, set_aside_bad_fips
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

COUNTY_FILE = "names-to-fips_county.csv"
GEOCORR_FILE = "geocorr2022_county_place_2022_onwards.csv"

COUNTIES = TableSpec(
    table="counties",
    description="Every county and county-equivalent with its five-digit FIPS code.",
    columns=(Col("fips", required=True, not_null=True), Col("county_name", required=True, not_null=True),
             Col("state_fips", required=True), Col("state"), Col("name", required=True)),
    duplicate_rules=(),
    expected_rows=(3_140, 3_150),
)
PLACES = TableSpec(
    table="places",
    description="Census places (incorporated places and CDPs) with seven-digit state+place FIPS.",
    columns=(Col("place_fips", required=True, not_null=True), Col("place_name", required=True, not_null=True),
             Col("state_fips", required=True), Col("state_abbr"), Col("place_type")),
)
PLACE_COUNTY = TableSpec(
    table="place_county",
    description="Which counties each place lies in, with Geocorr population allocation factors.",
    columns=(Col("place_fips", required=True), Col("county_fips", required=True, not_null=True),
             Col("place_name"), Col("population", "int", min=0), Col("afact", "float", min=0, max=1),
             Col("afact2", "float", min=0, max=1), Col("crosswalk_period")),
    expected_rows=(36_000, 36_400),
)


def load(ctx: LoadContext) -> None:
    con = ctx.con
    # counties
    raw = ctx.stage_name()
    _, repaired, bad = stage_csv(con, raw, ctx.path(COUNTY_FILE), ctx.build.dir)
    set_aside_bad_fips(ctx, raw, "counties", COUNTY_FILE, "fips", "county")
    fips = fips_sql("fips", "county")
    stage = reshape(ctx, raw, (
        f"{fips} AS fips, trim(regexp_extract(name, '^(.*),[^,]*$', 1)) AS county_name, "
        f"substr({fips}, 1, 2) AS state_fips, trim(regexp_extract(name, ',([^,]*)$', 1)) AS state, name"))
    ctx.emit("counties", stage, file=COUNTY_FILE, malformed=bad, repaired_lines=repaired)

    # places and the county-place crosswalk (one file)
    raw = ctx.stage_name()
    _, repaired, bad = stage_csv(con, raw, ctx.path(GEOCORR_FILE), ctx.build.dir)
    set_aside_bad_fips(ctx, raw, "place_county", GEOCORR_FILE, "countyfip", "county")
    place = "lpad(trim(state), 2, '0') || lpad(trim(place), 5, '0')"
    crosswalk = reshape(ctx, raw, (
        f"CASE WHEN trim(place) <> '99999' THEN {place} END AS place_fips, {fips_sql('countyfip', 'county')} AS "
        "county_fips, PlaceName AS place_name, population, afact, afact2, crosswalk_period"))
    ctx.emit("place_county", crosswalk, file=GEOCORR_FILE, malformed=bad, repaired_lines=repaired)
    local = "trim(regexp_extract(PlaceName, '^(.*),[^,]*$', 1))"
    places = ctx.stage_name()
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE {places} AS
        SELECT {place} AS place_fips, {local} AS place_name, lpad(trim(state), 2, '0') AS state_fips,
               stab AS state_abbr,
               regexp_extract({local}, '(CDP|city and borough|city|town|village|borough|municipality|township|'
                              || 'comunidad|zona urbana|urban county|\\(balance\\))$', 1) AS place_type,
               source_file, source_sheet, source_row
        FROM (SELECT *, row_number() OVER (PARTITION BY state, place ORDER BY source_row) AS k FROM {raw})
        WHERE k = 1 AND trim(place) <> '99999'"""
    )
    ctx.emit("places", places, file=GEOCORR_FILE)
    n_row = con.execute("SELECT count(*) FROM places WHERE place_name LIKE '%Ã%'").fetchone()
    mojibake = int(n_row[0]) if n_row else 0
    ctx.qa("latin1_place_names_decoded", mojibake, 0, "pass" if mojibake == 0 else "fail", scope=GEOCORR_FILE)


SOURCE = Source(
    id="geo_census_names",
    title="Census county and place names with FIPS codes; Geocorr 2022 county-place crosswalk",
    publisher="Urban Institute (Upward Mobility data, from U.S. Census Bureau names); Missouri Census Data "
    "Center MABLE/Geocorr 2022",
    licence="Census data public domain; Urban Institute repository states no licence (cite it)",
    homepage="https://github.com/UI-Research/mobility-from-poverty",
    release=f"UI-Research/mobility-from-poverty@{URBAN_RAW.rsplit('/', 1)[1][:12]} (2025-05-16)",
    files=(
        RemoteFile(COUNTY_FILE, f"{URBAN_RAW}/geographic-crosswalks/data/{COUNTY_FILE}",
                   mirror_path=f"urban-mobility-from-poverty/{COUNTY_FILE}",
                   note="Census names: https://www.census.gov/library/reference/code-lists/ansi.html"),
        RemoteFile(GEOCORR_FILE, f"{URBAN_RAW}/geographic-crosswalks/data/{GEOCORR_FILE}",
                   mirror_path=f"urban-mobility-from-poverty/{GEOCORR_FILE}",
                   note="latin-1; publisher page https://mcdc.missouri.edu/applications/geocorr2022.html"),
    ),
    tables=(COUNTIES, PLACES, PLACE_COUNTY),
    load=load,
    kind="reference",
    description=__doc__ or "",
    citation="Urban Institute, Upward Mobility Framework geographic crosswalks (2025); MCDC Geocorr 2022.",
)
