"""Law-enforcement agencies (FBI ORI) with their county and the population they serve.

The FBI Crime Data Explorer agency list gives each ORI's county by name (upper case); the name resolver turns
it into a FIPS code, and names it cannot match are listed in `unresolved_names`, never guessed. The LEOKA
employee file adds the population served (latest year reported per agency).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ice_ledger.errors import SourceFileError
from ice_ledger.geo.resolve import resolve_many
from ice_ledger.schema import LoadContext
from ice_ledger.sources._geo_helpers import (
    UNRESOLVED,
    emit_unresolved,
    gazetteer_of,
    register_frame,
    resolve_frame,
)
from ice_ledger.sources.base import Col, RemoteFile, Source, TableSpec

if TYPE_CHECKING:
    import pandas as pd

WAPO_COMMIT = "78d5c427cd2c6950792b08cab1858e5e3c2c3ed4"
WATCH_COMMIT = "0517b8110c2a9bfecd28fb988ada93e4f1c14816"
AGENCY_FILE = "ucr_agencies_list.csv"
LEE_FILE = "fbi_lee_latest.csv"

AGENCIES = TableSpec(
    table="agencies",
    description="One row per FBI ORI: name, type, state, county (name and FIPS) and population served.",
    columns=(
        Col("ori", required=True, not_null=True, upper=True), Col("agency_name", required=True),
        Col("agency_type", required=True), Col("state_abbr", required=True), Col("county_name_raw"),
        Col("county_fips"), Col("county_fips_all"), Col("place_fips"), Col("population_served", "int", min=0), Col("population_year", "int"),
        Col("nibrs", "bool"), Col("match_status", values=frozenset({"matched", "ambiguous", "unresolved", "no_county"})),
        Col("match_method"),
    ),
    duplicate_rules=(),
    expected_rows=(18_459, 18_459),
)


def _read(path: object, label: str) -> pd.DataFrame:
    import pandas as pd

    try:
        return pd.read_csv(str(path), dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise SourceFileError(label, f"cannot be read as CSV: {exc}") from exc


def load(ctx: LoadContext) -> None:
    import pandas as pd

    agencies = _read(ctx.path(AGENCY_FILE), AGENCY_FILE)
    lee = _read(ctx.path(LEE_FILE), LEE_FILE)[["ori", "population", "data_year"]].drop_duplicates("ori")
    df = agencies.merge(lee, on="ori", how="left")
    df["source_row"] = range(2, len(df) + 2)
    first_county = df["county_name"].str.split(r"[,;]", regex=True).str[0].str.strip()
    has_county = ~first_county.isin(["", "NULL", "N/A", "NA"])
    gaz = gazetteer_of(ctx)
    names = pd.DataFrame({"name": first_county[has_county], "state": df.loc[has_county, "state_abbr"],
                          "kind": "county"})
    results = resolve_frame(gaz, names)
    df["county_fips"], df["match_status"], df["match_method"] = None, "no_county", None
    df.loc[has_county, "county_fips"] = [r.fips for r in results]
    df.loc[has_county, "match_status"] = [r.status for r in results]
    df.loc[has_county, "match_method"] = [r.method for r in results]
    # Agencies listed in several counties ('WILLIAMSON; TRAVIS'): every county, matched names only.
    lists = df["county_name"].where(has_county, "").str.split(r"[,;]", regex=True)
    every = [(n.strip(), st, "county") for names_, st in zip(lists, df["state_abbr"], strict=True) for n in names_
             if n.strip() and n.strip() not in ("NULL", "N/A", "NA")]
    found = {q: res.fips for q, res in zip(every, resolve_many(every, gazetteer=gaz), strict=True)
             if res.status == "matched"}
    df["county_fips_all"] = ["; ".join(dict.fromkeys(f for n in names_ if (f := found.get((n.strip(), st, "county")))))
                             or None for names_, st in zip(lists, df["state_abbr"], strict=True)]
    # Municipal agencies ('Austin Police Department', type City/Municipality/...) -> the place they police.
    municipal = df["agency_type_name"].isin(["City", "Municipality", "Borough", "Town", "Village"])
    places = resolve_frame(gaz, pd.DataFrame({"name": df.loc[municipal, "agency_name"],
                                              "state": df.loc[municipal, "state_abbr"], "kind": "agency"}))
    df["place_fips"] = None
    df.loc[municipal, "place_fips"] = [r.fips if r.status == "matched" and r.level == "place" else None
                                       for r in places]
    ctx.qa("municipal_agencies_with_place", int(df["place_fips"].notna().sum()), int(municipal.sum()), "info",
           scope=AGENCY_FILE)
    out = pd.DataFrame({
        "ori": df["ori"], "agency_name": df["agency_name"], "agency_type": df["agency_type_name"],
        "state_abbr": df["state_abbr"], "county_name_raw": df["county_name"].replace({"NULL": None, "N/A": None, "": None}),
        "county_fips": df["county_fips"], "county_fips_all": df["county_fips_all"], "place_fips": df["place_fips"], "population_served": df["population"], "population_year": df["data_year"],
        "nibrs": df["nibrs"], "match_status": df["match_status"], "match_method": df["match_method"],
        "source_file": AGENCY_FILE, "source_sheet": None, "source_row": df["source_row"],
    })
    ctx.emit("agencies", register_frame(ctx, out), file=AGENCY_FILE)
    unmatched = pd.DataFrame({"name": names["name"], "state": names["state"],
                              "source_row": df.loc[has_county, "source_row"], "source_sheet": None})
    emit_unresolved(ctx, "agencies", AGENCY_FILE, unmatched, results, ["county"] * len(results))
    with_pop = int(df["population"].notna().sum())
    ctx.qa("agencies_with_population_served", with_pop, f"<= {len(lee)}", "info", scope=LEE_FILE)


SOURCE = Source(
    id="geo_fbi_agencies",
    title="FBI law-enforcement agencies (ORI) with county and population served",
    publisher="FBI Crime Data Explorer (agency list; Law Enforcement Employees), via the Washington Post and "
    "287g-watch repositories",
    licence="FBI data public domain; WaPo repository CC BY-NC-SA 4.0; 287g-watch MIT",
    homepage="https://cde.ucr.cjis.gov/",
    release=f"wpinvestigative/sheriffs_287g@{WAPO_COMMIT[:12]}; recoveredfactory/287g-watch@{WATCH_COMMIT[:12]}",
    files=(
        RemoteFile(AGENCY_FILE, f"https://raw.githubusercontent.com/wpinvestigative/sheriffs_287g/{WAPO_COMMIT}/"
                   f"data/raw_data/{AGENCY_FILE}", mirror_path=f"wapo-sheriffs-287g/{AGENCY_FILE}",
                   note="publisher: https://cde.ucr.cjis.gov/LATEST/webapp/#/pages/docApi"),
        RemoteFile(LEE_FILE, f"https://raw.githubusercontent.com/recoveredfactory/287g-watch/{WATCH_COMMIT}/"
                   f"packages/pipeline/data/{LEE_FILE}", mirror_path=f"287g-watch/{LEE_FILE}"),
    ),
    tables=(AGENCIES, UNRESOLVED),
    load=load,
    kind="reference",
    depends_on=("geo_census_names", "geo_uwchr_county_aor"),
    description=__doc__ or "",
    citation="FBI Crime Data Explorer agency list and LEOKA employee data (as mirrored by the Washington Post, "
    "2021, and 287g-watch, 2026).",
)
