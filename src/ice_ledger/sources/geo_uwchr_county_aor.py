"""County -> ICE ERO Area of Responsibility, hand-coded by the University of Washington Center for Human Rights.

ICE's FOIA microdata record only the AOR; this crosswalk lets county policies and populations meet them.
All 3,223 counties and Puerto Rico municipios carry one of 24 codes; Harlingen (HLG) has no code of its own.
"""

from __future__ import annotations

from ice_ledger.geo.fips import fips_sql
from ice_ledger.schema import LoadContext
from ice_ledger.schema.relations import has_view
from ice_ledger.sources._geo_helpers import reshape, set_aside_bad_fips
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec
from ice_ledger.sources.readers import stage_csv

COMMIT = "bdb224c216bc98216b5f09de32841817b623162d"
RAW = f"https://raw.githubusercontent.com/UWCHR/ice-enforce/{COMMIT}"
AOR_FILE = "county_aor.csv"
OFFICE_FILE = "aor_ero_field_office.csv"
AOR_CODES = frozenset(["ATL", "BAL", "BOS", "BUF", "CHI", "DAL", "DEN", "DET", "ELP", "HOU", "LOS", "MIA", "NEW", "NOL", "NYC", "PHI", "PHO", "SEA", "SFR", "SLC", "SNA", "SND", "SPM", "WAS"])

COUNTY_AOR = TableSpec(
    table="county_aor",
    description="The ICE ERO Area of Responsibility each county falls in.",
    columns=(Col("fips", required=True, not_null=True), Col("county_name"), Col("state_fips"),
             Col("aor", required=True, not_null=True, upper=True, values=AOR_CODES)),
    expected_rows=(3_223, 3_223),
)
OFFICES = TableSpec(
    table="aor_field_offices",
    description="ERO field-office addresses and coordinates by AOR.",
    columns=(Col("aor", required=True, not_null=True), Col("field_office_address", raw=("field_office_addr",)),
             Col("latitude", "float", raw=("lat",), min=-90, max=90),
             Col("longitude", "float", raw=("long",), min=-180, max=180)),
)


def load(ctx: LoadContext) -> None:
    raw = ctx.stage_name()
    _, repaired, bad = stage_csv(ctx.con, raw, ctx.path(AOR_FILE), ctx.build.dir)
    set_aside_bad_fips(ctx, raw, "county_aor", AOR_FILE, "geoid", "county")
    fips = fips_sql("geoid", "county")
    # Title-case the lower-case names word by word ('st. louis city' -> 'St. Louis City').
    title = ("list_aggregate(list_transform(string_split(trim(regexp_extract(name, '^(.*),[^,]*$', 1)), ' '), "
             "lambda w: upper(w[1]) || w[2:]), 'string_agg', ' ')")
    stage = reshape(ctx, raw, f"{fips} AS fips, {title} AS county_name, substr({fips}, 1, 2) AS state_fips, aor")
    ctx.emit("county_aor", stage, file=AOR_FILE, malformed=bad, repaired_lines=repaired)
    if has_view(ctx.con, "counties"):
        missing = [r[0] for r in ctx.con.execute(
            "SELECT name FROM counties WHERE fips NOT IN (SELECT fips FROM county_aor) ORDER BY fips").fetchall()]
        # Connecticut's 8 old counties: the crosswalk uses the 2022 planning regions instead.
        ctx.qa("counties_without_aor", len(missing), "0 outside Connecticut",
               "pass" if all(m.endswith("Connecticut") for m in missing) else "fail")
        if missing:
            ctx.note(f"{len(missing)} counties in `counties` have no AOR row: {', '.join(missing)}")
    raw = ctx.stage_name()
    _, repaired, bad = stage_csv(ctx.con, raw, ctx.path(OFFICE_FILE), ctx.build.dir)
    ctx.emit("aor_field_offices", raw, file=OFFICE_FILE, malformed=bad, repaired_lines=repaired)




SOURCE = Source(
    id="geo_uwchr_county_aor",
    title="County to ICE ERO Area of Responsibility crosswalk",
    publisher="University of Washington Center for Human Rights (UWCHR), hand-coded from ICE field-office maps",
    licence="GPL-3.0 (repository licence)",
    homepage="https://github.com/UWCHR/ice-enforce",
    release=f"UWCHR/ice-enforce@{COMMIT[:12]} (2025-07-10)",
    files=(
        RemoteFile(AOR_FILE, f"{RAW}/share/hand/{AOR_FILE}", mirror_path=f"uwchr-ice-enforce/{AOR_FILE}",
                   note="ICE field offices: https://www.ice.gov/contact/field-offices"),
        RemoteFile(OFFICE_FILE, f"{RAW}/share/hand/{OFFICE_FILE}", mirror_path=f"uwchr-ice-enforce/{OFFICE_FILE}"),
    ),
    tables=(COUNTY_AOR, OFFICES),
    load=load,
    kind="reference",
    depends_on=("geo_census_names",),
    description=__doc__ or "",
    citation="UW Center for Human Rights, ice-enforce, share/hand/county_aor.csv (2025).",
)
